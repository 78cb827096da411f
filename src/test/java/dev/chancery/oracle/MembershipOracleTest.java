package dev.chancery.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.engine.Evaluation;
import dev.chancery.engine.Reasoner;
import dev.chancery.load.World;
import dev.chancery.result.Result;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * UN membership over time: the rules (rules/membership.drl, rules/tallies.drl) and the oracle agree on small
 * worlds whose states join the UN late, leave it, and pass their seat on to successors (continued, merged,
 * dissolved with successor states; circles too). The worlds are built from jqwik's own arbitraries, so a
 * failure shrinks to a small world: fewer events, fewer memberships, earlier dates.
 */
class MembershipOracleTest {
    private static final int STATES = 6;
    private static final int ENTITIES = 2;
    private static final LocalDate START = LocalDate.of(2000, 1, 1);

    /** A state's membership: none, dates unknown, from a day, or from a day to a day with how it ended. */
    record Membership(int kind, int since, int length, int ended, List<Integer> successors) {
        String yaml(int state) {
            return switch (kind) {
                case 0 -> "false";
                case 1 -> "true";
                case 2 -> "{since: " + day(since) + "}";
                default -> {
                    List<String> others = successors.stream().map(s -> (s + state + 1) % STATES).distinct()
                            .map(MembershipOracleTest::state).toList();
                    String end = "{since: " + day(since) + ", until: " + day(since + 1 + length) + ", ended: ";
                    if (ended == 0 || others.isEmpty()) {
                        yield end + "dissolved" + (others.isEmpty() ? "" : ", successors: " + others) + "}";
                    }
                    yield end + (ended == 1 ? "merged" : "continued") + ", successor: " + others.get(0) + "}";
                }
            };
        }
    }

    /** An event: 0-6 a recognition, 7-8 a withdrawal, 9 a dissolution of the entity. */
    record Happening(int kind, int by, int entity, int date) {
        String yaml() {
            String target = "E" + entity;
            if (kind <= 6) {
                return "{date: " + day(date) + ", type: recognize, by: " + state(by) + ", of: " + target + "}";
            } else if (kind <= 8) {
                return "{date: " + day(date) + ", type: withdraw-recognition, by: " + state(by) + ", of: " + target + "}";
            }
            return "{date: " + day(date) + ", type: dissolve, by: " + target + ", of: " + target + "}";
        }
    }

    @Provide
    Arbitrary<List<Membership>> memberships() {
        Arbitrary<Membership> one = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3000), Arbitraries.integers().between(0, 3000),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, STATES - 2).list().ofMaxSize(2))
                .as(Membership::new);
        return one.list().ofSize(STATES);
    }

    @Provide
    Arbitrary<List<Happening>> happenings() {
        return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(1, STATES - 1),
                Arbitraries.integers().between(0, ENTITIES - 1), Arbitraries.integers().between(0, 6000))
                .as(Happening::new).list().ofMaxSize(25);
    }

    @Property(tries = 300)
    void talliesAndOrdinalsOfMembersOverTimeAgreeWithTheOracle(@ForAll("memberships") List<Membership> memberships,
                                                              @ForAll("happenings") List<Happening> happenings,
                                                              @ForAll("asOf") Integer asOfDay) {
        World world = Fixtures.loadText(yaml(memberships, happenings));
        LocalDate asOf = asOfDay == null ? null : START.plusDays(asOfDay);
        Result result = Evaluation.evaluate(Fixtures.rules(), world, asOf, Reasoner.DEFAULT_FIRING_LIMIT, false);
        Oracle.Answer oracle = Oracle.answer(world, asOf);

        assertThat(OracleAgreementTest.tallies(result)).as("tallies").isEqualTo(oracle.tallies());
        assertThat(OracleAgreementTest.ordinals(result)).as("ordinals").isEqualTo(oracle.ordinals());
        assertThat(OracleAgreementTest.conclusions(result)).as("conclusions").isEqualTo(oracle.conclusions());
    }

    @Provide
    Arbitrary<Integer> asOf() {
        return Arbitraries.integers().between(0, 6000).injectNull(0.3);
    }

    private static String yaml(List<Membership> memberships, List<Happening> happenings) {
        StringBuilder out = new StringBuilder("actors:\n");
        for (int s = 0; s < STATES; s++) {
            out.append("  - {id: ").append(state(s)).append(", name: State ").append(s).append(", kind: state, unMember: ")
                    .append(memberships.get(s).yaml(s)).append("}\n");
        }
        for (int e = 0; e < ENTITIES; e++) {
            out.append("  - {id: E").append(e).append(", name: Entity ").append(e).append(", kind: entity, claimedFrom: ")
                    .append(state(0)).append("}\n");
        }
        out.append("events:\n");
        happenings.forEach(h -> out.append("  - ").append(h.yaml()).append("\n"));
        if (happenings.isEmpty()) {
            out.append("  []\n");
        }
        return out.toString();
    }

    private static String state(int i) {
        return "S" + i;
    }

    private static String day(int offset) {
        return START.plusDays(offset).toString();
    }
}
