package dev.chancery.engine;

import dev.chancery.load.World;
import dev.chancery.result.Result;
import dev.chancery.result.ResultReader;
import java.time.LocalDate;

/** Compiled rules + a world + an as-of date → a result: one fresh session, fired and read. */
public final class Evaluation {
    private Evaluation() {
    }

    public static Result evaluate(RuleBase rules, World world, LocalDate asOf, long firingLimit) {
        World seen = world.asOf(asOf);
        try (Reasoner reasoner = new Reasoner(rules, firingLimit)) {
            reasoner.insert(seen).fire();
            return new ResultReader(reasoner, seen.actorsById()).read(asOf);
        }
    }
}
