package dev.chancery.load;

import dev.chancery.io.Printable;
import dev.chancery.model.Actor;
import dev.chancery.model.Claim;
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

    String canonical(String text) {
        return text == null ? null : canonical.computeIfAbsent(text, t -> t);
    }

    /** Notes a reference to an actor, checked in {@link #build()}; returns the id's one instance. */
    String reference(YamlFile file, Node at, String id, String role) {
        references.add(new Reference(file, YamlFile.line(at), YamlFile.column(at), id, role));
        return canonical(id);
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
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        events.sort(Comparator.comparing(Event::date).thenComparingLong(Event::seq));
        return new World(actors.values().stream().map(Declared::actor).toList(), List.copyOf(events),
                List.copyOf(severPolicies), List.copyOf(exclusives), List.copyOf(claims));
    }
}
