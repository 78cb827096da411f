package dev.chancery.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chancery.Fixtures;
import dev.chancery.cli.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, point 3, for batch: --timeout limits each scenario. A scenario whose rules never end is that
 * scenario's error line, and the batch goes on: its session is dropped and the next scenarios on the same base
 * (on the same worker: --threads 1) get a fresh one, so their lines are those of a batch without it. Run as a
 * second process: a stuck batch would hang it, or end it.
 */
class BatchTimeoutTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Only the middle scenario adds an event of 19 July 2022: the rules added below never end on it alone. */
    private static final String WHEN_THE_MIDDLE_SCENARIO = "Event( date.year == 2022, date.monthValue == 7, date.dayOfMonth == 19 )";

    private static final List<String> SCENARIOS = List.of(
            scenario("before", "2022-08-01", "BLR"),
            scenario("runaway", "2022-07-19", "BLR"),
            scenario("after", "2022-08-02", "CUB"));

    @TempDir
    Path dir;

    private static String scenario(String name, String date, String by) {
        return "{\"name\": \"" + name + "\", \"asOf\": \"2022-08-31\", \"add\": {\"events\": [{\"date\": \"" + date
                + "\", \"type\": \"recognize\", \"by\": \"" + by + "\", \"of\": [\"DPR\"]}]}}";
    }

    private record Ran(int code, String log, List<String> lines) {
    }

    private Ran batch(String name, List<String> scenarios, Path rules, String... more) throws Exception {
        Path input = Fixtures.write(dir, name + ".jsonl", String.join("\n", scenarios) + "\n");
        Path out = dir.resolve(name + "-results.jsonl");
        Path log = dir.resolve(name + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dchancery.home=" + Fixtures.workspace().home(), Main.class.getName(), "batch", input.toString(),
                "--out", out.toString(), "--rules", rules.toString(), "--threads", "1"));
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) { // a guard against a hang, not a measure of speed
            process.destroyForcibly();
            throw new AssertionError("still running: " + command + "\n" + Files.readString(log));
        }
        List<String> lines = new ArrayList<>();
        if (Files.exists(out)) {
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                ObjectNode node = (ObjectNode) JSON.readTree(line);
                node.remove(List.of("timeMs", "index", "id")); // the same scenario at another place, at another speed
                lines.add(node.toString());
            }
        }
        return new Ran(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), lines);
    }

    private void aRunawayScenarioIsItsErrorLineAndTheOthersAreAsWithoutIt(String runaway, String... more) throws Exception {
        Path rules = Fixtures.rulesCopy(dir.resolve("rules"), bytes -> bytes, runaway);
        List<String> args = new ArrayList<>(List.of("--timeout", "5"));
        args.addAll(List.of(more));

        Ran ran = batch("three", SCENARIOS, rules, args.toArray(String[]::new));
        Ran without = batch("two", List.of(SCENARIOS.get(0), SCENARIOS.get(2)), rules, args.toArray(String[]::new));

        // a bad scenario is an error line, and the batch goes on; its exit code says one failed
        assertThat(ran.code()).as(ran.log()).isEqualTo(Main.SOME_FAILED);
        assertThat(ran.lines()).as(ran.log()).hasSize(3);
        assertThat(ran.lines().get(1)).as("the middle line").contains("\"name\":\"runaway\"", "\"ok\":false",
                "\"error\":\"rules ran longer than --timeout 5 s and were stopped");
        assertThat(without.lines()).as(without.log()).hasSize(2);
        // compared as booleans: a failure would print two whole results
        assertThat(ran.lines().get(0).equals(without.lines().get(0))).as("the first line as without the runaway").isTrue();
        assertThat(ran.lines().get(2).equals(without.lines().get(1))).as("the last line as without the runaway").isTrue();
        assertThat(ran.log()).contains("3 run (1 failed)").doesNotContain("\tat ", "Exception");
    }

    @Test
    void aScenarioWhoseRuleLoopsInItsOwnCodeIsStoppedAndTheBatchGoesOn() throws Exception {
        aRunawayScenarioIsItsErrorLineAndTheOthersAreAsWithoutIt("""
                package chancery;
                import dev.chancery.model.*;
                rule "Spins in its own code on one scenario"
                when
                    %s
                then
                    while (System.nanoTime() != 0) { }
                end
                """.formatted(WHEN_THE_MIDDLE_SCENARIO));
    }

    @Test
    void aScenarioWithALoopOfFiringsIsHaltedAndTheBatchGoesOn() throws Exception {
        aRunawayScenarioIsItsErrorLineAndTheOthersAreAsWithoutIt("""
                package chancery;
                import dev.chancery.model.*;
                declare Spin
                    n : long
                end
                rule "Starts a loop of firings on one scenario"
                when
                    %s
                    not Spin()
                then
                    insert( new Spin( 0 ) );
                end
                rule "Fires again and again"
                when
                    $s : Spin( n >= 0 ) // constrains n, so that its modify wakes it again
                then
                    modify( $s ) { setN( $s.getN() + 1 ) }
                end
                """.formatted(WHEN_THE_MIDDLE_SCENARIO), "--max-firings", "2000000000");
    }
}
