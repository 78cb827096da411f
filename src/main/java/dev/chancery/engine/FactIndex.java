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
 * The session's live facts about each entity, kept up to date from its insert and delete events, and
 * what changed since a mark: the incremental path re-reads only the entities and parts that changed.
 * Truth maintenance keeps one fact per equal value, so a set by value holds each live fact once. (Facts
 * by type need no index of ours: the session keeps a store for each class.)
 */
final class FactIndex implements RuleRuntimeEventListener {
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
        if (fact instanceof AboutEntity about) {
            byEntity.computeIfAbsent(about.entity(), k -> new LinkedHashSet<>()).add(fact);
        }
        if (changed != null) {
            changed.add(fact);
        }
    }

    private void remove(Object fact) {
        if (fact instanceof AboutEntity about && byEntity.containsKey(about.entity())) {
            byEntity.get(about.entity()).remove(fact);
        }
        if (changed != null) {
            changed.add(fact);
        }
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
