package dev.chancery.bench;

import dev.chancery.engine.Reasoner;
import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RuleCompiler;
import dev.chancery.input.Workspace;
import dev.chancery.load.FactsLoader;
import dev.chancery.load.World;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rule memory of one world (bench/rule-memory.sh, docs/benchmarks.md): the live heap after the rules
 * fired, less the live heap with the world loaded, each after a full collection; then how many facts of
 * each class the session holds. With a third argument, the heap's class histogram is written to that file
 * (by {@code jcmd}) while the session is still open, to see what the memory is made of.
 *
 * <p>Arguments: FACTS [RULES_DIR [HISTOGRAM_FILE]], run from the project folder.
 */
public final class RuleMemory {
    private RuleMemory() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of("").toAbsolutePath();
        Workspace workspace = Workspace.inDirectory(home, Workspace::detect);
        Path rulesDir = args.length > 1 ? Path.of(args[1]) : home.resolve("rules");
        RuleBase rules = new RuleCompiler(workspace).compile(rulesDir);
        World world = Workspace.inDirectory(home, () -> new FactsLoader(workspace).load(List.of(Path.of(args[0]))));
        long before = liveHeap();
        long started = System.nanoTime();
        try (Reasoner reasoner = new Reasoner(rules, Long.MAX_VALUE)) {
            reasoner.insert(world).fire();
            double firing = (System.nanoTime() - started) / 1e9;
            long ruleMemory = liveHeap() - before;
            Map<String, Integer> counts = new TreeMap<>();
            for (Object fact : reasoner.facts()) {
                counts.merge(fact.getClass().getSimpleName(), 1, Integer::sum);
            }
            counts.forEach((type, count) -> System.out.printf("%-22s %,12d%n", type, count));
            int events = world.events().size();
            System.out.printf("%,d events: firing %.1f s, rule memory %,d MB, %.2f KB an event%n",
                    events, firing, ruleMemory >> 20, ruleMemory / 1024.0 / events);
            if (args.length > 2) {
                new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                        .redirectErrorStream(true).redirectOutput(Path.of(args[2]).toFile()).start().waitFor();
            }
        }
    }

    private static long liveHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
