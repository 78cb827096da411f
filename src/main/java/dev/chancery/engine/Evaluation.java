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
        return evaluate(rules, world, asOf, firingLimit, true);
    }

    public static Result evaluate(RuleBase rules, World world, LocalDate asOf, long firingLimit, boolean withReasons) {
        return evaluate(rules, world, asOf, firingLimit, withReasons, null);
    }

    /** With {@code listener} (may be null) told of every rule that fires. */
    public static Result evaluate(RuleBase rules, World world, LocalDate asOf, long firingLimit, boolean withReasons,
                                  org.kie.api.event.rule.AgendaEventListener listener) {
        World seen = world.asOf(asOf);
        try (Reasoner reasoner = new Reasoner(rules, firingLimit)) {
            if (listener != null) {
                reasoner.listen(listener);
            }
            RuleCoverage firings = Timings.on() ? new RuleCoverage() : null;
            if (firings != null) {
                reasoner.listen(firings);
            }
            long start = System.nanoTime();
            reasoner.insert(seen);
            long inserted = System.nanoTime();
            long fired = reasoner.fire();
            long done = System.nanoTime();
            Result result = new ResultReader(reasoner, seen.actorsById(), withReasons).read(asOf);
            Timings.report("insert %d facts %.2f ms, fire %d rules %.2f ms, read %.2f ms", seen.facts().size(),
                    (inserted - start) / 1e6, fired, (done - inserted) / 1e6, (System.nanoTime() - done) / 1e6);
            if (firings != null) {
                firings.mostFired(12).forEach((rule, count) -> Timings.report("%9d  %s", count, rule));
            }
            return result;
        }
    }
}
