package dev.chancery.engine;

import dev.chancery.model.AboutEntity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * The session's live facts by type, kept up to date from its insert and delete events, so that
 * reading every fact of a type costs only that many facts (a query costs an evaluation), and so that a
 * live session can tell what changed since a mark: the incremental path re-reads only that.
 * Truth maintenance keeps one fact per equal value, so a set by value holds each live fact once.
 */
final class FactIndex implements RuleRuntimeEventListener {
    private final Map<Class<?>, Set<Object>> byType = new HashMap<>();
    private final Map<String, Set<Object>> byEntity = new HashMap<>();
    /** Facts inserted or deleted since {@link #mark()}; null when nobody asked. */
    private List<Object> changed;

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        add(event.getObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        remove(event.getOldObject());
        add(event.getObject());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        remove(event.getOldObject());
    }

    private void add(Object fact) {
        byType.computeIfAbsent(fact.getClass(), k -> new LinkedHashSet<>()).add(fact);
        if (fact instanceof AboutEntity about) {
            byEntity.computeIfAbsent(about.entity(), k -> new LinkedHashSet<>()).add(fact);
        }
        if (changed != null) {
            changed.add(fact);
        }
    }

    private void remove(Object fact) {
        Set<Object> facts = byType.get(fact.getClass());
        if (facts != null) {
            facts.remove(fact);
        }
        if (fact instanceof AboutEntity about && byEntity.containsKey(about.entity())) {
            byEntity.get(about.entity()).remove(fact);
        }
        if (changed != null) {
            changed.add(fact);
        }
    }

    /** Every live fact of {@code type} or a subtype. */
    <T> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Map.Entry<Class<?>, Set<Object>> entry : byType.entrySet()) {
            if (type.isAssignableFrom(entry.getKey())) {
                entry.getValue().forEach(fact -> out.add(type.cast(fact)));
            }
        }
        return out;
    }

    /** Every live fact about {@code entity} (see {@link AboutEntity}). */
    List<Object> about(String entity) {
        Set<Object> facts = byEntity.get(entity);
        return facts == null ? List.of() : new ArrayList<>(facts);
    }

    /** Starts recording what changes. */
    void mark() {
        changed = new ArrayList<>();
    }

    /** What was inserted or deleted since the mark (an equal fact may appear twice), and stops recording. */
    Collection<Object> changedSinceMark() {
        List<Object> out = changed == null ? List.of() : changed;
        changed = null;
        return out;
    }
}
