package dev.chancery.batch;

import dev.chancery.engine.RuleBase;
import dev.chancery.engine.Timings;
import dev.chancery.load.ScenarioReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    private final boolean diffOnly;

    public BatchRunner(RuleBase rules, ScenarioReader reader, long firingLimit, boolean withReasons) {
        this(rules, reader, firingLimit, withReasons, false);
    }

    /** With {@code diffOnly}, each line carries what its scenario changes rather than the whole result. */
    public BatchRunner(RuleBase rules, ScenarioReader reader, long firingLimit, boolean withReasons, boolean diffOnly) {
        this.rules = rules;
        this.reader = reader;
        this.firingLimit = firingLimit;
        this.withReasons = withReasons;
        this.diffOnly = diffOnly;
    }

    public Summary run(List<ScenarioSource> sources, Path outFile, int threads, boolean resume, PrintStream err)
            throws IOException, InterruptedException {
        BatchOutput opened = resume ? BatchOutput.resume(outFile) : null;
        Set<Integer> done = resume ? BatchOutput.done(outFile, sources) : Set.of();
        ConcurrentLinkedQueue<ScenarioSource> queue = new ConcurrentLinkedQueue<>();
        sources.stream().filter(s -> !done.contains(s.index())).forEach(queue::add);
        int todo = queue.size();
        Progress progress = new Progress(err, todo);
        try (BatchOutput out = resume ? opened
                : BatchOutput.create(outFile, queue.stream().map(ScenarioSource::index).toList())) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < Math.max(1, threads); t++) {
                workers.add(pool.submit(() -> {
                    try (BatchEvaluator evaluator = new BatchEvaluator(rules, reader, firingLimit, withReasons, diffOnly)) {
                        for (ScenarioSource source = queue.poll(); source != null; source = queue.poll()) {
                            BatchLine line = evaluator.evaluate(source);
                            LineJson.Buffer json = evaluator.json(line);
                            out.write(source.index(), json.bytes(), json.size());
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
}
