package dev.chancery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.load.World;
import dev.chancery.result.ConclusionResult;
import dev.chancery.result.Result;
import dev.chancery.model.Actor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every "because" list equals what the plain definition gives: the stated facts reached by following
 * each justification's premises down, read through {@link Reasoner#justifications}. The reader's walk
 * (handles, id sets, ranks) is built for speed; this is the slow walk it must agree with.
 */
class BecauseTest {
    @TempDir
    Path dir;

    @Test
    void aLapseRestsOnTheEndAndTheRecognitionThatStartedItsSpanNotOnALaterOneWhileInForce() {
        ConclusionResult lapse = firstConclusion("lapse", """
                actors:
                  - {id: E1, name: Entity One, kind: entity, claimedFrom: UKR}
                events:
                  - {date: 2020-01-01, type: recognize, by: RUS, of: E1}
                  - {date: 2020-03-01, type: recognize, by: RUS, of: E1}
                  - {date: 2020-06-01, type: annex, by: RUS, of: E1}
                """);
        assertThat(lapse.id()).isEqualTo("lapse:RUS:E1:2020-06-01");
        assertThat(lapse.rule()).isEqualTo("An entity's end lapses a recognition in force");
        assertThat(lapse.because()).hasSize(2).anySatisfy(line -> assertThat(line).startsWith("event annex RUS E1 2020-06-01"))
                .anySatisfy(line -> assertThat(line).startsWith("event recognize RUS E1 2020-01-01"));
    }

    @Test
    void aPredictionAfterAPolicyEndedRestsOnThePrecedentNotOnThePolicy() {
        ConclusionResult prediction = firstConclusion("expected-severance", """
                actors:
                  - {id: E1, name: Entity One, kind: entity, claimedFrom: UKR}
                policies:
                  - {state: UKR, kind: sever-on-recognition, of: [E1], until: 2020-12-31}
                events:
                  - {date: 2020-01-01, type: recognize, by: RUS, of: E1}
                  - {date: 2020-01-05, type: sever-relations, by: UKR, with: RUS}
                  - {date: 2021-06-01, type: recognize, by: SYR, of: E1}
                """);
        assertThat(prediction.id()).isEqualTo("expected-severance:UKR:SYR:2021-06-01");
        // the earlier recognition fell under the policy, but the prediction rests on UKR's severance alone
        assertThat(prediction.because()).hasSize(3).noneMatch(line -> line.startsWith("policy"))
                .anySatisfy(line -> assertThat(line).startsWith("event recognize RUS E1 2020-01-01"))
                .anySatisfy(line -> assertThat(line).startsWith("event sever-relations UKR RUS 2020-01-05"))
                .anySatisfy(line -> assertThat(line).startsWith("event recognize SYR E1 2021-06-01"));
    }

    @Test
    void aRankAndATallyRestOnTheRecognitionsNotOnALaterWithdrawal() {
        Result result = reasoned("""
                actors:
                  - {id: E1, name: Entity One, kind: entity, claimedFrom: UKR}
                events:
                  - {date: 2020-01-01, type: recognize, by: RUS, of: E1}
                  - {date: 2020-02-01, type: recognize, by: SYR, of: E1}
                  - {date: 2020-03-01, type: recognize, by: PRK, of: E1}
                  - {date: 2020-03-01, type: withdraw-recognition, by: PRK, of: E1}
                  - {date: 2021-01-01, type: withdraw-recognition, by: RUS, of: E1}
                claims:
                  - {date: 2020-02-01, kind: ordinal, by: SYR, of: E1, value: 2}
                  - {date: 2020-06-01, kind: tally, of: E1, value: 2}
                """);
        ConclusionResult rank = conclusion(result, "claim-confirmed:ordinal:SYR:E1:2020-02-01");
        assertThat(rank.because()).hasSize(3).noneMatch(line -> line.startsWith("event withdraw-recognition"))
                .anySatisfy(line -> assertThat(line).startsWith("event recognize RUS E1 2020-01-01"))
                .anySatisfy(line -> assertThat(line).startsWith("event recognize SYR E1 2020-02-01"))
                .anySatisfy(line -> assertThat(line).startsWith("claim ordinal SYR E1"));
        // PRK's recognition had ended by the tally's date, so neither it nor its withdrawal counts; RUS's had not
        ConclusionResult tally = conclusion(result, "claim-confirmed:tally:E1:2020-06-01");
        assertThat(tally.because()).hasSize(3).noneMatch(line -> line.contains("PRK") || line.startsWith("event withdraw"))
                .anySatisfy(line -> assertThat(line).startsWith("event recognize RUS E1 2020-01-01"))
                .anySatisfy(line -> assertThat(line).startsWith("event recognize SYR E1 2020-02-01"))
                .anySatisfy(line -> assertThat(line).startsWith("claim tally E1"));
    }

