package dev.chancery.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.Fixtures;
import dev.chancery.engine.Evaluation;
import dev.chancery.engine.Reasoner;
import dev.chancery.engine.RuleBase;
import dev.chancery.generate.WhatIfGenerator;
import dev.chancery.input.InputException;
import dev.chancery.load.Scenario;
import dev.chancery.load.ScenarioReader;
import dev.chancery.report.JsonReport;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path whatIfs(int count, String extraLine) throws Exception {
        StringWriter text = new StringWriter();
        WhatIfGenerator.write(Fixtures.bundled(), count, 7, text);
        List<String> lines = new ArrayList<>(List.of(text.toString().split("\n")));
        if (extraLine != null) {
            lines.add(count / 2, extraLine);
        }
        return Fixtures.write(dir, "what-ifs.jsonl", String.join("\n", lines) + "\n");
    }

    private static BatchRunner runner() {
        return new BatchRunner(Fixtures.rules(), new ScenarioReader(Fixtures.workspace()), Reasoner.DEFAULT_FIRING_LIMIT, false);
    }

    @Test
    void aBadScenarioGivesAnErrorLineAndTheRestGoOnInInputOrder() throws Exception {
        Path input = whatIfs(20, "{\"name\": \"bad\", \"add\": {\"events\": [{\"date\": \"2022-13-01\", \"type\": \"recognize\", \"by\": \"BLR\", \"of\": \"DPR\"}]}}");
        Path out = dir.resolve("results.jsonl");
        List<ScenarioSource> sources = ScenarioSource.expand(List.of(input), Fixtures.workspace());

        BatchRunner.Summary summary = runner().run(sources, out, 2, false, System.err);

        assertThat(summary.ran()).isEqualTo(21);
        assertThat(summary.failed()).isEqualTo(1);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(21);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            assertThat(line.get("index").asInt()).isEqualTo(i);
        }
        JsonNode bad = JSON.readTree(lines.get(10));
        assertThat(bad.get("ok").asBoolean()).isFalse();
        assertThat(bad.get("error").asText()).contains("what-ifs.jsonl:11:").contains("bad date '2022-13-01'");
    }

    @Test
    void everyResultEqualsAFreshEvaluation() throws Exception {
        Path input = whatIfs(30, null);
        Path out = dir.resolve("results.jsonl");
        List<ScenarioSource> sources = ScenarioSource.expand(List.of(input), Fixtures.workspace());
        runner().run(sources, out, 2, false, System.err);

        List<String> lines = Files.readAllLines(out);
        ScenarioReader reader = new ScenarioReader(Fixtures.workspace());
        for (ScenarioSource source : sources) {
            // under the name the batch gives it: a warning about a what-if names its place
            Scenario scenario = reader.read(source.text(), source.id().replaceFirst(":\\d+$", ""), source.firstLine(),
                    source.defaultName());
            String fresh = JSON.writeValueAsString(JSON.readTree(JsonReport.write(Evaluation.evaluate(Fixtures.rules(),
                    scenario.world(), scenario.asOf(), Reasoner.DEFAULT_FIRING_LIMIT, false))));
            assertThat(JSON.readTree(lines.get(source.index())).get("result").toString()).as(source.id()).isEqualTo(fresh);
        }
    }

    @Test
    void aDiffLineHoldsWhatTheScenarioChangesFromItsBase() throws Exception {
        Path input = whatIfs(12, null);
        Path out = dir.resolve("changes.jsonl");
        List<ScenarioSource> sources = ScenarioSource.expand(List.of(input), Fixtures.workspace());
        new BatchRunner(Fixtures.rules(), new ScenarioReader(Fixtures.workspace()), Reasoner.DEFAULT_FIRING_LIMIT, false, LineForm.DIFF)
                .run(sources, out, 2, false, System.err);

        List<String> lines = Files.readAllLines(out);
        ScenarioReader reader = new ScenarioReader(Fixtures.workspace());
        for (ScenarioSource source : sources) {
            // under the name the batch gives it: a warning about a what-if names its place
            Scenario scenario = reader.read(source.text(), source.id().replaceFirst(":\\d+$", ""), source.firstLine(),
                    source.defaultName());
            var fresh = Evaluation.evaluate(Fixtures.rules(), scenario.world(), scenario.asOf(), Reasoner.DEFAULT_FIRING_LIMIT, false);
            var base = Evaluation.evaluate(Fixtures.rules(), scenario.base(), scenario.asOf(), Reasoner.DEFAULT_FIRING_LIMIT, false);
            String expected = JSON.readTree(JsonReport.write(dev.chancery.result.ResultDiff.of("scenario", fresh, "base", base))).toString();
            JsonNode line = JSON.readTree(lines.get(source.index()));
            assertThat(line.has("result")).isFalse();
            assertThat(line.get("changes").toString()).as(source.id()).isEqualTo(expected);
        }
    }

    /** A real process killed with SIGKILL midway, then resumed: every scenario exactly once, as if uninterrupted. */
    @Test
    void aBatchKilledMidwayAndResumedEqualsAnUninterruptedOne() throws Exception {
        Path input = whatIfs(400, null);
        Path killed = dir.resolve("killed.jsonl");
        Process process = batchProcess(input, killed, false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lineCount(killed) < 40 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(process.isAlive()).as("the batch should still be running when killed").isTrue();
        process.destroyForcibly(); // SIGKILL: no shutdown hooks, no final rewrite
        process.waitFor();
        int before = lineCount(killed);
        assertThat(before).isBetween(40, 399);

        Process resumed = batchProcess(input, killed, true);
        assertThat(resumed.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(resumed.exitValue()).isZero();

        Path whole = dir.resolve("whole.jsonl");
        runner().run(ScenarioSource.expand(List.of(input), Fixtures.workspace()), whole, 2, false, System.err);
        assertThat(withoutTimes(killed)).hasSize(400).isEqualTo(withoutTimes(whole));
    }

    @Test
    void resumingFromOtherScenariosRulesOrOptionsIsRefusedAndKeepsTheResults() throws Exception {
        Path input = whatIfs(6, null);
        Path out = dir.resolve("results.jsonl");
        runner().run(ScenarioSource.expand(List.of(input), Fixtures.workspace()), out, 2, false, System.err);
        List<String> results = Files.readAllLines(out);

        // the same file name with new content
        StringWriter other = new StringWriter();
        WhatIfGenerator.write(Fixtures.bundled(), 6, 8, other);
        Files.writeString(input, other.toString());
        assertThatThrownBy(() -> runner().run(ScenarioSource.expand(List.of(input), Fixtures.workspace()), out, 2, true,
                System.err)).isInstanceOf(InputException.class)
                .hasMessage("cannot resume " + out + ": it was written from other scenarios (a file changed, or other"
                        + " files were given); run without --resume, or choose another --out");
        // another file name
        Path renamed = Fixtures.write(dir, "renamed.jsonl", Files.readString(input));
        assertThatThrownBy(() -> runner().run(ScenarioSource.expand(List.of(renamed), Fixtures.workspace()), out, 2, true,
                System.err)).hasMessageContaining("written from other scenarios");
        assertThat(Files.readAllLines(out)).isEqualTo(results);

        Path first = whatIfs(6, null); // the first scenarios again: resumable, but not with other rules or options
        List<ScenarioSource> sources = ScenarioSource.expand(List.of(first), Fixtures.workspace());
        RuleBase rules = Fixtures.rules();
        RuleBase edited = new RuleBase(rules.kieBase(), rules.rulesDir(), rules.passes(), "an edited rule");
        assertThatThrownBy(() -> new BatchRunner(edited, new ScenarioReader(Fixtures.workspace()),
                Reasoner.DEFAULT_FIRING_LIMIT, false).run(sources, out, 2, true, System.err))
                .hasMessageContaining("it was written with other rules");
        assertThatThrownBy(() -> new BatchRunner(rules, new ScenarioReader(Fixtures.workspace()),
                Reasoner.DEFAULT_FIRING_LIMIT, false, LineForm.DIFF).run(sources, out, 2, true, System.err))
                .hasMessageContaining("it was written with --result full --max-firings " + Reasoner.DEFAULT_FIRING_LIMIT
                        + " --timeout 0, not --result diff");
        assertThat(Files.readAllLines(out)).isEqualTo(results);
        assertThat(runner().run(sources, out, 2, true, System.err).skipped()).isEqualTo(6);
    }

    @Test
    void aResultsFileWithLinesButNoRecordIsNotResumed() throws Exception {
        Path input = whatIfs(3, null);
        Path out = dir.resolve("results.jsonl");
        List<ScenarioSource> sources = ScenarioSource.expand(List.of(input), Fixtures.workspace());
        runner().run(sources, out, 2, false, System.err);
        Files.delete(BatchRecord.recordFile(out));

        assertThatThrownBy(() -> runner().run(sources, out, 2, true, System.err))
                .hasMessageContaining("it has no record of what it was written from (results.jsonl.batch");
    }

    /** A second batch on the same --out, in another process, stops before it writes anything. */
    @Test
    void aSecondBatchOnTheSameOutStopsAtOnce() throws Exception {
        Path input = whatIfs(3, null);
        Path out = Fixtures.write(dir, "results.jsonl", "the first batch's lines\n");
        try (BatchRecord first = BatchRecord.lock(out)) {
            assertThatThrownBy(() -> runner().run(ScenarioSource.expand(List.of(input), Fixtures.workspace()), out, 2,
                    false, System.err)).isInstanceOf(InputException.class)
                    .hasMessageStartingWith("another batch is writing " + out);

            Process second = batchProcess(input, out, false);
            assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(2);
            assertThat(Files.readString(dir.resolve("run.log"))).contains("another batch is writing " + out)
                    .doesNotContain("Exception");
        }
        assertThat(Files.readString(out)).isEqualTo("the first batch's lines\n");
        assertThat(BatchOutput.pendingFile(out)).doesNotExist();
    }

    @Test
    void commentLinesAreSkippedAnOverlongLineIsAnErrorLineAndNoErrorIsEmpty() throws Exception {
        String longLine = "{\"name\": \"" + "x".repeat(BatchEvaluator.MAX_LINE_CHARS) + "\"}";
        Path input = Fixtures.write(dir, "notes.jsonl", "# what-ifs for the report\n"
                + "  // one more note\n" + whatIfLine() + "\n" + longLine + "\n");
        Path onlyNotes = Fixtures.write(dir, "later.yaml", "# a scenario to write\n");
        Path out = dir.resolve("results.jsonl");

        BatchRunner.Summary summary = runner().run(ScenarioSource.expand(List.of(input, onlyNotes), Fixtures.workspace()),
                out, 2, false, System.err);

        assertThat(summary.total()).isEqualTo(3);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines.get(2)).get("error").asText()) // it was ""
                .endsWith("later.yaml:1:1: empty scenario: expected a mapping with any of name, description, base, asOf, add and remove");
        assertThat(JSON.readTree(lines.get(0)).get("ok").asBoolean()).isTrue();
        JsonNode overlong = JSON.readTree(lines.get(1));
        assertThat(overlong.get("ok").asBoolean()).isFalse();
        assertThat(overlong.get("error").asText()).contains("notes.jsonl:4:1: the line is 1,048,588 characters long,"
                + " more than a batch line may have (1,048,576)");
    }

    private static String whatIfLine() throws Exception {
        StringWriter text = new StringWriter();
        WhatIfGenerator.write(Fixtures.bundled(), 1, 7, text);
        return text.toString().strip();
    }

    private Process batchProcess(Path input, Path out, boolean resume) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dchancery.home=" + Fixtures.workspace().home(), "dev.chancery.cli.Main", "batch", input.toString(),
                "--out", out.toString(), "--threads", "2"));
        if (resume) {
            command.add("--resume");
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(resume ? "resume.log" : "run.log").toFile()).start();
    }

    private static int lineCount(Path file) throws Exception {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        int n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    private static List<String> withoutTimes(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode node = JSON.readTree(line);
            ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("timeMs");
            out.add(node.toString());
        }
        return out;
    }
}
