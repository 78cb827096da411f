package dev.chancery.engine;

import dev.chancery.load.World;
import dev.chancery.model.Actor;
import dev.chancery.result.Result;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    /** The base facts by identity: a scenario holds its base's own objects, found here without hashing records deep (a fifth of a batch's time). */
    private final Set<Object> baseObjects = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final World baseWorld;
    /** The base world's own result without reasons: scenarios without reasons patch it (ResultReader.patch). */
    private final Result baseResult;
    private final Map<String, Actor> baseActors;

    public Incremental(RuleBase rules, World baseWorld, long firingLimit) {
        this.reasoner = new Reasoner(rules, firingLimit);
        this.baseWorld = baseWorld;
        this.base = new HashSet<>(baseWorld.facts());
        this.baseObjects.addAll(base);
        try {
            reasoner.insert(baseWorld).fire();
        } catch (RuntimeException e) {
            reasoner.close(); // no one else can
            throw e;
        }
        this.baseActors = baseWorld.actorsById();
        this.baseResult = new ResultReader(reasoner, baseActors, false).read(null);
    }

    /**
     * The result for {@code world} seen as of {@code asOf}; the session is back at the base world after, unless
     * the rules failed (a rule threw, or ran out of time): the session is then unknown, and is to be closed.
     */
    public Result evaluate(World world, LocalDate asOf, boolean withReasons) {
        reasoner.underCurrentDeadline();
        World seen = world.asOf(asOf);
        List<Object> facts = seen.facts();
        List<Object> added = new ArrayList<>();
        for (Object fact : facts) {
            if (!baseObjects.contains(fact) && !base.contains(fact)) {
                added.add(fact);
            }
        }
        List<Object> removed = new ArrayList<>();
        // the facts not added are base facts, each once: if they are as many as the base's, none is missing
        if (facts.size() - added.size() != base.size()) {
            Set<Object> wanted = new HashSet<>(facts);
            for (Object fact : base) {
                if (!wanted.contains(fact)) {
                    removed.add(fact);
                }
            }
        }
        try {
            reasoner.mark();
            removed.forEach(reasoner::delete);
            added.forEach(reasoner::insert);
            reasoner.fire();
            // the base's actors unless the scenario changed them (most add or remove only events)
            Map<String, Actor> actors = seen.actors() == baseWorld.actors() ? baseActors : seen.actorsById();
            ResultReader reader = new ResultReader(reasoner, actors, withReasons);
            return withReasons ? reader.read(asOf) : reader.patch(baseResult, reasoner.changedSinceMark(), asOf);
        } finally {
            reasoner.changedSinceMark(); // stop recording before reverting
            added.forEach(reasoner::delete);
            removed.forEach(reasoner::insert);
            reasoner.fire();
        }
    }

    /** The session's live facts: after each scenario, those of the base world again. */
    java.util.Collection<? extends Object> liveFacts() {
        return reasoner.facts();
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
