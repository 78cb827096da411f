package dev.chancery.partition;

import dev.chancery.load.World;
import dev.chancery.model.Actor;
import dev.chancery.model.Claim;
import dev.chancery.model.Coverage;
import dev.chancery.model.Event;
import dev.chancery.model.Exclusive;
import dev.chancery.model.SeverPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Splits a big world into parts that no rule joins across, as the partition rules say
 * ({@code rules/partition/}), so that each part is reasoned about in a session of its own and only
 * the rule memory of the parts being reasoned about is alive (docs/decisions.md "A big world in parts").
 */
public final class Partitioner {
    /**
     * About this many events a part: a session of 25,000 events holds about 0.2 GB of rule memory, and two
     * are reasoned about at a time (docs/benchmarks.md).
     */
    public static final int DEFAULT_PART_EVENTS = 25_000;

    private final KieBase rules;

    public Partitioner(KieBase rules) {
        this.rules = rules;
    }

    /**
     * The parts of {@code world}; {@code unfiled} names a fact that no partition rule files (then the
     * world is one part: reasoning about it apart could be wrong).
     */
    public record Split(List<World> parts, Object unfiled) {
    }

    /**
     * {@code world} in parts of at least {@code partEvents} events each (a group is never split, so a
     * part can be bigger), or whole if it has no more events than that.
     */
    public Split split(World world, int partEvents) {
        if (partEvents <= 0 || world.events().size() <= partEvents) {
            return new Split(List.of(world), null);
        }
        List<Object> facts = world.facts();
        Parts parts = classify(facts);
        for (Object fact : facts) {
            if (!parts.isEverywhere(fact) && parts.groupOf(fact) < 0) {
                return new Split(List.of(world), fact);
            }
        }
        Map<Integer, Integer> partOfGroup = pack(world.events(), parts, partEvents);
        int count = partOfGroup.values().stream().mapToInt(i -> i + 1).max().orElse(1);
        List<Builder> builders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            builders.add(new Builder(world));
        }
        // one pass over each list, so that every part keeps the world's order
        distribute(world.actors(), parts, partOfGroup, builders, (b, f) -> b.actors.add((Actor) f));
        distribute(world.severPolicies(), parts, partOfGroup, builders, (b, f) -> b.policies.add((SeverPolicy) f));
        distribute(world.exclusives(), parts, partOfGroup, builders, (b, f) -> b.exclusives.add((Exclusive) f));
        distribute(world.claims(), parts, partOfGroup, builders, (b, f) -> b.claims.add((Claim) f));
        distribute(world.coverage(), parts, partOfGroup, builders, (b, f) -> b.coverage.add((Coverage) f));
        distribute(world.events(), parts, partOfGroup, builders, (b, f) -> b.events.add((Event) f));
        return new Split(builders.stream().map(Builder::world).toList(), null);
    }

    /** Runs the partition rules over a world's facts: they only tell {@code parts}, and derive nothing. */
    private Parts classify(List<Object> facts) {
        Parts parts = new Parts();
        KieSession session = rules.newKieSession();
        try {
            session.setGlobal("parts", parts);
            facts.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return parts;
    }

    /**
     * Each group's part: groups in the order of their first event, a part closed once it holds
     * {@code partEvents} events. Groups with no event (an entity no event names) go to the first part.
     */
    private static Map<Integer, Integer> pack(List<Event> events, Parts parts, int partEvents) {
        Map<Integer, Integer> sizes = new LinkedHashMap<>();
        for (Event e : events) {
            sizes.merge(parts.groupOf(e), 1, Integer::sum);
        }
        Map<Integer, Integer> partOf = new HashMap<>();
        int part = 0;
        int filled = 0;
        for (Map.Entry<Integer, Integer> group : sizes.entrySet()) {
            if (filled >= partEvents) {
                part++;
                filled = 0;
            }
            partOf.put(group.getKey(), part);
            filled += group.getValue();
        }
        return partOf;
    }

    private static void distribute(List<?> facts, Parts parts, Map<Integer, Integer> partOf, List<Builder> builders,
                                   BiConsumer<Builder, Object> add) {
        for (Object fact : facts) {
            if (parts.isEverywhere(fact)) {
                builders.forEach(b -> add.accept(b, fact));
            } else {
                add.accept(builders.get(partOf.getOrDefault(parts.groupOf(fact), 0)), fact);
            }
        }
    }

    /** One part's facts as they are distributed; seen on the whole world's date. */
    private static final class Builder {
        final World whole;
        final List<Actor> actors = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        final List<SeverPolicy> policies = new ArrayList<>();
        final List<Exclusive> exclusives = new ArrayList<>();
        final List<Claim> claims = new ArrayList<>();
        final List<Coverage> coverage = new ArrayList<>();

        Builder(World whole) {
            this.whole = whole;
        }

        World world() {
            return whole.with(actors, events, policies, exclusives, claims, coverage);
        }
    }
}