    /** The first conclusion of {@code kind} in the result of the facts in {@code yaml}. */
    private ConclusionResult firstConclusion(String kind, String yaml) {
        return reasoned(yaml).conclusions().stream().filter(c -> c.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static ConclusionResult conclusion(Result result, String id) {
        return result.conclusions().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** The result, with reasons, of the facts in {@code yaml}. */
    private Result reasoned(String yaml) {
        World world = Fixtures.load(Fixtures.write(dir, "case.yaml", yaml));
        try (Reasoner reasoner = new Reasoner(Fixtures.rules())) {
            reasoner.insert(world).fire();
            return new ResultReader(reasoner, world.actorsById()).read(null);
        }
    }

    @Test
    void everyBecauseListIsTheStatedFactsUnderItsConclusion() {
        Result result = assertEveryBecauseListIsTheStatedFactsUnderItsConclusion(Fixtures.bundled());
        assertThat(result.conclusions()).anySatisfy(c -> assertThat(c.because()).hasSizeGreaterThan(20));
    }

    /**
     * The walk that builds the lists (engine/Grounds.java: breadth first, in sweeps, folded over arrays)
     * against a plain recursion down the justifications, on worlds with ties, switches within exclusive
     * pairs, annexations, several supports for one fact and facts shared by many conclusions.
     */
    @Property(tries = 25)
    void everyBecauseListOfAGeneratedWorldIsTheStatedFactsUnderItsConclusion(
            @ForAll @IntRange(min = 1, max = 1_000_000) int seed) {
        Result result = assertEveryBecauseListIsTheStatedFactsUnderItsConclusion(Fixtures.generated(300, 30, 1_500, seed));
        assertThat(result.conclusions()).as("seed %d", seed).isNotEmpty();
    }

    private static Result assertEveryBecauseListIsTheStatedFactsUnderItsConclusion(World world) {
        try (Reasoner reasoner = new Reasoner(Fixtures.rules())) {
            reasoner.insert(world).fire();
            Result result = new ResultReader(reasoner, world.actorsById()).read(null);
            Map<String, List<List<String>>> expected = new HashMap<>();
            for (dev.chancery.model.Conclusion named : reasoner.all(dev.chancery.model.Conclusion.class)) {
                expected.computeIfAbsent(named.id(), k -> new java.util.ArrayList<>())
                        .add(List.copyOf(stated(reasoner, named.fact(), new TreeSet<>())));
            }
            assertThat(result.conclusions()).hasSize(expected.values().stream().mapToInt(List::size).sum());
            for (ConclusionResult c : result.conclusions()) {
                assertThat(expected.get(c.id())).as(c.id()).contains(c.because());
            }
            return result;
        }
    }

    private static Set<String> stated(Reasoner reasoner, Object fact, Set<String> out) {
        if (fact instanceof Actor) {
            return out;
        }
        String line = Premises.describeStated(fact);
        if (line != null) {
            out.add(line);
            return out;
        }
        for (Justification j : reasoner.justifications(fact)) {
            for (Object premise : j.premises()) {
                if (Accumulated.is(premise)) { // an accumulate's result: the facts it collected
                    Accumulated.facts(premise).forEach(c -> stated(reasoner, c, out));
                } else {
                    stated(reasoner, premise, out);
                }
            }
        }
        return out;
    }
}
