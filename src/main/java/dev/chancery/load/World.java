package dev.chancery.load;

import dev.chancery.model.Actor;
import dev.chancery.model.AsOf;
import dev.chancery.model.Claim;
import dev.chancery.model.Coverage;
import dev.chancery.model.Event;
import dev.chancery.model.Exclusive;
import dev.chancery.model.SeverPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything loaded from the facts files, events in the order they apply (date, then load order), and the date
 * the world is seen on ({@code asOf}, null: every event, seen today).
 */
public record World(List<Actor> actors, List<Event> events, List<SeverPolicy> severPolicies,
                    List<Exclusive> exclusives, List<Claim> claims, List<Coverage> coverage, LocalDate asOf) implements java.io.Serializable {

    public World(List<Actor> actors, List<Event> events, List<SeverPolicy> severPolicies, List<Exclusive> exclusives,
                 List<Claim> claims) {
        this(actors, events, severPolicies, exclusives, claims, List.of(), null);
    }

    /**
     * The world as seen on {@code asOf}: events and claims dated after it are left out, and UN memberships are as
     * they stood on it ({@link Actor#asOf}).
     */
    public World asOf(LocalDate asOf) {
        if (asOf == null) {
            return this;
        }
        List<Actor> seen = actors.stream().map(a -> a.asOf(asOf)).toList();
        boolean same = true;
        for (int i = 0; i < seen.size() && same; i++) {
            same = seen.get(i) == actors.get(i);
        }
        return new World(same ? actors : seen,
                events.stream().filter(e -> !e.date().isAfter(asOf)).toList(),
                severPolicies, exclusives,
                claims.stream().filter(c -> !c.date().isAfter(asOf)).toList(), coverage, asOf);
    }

    /** The same facts seen on another date (null: every event, today); a part of this world, say. */
    public World with(List<Actor> actors, List<Event> events, List<SeverPolicy> severPolicies,
                      List<Exclusive> exclusives, List<Claim> claims, List<Coverage> coverage) {
        return new World(actors, events, severPolicies, exclusives, claims, coverage, asOf);
    }

    /** This world with {@code more} facts; events stay in the order they apply. */
    public World plus(World more) {
        return new World(concat(actors, more.actors), merge(events, more.events), concat(severPolicies, more.severPolicies),
                concat(exclusives, more.exclusives), concat(claims, more.claims), concat(coverage, more.coverage),
                asOf);
    }

    /** By date, then load order. */
    private static final java.util.Comparator<Event> ORDER = (x, y) -> {
        int byDate = x.date().compareTo(y.date());
        return byDate != 0 ? byDate : Long.compare(x.seq(), y.seq());
    };

    /**
     * The last list of events found in order: a batch merges every scenario's events into its base's, and
     * checking the base's thousands again for each scenario was a twentieth of its time.
     */
    private static volatile java.lang.ref.WeakReference<List<Event>> lastInOrder = new java.lang.ref.WeakReference<>(null);

    /** Two lists of events in the order they apply, merged (a scenario adds a few events to thousands). */
    private static List<Event> merge(List<Event> sorted, List<Event> more) {
        if (more.isEmpty()) {
            return sorted;
        }
        if (lastInOrder.get() != sorted) {
            for (int k = 1; k < sorted.size(); k++) {
                if (ORDER.compare(sorted.get(k - 1), sorted.get(k)) > 0) { // not in order after all: sort the lot
                    List<Event> all = new ArrayList<>(sorted);
                    all.addAll(more);
                    all.sort(ORDER);
                    return all;
                }
            }
            lastInOrder = new java.lang.ref.WeakReference<>(sorted);
        }
        List<Event> added = new ArrayList<>(more);
        added.sort(ORDER);
        List<Event> out = new ArrayList<>(sorted.size() + added.size());
        int i = 0;
        for (Event e : added) {
            // binary search for where e goes, then copy the run before it
            int at = java.util.Collections.binarySearch(sorted, e, ORDER);
            int stop = at >= 0 ? at : -at - 1;
            if (stop > i) {
                out.addAll(sorted.subList(i, stop));
                i = stop;
            }
            out.add(e);
        }
        out.addAll(sorted.subList(i, sorted.size()));
        return out;
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

    /** Every fact, for insertion into a session, with the date it is seen on. */
    public List<Object> facts() {
        List<Object> all = new ArrayList<>(actors.size() + events.size() + severPolicies.size()
                + exclusives.size() + claims.size() + coverage.size() + 1);
        all.add(new AsOf(asOf != null ? asOf : LocalDate.now()));
        all.addAll(coverage);
        all.addAll(actors);
        all.addAll(severPolicies);
        all.addAll(exclusives);
        all.addAll(claims);
        all.addAll(events);
        return all;
    }
}
