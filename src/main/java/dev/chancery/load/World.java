package dev.chancery.load;

import dev.chancery.model.Actor;
import dev.chancery.model.Claim;
import dev.chancery.model.Event;
import dev.chancery.model.Exclusive;
import dev.chancery.model.SeverPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything loaded from the facts files, events in the order they apply (date, then load order). */
public record World(List<Actor> actors, List<Event> events, List<SeverPolicy> severPolicies,
                    List<Exclusive> exclusives, List<Claim> claims) {

    /** The world as seen on {@code asOf}: events and claims dated after it are left out. */
    public World asOf(LocalDate asOf) {
        if (asOf == null) {
            return this;
        }
        return new World(actors,
                events.stream().filter(e -> !e.date().isAfter(asOf)).toList(),
                severPolicies, exclusives,
                claims.stream().filter(c -> !c.date().isAfter(asOf)).toList());
    }

    /** This world with {@code more} facts; events stay in the order they apply. */
    public World plus(World more) {
        List<Event> allEvents = new ArrayList<>(events);
        allEvents.addAll(more.events);
        allEvents.sort(java.util.Comparator.comparing(Event::date).thenComparingLong(Event::seq));
        return new World(concat(actors, more.actors), allEvents, concat(severPolicies, more.severPolicies),
                concat(exclusives, more.exclusives), concat(claims, more.claims));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    public Map<String, Actor> actorsById() {
        return actors.stream().collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a));
    }

    /** Every fact, for insertion into a session. */
    public List<Object> facts() {
        List<Object> all = new ArrayList<>(actors.size() + events.size() + severPolicies.size()
                + exclusives.size() + claims.size());
        all.addAll(actors);
        all.addAll(severPolicies);
        all.addAll(exclusives);
        all.addAll(claims);
        all.addAll(events);
        return all;
    }
}
