package dev.chancery.engine;

import java.util.HashSet;
import java.util.Set;
import org.kie.api.KieBase;

/** Rules compiled from a {@code rules/} folder, shareable across threads (one session each). */
public record RuleBase(KieBase kieBase, String rulesDir, Set<String> queries) {

    public RuleBase(KieBase kieBase, String rulesDir) {
        this(kieBase, rulesDir, queryNames(kieBase));
    }

    private static Set<String> queryNames(KieBase kieBase) {
        Set<String> names = new HashSet<>();
        kieBase.getKiePackages().forEach(p -> p.getQueries().forEach(q -> names.add(q.getName())));
        return Set.copyOf(names);
    }
}
