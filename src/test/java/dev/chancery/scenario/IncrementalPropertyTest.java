package dev.chancery.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.engine.Evaluation;
import dev.chancery.engine.Incremental;
import dev.chancery.engine.Reasoner;
import dev.chancery.load.World;
import dev.chancery.model.Actor;
import dev.chancery.model.Event;
import dev.chancery.model.Origin;
import dev.chancery.model.Pairs;
import dev.chancery.model.SeverPolicy;
import dev.chancery.result.Result;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Applying a scenario to one live base session (deletes, inserts, fire, read, revert) gives the
 * same result as a fresh session over the scenario's world: truth maintenance at work.
 */
class IncrementalPropertyTest {
    private static final String[] TYPES = {Event.RECOGNIZE, Event.RECOGNIZE, Event.WITHDRAW, Event.SEVER, Event.RESTORE,
            Event.ESTABLISH, Event.ANNEX};
    private static World base;
    private static Incremental incremental;

    private static synchronized Incremental incremental() {
        if (incremental == null) {
            base = Fixtures.bundled();
            incremental = new Incremental(Fixtures.rules(), base, Reasoner.DEFAULT_FIRING_LIMIT);
        }
        return incremental;
    }

    @AfterContainer
    static void close() {
        if (incremental != null) {
            incremental.close();
            incremental = null;
        }
    }

    @Property(tries = 1000)
    void incrementalEqualsFresh(@ForAll long seed) {
        assertIncrementalEqualsFresh(seed, true);
    }

    /** Without reasons a live session patches its base result (ResultReader.patch): still equal to fresh. */
    @Property(tries = 1000)
    void incrementalWithoutReasonsEqualsFresh(@ForAll long seed) {
        assertIncrementalEqualsFresh(seed, false);
    }

    private static void assertIncrementalEqualsFresh(long seed, boolean reasons) {
        Incremental session = incremental();
        Random random = new Random(seed);
        World world = scenario(base, random);
        LocalDate asOf = random.nextInt(3) == 0 ? null : LocalDate.of(2021, 6, 1).plusDays(random.nextInt(900));

        Result fresh = Evaluation.evaluate(Fixtures.rules(), world, asOf, Reasoner.DEFAULT_FIRING_LIMIT, reasons);
        Result applied = session.evaluate(world, asOf, reasons);

        assertThat(applied).as("seed %d", seed).isEqualTo(fresh);
    }

    /**
     * The base world with some events and policies removed, random events added, and now and then an
     * entity renamed, claimed from another state or turned into a non-member (what a scenario's actors can do).
     */
    static World scenario(World base, Random random) {
        List<Actor> states = base.actors().stream().filter(Actor::isState).toList();
        List<Actor> entities = base.actors().stream().filter(Actor::isEntity).toList();
        List<Event> events = new ArrayList<>(base.events());
        int removals = random.nextInt(4);
        for (int i = 0; i < removals && !events.isEmpty(); i++) {
            events.remove(random.nextInt(events.size()));
        }
        int additions = random.nextInt(6);
        for (int i = 0; i < additions; i++) {
            String type = TYPES[random.nextInt(TYPES.length)];
            LocalDate date = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1100));
            String by = states.get(random.nextInt(states.size())).id();
            boolean relations = type.equals(Event.SEVER) || type.equals(Event.RESTORE) || type.equals(Event.ESTABLISH);
            String target = relations
                    ? (random.nextBoolean() ? "UKR" : states.get(random.nextInt(states.size())).id())
                    : entities.get(random.nextInt(entities.size())).id();
            if (by.equals(target)) {
                continue;
            }
            events.add(new Event((1L << 55) + i, type, date, by, target, relations ? Pairs.key(by, target) : null, false,
                    new Origin("(scenario)", i + 1, 1, null, null)));
        }
        events.sort((x, y) -> x.precedes(y) ? -1 : y.precedes(x) ? 1 : 0);
        List<SeverPolicy> policies = new ArrayList<>(base.severPolicies());
        if (!policies.isEmpty() && random.nextInt(4) == 0) {
            policies.remove(random.nextInt(policies.size()));
        }
        List<Actor> actors = new ArrayList<>(base.actors());
        if (random.nextInt(4) == 0) {
            int i = random.nextInt(actors.size());
            Actor a = actors.get(i);
            String parent = a.isEntity() ? states.get(random.nextInt(states.size())).id() : a.claimedFrom();
            actors.set(i, new Actor(a.id(), a.name() + " (renamed)", a.kind(), parent, !a.unMember(), a.aliases(),
                    a.origin()));
        }
        return new World(actors, events, policies, base.exclusives(), base.claims());
    }
}
