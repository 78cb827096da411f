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
import net.jqwik.api.ForAll;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
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

    /** An event a scenario adds: its type, the acting state, the target (an entity, or a state), a day. */
    record Addition(int type, int by, int target, int day) {
    }

    /**
     * What a scenario changes in the base world: events removed (by position), events added, a policy removed,
     * an actor renamed (claimed from another state, or its membership turned around), and the as-of day.
     */
    record Change(List<Integer> removed, List<Addition> added, int policyRemoved, int actorChanged, int parent,
                  Integer asOfDay) {
    }

    @Provide
    Arbitrary<Change> changes() {
        Arbitrary<Addition> addition = Combinators.combine(Arbitraries.integers().between(0, TYPES.length - 1),
                Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 1100)).as(Addition::new);
        return Combinators.combine(Arbitraries.integers().between(0, 10_000).list().ofMaxSize(3),
                addition.list().ofMaxSize(5), oneTimeInFour(Arbitraries.integers().between(0, 100)),
                oneTimeInFour(Arbitraries.integers().between(0, 10_000)),
                Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 900).injectNull(0.33))
                .as(Change::new);
    }

    /** A value one time in four, else -1 (nothing changed). */
    private static Arbitrary<Integer> oneTimeInFour(Arbitrary<Integer> value) {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(-1)), Tuple.of(1, value));
    }

    @Property(tries = 1000)
    void incrementalEqualsFresh(@ForAll("changes") Change change) {
        assertIncrementalEqualsFresh(change, true);
    }

    /** Without reasons a live session patches its base result (ResultReader.patch): still equal to fresh. */
    @Property(tries = 1000)
    void incrementalWithoutReasonsEqualsFresh(@ForAll("changes") Change change) {
        assertIncrementalEqualsFresh(change, false);
    }

    private static void assertIncrementalEqualsFresh(Change change, boolean reasons) {
        Incremental session = incremental();
        World world = scenario(base, change);
        LocalDate asOf = change.asOfDay() == null ? null : LocalDate.of(2021, 6, 1).plusDays(change.asOfDay());

        Result fresh = Evaluation.evaluate(Fixtures.rules(), world, asOf, Reasoner.DEFAULT_FIRING_LIMIT, reasons);
        Result applied = session.evaluate(world, asOf, reasons);

        assertThat(applied).isEqualTo(fresh);
    }

    /**
     * The base world with some events and policies removed, events added, and now and then an entity renamed,
     * claimed from another state or turned into a non-member (what a scenario's actors can do).
     */
    static World scenario(World base, Change change) {
        List<Actor> states = base.actors().stream().filter(Actor::isState).toList();
        List<Actor> entities = base.actors().stream().filter(Actor::isEntity).toList();
        List<Event> events = new ArrayList<>(base.events());
        for (int removed : change.removed()) {
            if (!events.isEmpty()) {
                events.remove(removed % events.size());
            }
        }
        int i = 0;
        for (Addition a : change.added()) {
            i++;
            String type = TYPES[a.type()];
            LocalDate date = LocalDate.of(2021, 1, 1).plusDays(a.day());
            String by = states.get(a.by() % states.size()).id();
            boolean relations = type.equals(Event.SEVER) || type.equals(Event.RESTORE) || type.equals(Event.ESTABLISH);
            String target = relations
                    ? (a.target() % 2 == 0 ? "UKR" : states.get(a.target() % states.size()).id())
                    : entities.get(a.target() % entities.size()).id();
            if (by.equals(target)) {
                continue;
            }
            events.add(new Event((1L << 55) + i, type, date, by, target, relations ? Pairs.key(by, target) : null, false,
                    new Origin("(scenario)", i, 1, null, null)));
        }
        events.sort((x, y) -> x.precedes(y) ? -1 : y.precedes(x) ? 1 : 0);
        List<SeverPolicy> policies = new ArrayList<>(base.severPolicies());
        if (!policies.isEmpty() && change.policyRemoved() >= 0) {
            policies.remove(change.policyRemoved() % policies.size());
        }
        List<Actor> actors = new ArrayList<>(base.actors());
        if (change.actorChanged() >= 0) {
            int at = change.actorChanged() % actors.size();
            Actor a = actors.get(at);
            String parent = a.isEntity() ? states.get(change.parent() % states.size()).id() : a.claimedFrom();
            actors.set(at, new Actor(a.id(), a.name() + " (renamed)", a.kind(), parent, !a.unMember(), a.aliases(),
                    a.origin()));
        }
        return base.with(actors, events, policies, base.exclusives(), base.claims(), base.coverage());
    }
}
