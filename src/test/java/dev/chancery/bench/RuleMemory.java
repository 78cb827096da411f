package dev.chancery.bench;

import dev.chancery.engine.Reasoner;
import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RuleCompiler;
import dev.chancery.input.Workspace;
import dev.chancery.load.FactsLoader;
import dev.chancery.load.World;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.drools.base.common.NetworkNode;
import org.drools.core.common.BaseNode;
import org.drools.core.common.Memory;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AccumulateNode;
import org.drools.core.reteoo.BetaMemory;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.LeftTupleSource;
import org.drools.core.reteoo.TerminalNode;

/**
 * The rule memory of one world (bench/rule-memory.sh, docs/benchmarks.md): the live heap after the rules
 * fired, less the live heap with the world loaded, each after a full collection; then how many facts of
 * each class the session holds. With a third argument, the heap's class histogram is written to that file
 * (by {@code jcmd}) while the session is still open, to see what the memory is made of. Last, the tuples held
 * in the memories of each rule's joins (a join that rules share counts a share for each): which rules hold
 * the most. Tuples an accumulate keeps for its matches are not in these memories, so the rule memory is more.
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
            tuplesByRule(reasoner, rules);
            if (args.length > 2) {
                new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                        .redirectErrorStream(true).redirectOutput(Path.of(args[2]).toFile()).start().waitFor();
            }
        }
    }

    /** The left and right tuples in the memories of each rule's joins, most first (Drools internals, read here only). */
    private static void tuplesByRule(Reasoner reasoner, RuleBase rules) throws ReflectiveOperationException {
        Field field = Reasoner.class.getDeclaredField("session");
        field.setAccessible(true);
        ReteEvaluator session = (ReteEvaluator) field.get(reasoner);
        Object kieBase = rules.kieBase();
        InternalRuleBase base = (InternalRuleBase) (kieBase instanceof InternalRuleBase
                ? kieBase : kieBase.getClass().getMethod("getDelegate").invoke(kieBase));
        Map<Integer, Set<String>> users = new HashMap<>();
        Map<Integer, BaseNode> nodes = new HashMap<>();
        base.getReteooBuilder().getTerminalNodes().forEach((rule, terminals) -> {
            for (TerminalNode terminal : terminals) {
                walk((BaseNode) terminal, rule, users, nodes, new HashSet<>());
            }
        });
        Map<String, long[]> byRule = new TreeMap<>();
        nodes.forEach((id, node) -> {
            Memory memory = node instanceof TerminalNode ? null : session.getNodeMemories().peekNodeMemory((NetworkNode) node);
            BetaMemory<?> beta = memory instanceof BetaMemory<?> b ? b
                    : memory instanceof AccumulateNode.AccumulateMemory a ? a.getBetaMemory() : null;
            if (beta != null) {
                for (String rule : users.get(id)) {
                    long[] counts = byRule.computeIfAbsent(rule, k -> new long[2]);
                    counts[0] += beta.getLeftTupleMemory().size() / users.get(id).size();
                    counts[1] += beta.getRightTupleMemory().size() / users.get(id).size();
                }
            }
        });
        List<Map.Entry<String, long[]>> sorted = new ArrayList<>(byRule.entrySet());
        sorted.sort((x, y) -> Long.compare(y.getValue()[0] + y.getValue()[1], x.getValue()[0] + x.getValue()[1]));
        System.out.printf("%12s %12s  rule (tuples in the memories of its joins)%n", "left", "right");
        sorted.forEach(e -> System.out.printf("%,12d %,12d  %s%n", e.getValue()[0], e.getValue()[1], e.getKey()));
    }

    /** The nodes of a rule, from its terminal node up its left inputs and into the subnetworks of its joins. */
    private static void walk(BaseNode node, String rule, Map<Integer, Set<String>> users, Map<Integer, BaseNode> nodes,
                             Set<Integer> seen) {
        if (node == null || !seen.add(node.getId())) {
            return;
        }
        users.computeIfAbsent(node.getId(), k -> new TreeSet<>()).add(rule);
        nodes.put(node.getId(), node);
        if (node instanceof BetaNode join) {
            Object right = join.getRightInput();
            try { // a subnetwork's adapter leads to the left inputs of the nested patterns
                Object start = right.getClass().getMethod("getLeftTupleSource").invoke(right);
                if (start instanceof BaseNode nested) {
                    walk(nested, rule, users, nodes, seen);
                }
            } catch (ReflectiveOperationException e) {
                // an ordinary right input: an alpha node, no tuples of its own
            }
        }
        if (node instanceof LeftTupleSource source) {
            walk(source.getLeftTupleSource(), rule, users, nodes, seen);
        } else if (node instanceof TerminalNode terminal) {
            walk((BaseNode) terminal.getLeftTupleSource(), rule, users, nodes, seen);
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
