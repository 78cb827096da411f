package dev.chancery.batch;

import dev.chancery.engine.Incremental;
import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RulesFailedException;
import dev.chancery.load.InputException;
import dev.chancery.load.Scenario;
import dev.chancery.load.ScenarioReader;
import dev.chancery.load.World;
import dev.chancery.result.Result;
import dev.chancery.result.ResultDiff;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The core of a batch, a function of the compiled rules and one scenario: read it, evaluate it
 * against a live session of its base world (one per base, reused across scenarios), and return its
 * line. Not thread-safe: each worker thread has its own. A bad scenario gives an error line.
 */
public final class BatchEvaluator implements AutoCloseable {
    private final RuleBase rules;
    private final ScenarioReader reader;
    private final long firingLimit;
    private final boolean withReasons;
    private final boolean diffOnly;
    private final Map<World, Incremental> sessions = new IdentityHashMap<>();
    private final LineJson json = new LineJson();
    private long readNanos;
    private long jsonNanos;
    private long totalNanos;
    /** The base world's own result by as-of date, for --result diff. */
    private final Map<World, Map<java.time.LocalDate, Result>> baseResults = new IdentityHashMap<>();

    public BatchEvaluator(RuleBase rules, ScenarioReader reader, long firingLimit, boolean withReasons,
                          boolean diffOnly) {
        this.rules = rules;
        this.reader = reader;
        this.firingLimit = firingLimit;
        this.withReasons = withReasons;
        this.diffOnly = diffOnly;
    }

    public BatchLine evaluate(ScenarioSource source) {
        long start = System.nanoTime();
        String name = null;
        try {
            Scenario scenario = reader.read(source.text(), source.id().replaceFirst(":\\d+$", ""), source.firstLine(),
                    source.defaultName(), source.folder());
            name = scenario.name();
            readNanos += System.nanoTime() - start;
            // base worlds are cached by the reader, so the same base is the same object
            Incremental session = sessions.computeIfAbsent(scenario.base(), base -> {
                Incremental created = new Incremental(rules, base, firingLimit);
                json.remember(created.baseResult());
                return created;
            });
            Result result = session.evaluate(scenario.world(), scenario.asOf(), withReasons);
            if (diffOnly) {
                Result base = baseResults.computeIfAbsent(scenario.base(), b -> new java.util.HashMap<>())
                        .computeIfAbsent(scenario.asOf(), d -> session.evaluate(scenario.base(), d, withReasons));
                return new BatchLine(source.index(), source.id(), name, true, millis(start), null,
                        ResultDiff.of("scenario", result, "base", base), null);
            }
            return new BatchLine(source.index(), source.id(), name, true, millis(start), result, null, null);
        } catch (InputException | RulesFailedException e) {
            return new BatchLine(source.index(), source.id(), name, false, millis(start), null, null, e.getMessage());
        } catch (RuntimeException e) {
            return new BatchLine(source.index(), source.id(), name, false, millis(start), null, null,
                    "internal error: " + e);
        } finally {
            totalNanos += System.nanoTime() - start;
        }
    }

    /**
     * The line as compact JSON with its newline, reusing what is serialized of the base worlds' results; in
     * this evaluator's buffer, valid until the next call.
     */
    LineJson.Buffer json(BatchLine line) {
        long start = System.nanoTime();
        LineJson.Buffer out = json.write(line);
        jsonNanos += System.nanoTime() - start;
        return out;
    }

    /** Where this evaluator's time went, for {@code -Dchancery.timings=true}. */
    public String timeSpent() {
        return String.format("read scenarios %.0f ms, evaluate %.0f ms (sessions built included), serialize %.0f ms",
                readNanos / 1e6, (totalNanos - readNanos) / 1e6, jsonNanos / 1e6);
    }

    private static double millis(long start) {
        return Math.round((System.nanoTime() - start) / 1e4) / 100.0;
    }

    @Override
    public void close() {
        sessions.values().forEach(Incremental::close);
    }
}
