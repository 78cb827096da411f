package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line end to end, in process: outputs, exit codes, nothing half-written. */
public class CliTest {
    @TempDir
    Path dir;

    /** A command run in process: its exit code and what it printed. */
    public record Run(int code, String out, String err) {
    }

    public static Run chancery(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void runPrintsTheFoundingCase() {
        Run run = chancery("run");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("DPR", "tally 3", " 3rd  PRK  North Korea", "UKR-PRK severed since 2022-07-13 (policy, confirmed by a report)",
                "claim-confirmed:ordinal:PRK:DPR:2022-07-13");
    }

    @Test
    void everyCommandAnswersHelpWithItsUsage() {
        for (String command : Main.commandLine().getSubcommands().keySet()) {
            Run run = chancery(command, "--help");
            assertThat(run.code()).as(command + ": " + run.err()).isZero();
            assertThat(run.out()).as(command).contains("Usage: chancery " + command);
        }
    }

    @Test
    void explainTakesAScenarioAsRunDoes() {
        // docs/semantics.md: explain takes the same options as run; the annexation is the scenario's own event
        Run run = chancery("explain", "--scenario", "facts/scenarios/donbas-annexed.yaml", "lapse:PRK:DPR:2022-09-30");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("An entity's end lapses a recognition in force", "donbas-annexed.yaml:12");
        assertThat(chancery("explain", "lapse:PRK:DPR:2022-09-30").code()).isEqualTo(Main.BAD_INPUT);
        assertThat(chancery("explain", "--scenario", "facts/scenarios/donbas-annexed.yaml", "--why-not",
                "severance UKR BLR").code()).isZero();
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        Run run = chancery("run", "--format", "json", "--as-of", "2022-07-14");
        assertThat(run.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("asOf").asText()).isEqualTo("2022-07-14");
        JsonNode dpr = entity(json, "DPR");
        assertThat(dpr.get("parent").asText()).isEqualTo("UKR");
        assertThat(dpr.get("status").asText()).isEqualTo("claimed");
        assertThat(dpr.get("tally").asInt()).isEqualTo(3);
        assertThat(dpr.get("recognizedBy").get(2).toString())
                .isEqualTo("{\"state\":\"PRK\",\"since\":\"2022-07-13\",\"ordinal\":3}");
        for (String key : new String[] {"withdrawn", "lapsed", "nonMemberRecognizers"}) {
            assertThat(dpr.get(key).isArray()).isTrue();
        }
        JsonNode relation = null;
        for (JsonNode r : json.get("relations")) {
            if (r.get("a").asText().equals("UKR") && r.get("b").asText().equals("PRK")) {
                relation = r;
            }
        }
        assertThat(relation.toString()).isEqualTo(
                "{\"a\":\"UKR\",\"b\":\"PRK\",\"status\":\"severed\",\"since\":\"2022-07-13\",\"basis\":\"policy\",\"confirmed\":true}");
        JsonNode severance = null;
        for (JsonNode c : json.get("conclusions")) {
            if (c.get("id").asText().equals("severance:UKR:PRK:2022-07-13")) {
                severance = c;
            }
        }
        assertThat(severance.get("kind").asText()).isEqualTo("severance");
        assertThat(severance.get("rule").asText()).isEqualTo("Parent severs relations with a recognizer (policy)");
        assertThat(severance.get("because").toString())
                .contains("event recognize PRK DPR 2022-07-13 (facts/cases/donbas-2022.yaml:")
                .contains("policy UKR sever-on-recognition DPR (facts/cases/donbas-2022.yaml:");
        assertThat(json.get("warnings").isArray()).isTrue();
    }

    private static JsonNode entity(JsonNode json, String id) {
        for (JsonNode e : json.get("entities")) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no entity " + id);
    }

    @Test
    void withoutAsOfTheDateIsNull() throws Exception {
        JsonNode json = new ObjectMapper().readTree(chancery("run", "--format", "json").out());
        assertThat(json.get("asOf").isNull()).isTrue();
    }

    @Test
    void asOfBeforeNorthKoreaGivesTallyTwoAndNoSeverance() throws Exception {
        JsonNode json = new ObjectMapper().readTree(chancery("run", "--format", "json", "--as-of", "2022-06-30").out());
        assertThat(entity(json, "DPR").get("tally").asInt()).isEqualTo(2);
        assertThat(json.get("relations").toString()).doesNotContain("\"a\":\"UKR\",\"b\":\"PRK\"");
    }

    @Test
    void badFactsExitTwoAndWriteNothing() {
        Path facts = Fixtures.write(dir, "bad.yaml", "events:\n  - {date: 2022-07-13, type: recognize, by: PRKK, of: UKR}\n");
        Path out = dir.resolve("report.json");
        Run run = chancery("run", "--facts", facts.toString(), "--out", out.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("bad.yaml:2:45: unknown state 'PRKK'");
        assertThat(out).doesNotExist();
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "unknown id   | events:\\n  - {date: 2022-07-13, type: recognize, by: PRKK, of: UKR}\\n | bad.yaml:2:45: unknown state 'PRKK'",
        "bad date     | events:\\n  - {date: 2022-07-32, type: recognize, by: PRK, of: UKR}\\n  | bad.yaml:2:12: bad date '2022-07-32'",
        "unknown key  | events:\\n  - {date: 2022-07-13, type: recognize, by: PRK, on: UKR}\\n  | bad.yaml:2:50: unknown key 'on' in an event",
        "syntax error | events:\\n  - {date: 2022-07-13, type: recognize\\n                      | bad.yaml:3:1: YAML syntax error",
    })
    void badFactsOfEveryKindExitTwoWithTheirPlace(String kind, String yaml, String expected) {
        Path facts = Fixtures.write(dir, "bad.yaml", yaml.replace("\\n", "\n"));
        Run run = chancery("run", "--facts", facts.toString(), "--format", "json");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(expected);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badRulesExitTwo() {
        Fixtures.write(dir, "rules/broken.drl", "package chancery;\nrule \"x\" when Event( then end\n");
        Run run = chancery("check", "--rules", dir.resolve("rules").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).containsPattern("broken\\.drl:2:\\d+: ");
    }

    @Test
    void runReportsBadRulesCompiledWhileItLoadedTheFacts() {
        Fixtures.write(dir, "rules/broken.drl", "package chancery;\nrule \"x\" when Event( then end\n");
        Path out = dir.resolve("report.json");
        Run run = chancery("run", "--rules", dir.resolve("rules").toString(), "--out", out.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).containsPattern("broken\\.drl:2:\\d+: ");
        assertThat(out).doesNotExist();
    }

    @Test
    void withBadFactsAndBadRulesRunReportsTheFactsFirstAsBefore() {
        Fixtures.write(dir, "rules/broken.drl", "package chancery;\nrule \"x\" when Event( then end\n");
        Path facts = Fixtures.write(dir, "bad.yaml", "events:\n  - {date: 2022-07-13, type: recognize, by: PRKK, of: UKR}\n");
        Run run = chancery("run", "--rules", dir.resolve("rules").toString(), "--facts", facts.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("bad.yaml:2:45: unknown state 'PRKK'").doesNotContain("broken.drl");
    }

    @Test
    void aBadDateOptionOrUnknownOptionExitsTwo() {
        assertThat(chancery("run", "--as-of", "July 2022").code()).isEqualTo(2);
        assertThat(chancery("run", "--colour").code()).isEqualTo(2);
    }

    @Test
    void runInPartsPrintsWhatOneSessionPrints() {
        Run parts = chancery("run", "--format", "json", "--part-events", "20");
        Run whole = chancery("run", "--format", "json", "--part-events", "0");

        assertThat(parts.code()).as(parts.err()).isZero();
        assertThat(parts.out()).isEqualTo(whole.out()).contains("\"tally\" : 3");
        Run negative = chancery("run", "--part-events", "-1");
        assertThat(negative.code()).isEqualTo(2);
        assertThat(negative.err()).contains("--part-events", "0 or more");
    }

    @Test
    void aRunawayRuleLoopIsStoppedWithExitThree() {
        Fixtures.write(dir, "rules/loop.drl", """
                package chancery;
                import dev.chancery.model.*;
                rule "Updates its own fact forever"
                when
                    $e : Event()
                then
                    update( $e );
                end
                """);
        Path out = dir.resolve("report.txt");
        Run run = chancery("run", "--rules", dir.resolve("rules").toString(), "--max-firings", "1000", "--out", out.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("firing limit");
        assertThat(out).doesNotExist();
    }

    @Test
    void outIsWrittenWhole() throws Exception {
        Path out = dir.resolve("sub/report.json");
        Run run = chancery("run", "--format", "json", "--out", out.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(Files.readString(out)).get("entities")).isNotEmpty();
        try (var files = Files.list(out.getParent())) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void theCatalogueCountsAnExtendedRulesConditionsAsTheChilds() {
        Run run = chancery("rules");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("rule \"A recognition in force after a pair's last step is an open span\"\n"
                + "      A recognition that starts a span")
                .contains("      extends: A recognition starts a span when none is in force\n"
                        + "      reads: Event, EntityEnd, Step; concludes: Span\n");
    }

    @Test
    void checkReportsOk() {
        Run run = chancery("check");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("ok: ");
    }
}
