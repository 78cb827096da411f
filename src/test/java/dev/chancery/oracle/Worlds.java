package dev.chancery.oracle;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Small worlds in the facts format, built from jqwik's own arbitraries so that a failing property shrinks to a
 * small world: fewer events, fewer policies, earlier dates. Like the generator of `chancery generate`, they mix
 * recognitions (with same-day ties), withdrawals, reported severances near a recognition, restorations,
 * annexations, sever-on-recognition policies (some bounded) and switches within one exclusive pair.
 */
final class Worlds {
    static final int STATES = 8;
    static final int ENTITIES = 3;
    private static final LocalDate START = LocalDate.of(1990, 1, 1);

    private Worlds() {
    }

    /** An entity's parent and policy: 0 none, 1 unbounded, 2 from {@code since} for {@code length} days. */
    record Claim(int parent, int policy, int since, int length) {
    }

    /** One event, read by {@link #yaml}: what happens, between whom, on which day (a few days only, for ties). */
    record Happening(int roll, int state, int entity, int day, int other) {
    }

    static Arbitrary<String> worlds() {
        Arbitrary<Claim> claim = Combinators.combine(Arbitraries.integers().between(0, STATES - 1),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 4000),
                Arbitraries.integers().between(1, 4000)).as(Claim::new);
        Arbitrary<Happening> happening = Combinators.combine(Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, STATES - 1), Arbitraries.integers().between(0, ENTITIES - 1),
                Arbitraries.integers().between(0, 120).map(d -> d * 50), Arbitraries.integers().between(-3, 40))
                .as(Happening::new);
        return Combinators.combine(claim.list().ofSize(ENTITIES), happening.list().ofMaxSize(40)).as(Worlds::yaml);
    }

    static String yaml(List<Claim> claims, List<Happening> happenings) {
        StringBuilder out = new StringBuilder("actors:\n");
        for (int s = 0; s < STATES; s++) {
            out.append("  - {id: ").append(state(s)).append(", name: State ").append(s).append(", kind: state, unMember: ")
                    .append(s != STATES - 1).append("}\n");
        }
        for (int e = 0; e < ENTITIES; e++) {
            out.append("  - {id: ").append(entity(e)).append(", name: Entity ").append(e)
                    .append(", kind: entity, claimedFrom: ").append(state(claims.get(e).parent())).append("}\n");
        }
        out.append("policies:\n");
        for (int e = 0; e < ENTITIES; e++) {
            Claim c = claims.get(e);
            if (c.policy() == 1) {
                out.append("  - {state: ").append(state(c.parent())).append(", kind: sever-on-recognition, of: [")
                        .append(entity(e)).append("]}\n");
            } else if (c.policy() == 2) {
                out.append("  - {state: ").append(state(c.parent())).append(", kind: sever-on-recognition, of: [")
                        .append(entity(e)).append("], since: ").append(day(c.since())).append(", until: ")
                        .append(day(c.since() + c.length())).append("}\n");
            }
        }
        // the first entity and its parent are an exclusive pair, as Taiwan and China are
        out.append("  - {kind: exclusive-recognition, between: [").append(entity(0)).append(", ")
                .append(state(claims.get(0).parent())).append("]}\n");
        out.append("events:\n");
        int written = 0;
        for (Happening h : happenings) {
            int parent = claims.get(h.entity()).parent();
            String s = state(h.state());
            String p = state(parent);
            String e = entity(h.entity());
            String line;
            if (h.roll() < 55) {
                line = event(h.day(), "recognize", s, "of", e);
            } else if (h.roll() < 65) {
                line = event(h.day(), "withdraw-recognition", s, "of", e);
            } else if (h.roll() < 85) {
                // a report near the day, either way
                line = h.other() % 2 == 0 ? event(h.day() + h.other(), "sever-relations", p, "with", s)
                        : event(h.day() + h.other(), "sever-relations", s, "with", p);
            } else if (h.roll() < 95) {
                line = event(h.day() + 30 + Math.abs(h.other()) * 20, "restore-relations", p, "with", s);
            } else if (h.roll() < 97) {
                line = event(h.day(), "annex", s, "of", e);
            } else if (h.roll() < 99) {
                line = event(h.day(), "sever-relations", s, "with", state((h.state() + 1 + Math.abs(h.other())) % STATES));
            } else {
                line = event(h.day(), "recognize", s, "of", state(claims.get(0).parent()));
            }
            if (line != null) {
                out.append(line);
                written++;
            }
        }
        if (written == 0) {
            out.append("  []\n");
        }
        return out.toString();
    }

    /** An event line, or null where a state would act toward itself. */
    private static String event(int day, String type, String by, String key, String target) {
        return by.equals(target) ? null
                : "  - {date: " + day(day) + ", type: " + type + ", by: " + by + ", " + key + ": " + target + "}\n";
    }

    private static String day(int offset) {
        return START.plusDays(Math.max(0, offset)).toString();
    }

    private static String state(int i) {
        return "S" + i;
    }

    private static String entity(int i) {
        return "E" + i;
    }
}
