package dev.chancery.cli;

import dev.chancery.batch.BatchRecord;
import dev.chancery.batch.BatchRunner;
import dev.chancery.batch.ScenarioSource;
import dev.chancery.engine.RuleBase;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.load.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true, description = {
        "Evaluate many scenarios (files, folders of .yaml, or .jsonl files with one scenario a line) on one compiled",
        "rule base; one JSON line per scenario, in input order, in --out. A bad scenario gives an error line and the",
        "rest go on; finished lines are flushed at once, and --resume finishes an interrupted run."})
final class BatchCommand implements Callable<Integer>, TimeoutOption.PerEvaluation {
    @Parameters(paramLabel = "SCENARIO", arity = "1..*", description = "Scenario files, folders or .jsonl files.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE.jsonl|DIR", required = true, description = "The results file, a regular"
            + " file (a line that finishes before those above it waits in FILE.jsonl.pending, flushed, until its turn;"
            + " FILE.jsonl.batch records what it was written from, and is locked while a batch writes it). With --on,"
            + " a folder (a Hadoop path: file:, hdfs:, ...) of part files and a manifest.")
    String outPath;

    Path out;

    @Option(names = "--on", paramLabel = "MASTER", description = {
            "Run the batch on Spark: local[N] (this machine, N cores), spark://HOST:PORT, yarn, or submit (the master",
            "spark-submit gives). Scenarios and --out may be Hadoop paths; the lines are those of a local batch."})
    String on;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "100000", description = "With --on: scenarios"
            + " committed together, as one Spark job (default ${DEFAULT-VALUE}); a failed batch keeps the commits"
            + " before it, and --resume starts after them.")
    int commitEvery;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0", description = "With --on: tasks (and part"
            + " files) a commit is split into (default: four per core of the cluster).")
    int partitions;

    @Option(names = "--parquet", description = "With --on: also write DIR/summary.parquet, a table of each scenario's"
            + " id, name, input, ok, error and changed tallies, ranks and relations.")
    boolean parquet;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default ${DEFAULT-VALUE}; at most 4"
            + " per processor).")
    int threads;

    @Option(names = "--resume", description = "Keep the results already in --out and run only the scenarios missing"
            + " there (refused if the scenarios, the rules or the options differ from those of the results).")
    boolean resume;

    @Option(names = "--reasons", description = "Give each conclusion its reason and premises (slower).")
    boolean reasons;

    enum ResultForm { full, diff, summary }

    @Option(names = "--result", defaultValue = "full", description = {
            "full (default): each line has the whole result, as run --format json gives it (about 85 KB a line on",
            "the bundled facts); diff: only what the scenario changes from its base world (the diff command's JSON,",
            "about 1 KB); summary: just the changed tallies, ranks and relations (about 0.5 KB)."})
    ResultForm resultForm;

    @Option(names = "--allow-failures", description = "Exit 0 though some scenarios failed (their lines are errors);"
            + " without it the batch exits 1 when any did.")
    boolean allowFailures;

    @Option(names = "--rules", paramLabel = "DIR", description = "The rules folder (default: rules/).")
    String rules;

    @Option(names = "--allow-root", paramLabel = "DIR", description = {
            "A folder that the scenarios' base paths may lead into, besides the project folder (repeatable)."})
    List<String> allowRoots = new ArrayList<>();

    @Option(names = TimeoutOption.NAME, paramLabel = "SECONDS", description = "Stop a scenario's rules once they"
            + " have run SECONDS of wall time: that scenario's line is an error, and the batch goes on (a rule that"
            + " never ends). Reading a scenario is not counted. 0: no limit. Default: ${DEFAULT-VALUE}.")
    long timeout = 300;

    @Option(names = "--max-firings", hidden = true, defaultValue = "5000000")
    long maxFirings;

    @Spec
    CommandSpec spec;

    /**
     * Worker threads beyond this many give no speed (each evaluates on a core) but each holds its own
     * sessions: 100,000 took a minute to start and ran out of memory.
     */
    static int maxThreads() {
        return 4 * Runtime.getRuntime().availableProcessors();
    }

    @Override
    public Integer call() throws Exception {
        if (on != null) {
            return onSpark();
        }
        for (String sparkOnly : List.of("--commit-every", "--partitions", "--parquet")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(sparkOnly)) {
                throw new InputException(Problem.usage(sparkOnly + " goes with --on (a batch on Spark)"));
            }
        }
        out = Path.of(outPath);
        if (threads < 1 || threads > maxThreads()) {
            throw new InputException(Problem.usage("--threads must be between 1 and " + maxThreads()
                    + " (4 per processor here), not " + threads));
        }
        InputOptions input = new InputOptions();
        input.rules = rules;
        input.allowRoots = allowRoots;
        List<Path> paths = inputs.stream().map(input.workspace::userPath).toList();
        refuseOutAmongInputs(paths);
        List<ScenarioSource> sources = ScenarioSource.expand(paths, input.workspace);
        BatchRunner.Summary summary;
        try (BatchRecord record = BatchRecord.lock(out.toAbsolutePath())) { // before the rules: a second batch stops at once
            RuleBase compiled = input.compileRules();
            summary = new BatchRunner(compiled, new ScenarioReader(input.workspace, input.dataPaths()), maxFirings, reasons,
                    dev.chancery.batch.LineForm.valueOf(resultForm.name().toUpperCase(java.util.Locale.ROOT)))
                    .timeout(timeout)
                    .run(sources, record, threads, resume, System.err);
        }
        return finished(summary);
    }

    private int finished(BatchRunner.Summary summary) {
        System.err.printf("batch: %d scenarios, %d already done, %d run (%d failed) in %.2f s, %.0f scenarios/s%n",
                summary.total(), summary.skipped(), summary.ran(), summary.failed(), summary.seconds(),
                summary.ran() / Math.max(1e-9, summary.seconds()));
        // a sweep whose scenarios failed did not give what was asked: unattended runs see it in the exit code
        return summary.failed() > 0 && !allowFailures ? Main.SOME_FAILED : Main.OK;
    }

    /**
     * The batch as Spark jobs (package spark). Spark is not on the class path of the command line's jar (it is a
     * provided dependency): the launcher adds target/spark-lib for --on, and spark-submit has its own.
     */
    private int onSpark() {
        if (spec.commandLine().getParseResult().hasMatchedOption("--threads")) {
            throw new InputException(Problem.usage("--threads does not go with --on: Spark runs a task a core"
                    + " (local[N] gives N)"));
        }
        Main.requireSpark(on);
        InputOptions input = new InputOptions();
        input.rules = rules;
        input.allowRoots = allowRoots;
        input.dataPaths(); // each --allow-root is a folder
        dev.chancery.spark.BatchJob job = new dev.chancery.spark.BatchJob(input.workspace.home().toString(),
                input.rulesPath().toAbsolutePath().toString(),
                allowRoots.stream().map(r -> input.workspace.userPath(r).toAbsolutePath().toString()).toList(),
                dev.chancery.batch.LineForm.valueOf(resultForm.name().toUpperCase(java.util.Locale.ROOT)), reasons,
                maxFirings, timeout, parquet);
        return finished(dev.chancery.spark.SparkBatch.run(inputs, job, new dev.chancery.spark.SparkBatch.Options(
                on.equals("submit") ? null : on, hadoopPath(input, outPath), commitEvery, partitions, resume, parquet, -1), System.err));
    }

    /**
     * A Hadoop path as given ("hdfs://...", "file:/..."), or a local path without a scheme, relative to the user's
     * directory (which is not the JVM's in the daemon or a test) and made absolute.
     */
    private static String hadoopPath(InputOptions input, String path) {
        return path.matches("[A-Za-z][A-Za-z0-9+.-]+:.*") ? path : input.workspace.userPath(path).toAbsolutePath().toString();
    }

    /** {@code batch X --out X} would empty the file it is about to read (and a folder's .yaml is read too). */
    private void refuseOutAmongInputs(List<Path> paths) throws IOException {
        if (!Files.isRegularFile(out)) {
            return;
        }
        Path real = out.toRealPath();
        boolean scenarioFile = real.getFileName().toString().matches(".*\\.ya?ml");
        for (Path path : paths) {
            boolean same = Files.isRegularFile(path) ? Files.isSameFile(path, real)
                    : Files.isDirectory(path) && scenarioFile && real.startsWith(path.toRealPath());
            if (same) {
                throw new InputException(Problem.usage("--out " + out + " is one of the scenarios given ("
                        + path + "): the batch would overwrite what it reads; choose another --out"));
            }
        }
    }
}
