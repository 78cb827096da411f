package dev.chancery.generate;

import dev.chancery.load.World;
import dev.chancery.model.Actor;
import dev.chancery.model.Event;
import dev.chancery.model.Origin;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One-event what-ifs over a world: "what if UN member S had recognized entity E on day D of
 * 2022?". Deterministic for a seed. Written as JSON lines for {@code chancery batch}, or made into
 * worlds directly for the in-process benchmark.
 */
public final class WhatIfGenerator {
    /** One what-if: the state, the entity, the day and the event's type. */
    public record WhatIf(String state, String entity, LocalDate date, String type) {
        public WhatIf(String state, String entity, LocalDate date) {
            this(state, entity, date, Event.RECOGNIZE);
        }
    }

    /**
     * What to draw from: days {@code from}-{@code to}, event types ({@code recognize}, {@code withdraw-recognition}),
     * and the states and entities (empty: every UN member of today, every entity). {@code inForce}, when given, tells
     * whether a state's recognition of an entity is in force on a day (from a base evaluation's spans): a draw that
     * would change nothing is skipped (a recognition of what is recognized, a withdrawal of what is not, an act of a
     * state that is not a UN member that day, or one about an entity that had ended).
     */
    public record Choice(LocalDate from, LocalDate to, List<String> types, List<String> states, List<String> entities,
                         InForce inForce) {
        /** 2022, recognitions, every member and entity: the sweep the benchmarks use. */
        public static final Choice DEFAULT = new Choice(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31),
                List.of(Event.RECOGNIZE), List.of(), List.of(), null);
    }

    /** What the rules say of the base world: whether a recognition is in force on a day, and whether an entity had ended. */
    public interface InForce {
        boolean test(String state, String entity, LocalDate date);

        /** Whether {@code entity} had been annexed or dissolved by {@code date}: nothing then concerns it. */
        boolean ended(String entity, LocalDate date);
    }

    private WhatIfGenerator() {
    }

    public static List<WhatIf> draw(World world, int count, long seed) {
        return draw(world, count, seed, Choice.DEFAULT);
    }

    public static List<WhatIf> draw(World world, int count, long seed, Choice choice) {
        SplittableRandom random = new SplittableRandom(seed);
        // today's members: a former member (unUntil set) cannot recognize anything in 2022
        List<Actor> members = world.actors().stream()
                .filter(a -> a.unMember() && a.unUntil() == null && a.isState())
                .filter(a -> choice.states().isEmpty() || choice.states().contains(a.id())).toList();
        List<Actor> entities = world.actors().stream().filter(Actor::isEntity)
                .filter(a -> choice.entities().isEmpty() || choice.entities().contains(a.id())).toList();
        if (members.isEmpty() || entities.isEmpty()) {
            throw new IllegalArgumentException("the world has no UN members or no entities"
                    + (choice.states().isEmpty() && choice.entities().isEmpty() ? "" : " among those chosen"));
        }
        long days = choice.to().toEpochDay() - choice.from().toEpochDay() + 1;
        if (days < 1) {
            throw new IllegalArgumentException("the date range is empty (" + choice.from() + " to " + choice.to() + ")");
        }
        List<WhatIf> out = new ArrayList<>();
        // a bound on the draws: a choice where nearly everything is a no-op must end
        for (long tries = 0; out.size() < count && tries < 100L * count; tries++) {
            Actor state = members.get(random.nextInt(members.size()));
            Actor entity = entities.get(random.nextInt(entities.size()));
            // drawn as before the choice existed, so that a seed gives the same what-ifs it always gave
            LocalDate date = choice.from().plusDays(days <= Integer.MAX_VALUE ? random.nextInt((int) days) : random.nextLong(days));
            String type = choice.types().size() == 1 ? choice.types().get(0)
                    : choice.types().get(random.nextInt(choice.types().size()));
            if (choice.inForce() != null) {
                boolean recognized = choice.inForce().test(state.id(), entity.id(), date);
                if (!state.memberOn(date) || choice.inForce().ended(entity.id(), date)
                        || recognized == type.equals(Event.RECOGNIZE)) {
                    continue; // changes nothing
                }
            }
            out.add(new WhatIf(state.id(), entity.id(), date, type));
        }
        if (out.size() < count) {
            throw new IllegalArgumentException("only " + out.size() + " of " + count + " draws change anything:"
                    + " widen the dates, types, states or entities");
        }
        return out;
    }

    public static void write(World world, int count, long seed, Writer out) throws IOException {
        write(world, count, seed, Choice.DEFAULT, out);
    }

    public static void write(World world, int count, long seed, Choice choice, Writer out) throws IOException {
        int i = 0;
        for (WhatIf w : draw(world, count, seed, choice)) {
            out.write("{\"name\": \"what-if-" + (++i) + "\", \"add\": {\"events\": [{\"date\": \"" + w.date()
                    + "\", \"type\": \"" + w.type() + "\", \"by\": \"" + w.state() + "\", \"of\": \"" + w.entity()
                    + "\", \"source\": \"hypothetical: what-if scenario\"}]}}\n");
        }
    }

    /** Each what-if as the world with its one recognition added. */
    public static List<World> worlds(World base, int count, long seed) {
        List<World> out = new ArrayList<>();
        int i = 0;
        for (WhatIf w : draw(base, count, seed)) {
            Event event = new Event((1L << 55) + i++, Event.RECOGNIZE, w.date(), w.state(), w.entity(), null, false,
                    new Origin("(what-if)", 1, 1, null, null));
            out.add(base.plus(new World(List.of(), List.of(event), List.of(), List.of(), List.of())));
        }
        return out;
    }
}
