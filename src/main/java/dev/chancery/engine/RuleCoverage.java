package dev.chancery.engine;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Counts how often each rule fires across runs; the rules of the base that never fired are the gaps. */
public final class RuleCoverage extends DefaultAgendaEventListener {
    private final Map<String, AtomicLong> fired = new ConcurrentHashMap<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        fired.computeIfAbsent(event.getMatch().getRule().getName(), k -> new AtomicLong()).incrementAndGet();
    }

    /** Every rule of the catalogue (not the queries) with its count, in catalogue order. */
    public Map<String, Long> counts(RuleBase rules, RuleCatalog catalog) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (RuleCatalog.Entry entry : catalog.all()) {
            out.put(entry.name(), fired.containsKey(entry.name()) ? fired.get(entry.name()).get() : 0L);
        }
        return out;
    }

    public List<String> neverFired(RuleBase rules, RuleCatalog catalog) {
        return counts(rules, catalog).entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }

    /** The {@code n} rules that fired most, most first: where a slow run spends its firings. */
    public Map<String, Long> mostFired(int n) {
        Map<String, Long> out = new LinkedHashMap<>();
        fired.entrySet().stream()
                .sorted(Map.Entry.<String, AtomicLong>comparingByValue(Comparator.comparingLong(AtomicLong::get)).reversed())
                .limit(n).forEach(e -> out.put(e.getKey(), e.getValue().get()));
        return out;
    }
}
