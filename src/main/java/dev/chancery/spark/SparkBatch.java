package dev.chancery.spark;

import dev.chancery.batch.BatchRecord;
import dev.chancery.batch.BatchRunner;
import dev.chancery.batch.ScenarioSource;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.input.Workspace;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * A batch as Spark jobs ({@code batch --on MASTER}): the same scenarios, the same evaluation (compiled rules plus
 * a scenario give its line, {@link NodeEvaluators}) and the same lines as a local batch, in a folder of part files
 * written through Spark's output committer ({@link BatchFolder}). The scenarios are committed a run of
 * {@code commitEvery} at a time, each run a job: a failed batch keeps the runs committed before it, and
 * {@code --resume} starts at the first that is not.
 */
public final class SparkBatch {
    /**
     * Where and how: {@code master} a Spark master URL ("local[2]", "spark://host:7077", "yarn"; null: the one
     * spark-submit gives), {@code out} the results folder (a Hadoop path), {@code partitions} a commit's tasks
     * and files (0: four per core of the cluster), {@code failFirstAttemptAt} a fault for the tests (-1: none).
     */
    public record Options(String master, String out, int commitEvery, int partitions, boolean resume, boolean parquet,
                          int failFirstAttemptAt) {
    }

    private SparkBatch() {
    }

    /** Runs {@code inputs} (files, folders, .jsonl; local paths or Hadoop URIs) as {@code job} says. */
    public static BatchRunner.Summary run(List<String> inputs, BatchJob job, Options options, PrintStream err) {
        if (options.partitions() < 0) {
            throw new InputException(Problem.usage("--partitions must be 0 (four per core) or more, not " + options.partitions()));
        }
        if (options.commitEvery() < 1) {
            throw new InputException(Problem.usage("--commit-every must be at least 1, not " + options.commitEvery()));
        }
        // the rules are compiled here first: a mistake in them is a message before any cluster is asked for
        String rulesKey = NodeEvaluators.of(job).rulesKey();
        SparkSession spark = ChanceryJars.session(options.master(), "chancery batch");
        try {
            return run(spark, inputs, job, rulesKey, options, err);
        } finally {
            spark.stop();
        }
    }

    private static BatchRunner.Summary run(SparkSession spark, List<String> inputs, BatchJob job, String rulesKey,
                                           Options options, PrintStream err) {
        long start = System.nanoTime();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Workspace workspace = new Workspace(java.nio.file.Path.of(job.home()));
        List<ScenarioSource> sources = HadoopScenarios.expand(inputs, workspace, context.hadoopConfiguration());
        List<ScenarioTask> tasks = sources.stream().map(ScenarioTask::of).toList();
        BatchFolder folder = new BatchFolder(options.out(), context.hadoopConfiguration());
        Map<String, Object> record = new LinkedHashMap<>(BatchRecord.of(sources, rulesKey,
                dev.chancery.batch.BatchRunner.options(job.form(), job.reasons(), job.firingLimit(), job.timeoutSeconds())));
        record.put("commitEvery", String.valueOf(options.commitEvery()));
        record.put("parquet", String.valueOf(options.parquet()));
        boolean resuming = options.resume() && !folder.record().isEmpty();
        if (resuming) {
            refuseOtherBatch(folder, record);
        } else {
            folder.startAfresh();
            folder.writeRecord(record);
        }
        int partitions = options.partitions() > 0 ? options.partitions() : 4 * context.defaultParallelism();
        int commits = (tasks.size() + options.commitEvery() - 1) / options.commitEvery();
        int skipped = 0;
        int ran = 0;
        int failed = 0;
        List<Map<String, Object>> committed = new ArrayList<>();
        for (int number = 0; number < commits; number++) {
            int first = number * options.commitEvery();
            List<ScenarioTask> run = tasks.subList(first, Math.min(tasks.size(), first + options.commitEvery()));
            Map<String, Object> counts = resuming ? folder.counts(number) : null;
            if (counts != null) {
                skipped += run.size();
                committed.add(counts);
                continue;
            }
            long commitStart = System.nanoTime();
            folder.clear(number);
            LongAccumulator failures = context.sc().longAccumulator("failed scenarios");
            JavaRDD<Evaluated> evaluated = context.parallelize(run, Math.min(partitions, run.size()))
                    .mapPartitions(new EvaluatePartition(job, options.failFirstAttemptAt()));
            if (options.parquet()) {
                evaluated = evaluated.persist(StorageLevel.DISK_ONLY()); // the lines and the table from one evaluation
            }
            try {
                evaluated.map(e -> {
                    if (!e.ok()) {
                        failures.add(1);
                    }
                    return e.line();
                }).saveAsTextFile(folder.chunk(number));
                if (options.parquet()) {
                    spark.createDataFrame(evaluated.map(Evaluated::changes), SummaryTable.SCHEMA)
                            .write().mode(SaveMode.Overwrite).parquet(folder.summary(number));
                    evaluated.unpersist();
                }
            } catch (Exception e) { // Spark's exceptions are not declared: a job that failed
                throw new SparkJobFailed(String.format("batch on %s failed in commit %d of %d (%s: run it again with"
                        + " --resume)", spark.sparkContext().master(), number + 1, commits, number == 0 ? "nothing is kept"
                        : number == 1 ? "the commit before it is kept" : "the " + number + " commits before it are kept"), e);
            }
            counts = new LinkedHashMap<>();
            counts.put("folder", new org.apache.hadoop.fs.Path(folder.chunk(number)).getName());
            counts.put("first", first);
            counts.put("scenarios", run.size());
            counts.put("failed", failures.value().intValue());
            counts.put("files", folder.parts(number));
            folder.writeCounts(number, counts);
            committed.add(counts);
            ran += run.size();
            failed += failures.value().intValue();
            err.printf("batch on %s: commit %d of %d, %d scenarios (%d failed) in %.1f s%n", spark.sparkContext().master(),
                    number + 1, commits, run.size(), failures.value(), (System.nanoTime() - commitStart) / 1e9);
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("scenarios", tasks.size());
        manifest.put("failed", committed.stream().mapToInt(c -> ((Number) c.get("failed")).intValue()).sum());
        manifest.put("record", record);
        manifest.put("commits", committed);
        if (options.parquet()) {
            manifest.put("summary", BatchFolder.SUMMARY);
        }
        folder.writeManifest(manifest);
        return new BatchRunner.Summary(tasks.size(), skipped, ran, failed, (System.nanoTime() - start) / 1e9);
    }

    /** --resume finishes the batch the folder holds, not another: the scenarios, rules and options must be its. */
    private static void refuseOtherBatch(BatchFolder folder, Map<String, Object> record) {
        Map<String, Object> before = folder.record();
        for (Map.Entry<String, Object> field : record.entrySet()) {
            if (!BatchFolder.same(before.get(field.getKey()), field.getValue())) {
                throw new InputException(Problem.usage("--resume: the results in " + folder.uri() + " were written"
                        + " with other " + field.getKey() + " (" + before.get(field.getKey()) + ", now "
                        + field.getValue() + "); run without --resume to start afresh"));
            }
        }
    }
}
