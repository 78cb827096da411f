package dev.chancery.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chancery.Fixtures;
import dev.chancery.engine.Evaluation;
import dev.chancery.engine.Reasoner;
import dev.chancery.input.InputException;
import dev.chancery.load.Scenario;
import dev.chancery.load.ScenarioReader;
import dev.chancery.result.Result;
import dev.chancery.result.ResultDiff;
import dev.chancery.batch.BatchRunner;
import dev.chancery.batch.ScenarioSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioTest {
    @TempDir
    Path dir;

    private static Scenario bundled(String name) {
        return new ScenarioReader(Fixtures.workspace()).read(Fixtures.workspace().scenariosDir().resolve(name));
    }

    private static Result run(Scenario scenario) {
        return Evaluation.evaluate(Fixtures.rules(), scenario.world(), scenario.asOf(), Reasoner.DEFAULT_FIRING_LIMIT);
    }

    @Test
    void withoutNorthKoreaTheTallyIsTwoAndUkrainesSeveranceIsUnexplained() {
        Result result = run(bundled("north-korea-never.yaml"));
        assertThat(result.entity("DPR").tally()).isEqualTo(2);
        assertThat(result.conclusion("severance:UKR:PRK:2022-07-13")).isNull();
        assertThat(result.relation("UKR", "PRK").basis()).isEqualTo("reported");
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo("unexplained-severance");
            assertThat(w.message()).startsWith("UKR severs relations with PRK on 2022-07-13");
        });
    }

    @Test
    void belarusIsTheFourthRecognizerAndUkraineSeversByPolicyUnconfirmed() {
        Scenario scenario = bundled("belarus-follows.yaml");
        Result after = run(scenario);
        Result before = Evaluation.evaluate(Fixtures.rules(), scenario.base(), scenario.asOf(), Reasoner.DEFAULT_FIRING_LIMIT);
        ResultDiff diff = ResultDiff.of("a", after, "b", before);
        assertThat(diff.recognizers()).contains(new ResultDiff.RecognizerChange("DPR", "BLR", null, 4, false, true));
        assertThat(diff.relations()).singleElement().satisfies(r -> {
            assertThat(r.before()).isNull();
            assertThat(r.after().a()).isEqualTo("UKR");
            assertThat(r.after().b()).isEqualTo("BLR");
            assertThat(r.after().basis()).isEqualTo("policy");
            assertThat(r.after().confirmed()).isFalse();
        });
        assertThat(diff.conclusionsGained()).containsExactly("severance:UKR:BLR:2022-08-01");
    }

    @Test
    void withoutThePolicyTheSeverancesAreReportedAndPredictedByPrecedent() {
        Result result = run(bundled("ukraine-without-policy.yaml"));
        assertThat(result.conclusions()).extracting(c -> c.id())
                .contains("expected-severance:UKR:SYR:2022-06-29", "expected-severance:UKR:PRK:2022-07-13")
                .doesNotContain("severance:UKR:PRK:2022-07-13");
        assertThat(result.relation("UKR", "PRK").basis()).isEqualTo("reported");
    }

    @Test
    void theWorldOf2019PredatesTheRecognitions() {
        Result result = run(bundled("world-2019.yaml"));
        assertThat(result.asOf()).hasToString("2019-01-01");
        assertThat(result.entity("DPR").tally()).isZero();
    }

    @Test
    void aRemovalThatMatchesNothingIsAnErrorAtItsLine() {
        Path file = Fixtures.write(dir, "bad.yaml", """
                name: bad
                remove:
                  events:
                    - {type: recognize, by: BLR, of: DPR}
                """);
        try {
            new ScenarioReader(Fixtures.workspace()).read(file);
            throw new AssertionError("expected an error");
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith(Fixtures.workspace().display(file) + ":4:7: an event to remove matches nothing");
        }
    }

    @Test
    void anUnknownIdInAnAdditionIsAnErrorAtItsLine() {
        Path file = Fixtures.write(dir, "bad.yaml", """
                add:
                  events:
                    - {date: 2022-08-01, type: recognize, by: BLRR, of: DPR}
                """);
        try {
            new ScenarioReader(Fixtures.workspace()).read(file);
            throw new AssertionError("expected an error");
        } catch (InputException e) {
            assertThat(e.getMessage()).contains("bad.yaml:3:47: unknown state 'BLRR' (did you mean BLR, Belarus");
        }
    }

    private static final String TWO_RECOGNITIONS = "{\"name\": \"two\", \"add\": {\"events\": ["
            + "{\"date\": \"2022-08-01\", \"type\": \"recognize\", \"by\": \"BLR\", \"of\": \"DPR\"}, "
            + "{\"date\": \"2022-08-01\", \"type\": \"recognize\", \"by\": \"BLR\", \"of\": \"LPR\"}]}}";

    @Test
    void aWhatIfOfTwoEventsOnOneLineAddsBoth() {
        // issue 20: events on one line shared a seq, and the session refused the second ("already inserted")
        Path file = Fixtures.write(dir, "two.yaml", TWO_RECOGNITIONS + "\n");
        Result result = run(new ScenarioReader(Fixtures.workspace()).read(file));
        assertThat(result.entity("DPR").ordinalOf("BLR")).isEqualTo(4);
        assertThat(result.entity("LPR").ordinalOf("BLR")).isEqualTo(4);
    }

    @Test
    void aBatchLineOfTwoEventsRunsAsTheScenarioFileDoes() throws Exception {
        // issue 20: the same line in a batch gave "internal error: not inserted"
        Path input = Fixtures.write(dir, "what-ifs.jsonl", TWO_RECOGNITIONS + "\n");
        Path out = dir.resolve("results.jsonl");
        BatchRunner.Summary summary = new BatchRunner(Fixtures.rules(), new ScenarioReader(Fixtures.workspace()),
                Reasoner.DEFAULT_FIRING_LIMIT, false).run(ScenarioSource.expand(List.of(input), Fixtures.workspace()), out,
                1, false, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        assertThat(summary.failed()).as(Files.readString(out)).isZero();
        assertThat(Files.readString(out)).contains("\"ok\":true").contains("\"state\":\"BLR\",\"since\":\"2022-08-01\",\"ordinal\":4");
    }

    @Test
    void aScenarioOrBatchLineNestedTooDeepIsRefusedWhereItGoesTooDeep() {
        // issue 20: 20,000 nested lists overflowed the stack; SnakeYAML's own limit said "max 50" at 1:1
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        ScenarioReader reader = new ScenarioReader(Fixtures.workspace());
        Path file = Fixtures.write(dir, "deep.yaml", "name: deep\nadd:\n  events: " + deep + "\n");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(InputException.class)
                .hasMessage(Fixtures.workspace().display(file) + ":3:73: nested more than 64 deep");
        // a batch's JSON line, the 7th of its file: level 3 (the events' list) opens at column 29
        assertThatThrownBy(() -> reader.read("{\"name\":\"x\",\"add\":{\"events\":" + deep + "}}", "what-ifs.jsonl", 7, "x"))
                .isInstanceOf(InputException.class).hasMessage("what-ifs.jsonl:7:91: nested more than 64 deep");
    }

    @Test
    void aScenarioThatIsNotUtf8IsRefusedAtItsFirstByteThatIsNot() throws Exception {
        // issue 20: "cannot read scenario: Input length = 1" at 1:1
        Path file = dir.resolve("latin.yaml");
        Files.write(file, "name: x\ndescription: \"caf\u00e9\"\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new ScenarioReader(Fixtures.workspace()).read(file)).isInstanceOf(InputException.class)
                .hasMessage(Fixtures.workspace().display(file) + ":2:18: the file is not UTF-8: byte 0xE9 at byte offset 25;"
                        + " save it as UTF-8");
    }

    @Test
    void anEmptyScenarioSaysSo() {
        // issue 20: an empty scenario (or one of comments only) gave a blank message
        for (String text : new String[] {"", "# nothing yet\n"}) {
            Path file = Fixtures.write(dir, "empty.yaml", text);
            assertThatThrownBy(() -> new ScenarioReader(Fixtures.workspace()).read(file)).isInstanceOf(InputException.class)
                    .hasMessage(Fixtures.workspace().display(file) + ":1:1: empty scenario: expected a mapping with any of"
                            + " name, description, base, asOf, add and remove");
        }
    }

    @Test
    void anAddedEntityClaimedFromItselfIsRefusedAtItsClaimedFrom() {
        // issue 20: accepted, and the report said "AAA-AAA severed"
        Path file = Fixtures.write(dir, "self.yaml", """
                add:
                  actors:
                    - {id: AAA, name: A, kind: entity, claimedFrom: AAA}
                  events:
                    - {date: 2022-08-01, type: recognize, by: BLR, of: AAA}
                """);
        assertThatThrownBy(() -> new ScenarioReader(Fixtures.workspace()).read(file)).isInstanceOf(InputException.class)
                .hasMessage(Fixtures.workspace().display(file) + ":3:53: AAA is claimed from itself: claimedFrom names the"
                        + " state whose territory it claims");
    }
}
