package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 20, point 3: --timeout ends a command whose rules never end, with exit 3 and one line on stderr: a
 * loop of firings (the sessions are halted) and a loop inside a rule's own code (the process exits). Run as
 * a second process: a stuck command ends its JVM.
 */
class TimeoutTest {
    @TempDir
    Path dir;

    private static final String FACTS = Fixtures.workspace().home().resolve("facts/cases/donbas-2022.yaml").toString();

    private Path rulesWith(String name, String extra) {
        return Fixtures.rulesCopy(dir.resolve(name), bytes -> bytes, extra);
    }

    private record Ran(int code, String out, String err) {
    }

    private Ran runAlone(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dchancery.home=" + Fixtures.workspace().home(), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) { // a guard against a hang, not a measure of speed
            process.destroyForcibly();
            throw new AssertionError("still running: " + command);
        }
        return new Ran(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aRuleThatLoopsInItsOwnCodeEndsTheCommandWithExit3() throws Exception {
        Ran ran = runAlone("run", "--facts", FACTS, "--rules", rulesWith("spins", Fixtures.SPINNING_RULE).toString(), "--timeout", "1");
        assertThat(ran.code()).as(ran.err()).isEqualTo(Main.RULES_FAILED);
        assertThat(ran.err()).startsWith("rules failed: they ran longer than --timeout 1 s").hasLineCount(1);
        assertThat(ran.out()).isEmpty();
    }

    @Test
    void aLoopOfFiringsIsHaltedWithExit3() throws Exception {
        Ran ran = runAlone("explain", "DPR", "--facts", FACTS, "--rules", rulesWith("fires", Fixtures.FIRING_LOOP).toString(), "--timeout", "1",
                "--max-firings", "2000000000");
        assertThat(ran.code()).as(ran.err()).isEqualTo(Main.RULES_FAILED);
        assertThat(ran.err()).startsWith("rules failed: they ran longer than --timeout 1 s").hasLineCount(1);
    }

    @Test
    void aNegativeTimeoutIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        cmd.setErr(new PrintWriter(err, true));
        assertThat(Main.execute(cmd, new String[] {"run", "--timeout", "-1"})).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("--timeout -1: expected 0 or more seconds");
    }
}
