package dev.chancery.batch;

import dev.chancery.engine.RuleBase;
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
        Set<Integer> done = resume ? BatchOutput.done(outFile, sources) : Set.of();
        ConcurrentLinkedQueue<ScenarioSource> queue = new ConcurrentLinkedQueue<>();
        sources.stream().filter(s -> !done.contains(s.index())).forEach(queue::add);
        int todo = queue.size();
        Progress progress = new Progress(err, todo);
        try (BatchOutput out = BatchOutput.open(outFile, resume)) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < Math.max(1, threads); t++) {
                workers.add(pool.submit(() -> {
                    try (BatchEvaluator evaluator = new BatchEvaluator(rules, reader, firingLimit, withReasons, diffOnly)) {
                        for (ScenarioSource source = queue.poll(); source != null; source = queue.poll()) {
                            BatchLine line = evaluator.evaluate(source);
                            out.write(evaluator.json(line));
                            progress.finished(line.ok());
                        }
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
            out.sortInPlace();
        }
        return new Summary(sources.size(), done.size(), progress.done(), progress.failed(), progress.seconds());
    }
}
