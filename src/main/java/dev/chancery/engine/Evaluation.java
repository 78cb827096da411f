package dev.chancery.engine;

import dev.chancery.load.World;
import dev.chancery.model.Actor;
import dev.chancery.partition.Part;
import dev.chancery.partition.Partitioner;
import dev.chancery.result.Result;
import dev.chancery.result.ResultMerge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;

/**
 * Compiled rules + a world + an as-of date → a result: fresh sessions, fired and read. A world with more
 * events than a part holds is evaluated in the passes of the partition rules, each in parts, two sessions at a
 * time; what a pass's rules name with {@code @carried} is read from the parts of the pass before (docs/decisions.md
 * "A big world in parts"). The result is the same as one session's.
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
        return evaluate(rules, world, asOf, firingLimit, withReasons, listener,
                Partitioner.partEvents(null, world));
    }

    /** In parts of about {@code partEvents} events when the world has more (0: always one session). */
    public static Result evaluate(RuleBase rules, World world, LocalDate asOf, long firingLimit, boolean withReasons,
                                  AgendaEventListener listener, int partEvents) {
        World seen = world.asOf(asOf);
        Map<String, Actor> actors = seen.actorsById();
        // a listener is told of one session at a time
        boolean oneAtATime = listener != null || THREADS == 1;
        PartRunner runner = (parts, pass, carried) -> {
            Function<Part, PartResult> evaluate =
                    part -> evaluatePart(rules, pass, part, actors, asOf, firingLimit, withReasons, carried, listener);
            return oneAtATime || parts.size() == 1 ? oneAtATime(parts, evaluate) : inParallel(parts, evaluate);
        };
        return inPasses(rules, seen, asOf, partEvents, runner);
    }

    /** What a part gives: its results, and the facts it carries to the next pass, each with the stated facts under it. */
    public record PartResult(Result result, Map<Object, List<Object>> carried) implements java.io.Serializable {
    }

    /** Reasons about parts: on this machine, or as the tasks of a Spark job. */
    public interface PartRunner {
        /**
         * The results of {@code parts} of pass {@code pass} (or {@link RuleBase#WHOLE}), in their order; each carries
         * the facts of the {@code carried} types it gives.
         */
        List<PartResult> run(List<Part> parts, int pass, List<Class<?>> carried);
    }

    /**
     * {@code seen} (a world seen on its date) reasoned about in the passes of the partition rules, each in parts of
     * about {@code partEvents} events, by {@code runner}; in one session when it has no more events, when there are
     * no partition rules, or when a pass cannot place a fact.
     */
    public static Result inPasses(RuleBase rules, World seen, LocalDate asOf, int partEvents, PartRunner runner) {
        List<Pass> passes = rules.passes();
        if (passes == null || partEvents <= 0 || seen.events().size() <= partEvents) {
            return whole(seen, runner);
        }
        // the passes' rules compile on the other core while the first split runs on this one
        passes.forEach(pass -> CompletableFuture.runAsync(pass::rules));
        List<Result> results = new ArrayList<>();
        Map<Object, List<Object>> carried = new HashMap<>();
        for (int pass = 0; pass < passes.size(); pass++) {
            long start = System.nanoTime();
            Partitioner.Split split = new Partitioner(passes.get(pass).partition()).split(seen, partEvents, carried);
            if (split.unfiled() != null) {
                Timings.report("one session: no partition rule of pass %d places %s", pass + 1, split.unfiled());
                return whole(seen, runner);
            }
            Timings.report("pass %d: %d parts in %.0f ms, events a part: %s", pass + 1, split.parts().size(),
                    (System.nanoTime() - start) / 1e6, split.parts().stream().map(p -> p.world().events().size()).toList());
            failFastIfTooBig(split.parts());
            List<Class<?>> next = pass + 1 < passes.size() ? carriedTypes(passes.get(pass + 1).partition()) : List.of();
            carried = new HashMap<>();
            for (PartResult part : runner.run(new ArrayList<>(split.parts()), pass, next)) {
                results.add(part.result());
                carried.putAll(part.carried());
            }
        }
        return ResultMerge.merge(asOf, results);
    }

    private static Result whole(World seen, PartRunner runner) {
        return runner.run(new ArrayList<>(List.of(Part.whole(seen))), RuleBase.WHOLE, List.of()).get(0).result();
    }

    /**
     * The derived facts a pass's partition rules read from the pass before: the types its rules name in
     * {@code @carried("Type")} (of {@code dev.chancery.model}).
     */
    static List<Class<?>> carriedTypes(KieBase pass) {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (KiePackage pkg : pass.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Object name = rule.getMetaData().get("carried");
                if (name != null) {
                    try {
                        types.add(Class.forName("dev.chancery.model." + String.valueOf(name).replace("\"", "")));
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException("rule \"" + rule.getName() + "\" of the partition rules: @carried("
                                + name + ") names no fact type", e);
                    }
                }
            }
        }
        return List.copyOf(types);
    }

    /** Parts reasoned about at a time: two, on two cores or more (each holds one part's rule memory). */
    private static final int THREADS = Integer.getInteger("chancery.partThreads",
            Math.min(2, Runtime.getRuntime().availableProcessors()));

    private static List<PartResult> oneAtATime(List<Part> parts, Function<Part, PartResult> evaluate) {
        List<PartResult> results = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            results.add(evaluate.apply(parts.get(i)));
            parts.set(i, null); // a part's facts are not needed once it is read
        }
        return results;
    }

    private static List<PartResult> inParallel(List<Part> parts, Function<Part, PartResult> evaluate) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<PartResult>> running = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                int index = i;
                running.add(pool.submit(() -> {
                    Part part = parts.get(index);
                    parts.set(index, null); // a part's facts are not needed once it is read
                    return evaluate.apply(part);
                }));
            }
            List<PartResult> results = new ArrayList<>();
            for (Future<PartResult> result : running) {
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
     * One part of a world in one session, with the rules of its pass ({@code pass}, or {@link RuleBase#WHOLE});
     * {@code actors} are the whole world's, as its result names them. It gives the results the part owns, and the
     * facts of the {@code carried} types it owns with the stated facts under each.
     */
    public static PartResult evaluatePart(RuleBase rules, int pass, Part part, Map<String, Actor> actors,
                                          LocalDate asOf, long firingLimit, boolean withReasons,
                                          List<Class<?>> carried, AgendaEventListener listener) {
        try (Reasoner reasoner = new Reasoner(rules.forPass(pass), firingLimit)) {
            if (listener != null) {
                reasoner.listen(listener);
            }
            RuleCoverage firings = Timings.on() ? new RuleCoverage() : null;
            if (firings != null) {
                reasoner.listen(firings);
            }
            World world = part.world();
            long start = System.nanoTime();
            reasoner.insert(world);
            long inserted = System.nanoTime();
            long fired = reasoner.fire();
            long done = System.nanoTime();
            Result result = new ResultReader(reasoner, actors, withReasons, part::gives).read(asOf);
            Timings.report("insert %d facts %.2f ms, fire %d rules %.2f ms, read %.2f ms", world.facts().size(),
                    (inserted - start) / 1e6, fired, (done - inserted) / 1e6, (System.nanoTime() - done) / 1e6);
            if (firings != null) {
                firings.mostFired(12).forEach((rule, count) -> Timings.report("%9d  %s", count, rule));
            }
            return new PartResult(result, carried(reasoner, part, carried));
        }
    }

    /** The facts of {@code types} that {@code part} gives, each with the stated facts it rests on. */
    private static Map<Object, List<Object>> carried(Reasoner reasoner, Part part, List<Class<?>> types) {
        List<Object> facts = new ArrayList<>();
        for (Class<?> type : types) {
            reasoner.all(type).stream().filter(part::gives).forEach(facts::add);
        }
        if (facts.isEmpty()) {
            return Map.of();
        }
        // the actors too: a part that derives the fact again needs the entities it names
        Grounds grounds = reasoner.grounds(fact -> Premises.isStated(fact) || fact instanceof Actor, fact -> false);
        List<int[]> under = grounds.of(facts);
        Map<Object, List<Object>> out = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            out.put(facts.get(i), Arrays.stream(under.get(i)).mapToObj(grounds::leaf).toList());
        }
        return out;
    }

    /**
     * Where the launcher would run the command again in a bigger heap, a world whose parts (the two reasoned
     * about at a time) would need more rule memory than this heap has free runs out at once, rather than after
     * minutes of collections: a world that the partition rules could not split spent 140 s so before its second
     * run.
     */
    private static void failFastIfTooBig(List<Part> parts) {
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
    static long ruleMemory(List<Part> parts, int atATime) {
        return parts.stream().map(p -> (long) p.world().events().size()).sorted(java.util.Comparator.reverseOrder())
                .limit(atATime).mapToLong(Long::longValue).sum() * RULE_MEMORY_PER_EVENT;
    }

    private static final long MB = 1024 * 1024;
}
