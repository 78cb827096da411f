package dev.chancery.load;

import dev.chancery.input.Problem;
import dev.chancery.input.InputException;
import dev.chancery.text.Printable;
import dev.chancery.model.Actor;
import dev.chancery.model.Claim;
import dev.chancery.model.Coverage;
import dev.chancery.model.Event;
import dev.chancery.model.Exclusive;
import dev.chancery.model.SeverPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Collects the facts of many files and checks, once all are read, that every id used is declared
 * somewhere and no actor is declared twice.
 */
final class FactsBuilder {
    /** Places as line and column, not nodes: a node holds its file's text around it, and there are millions. */
    private record Declared(Actor actor, String file, int line, int column) {
    }

    private record Reference(YamlFile file, int line, int column, String id, String role) {
    }

    final Map<String, Declared> actors = new LinkedHashMap<>();
    final List<Event> events = new ArrayList<>();
    final List<SeverPolicy> severPolicies = new ArrayList<>();
    final List<Exclusive> exclusives = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    /** By entity: one period an entity, wherever it is declared. */
    private final Map<String, Coverage> coverage = new LinkedHashMap<>();
    private final List<Reference> references = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    /**
     * One instance of each id, type and pair key: the rules compare them millions of times at 100,000
     * events, and equal strings that are one object compare at once.
     */
    private final Map<String, String> canonical = new HashMap<>();

    private Map<String, Actor> known = Map.of();

    /** Actors declared elsewhere (a scenario's base), by id: ids may name them, and they may not be declared again. */
    void known(Map<String, Actor> actorsById) {
        known = actorsById;
    }

    void declare(Actor actor, YamlFile file, Node at) {
        Actor base = known.get(actor.id());
        if (base != null) {
            file.problem(at, "actor " + actor.id() + " is defined twice: here and at " + base.origin().at());
            return;
        }
        Declared earlier = actors.get(actor.id());
        if (earlier != null) {
            file.problem(at, "actor " + actor.id() + " is defined twice: here and at " + earlier.file() + ":"
                    + earlier.line() + ":" + earlier.column());
            return;
        }
        actors.put(actor.id(), new Declared(actor, file.name(), YamlFile.line(at), YamlFile.column(at)));
    }

    void coverage(YamlFile file, Node at, Coverage period) {
        Coverage earlier = coverage.putIfAbsent(period.entity(), period);
        if (earlier != null) {
            file.problem(at, "the coverage of " + period.entity() + " is given twice: here and at "
                    + earlier.origin().at() + " (one period an entity)");
        }
    }

    String canonical(String text) {
        return text == null ? null : canonical.computeIfAbsent(text, t -> t);
    }

    /** Notes a reference to an actor, checked in {@link #build()}; returns the id's one instance. */
    String reference(YamlFile file, Node at, String id, String role) {
        references.add(new Reference(file, YamlFile.line(at), YamlFile.column(at), id, role));
        return canonical(id);
    }

    /** Where each actor's claimedFrom is written, by the actor's id: a circle is reported there. */
    private final Map<String, Reference> claimedFromPlaces = new HashMap<>();

    /** Notes {@code actor}'s claimedFrom, {@code id}, a reference checked in {@link #build()} with the others. */
    String claimedFrom(YamlFile file, Node at, String actor, String id) {
        if (actor != null) {
            claimedFromPlaces.putIfAbsent(actor, new Reference(file, YamlFile.line(at), YamlFile.column(at), id, "state"));
        }
        return reference(file, at, id, "state");
    }

    /**
     * An entity claimed from itself, or claimedFrom ids that go round in a circle (A from B, B from A): no state
     * holds the territory, and the rules took such an entity's claim for a severance of AAA from AAA. Each circle
     * once, at the claimedFrom of its first actor in load order. Base actors (a scenario's) were checked in their
     * own load, and a circle through a new actor would have to pass through it.
     */
    private void checkClaimedFromCircles() {
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (Declared declared : actors.values()) {
            String start = declared.actor().id();
            List<String> chain = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            String at = start;
            while (at != null && seen.add(at)) {
                chain.add(at);
                at = claimedFromOf(at);
            }
            Reference place = claimedFromPlaces.get(start);
            if (start.equals(at) && place != null && reported.add(start)) {
                reported.addAll(chain);
                StringBuilder circle = new StringBuilder();
                for (int i = 0; i < chain.size(); i++) {
                    String next = i + 1 < chain.size() ? chain.get(i + 1) : start;
                    circle.append(i == 0 ? "" : ", ").append(chain.get(i)).append(" from ").append(next);
                }
                place.file().problem(place.line(), place.column(), chain.size() == 1
                        ? start + " is claimed from itself: claimedFrom names the state whose territory it claims"
                        : "claimedFrom goes round in a circle: " + circle + "; it names the state whose territory an"
                                + " entity claims");
            }
        }
    }

    private String claimedFromOf(String id) {
        Declared declared = actors.get(id);
        Actor actor = declared != null ? declared.actor() : known.get(id);
        return actor == null ? null : actor.claimedFrom();
    }

    /** Checks the references and returns the world, or throws with every problem found. */
    World build() {
        ActorIndex index = null; // built only when an id is unknown: it is for the message
        for (Reference ref : references) {
            if (!actors.containsKey(ref.id()) && !known.containsKey(ref.id())) {
                if (index == null) {
                    List<Actor> all = new ArrayList<>(known.values());
                    actors.values().forEach(d -> all.add(d.actor()));
                    index = new ActorIndex(all);
                }
                ref.file().problem(ref.line(), ref.column(),
                        "unknown " + ref.role() + " '" + Printable.excerpt(ref.id()) + "'" + index.suggest(ref.id()));
            }
        }
        checkClaimedFromCircles();
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        events.sort(Comparator.comparing(Event::date).thenComparingLong(Event::seq));
        return new World(actors.values().stream().map(Declared::actor).toList(), List.copyOf(events),
                List.copyOf(severPolicies), List.copyOf(exclusives), List.copyOf(claims),
                List.copyOf(coverage.values()), null);
    }
}
