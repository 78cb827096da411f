package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** watch picks up an edit to a rule, shows a broken save's error and keeps the last good result. */
class WatchTest {
    @TempDir
    Path dir;

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void anEditedRuleIsPickedUpAndABrokenSaveKeepsTheLastGoodResult() throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> drl = Files.list(Fixtures.workspace().rulesDir())) {
            for (Path file : drl.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(out, true));
        String facts = Fixtures.workspace().home().resolve("facts/cases/donbas-2022.yaml").toString();
        CompletableFuture<Integer> watching = CompletableFuture.supplyAsync(() -> cmd.execute("watch",
                "--rules", rules.toString(), "--facts", facts, "--poll-ms", "50", "--settle-ms", "100", "--max-runs", "3"));

        waitFor(() -> out.toString().contains("UKR-PRK severed"), "the first report");
        assertThat(out.toString()).doesNotContain("watch-test");

        write(rules.resolve("extra.drl"), """
                package chancery;
                import dev.chancery.model.*;
                rule "Every tally is noted (added while watching)"
                when
                    Tally( $e : entity )
                then
                    insertLogical( new Warning( "watch-test", "noted " + $e, Origin.NONE ) );
                end
                """);
        waitFor(() -> out.toString().contains("watch-test: noted DPR"), "the edited rules to be picked up");

        write(rules.resolve("extra.drl"), "package chancery;\nrule \"half written\" when Tally( then end\n");
        waitFor(() -> out.toString().contains("the last good result stands"), "the broken save to be reported");
        assertThat(out.toString()).containsPattern("extra\\.drl:2:\\d+: ");

        assertThat(watching.get()).isZero();
    }

    @Test
    void watchingNamedTestsShowsOnlyFailuresAndSurvivesARenamedFile() throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("tests"));
        try (Stream<Path> drl = Files.list(Fixtures.workspace().rulesDir())) {
            for (Path file : drl.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Path tests = rules.resolve("tests/t.yaml");
        String passing = """
                tests:
                  - name: One recognition is one in the tally
                    given:
                      actors:
                        - {id: E1, name: Entity One, kind: entity, claimedFrom: UKR}
                      events:
                        - {date: 2020-01-01, type: recognize, by: RUS, of: E1}
                    expect:
                      tallies: {E1: 1}
                """;
        write(tests, passing);
        write(rules.resolve("tests/other.yaml"), passing.replace("{E1: 1}", "{E1: 5}")); // failing, but not named
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(out, true));
        CompletableFuture<Integer> watching = CompletableFuture.supplyAsync(() -> cmd.execute("watch", "--test",
                "--rules", rules.toString(), "--allow-root", dir.toString(), "--poll-ms", "50", "--settle-ms", "100",
                "--max-runs", "3", tests.toString()));

        waitFor(() -> out.toString().contains("tests: 1 passed, 0 failed"), "the named test to pass");
        Files.move(tests, rules.resolve("tests/renamed.yaml"));
        waitFor(() -> out.toString().contains("no such test file"), "the renamed file to be reported");
        write(tests, passing.replace("{E1: 1}", "{E1: 2}"));
        waitFor(() -> out.toString().contains("tests: 0 passed, 1 failed"), "the failure to be shown");

        assertThat(watching.get()).isZero();
        assertThat(out.toString()).doesNotContain("PASS ").doesNotContain("Exception").contains("tally E1: expected 2, got 1");
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text);
    }
}
