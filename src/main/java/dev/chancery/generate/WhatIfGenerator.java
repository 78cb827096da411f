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
    /** One what-if: the state, the entity and the day. */
    public record WhatIf(String state, String entity, LocalDate date) {
    }

    private WhatIfGenerator() {
    }

    public static List<WhatIf> draw(World world, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        // today's members: a former member (unUntil set) cannot recognize anything in 2022
        List<Actor> members = world.actors().stream()
                .filter(a -> a.unMember() && a.unUntil() == null && a.isState()).toList();
        List<Actor> entities = world.actors().stream().filter(Actor::isEntity).toList();
        if (members.isEmpty() || entities.isEmpty()) {
            throw new IllegalArgumentException("the world has no UN members or no entities");
        }
        List<WhatIf> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Actor state = members.get(random.nextInt(members.size()));
            Actor entity = entities.get(random.nextInt(entities.size()));
            out.add(new WhatIf(state.id(), entity.id(), LocalDate.of(2022, 1, 1).plusDays(random.nextInt(365))));
        }
        return out;
    }

    public static void write(World world, int count, long seed, Writer out) throws IOException {
        int i = 0;
        for (WhatIf w : draw(world, count, seed)) {
            out.write("{\"name\": \"what-if-" + (++i) + "\", \"add\": {\"events\": [{\"date\": \"" + w.date()
                    + "\", \"type\": \"recognize\", \"by\": \"" + w.state() + "\", \"of\": \"" + w.entity()
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
