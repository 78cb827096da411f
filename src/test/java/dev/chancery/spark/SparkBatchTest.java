package dev.chancery.spark;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chancery.Fixtures;
import dev.chancery.batch.LineForm;
import dev.chancery.cli.CliTest.Run;
import dev.chancery.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch on Spark, in local mode with real Spark: the lines are those of a local batch, a task that fails and
 * runs again leaves each scenario exactly once, a failed batch resumes after its commits, and the changes table
 * reads back through Spark SQL.
 */
class SparkBatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path whatIfs10k;

    @BeforeAll
    static void generate() {
        Run generated = chancery("generate", "--what-ifs", "10000", "--seed", "26", "--out",
                dir.resolve("what-ifs.jsonl").toString());
        assertThat(generated.code()).as(generated.err()).isZero();
        whatIfs10k = dir.resolve("what-ifs.jsonl");
    }

    /** The first {@code n} what-ifs, in a file of their own. */
    private static Path whatIfs(int n) throws IOException {
        Path file = dir.resolve("what-ifs-" + n + ".jsonl");
        if (!Files.exists(file)) {
            try (Stream<String> lines = Files.lines(whatIfs10k)) {
                Files.write(file, lines.limit(n).toList());
            }
        }
        return file;
    }

    /** A batch's lines without their timing, which is all two runs of one batch may differ in. */
    private static List<String> untimed(List<String> lines) {
        return lines.stream().map(line -> {
            try {
                ObjectNode node = (ObjectNode) JSON.readTree(line);
                node.remove("timeMs");
                return node.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** The lines of a batch on Spark, its part files read one after the other, as the manifest lists them. */
    private static List<String> sparkLines(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        var manifest = JSON.readTree(out.resolve(BatchFolder.MANIFEST).toFile());
        for (var commit : manifest.get("commits")) {
            for (var file : commit.get("files")) {
                lines.addAll(Files.readAllLines(out.resolve(commit.get("folder").asText()).resolve(file.asText())));
            }
        }
        return lines;
    }

    private static List<String> localBatch(Path input, String form) throws IOException {
        Path out = dir.resolve(input.getFileName() + "." + form + ".local.jsonl");
        Run run = chancery("batch", input.toString(), "--out", out.toString(), "--result", form);
        assertThat(run.code()).as(run.err()).isZero();
        return Files.readAllLines(out);
    }

    @Test
    void tenThousandWhatIfsOnLocal2GiveTheLinesOfALocalBatch() throws IOException {
        List<String> local = localBatch(whatIfs10k, "diff");
        Path out = dir.resolve("spark-10k");
        Run spark = chancery("batch", whatIfs10k.toString(), "--out", out.toString(), "--result", "diff",
                "--on", "local[2]", "--commit-every", "4000");
        assertThat(spark.code()).as(spark.err()).isZero();
        var manifest = JSON.readTree(out.resolve(BatchFolder.MANIFEST).toFile());
        assertThat(manifest.get("scenarios").asInt()).isEqualTo(10_000);
        assertThat(manifest.get("failed").asInt()).isZero();
        assertThat(manifest.get("commits")).hasSize(3);
        assertThat(local).hasSize(10_000);
        assertThat(untimed(sparkLines(out))).isEqualTo(untimed(local));
    }

    @Test
    void wholeResultsToo() throws IOException {
        Path input = whatIfs(300);
        Path out = dir.resolve("spark-full");
        Run spark = chancery("batch", input.toString(), "--out", out.toString(), "--on", "local[2]");
        assertThat(spark.code()).as(spark.err()).isZero();
        assertThat(untimed(sparkLines(out))).isEqualTo(untimed(localBatch(input, "full")));
    }

    private static BatchJob job(boolean keepChanges) {
        return new BatchJob(Fixtures.workspace().home().toString(), Fixtures.workspace().rulesDir().toString(),
                List.of(), LineForm.SUMMARY, false, 5_000_000, 300, keepChanges);
    }

    private static dev.chancery.batch.BatchRunner.Summary sparkBatch(Path input, Path out, String master,
                                                                     int commitEvery, boolean resume, int fault) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        return SparkBatch.run(List.of(input.toString()), job(false),
                new SparkBatch.Options(master, out.toString(), commitEvery, 3, resume, false, fault), quiet);
    }

    @Test
    void aTaskThatFailsOnItsFirstAttemptLeavesEveryScenarioOnce() throws IOException {
        Path input = whatIfs(1000);
        List<String> local = localBatch(input, "summary");
        Path out = dir.resolve("spark-fault");
        // local[2,2]: a task may run twice; scenario 617 is in the middle of a partition, after lines were written
        var summary = sparkBatch(input, out, "local[2,2]", 400, false, 617);
        assertThat(summary.ran()).isEqualTo(1000);
        List<String> lines = sparkLines(out);
        assertThat(lines).hasSize(1000);
        assertThat(untimed(lines)).isEqualTo(untimed(local));
    }

    @Test
    void aFailedBatchResumesAfterItsCommits() throws IOException {
        Path input = whatIfs(1000);
        Path out = dir.resolve("spark-resume");
        // local[2]: no task runs twice, so the fault at scenario 700 (in the second commit) fails the batch
        assertThatThrownBy(() -> sparkBatch(input, out, "local[2]", 400, false, 700))
                .isInstanceOf(SparkJobFailed.class)
                .hasMessageStartingWith("batch on local[2] failed in commit 2 of 3 (the commit before it is kept: run it"
                        + " again with --resume): a fault for the tests: the first attempt fails at scenario 700");
        assertThat(out.resolve("chunk-00000").resolve(BatchFolder.COUNTS)).exists();
        assertThat(out.resolve("chunk-00001").resolve(BatchFolder.COUNTS)).doesNotExist();
        assertThat(out.resolve(BatchFolder.MANIFEST)).doesNotExist();
        var resumed = sparkBatch(input, out, "local[2]", 400, true, -1);
        assertThat(resumed.skipped()).isEqualTo(400);
        assertThat(resumed.ran()).isEqualTo(600);
        assertThat(untimed(sparkLines(out))).isEqualTo(untimed(localBatch(input, "summary")));
        // resuming with other options is refused, not mixed
        assertThatThrownBy(() -> sparkBatch(input, out, "local[2]", 300, true, -1))
                .hasMessageContaining("--resume").hasMessageContaining("commitEvery");
    }

    @Test
    void theChangesTableAnswersSparkSql() throws IOException {
        Path input = whatIfs(500);
        Path out = dir.resolve("spark-parquet");
        Run spark = chancery("batch", input.toString(), "--out", out.toString(), "--on", "local[2]", "--result",
                "summary", "--parquet", "--commit-every", "200");
        assertThat(spark.code()).as(spark.err()).isZero();
        long changingTallies = 0;
        for (String line : Files.readAllLines(dir.resolve(input.getFileName() + ".summary.local.jsonl").toFile().exists()
                ? dir.resolve(input.getFileName() + ".summary.local.jsonl") : writeLocal(input))) {
            changingTallies += JSON.readTree(line).get("changes").get("tallies").isEmpty() ? 0 : 1;
        }
        SparkSession session = SparkSession.builder().master("local[1]").appName("read back").getOrCreate();
        try {
            var table = session.read().parquet(out.resolve(BatchFolder.SUMMARY).toString());
            assertThat(table.count()).isEqualTo(500);
            assertThat(table.where("size(tallies) > 0").count()).isEqualTo(changingTallies).isPositive();
            Row first = table.orderBy("index").first();
            assertThat(first.<Integer>getAs("index")).isZero();
            assertThat(first.<String>getAs("id")).endsWith("what-ifs-500.jsonl:1");
            assertThat(first.<Boolean>getAs("ok")).isTrue();
            assertThat(table.select("chunk").distinct().count()).isEqualTo(3);
        } finally {
            session.stop();
        }
    }

    private static Path writeLocal(Path input) throws IOException {
        localBatch(input, "summary");
        return dir.resolve(input.getFileName() + ".summary.local.jsonl");
    }

    @Test
    void sparkOptionsNeedOnAndOnRefusesThreads() {
        Run commit = chancery("batch", whatIfs10k.toString(), "--out", dir.resolve("x.jsonl").toString(),
                "--commit-every", "5");
        assertThat(commit.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(commit.err()).contains("--commit-every goes with --on");
        Run threads = chancery("batch", whatIfs10k.toString(), "--out", dir.resolve("y").toString(), "--on",
                "local[2]", "--threads", "2");
        assertThat(threads.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(threads.err()).contains("--threads does not go with --on");
        Run master = chancery("batch", whatIfs10k.toString(), "--out", dir.resolve("z").toString(), "--on", "lokal[2]");
        assertThat(master.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(master.err()).contains("--on lokal[2]: expected local, local[N]");
        assertThat(dir.resolve("z")).doesNotExist();
    }

    @Test
    void aFolderThatIsNotABatchsIsNotEmptied() throws IOException {
        Path other = Files.createDirectories(dir.resolve("someone-elses"));
        Files.writeString(other.resolve("notes.txt"), "keep me");
        Run run = chancery("batch", whatIfs(10).toString(), "--out", other.toString(), "--on", "local[1]");
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("holds other things than a batch's results");
        assertThat(other.resolve("notes.txt")).hasContent("keep me");
    }
}
