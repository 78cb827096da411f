package dev.chancery.batch;

import dev.chancery.engine.RuleBase;
import dev.chancery.engine.Timings;
import dev.chancery.io.AtomicFile;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.load.ScenarioReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs many scenarios on one compiled rule base: N worker threads, each with its own evaluator
 * (its own live sessions), taking scenarios from a shared queue; every finished line is written
 * and flushed at once.
 */
public final class BatchRunner {
    /** How a batch ended. */
    public record Summary(int total, int skipped, int ran, int failed, double seconds) {
    }

    private final RuleBase rules;
    private final ScenarioReader reader;
    private final long firingLimit;
    private final boolean withReasons;
    private final LineForm form;
    private long timeoutSeconds;

    public BatchRunner(RuleBase rules, ScenarioReader reader, long firingLimit, boolean withReasons) {
        this(rules, reader, firingLimit, withReasons, LineForm.FULL);
    }

    /** Each line in {@code form}: the whole result, what its scenario changes, or the summary of that. */
    public BatchRunner(RuleBase rules, ScenarioReader reader, long firingLimit, boolean withReasons, LineForm form) {
        this.rules = rules;
        this.reader = reader;
        this.firingLimit = firingLimit;
        this.withReasons = withReasons;
        this.form = form;
    }

    /**
     * A limit on each scenario's rules ({@code --timeout}; 0, the default here: none): a scenario past it gives
     * an error line, and the batch goes on (BatchEvaluator).
     */
    public BatchRunner timeout(long seconds) {
        this.timeoutSeconds = seconds;
        return this;
    }

    /**
     * Runs {@code sources} into {@code outFile}: locks it ({@link BatchRecord#lock}), then runs. Nothing that
     * cannot be written, and no second batch on the same file, gets further than a message (exit 2).
     */
    public Summary run(List<ScenarioSource> sources, Path outFile, int threads, boolean resume, PrintStream err)
            throws InterruptedException {
        try (BatchRecord record = BatchRecord.lock(outFile)) {
            return run(sources, record, threads, resume, err);
        }
    }

    /** Runs {@code sources} into the results file of {@code record}, locked by the caller and unlocked by it. */
    public Summary run(List<ScenarioSource> sources, BatchRecord record, int threads, boolean resume, PrintStream err)
            throws InterruptedException {
        try {
            return run(sources, record.resultsFile(), threads, resume, err, record);
        } catch (IOException e) {
            throw AtomicFile.cannotWrite(record.resultsFile(), e);
        }
    }

    /**
     * The options that shape a line, as they are given: resuming with others would mix two kinds of lines. The
     * limit is one: a scenario past it is an error line naming it, which a longer one could make a result.
     */
    private String options() {
        return options(form, withReasons, firingLimit, timeoutSeconds);
    }

    /** The options that shape a line, as a record of the batch gives them (a batch on Spark records them too). */
    public static String options(LineForm form, boolean withReasons, long firingLimit, long timeoutSeconds) {
        return "--result " + form.name().toLowerCase(java.util.Locale.ROOT) + (withReasons ? " --reasons" : "")
                + " --max-firings " + firingLimit + " --timeout " + timeoutSeconds;
    }

    private Summary run(List<ScenarioSource> sources, Path outFile, int threads, boolean resume, PrintStream err,
                        BatchRecord record) throws IOException, InterruptedException {
        Map<String, String> digests = BatchRecord.of(sources, rules.contentKey(), options());
        if (resume) {
            record.checkResumable(digests);
        }
        BatchOutput opened = resume ? BatchOutput.resume(outFile) : null;
        Set<Integer> done = resume ? BatchOutput.done(outFile, sources) : Set.of();
        ConcurrentLinkedQueue<ScenarioSource> queue = new ConcurrentLinkedQueue<>();
        sources.stream().filter(s -> !done.contains(s.index())).forEach(queue::add);
        int todo = queue.size();
        BatchProgress progress = new BatchProgress(err, todo);
        try (BatchOutput out = resume ? opened
                : BatchOutput.create(outFile, queue.stream().map(ScenarioSource::index).toList())) {
            if (!resume) {
                record.write(digests); // once the file is emptied: a record never speaks for older lines
            }
            int workerCount = Math.max(1, Math.min(threads, todo)); // no thread with nothing to do
            ExecutorService pool = Executors.newFixedThreadPool(workerCount);
            List<Future<?>> workers = new ArrayList<>();
            Thread command = Thread.currentThread();
            java.io.PrintWriter errWriter = new java.io.PrintWriter(err, true);
            for (int t = 0; t < workerCount; t++) {
                workers.add(pool.submit(() -> {
                    try (BatchEvaluator evaluator = new BatchEvaluator(rules, reader, firingLimit, withReasons, form,
                            timeoutSeconds, command, errWriter, line -> writeBeforeGivingUp(line, out, queue))) {
                        for (ScenarioSource source = queue.poll(); source != null; source = queue.poll()) {
                            BatchLine line = evaluator.evaluate(source);
                            LineJson.Buffer json = evaluator.json(line);
                            try {
                                out.write(source.index(), json.bytes(), json.size());
                            } catch (UncheckedIOException e) {
                                queue.clear(); // a full disk: the other workers stop too
                                throw e;
                            }
                            progress.finished(line.ok());
                        }
                        Timings.report("batch worker: %s", evaluator.timeSpent());
                    }
                    return null;
                }));
            }
            pool.shutdown();
            try {
                for (Future<?> worker : workers) {
                    worker.get();
                }
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof UncheckedIOException cannotWrite) {
                    pool.awaitTermination(1, TimeUnit.MINUTES);
                    throw new InputException(Problem.usage(AtomicFile.cannotWrite(outFile, cannotWrite.getCause())
                            .getMessage() + " (the lines written are kept: --resume finishes the batch)"));
                }
                throw new IllegalStateException("a batch worker failed", e.getCause());
            }
            progress.show(true);
            if (resume) { // the lines of this run were appended after those of the interrupted one
                long sorting = System.nanoTime();
                out.sortInPlace();
                Timings.report("batch: lines put in input order in %.0f ms", (System.nanoTime() - sorting) / 1e6);
            }
        }
        return new Summary(sources.size(), done.size(), progress.done(), progress.failed(), progress.seconds());
    }

    /**
     * The line of a scenario whose rules could not be stopped (Java 20 on), written from the deadline's thread
     * while its worker spins, before the batch ends with exit 3: no further scenario is started, and --resume
     * runs those without a line.
     */
    private static void writeBeforeGivingUp(BatchLine line, BatchOutput out, java.util.Queue<ScenarioSource> queue) {
        queue.clear();
        LineJson.Buffer json = new LineJson().write(line);
        out.write(line.index(), json.bytes(), json.size());
    }
}
