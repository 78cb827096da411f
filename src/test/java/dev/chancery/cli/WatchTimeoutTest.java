package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, point 3, for watch: each re-run is under --timeout. A save whose rules never end is reported as run
 * reports it, and watch goes on watching: the next save is picked up. Run as a second process: a stuck watch
 * would hang it, or end it.
 */
class WatchTimeoutTest {
    @TempDir
    Path dir;

    private static final String NOTES_EVERY_TALLY = """
            package chancery;
            import dev.chancery.model.*;
            rule "Every tally is noted (added while watching)"
            when
                Tally( $e : entity )
            then
                insertLogical( new Warning( "watch-test", "noted " + $e, Origin.NONE ) );
            end
            """;

    private String output;

    private void waitFor(Path log, String text, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos(); // a guard against a hang, not a measure
        while (!(output = Files.readString(log, StandardCharsets.UTF_8)).contains(text)) {
            if (System.nanoTime() > deadline || !process.isAlive() && !Files.readString(log).contains(text)) {
                process.destroyForcibly();
                throw new AssertionError("no \"" + text + "\" in:\n" + output);
            }
            Thread.sleep(50);
        }
    }

    private void aRunawaySaveIsReportedAndTheNextIsPickedUp(String runaway, String... more) throws Exception {
        Path rules = Fixtures.rulesCopy(dir.resolve("rules"), bytes -> bytes, null);
        String facts = Fixtures.workspace().home().resolve("facts/cases/donbas-2022.yaml").toString();
        Path log = dir.resolve("watch.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dchancery.home=" + Fixtures.workspace().home(), Main.class.getName(), "watch", "--rules",
                rules.toString(), "--facts", facts, "--poll-ms", "50", "--settle-ms", "100", "--max-runs", "3",
                "--timeout", "5"));
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            waitFor(log, "UKR-PRK severed", process);

            Files.writeString(rules.resolve("extra.drl"), runaway);
            waitFor(log, "the last good result stands", process);
            assertThat(output).contains("rules failed: they ran longer than --timeout 5 s and were stopped");

            Files.writeString(rules.resolve("extra.drl"), NOTES_EVERY_TALLY);
            waitFor(log, "watch-test: noted DPR", process);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("watch ends after its third run").isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).doesNotContain("\tat ", "Exception");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aRuleThatLoopsInItsOwnCodeIsReportedAndWatchingGoesOn() throws Exception {
        aRunawaySaveIsReportedAndTheNextIsPickedUp(Fixtures.SPINNING_RULE);
    }

    @Test
    void aLoopOfFiringsIsReportedAndWatchingGoesOn() throws Exception {
        aRunawaySaveIsReportedAndTheNextIsPickedUp(Fixtures.FIRING_LOOP, "--max-firings", "2000000000");
    }
}
