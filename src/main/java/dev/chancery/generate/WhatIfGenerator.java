package dev.chancery.generate;

import dev.chancery.load.World;
import dev.chancery.model.Actor;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One-event what-if scenarios over a world, one JSON line each, for {@code chancery batch}: "what
 * if UN member S had recognized entity E on day D of 2022?". Deterministic for a seed.
 */
public final class WhatIfGenerator {
    private WhatIfGenerator() {
    }

    public static void write(World world, int count, long seed, Writer out) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<Actor> members = world.actors().stream().filter(Actor::unMember).toList();
        List<Actor> entities = world.actors().stream().filter(Actor::isEntity).toList();
        if (members.isEmpty() || entities.isEmpty()) {
            throw new IllegalArgumentException("the world has no UN members or no entities");
        }
        for (int i = 0; i < count; i++) {
            Actor state = members.get(random.nextInt(members.size()));
            Actor entity = entities.get(random.nextInt(entities.size()));
            LocalDate date = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(365));
            out.write("{\"name\": \"what-if-" + (i + 1) + "\", \"add\": {\"events\": [{\"date\": \"" + date
                    + "\", \"type\": \"recognize\", \"by\": \"" + state.id() + "\", \"of\": \"" + entity.id()
                    + "\", \"source\": \"hypothetical: what-if scenario\"}]}}\n");
        }
    }
}
