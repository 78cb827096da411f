package dev.chancery.engine;

import dev.chancery.load.World;
import dev.chancery.result.Result;
import dev.chancery.result.ResultReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One live session over a base world; each scenario is applied as deletes and inserts, fired,
 * read, and reverted, relying on truth maintenance instead of building a new session. The result
 * equals a fresh evaluation of the scenario's world (a property test checks it). Not thread-safe:
 * one per thread.
 */
public final class Incremental implements AutoCloseable {
    private final Reasoner reasoner;
    private final Set<Object> base;
    private final World baseWorld;
    /** The base world's own result without reasons: scenarios without reasons patch it (ResultReader.patch). */
    private final Result baseResult;

    public Incremental(RuleBase rules, World baseWorld, long firingLimit) {
        this.reasoner = new Reasoner(rules, firingLimit);
        this.baseWorld = baseWorld;
        this.base = new HashSet<>(baseWorld.facts());
        reasoner.insert(baseWorld).fire();
        this.baseResult = new ResultReader(reasoner, baseWorld.actorsById(), false).read(null);
    }

    /** The result for {@code world} seen as of {@code asOf}; the session is back at the base world after. */
    public Result evaluate(World world, LocalDate asOf, boolean withReasons) {
        World seen = world.asOf(asOf);
        Set<Object> wanted = new HashSet<>(seen.facts());
        List<Object> removed = new ArrayList<>();
        for (Object fact : base) {
            if (!wanted.contains(fact)) {
                removed.add(fact);
            }
        }
        List<Object> added = new ArrayList<>();
        for (Object fact : seen.facts()) {
            if (!base.contains(fact)) {
                added.add(fact);
            }
        }
        try {
            reasoner.mark();
            removed.forEach(reasoner::delete);
            added.forEach(reasoner::insert);
            reasoner.fire();
            ResultReader reader = new ResultReader(reasoner, seen.actorsById(), withReasons);
            return withReasons ? reader.read(asOf) : reader.patch(baseResult, reasoner.changedSinceMark(), asOf);
        } finally {
            reasoner.changedSinceMark(); // stop recording before reverting
            added.forEach(reasoner::delete);
            removed.forEach(reasoner::insert);
            reasoner.fire();
        }
    }

    /** The base world's result without reasons (what a scenario without reasons is patched from). */
    public Result baseResult() {
        return baseResult;
    }

    public World baseWorld() {
        return baseWorld;
    }

    @Override
    public void close() {
        reasoner.close();
    }
}
