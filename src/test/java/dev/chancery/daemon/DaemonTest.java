package dev.chancery.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The daemon answers as the command run directly would, from the user's directory, and sees edits. */
class DaemonTest {
    @TempDir
    Path dir;

    record Answer(int code, String out, String err) {
    }

    private static Answer ask(Path socket, Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Client.run(socket, cwd.toString(), args, out, err);
        return new Answer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String direct(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(new StringWriter(), true));
        cmd.execute(args);
        return out.toString();
    }

    @Test
    void withoutADaemonTheClientSaysSo() {
        assertThat(ask(dir.resolve("none.sock"), dir, "run").code()).isEqualTo(Client.NO_DAEMON);
    }

    @Test
    void theDaemonAnswersLikeADirectRunAndSeesEditedRules() throws Exception {
        Path socket = dir.resolve("d.sock");
        Thread serving = new Thread(() -> {
            try {
                new Server(socket, 60_000).serve();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        serving.setDaemon(true);
        serving.start();
        // ready when it answers (the socket file appears a moment before it accepts)
        for (int i = 0; i < 400 && ask(socket, dir, "--version").code() == Client.NO_DAEMON; i++) {
            Thread.sleep(25);
        }
        String facts = Fixtures.workspace().home().resolve("facts/cases/donbas-2022.yaml").toString();

        Answer first = ask(socket, dir, "run", "--facts", facts, "--format", "json");
        assertThat(first.code()).isZero();
        assertThat(first.out()).isEqualTo(direct("run", "--facts", facts, "--format", "json"));

        // a relative --out is the user's directory's, not the daemon's
        assertThat(ask(socket, dir, "run", "--facts", facts, "--out", "report.txt").code()).isZero();
        assertThat(dir.resolve("report.txt")).content().contains("3rd  PRK  North Korea");

        // bad input: exit 2 and the message on stderr
        assertThat(ask(socket, dir, "run", "--as-of", "soon")).satisfies(a -> {
            assertThat(a.code()).isEqualTo(2);
            assertThat(a.err()).contains("bad date 'soon'");
        });

        // an edited rules folder is compiled afresh
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> drl = Files.list(Fixtures.workspace().rulesDir())) {
            for (Path file : drl.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        assertThat(ask(socket, dir, "run", "--facts", facts, "--rules", "rules").out()).doesNotContain("noted DPR");
        Files.writeString(rules.resolve("extra.drl"), """
                package chancery;
                import dev.chancery.model.*;
                rule "Every tally is noted"
                when
                    Tally( $e : entity )
                then
                    insertLogical( new Warning( "noted", "noted " + $e, Origin.NONE ) );
                end
                """);
        assertThat(ask(socket, dir, "run", "--facts", facts, "--rules", "rules").out()).contains("noted DPR");
    }
}
