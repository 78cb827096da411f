package dev.chancery.engine;

import dev.chancery.load.World;
import dev.chancery.model.Actor;
import dev.chancery.partition.Partitioner;
import dev.chancery.result.Result;
import dev.chancery.result.ResultMerge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.kie.api.event.rule.AgendaEventListener;

/**
 * Compiled rules + a world + an as-of date → a result: fresh sessions, fired and read. A world with more
 * events than a part holds is evaluated in parts, as the partition rules allow, two sessions at a time
 * (docs/decisions.md "A big world in parts"); the result is the same as one session's.
 */
public final class Evaluation {
    private Evaluation() {
    }

    public static Result evaluate(RuleBase rules, World world, LocalDate asOf, long firingLimit) {
        return evaluate(rules, world, asOf, firingLimit, true);
    }

    public static Result evaluate(RuleBase rules, World world, LocalDate asOf, long firingLimit, boolean withReasons) {
        return evaluate(rules, world, asOf, firingLimit, withReasons, null);
    }

    /** With {@code listener} (may be null) told of every rule that fires. */
    public static Result evaluate(RuleBase rules, World world, LocalDate asOf, long firingLimit, boolean withReasons,
                                  AgendaEventListener listener) {
        return evaluate(rules, world, asOf, firingLimit, withReasons, listener, Partitioner.DEFAULT_PART_EVENTS);
    }

    /** In parts of about {@code partEvents} events when the world has more (0: always one session). */
    public static Result evaluate(RuleBase rules, World world, LocalDate asOf, long firingLimit, boolean withReasons,
                                  AgendaEventListener listener, int partEvents) {
        World seen = world.asOf(asOf);
        Map<String, Actor> actors = seen.actorsById();
        List<World> parts = parts(rules, seen, partEvents);
        Function<World, Result> evaluate = part -> session(rules, part, actors, asOf, firingLimit, withReasons, listener);
        // a listener is told of one session at a time
        boolean oneAtATime = parts.size() == 1 || listener != null || THREADS == 1;
        return ResultMerge.merge(asOf, oneAtATime ? oneAtATime(parts, evaluate) : inParallel(parts, evaluate));
    }

    /** Parts reasoned about at a time: two, on two cores or more (each holds one part's rule memory). */
    private static final int THREADS = Integer.getInteger("chancery.partThreads",
            Math.min(2, Runtime.getRuntime().availableProcessors()));

    private static List<Result> oneAtATime(List<World> parts, Function<World, Result> evaluate) {
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            results.add(evaluate.apply(parts.get(i)));
            parts.set(i, null); // a part's facts are not needed once it is read
        }
        return results;
    }

    private static List<Result> inParallel(List<World> parts, Function<World, Result> evaluate) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Result>> running = new ArrayList<>();
            for (World part : parts) {
                running.add(pool.submit(() -> evaluate.apply(part)));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> result : running) {
                results.add(result.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory in a part is out of memory (cli/Main.java)
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Set by the launcher when it runs a big world in a heap sized for parts (docs/decisions.md "A big world in
     * parts"): running out of memory then exits with this code and no message, if nothing went to stdout yet, and
     * the launcher runs the command again with a heap for one session.
     */
    public static final String OUT_OF_MEMORY_EXIT = "chancery.outOfMemoryExit";

    /**
     * The rule memory an event takes in one session, about: 8.3 KB at 250,000 events and 9.3 KB at a million in
     * worlds of the peers' kit (docs/benchmarks.md).
     */
    static final long RULE_MEMORY_PER_EVENT = 9_000;

    /**
     * {@code world} (seen on its date) in the parts that no rule joins across, of about {@code partEvents} events,
     * as the partition rules file them; one part when it is no bigger, or when they cannot split it. A batch on
     * Spark reasons about each in a task of its own ({@link #evaluatePart}).
     */
    public static List<World> split(RuleBase rules, World world, int partEvents) {
        return parts(rules, world, partEvents);
    }

    /** One part of a world in one session; {@code actors} are the whole world's, as its result names them. */
    public static Result evaluatePart(RuleBase rules, World part, Map<String, Actor> actors, LocalDate asOf,
                                      long firingLimit, boolean withReasons) {
        return session(rules, part, actors, asOf, firingLimit, withReasons, null);
    }

    private static List<World> parts(RuleBase rules, World world, int partEvents) {
        if (rules.partitions() == null) {
            return new ArrayList<>(List.of(world));
        }
        long start = System.nanoTime();
        Partitioner.Split split = new Partitioner(rules.partitions()).split(world, partEvents);
        if (split.parts().size() > 1 || world.events().size() > partEvents) {
            failFastIfTooBig(split.parts());
        }
        if (split.parts().size() == 1 && split.unfiled() == null) {
            return new ArrayList<>(split.parts()); // no bigger than a part: nothing was split
        } else if (split.unfiled() != null) {
            Timings.report("one session: no partition rule files %s", split.unfiled());
        } else {
            Timings.report("split into %d parts in %.0f ms, events a part: %s", split.parts().size(),
                    (System.nanoTime() - start) / 1e6, split.parts().stream().map(p -> p.events().size()).toList());
        }
        return new ArrayList<>(split.parts());
    }

    /**
     * Where the launcher would run the command again in a bigger heap, a world whose parts (the two reasoned
     * about at a time) would need more rule memory than this heap has free runs out at once, rather than after
     * minutes of collections: the million-event world of the peers' kit, which joins into one part, spent
     * 140 s so before its second run.
     */
    private static void failFastIfTooBig(List<World> parts) {
        if (Integer.getInteger(OUT_OF_MEMORY_EXIT) == null) {
            return; // no second run: the estimate may be pessimistic, so let the session try
        }
        Runtime runtime = Runtime.getRuntime();
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        long need = ruleMemory(parts, THREADS);
        if (need > free) {
            throw new OutOfMemoryError("parts need about " + need / MB + " MB of rule memory, " + free / MB + " MB free");
        }
    }

    /** The rule memory of the {@code atATime} biggest parts, reasoned about together, about. */
    static long ruleMemory(List<World> parts, int atATime) {
        return parts.stream().map(p -> (long) p.events().size()).sorted(java.util.Comparator.reverseOrder())
                .limit(atATime).mapToLong(Long::longValue).sum() * RULE_MEMORY_PER_EVENT;
    }

    private static final long MB = 1024 * 1024;

    private static Result session(RuleBase rules, World world, Map<String, Actor> actors, LocalDate asOf,
                                  long firingLimit, boolean withReasons, AgendaEventListener listener) {
        try (Reasoner reasoner = new Reasoner(rules, firingLimit)) {
            if (listener != null) {
                reasoner.listen(listener);
            }
            RuleCoverage firings = Timings.on() ? new RuleCoverage() : null;
            if (firings != null) {
                reasoner.listen(firings);
            }
            long start = System.nanoTime();
            reasoner.insert(world);
            long inserted = System.nanoTime();
            long fired = reasoner.fire();
            long done = System.nanoTime();
            Result result = new ResultReader(reasoner, actors, withReasons).read(asOf);
            Timings.report("insert %d facts %.2f ms, fire %d rules %.2f ms, read %.2f ms", world.facts().size(),
                    (inserted - start) / 1e6, fired, (done - inserted) / 1e6, (System.nanoTime() - done) / 1e6);
            if (firings != null) {
                firings.mostFired(12).forEach((rule, count) -> Timings.report("%9d  %s", count, rule));
            }
            return result;
        }
    }
}
