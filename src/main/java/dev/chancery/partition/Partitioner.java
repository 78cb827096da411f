package dev.chancery.partition;

import dev.chancery.load.World;
import dev.chancery.model.Actor;
import dev.chancery.model.Claim;
import dev.chancery.model.Coverage;
import dev.chancery.model.Event;
import dev.chancery.model.Exclusive;
import dev.chancery.model.SeverPolicy;
import dev.chancery.model.Stated;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Splits a big world into the parts of one pass, as that pass's partition rules say (a file of
 * {@code rules/partition/}), so that each part is reasoned about in a session of its own and only the rule
 * memory of the parts being reasoned about is alive (docs/decisions.md "A big world in parts"). Each part
 * holds whole groups of keys, the facts filed under them and the facts copied into them, and knows which
 * keys it gives results about ({@link Part}).
 */
public final class Partitioner {
    /**
     * About this many events a part. Two are reasoned about at a time, and a part's rule memory is dropped once
     * it is read: parts this small die in the young generation, where 25,000 events a part outlived it and
     * filled the old one (a million events, by the collector's log: 20 s of pauses against 48 s; with each pass
     * running only its own rules, side by side 0.90-1.11 times CLIPS's time, 1.15-1.4 before; docs/decisions.md).
     */
    public static final int DEFAULT_PART_EVENTS = 5_000;

    /**
     * Unless told otherwise, a world is split when it has more events than this: below it, one session is faster
     * than two passes of parts where each entity has many recognizers, and fits the heap the launcher gives
     * (docs/decisions.md).
     */
    public static final int SPLIT_ABOVE_EVENTS = 200_000;

    /**
     * A world of more events than this is split too when it has fewer than {@link #FEW_EVENTS_AN_ENTITY} events an
     * entity: many entities, each with few recognizers, where one session's rule memory grows with the pairs. Direct
     * runs, alternated, of 50,000 and 100,000 events of seven shapes of the peers' generator: in parts 10-30% faster
     * in two thirds of the memory at 33-100 events an entity, about even at 200 and 333, a quarter slower at 1,000
     * (docs/decisions.md).
     */
    public static final int SPLIT_FEW_AN_ENTITY_ABOVE_EVENTS = 50_000;

    /** See {@link #SPLIT_FEW_AN_ENTITY_ABOVE_EVENTS}. */
    public static final int FEW_EVENTS_AN_ENTITY = 150;

    /**
     * The part size to reason about {@code world} in: {@code given} if the user gave one (0: one session), else parts
     * of {@link #DEFAULT_PART_EVENTS} for a world of more than {@link #SPLIT_ABOVE_EVENTS} events, or of more than
     * {@link #SPLIT_FEW_AN_ENTITY_ABOVE_EVENTS} with few events an entity; else 0.
     */
    public static int partEvents(Integer given, World world) {
        if (given != null) {
            return given;
        }
        int events = world.events().size();
        long entities = world.actors().stream().filter(Actor::isEntity).count();
        boolean split = events > SPLIT_ABOVE_EVENTS
                || events > SPLIT_FEW_AN_ENTITY_ABOVE_EVENTS && events < FEW_EVENTS_AN_ENTITY * entities;
        return split ? DEFAULT_PART_EVENTS : 0;
    }

    private final KieBase rules;

    public Partitioner(KieBase rules) {
        this.rules = rules;
    }

    /**
     * The parts of {@code world} in this pass; {@code unfiled} names a fact that no partition rule of the pass
     * places (then the world is one part: reasoning about it apart could be wrong).
     */
    public record Split(List<Part> parts, Object unfiled) {
    }

