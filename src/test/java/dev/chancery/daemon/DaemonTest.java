package dev.chancery.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.cli.Main;
import dev.chancery.daemon.DaemonProcess.Answer;
import java.io.DataOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The daemon, in a second JVM on a real socket, answers as the command run directly would, from the user's
 * directory, and sees edits; serves several clients at once; stops a rule that never ends at its --timeout
 * and serves on; and a command it started is never run a second time.
 */
class DaemonTest {
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static DaemonProcess daemon;

    private static final String FACTS = Fixtures.workspace().home().resolve("facts/cases/donbas-2022.yaml").toString();

    @BeforeAll
    static void startTheDaemon() throws Exception {
        daemon = DaemonProcess.start(shared.resolve("sockets/d.sock"), shared.resolve("daemon.log"), null).awaitReady(shared);
    }

    @AfterAll
    static void stopTheDaemon() throws Exception {
        daemon.close();
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
        assertThat(DaemonProcess.ask(dir.resolve("none.sock"), dir, "run").code()).isEqualTo(Client.NO_DAEMON);
    }

    @Test
    void theDaemonAnswersLikeADirectRunAndSeesEditedRules() throws Exception {
        Answer first = daemon.ask(dir, "run", "--facts", FACTS, "--format", "json");
        assertThat(first.code()).isZero();
        assertThat(first.out()).isEqualTo(direct("run", "--facts", FACTS, "--format", "json"));

        // a relative --out is the user's directory's, not the daemon's
        assertThat(daemon.ask(dir, "run", "--facts", FACTS, "--out", "report.txt").code()).isZero();
        assertThat(dir.resolve("report.txt")).content().contains("3rd  PRK  North Korea");

        // bad input: exit 2 and the message on stderr
        assertThat(daemon.ask(dir, "run", "--as-of", "soon")).satisfies(a -> {
            assertThat(a.code()).isEqualTo(2);
            assertThat(a.err()).contains("bad date 'soon'");
        });

        // an edited rules folder is compiled afresh
        Path rules = DaemonProcess.rulesWith(dir.resolve("rules"), null);
        assertThat(daemon.ask(dir, "run", "--facts", FACTS, "--rules", "rules").out()).doesNotContain("noted DPR");
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
        assertThat(daemon.ask(dir, "run", "--facts", FACTS, "--rules", "rules").out()).contains("noted DPR");
    }

    /** Issue 20, point 3: one client that sends nothing, and one that reads nothing, hold up no other. */
    @Test
    void aConnectionThatSaysNothingOrReadsNothingHoldsUpNoOne() throws Exception {
        try (SocketChannel silent = SocketChannel.open(StandardProtocolFamily.UNIX);
             SocketChannel deaf = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            silent.connect(UnixDomainSocketAddress.of(daemon.socket));
            deaf.connect(UnixDomainSocketAddress.of(daemon.socket));
            DataOutputStream request = new DataOutputStream(Channels.newOutputStream(deaf));
            request.writeUTF(dir.toString());
            String[] args = {"run", "--format", "json"};
            request.writeInt(args.length);
            for (String arg : args) {
                request.writeUTF(arg);
            }
            request.writeByte(Frames.GO);
            request.flush(); // and never a byte read: its READY and its output pile up
            // a guard against a daemon that hangs, not a measure of speed
            Answer answer = CompletableFuture.supplyAsync(() -> daemon.ask(dir, "run", "--facts", FACTS))
                    .get(180, TimeUnit.SECONDS);
            assertThat(answer.code()).as(answer.err()).isZero();
            assertThat(answer.out()).contains("3rd  PRK  North Korea");
            // and the one that said nothing is dropped (after the handshake's time)
            int read = CompletableFuture.supplyAsync(() -> {
                try {
                    return silent.read(java.nio.ByteBuffer.allocate(1));
                } catch (java.io.IOException e) {
                    return -2;
                }
            }).get(180, TimeUnit.SECONDS);
            assertThat(read).isEqualTo(-1);
        }
    }

    /** Issue 20, point 3: a rule that never ends is stopped at --timeout (exit 3), and the daemon serves on. */
    @Test
    void aRuleThatNeverEndsIsStoppedAtItsTimeoutAndTheDaemonServesOn() throws Exception {
        DaemonProcess.rulesWith(dir.resolve("spins"), Fixtures.SPINNING_RULE);
        DaemonProcess.rulesWith(dir.resolve("fires"), Fixtures.FIRING_LOOP);
        for (String rules : new String[] {"spins", "fires"}) {
            // a guard against a daemon that hangs, not a measure of speed
            Answer stopped = CompletableFuture.supplyAsync(() -> daemon.ask(dir, "run", "--facts", FACTS, "--rules", rules,
                    "--timeout", "1", "--max-firings", "2000000000")).get(300, TimeUnit.SECONDS);
            assertThat(stopped.code()).as(stopped.err()).isEqualTo(Main.RULES_FAILED);
            assertThat(stopped.err()).contains("ran longer than --timeout 1 s").doesNotContain("\tat ", "Exception");
            assertThat(stopped.out()).isEmpty();
        }
        // both spun on the daemon's threads: it still answers, and in full
        Answer after = daemon.ask(dir, "run", "--facts", FACTS, "--format", "json");
        assertThat(after.code()).as(after.err()).isZero();
        assertThat(after.out()).isEqualTo(direct("run", "--facts", FACTS, "--format", "json"));
    }

    /**
     * Issue 20, point 9: a daemon that dies once it has started a command (here a rule ends its JVM) leaves
     * the command failed, not run again by the launcher: its side effects could happen twice.
     */
    @Test
    void aCommandTheDaemonStartedIsNeverRunAgain() throws Exception {
        DaemonProcess.rulesWith(dir.resolve("exits"), """
                package chancery;
                import dev.chancery.model.*;
                rule "Ends the process"
                when
                    Event()
                then
                    System.exit( 7 );
                end
                """);
        try (DaemonProcess dying = DaemonProcess.start(dir.resolve("sockets/dying.sock"), dir.resolve("dying.log"), null)) {
            dying.awaitReady(dir);
            Answer answer = dying.ask(dir, "run", "--facts", FACTS, "--rules", "exits");
            assertThat(answer.code()).isNotEqualTo(Client.NO_DAEMON).isEqualTo(Main.RULES_FAILED);
            assertThat(answer.err()).contains("the daemon stopped in the middle of the command").contains("not run again");
            assertThat(dying.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }
}
