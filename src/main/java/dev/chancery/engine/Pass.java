package dev.chancery.engine;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * One pass over a big world (docs/decisions.md "A big world in parts"): the partition rules of one file of
 * {@code rules/partition/}, and the rules its parts run. Those are the world's rules but the files the partition
 * rules name in {@code @withoutRulesOf("file.drl")}: what another pass gives, which this pass's parts would
 * derive only to drop (the pairs' pass needs no ordinals).
 */
public final class Pass {
    private final KieBase partition;
    private final Set<String> leftOut;
    private final Function<Set<String>, KieBase> compileWithout;
    private KieBase rules;

    /**
     * {@code partition} compiled from the partition file; {@code files}, those of the world's rules (relative to
     * the rules folder), which a file left out must be one of; {@code compileWithout} compiles the world's rules
     * without some of them.
     */
    Pass(KieBase partition, Set<String> files, Function<Set<String>, KieBase> compileWithout) {
        this.partition = partition;
        this.leftOut = leftOut(partition, files);
        this.compileWithout = compileWithout;
    }

    /** The partition rules that split the world for this pass. */
    public KieBase partition() {
        return partition;
    }

    /** The files of the world's rules that this pass's parts do not run. */
    public Set<String> leftOut() {
        return leftOut;
    }

    /**
     * The rules this pass's parts run, compiled at first use: only a big world needs them. (Compiled, not copied
     * from the world's rule base less some rules: Drools's rule removal leaves the network's memory prototypes
     * stale, and a session then fails on its first insert.)
     */
    public synchronized KieBase rules() {
        if (rules == null) {
            long start = System.nanoTime();
            rules = compileWithout.apply(leftOut);
            Timings.report("rules without %s compiled in %.0f ms", leftOut, (System.nanoTime() - start) / 1e6);
        }
        return rules;
    }

    /** A file left out that is not one of the world's rules: a mistake in the partition rule {@code rule}. */
    static final class UnknownFile extends IllegalArgumentException {
        final String rule;

        UnknownFile(String rule, String message) {
            super(message);
            this.rule = rule;
        }
    }

    private static Set<String> leftOut(KieBase partition, Set<String> files) {
        Set<String> names = new LinkedHashSet<>();
        for (KiePackage pkg : partition.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Object value = rule.getMetaData().get("withoutRulesOf");
                if (value == null) {
                    continue;
                }
                String name = String.valueOf(value).replace("\"", "");
                if (!files.contains(name)) {
                    throw new UnknownFile(rule.getName(), "@withoutRulesOf(\"" + name + "\") names no file of the rules"
                            + " (one of " + String.join(", ", new java.util.TreeSet<>(files)) + ")");
                }
                names.add(name);
            }
        }
        return Set.copyOf(names);
    }
}