    /**
     * {@code world} in parts of at least {@code partEvents} events each (a group is never split, so a
     * part can be bigger), or whole if it has no more events than that. {@code carried} are facts derived by
     * an earlier pass, each with the stated facts it rests on: the partition rules see them, and a carried
     * fact copied into a group brings those stated facts into it, so that the group derives it again.
     */
    public Split split(World world, int partEvents, Map<Object, List<Object>> carried) {
        if (partEvents <= 0 || world.events().size() <= partEvents) {
            return new Split(List.of(Part.whole(world)), null);
        }
        List<Object> facts = world.facts();
        Parts parts = classify(facts, carried.keySet());
        for (Object fact : facts) {
            if (!parts.isPlaced(fact)) {
                return new Split(List.of(Part.whole(world)), fact);
            }
        }
        Map<Object, int[]> copies = withGrounds(parts.copies(), carried, facts);
        Map<Key, Integer> keys = parts.keys();
        int[] partOfGroup = pack(world.events(), parts, keys.values(), copies, partEvents);
        int count = Arrays.stream(partOfGroup).max().orElse(0) + 1;
        List<Builder> builders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            builders.add(new Builder(world));
        }
        Placing placing = new Placing(parts, copies, partOfGroup, builders);
        // one pass over each list, so that every part keeps the world's order
        placing.distribute(world.actors(), (b, f) -> b.actors.add((Actor) f));
        placing.distribute(world.severPolicies(), (b, f) -> b.policies.add((SeverPolicy) f));
        placing.distribute(world.exclusives(), (b, f) -> b.exclusives.add((Exclusive) f));
        placing.distribute(world.claims(), (b, f) -> b.claims.add((Claim) f));
        placing.distribute(world.coverage(), (b, f) -> b.coverage.add((Coverage) f));
        placing.distribute(world.events(), (b, f) -> b.events.add((Event) f));
        keys.forEach((key, group) -> {
            if (parts.concluded().contains(key.kind())) {
                builders.get(partOfGroup[group]).owned.add(key);
            }
        });
        return new Split(builders.stream().map(Builder::part).toList(), null);
    }

    /** Runs the partition rules over a world's facts: they only tell {@code parts}, and derive nothing. */
    private Parts classify(List<Object> facts, Collection<Object> carried) {
        Parts parts = new Parts();
        KieSession session = rules.newKieSession();
        try {
            session.setGlobal("parts", parts);
            facts.forEach(session::insert);
            carried.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return parts;
    }

    /**
     * The copies with each carried fact's copies given to the stated facts it rests on, matched to the world's
     * facts by equality (a part reasoned about on another machine sends back copies).
     */
    private static Map<Object, int[]> withGrounds(Map<Object, int[]> copies, Map<Object, List<Object>> carried,
                                                  List<Object> facts) {
        if (carried.isEmpty()) {
            return copies;
        }
        Map<Object, Object> grounds = new HashMap<>();
        carried.values().forEach(list -> list.forEach(g -> grounds.put(g, null)));
        for (Object fact : facts) {
            if (grounds.containsKey(fact)) {
                grounds.put(fact, fact);
            }
        }
        Map<Object, int[]> out = new IdentityHashMap<>(copies);
        carried.forEach((fact, under) -> {
            int[] groups = copies.get(fact);
            if (groups == null) {
                return;
            }
            for (Object ground : under) {
                Object own = grounds.get(ground);
                if (own != null) {
                    int[] before = out.getOrDefault(own, new int[0]);
                    out.put(own, IntStream.concat(Arrays.stream(before), Arrays.stream(groups)).sorted().distinct()
                            .toArray());
                }
            }
        });
        return out;
    }

    /**
     * Each group's part, by the group's number (below {@link Parts#groupCount()}; -1 for a number that is no
     * group): groups in the order of their first event, a part closed once it holds {@code partEvents} events
     * (copies count in each group they are in). The groups of {@code allGroups} (every key's) that no event is in,
     * such as an entity no event names, go to the first part. Arrays, not maps of boxed numbers: a million
     * events are millions of look-ups.
     */
    private static int[] pack(List<Event> events, Parts parts, Collection<Integer> allGroups, Map<Object, int[]> copies,
                              int partEvents) {
        int[] sizes = new int[parts.groupCount()];
        int[] order = new int[parts.groupCount()];
        int groups = 0;
        for (Event e : events) {
            int home = parts.groupOf(e);
            if (home >= 0) {
                groups = count(home, sizes, order, groups);
            }
            for (int group : copies.getOrDefault(e, NONE)) {
                if (group != home) {
                    groups = count(group, sizes, order, groups);
                }
            }
        }
        int[] partOf = new int[parts.groupCount()];
        Arrays.fill(partOf, -1);
        int part = 0;
        int filled = 0;
        for (int i = 0; i < groups; i++) {
            if (filled >= partEvents) {
                part++;
                filled = 0;
            }
            partOf[order[i]] = part;
            filled += sizes[order[i]];
        }
        allGroups.forEach(group -> {
            if (partOf[group] < 0) {
                partOf[group] = 0;
            }
        });
        return partOf;
    }

    /**
     * One more event in {@code group}; a group seen for the first time goes at the end of {@code order}. Returns
     * how many groups {@code order} holds.
     */
    private static int count(int group, int[] sizes, int[] order, int groups) {
        if (sizes[group]++ == 0) {
            order[groups++] = group;
        }
        return groups;
    }

    private static final int[] NONE = new int[0];

    /** Puts each fact in the parts of its groups: its own key's, and those it is copied into. */
    private record Placing(Parts parts, Map<Object, int[]> copies, int[] partOf,
                           List<Builder> builders) {
        void distribute(List<?> facts, BiConsumer<Builder, Object> add) {
            boolean[] added = new boolean[builders.size()];
            for (Object fact : facts) {
                if (parts.isEverywhere(fact)) {
                    builders.forEach(b -> add.accept(b, fact));
                    continue;
                }
                Arrays.fill(added, false);
                int home = parts.groupOf(fact);
                if (home >= 0) {
                    Builder builder = builders.get(partOf[home]);
                    add.accept(builder, fact);
                    added[partOf[home]] = true;
                    Key key = parts.keyOf(fact);
                    if (fact instanceof Stated stated && parts.concluded().contains(key.kind())) {
                        builder.ownedOrigins.add(stated.origin());
                    }
                }
                for (int group : copies.getOrDefault(fact, NONE)) {
                    int part = partOf[group];
                    if (!added[part]) {
                        add.accept(builders.get(part), fact);
                        added[part] = true;
                    }
                }
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

        final Set<Key> owned = new HashSet<>();
        final Set<dev.chancery.model.Origin> ownedOrigins = new HashSet<>();

        Builder(World whole) {
            this.whole = whole;
        }

        Part part() {
            return new Part(whole.with(actors, events, policies, exclusives, claims, coverage), owned, ownedOrigins);
        }
    }
}
