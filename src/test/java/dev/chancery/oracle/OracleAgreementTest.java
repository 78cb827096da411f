package dev.chancery.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.engine.Evaluation;
import dev.chancery.engine.Reasoner;
import dev.chancery.load.World;
import dev.chancery.result.ConclusionResult;
import dev.chancery.result.EntityResult;
import dev.chancery.result.RelationResult;
import dev.chancery.result.Result;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The DRL rules and the plain-Java oracle agree on small worlds built from jqwik's arbitraries (a failure
 * shrinks to a small world) and on bigger ones of the product's generator, edges included.
 */
class OracleAgreementTest {

    @Property(tries = 200)
    void rulesAgreeWithTheOracle(@ForAll("worlds") String yaml, @ForAll @IntRange(min = 0, max = 3) int asOfChoice) {
        World world = Fixtures.loadText(yaml);
        LocalDate asOf = asOfChoice == 0 ? null : LocalDate.of(1990, 1, 1).plusDays(asOfChoice * 1500L);
        Result result = Evaluation.evaluate(Fixtures.rules(), world, asOf, Reasoner.DEFAULT_FIRING_LIMIT, false);
        Oracle.Answer oracle = Oracle.answer(world, asOf);

        assertThat(tallies(result)).as("tallies").isEqualTo(oracle.tallies());
        assertThat(ordinals(result)).as("ordinals").isEqualTo(oracle.ordinals());
        assertThat(spans(result)).as("spans").isEqualTo(oracle.spans());
        assertThat(relations(result)).as("relations").isEqualTo(oracle.relations());
        assertThat(conclusions(result)).as("conclusions").isEqualTo(oracle.conclusions());
    }

    /** Bigger worlds of the product's own generator, a seed each: what the small ones may not reach. */
    @Property(tries = 30)
    void rulesAgreeWithTheOracleOnGeneratedWorlds(@ForAll @IntRange(min = 1, max = 1_000_000) int seed,
                                                  @ForAll @IntRange(min = 0, max = 3) int asOfChoice) {
        World world = Fixtures.generated(12, 4, 120, seed);
        LocalDate asOf = asOfChoice == 0 ? null : LocalDate.of(1990, 1, 1).plusDays(asOfChoice * 3000L);
        Result result = Evaluation.evaluate(Fixtures.rules(), world, asOf, Reasoner.DEFAULT_FIRING_LIMIT, false);
        Oracle.Answer oracle = Oracle.answer(world, asOf);

        assertThat(tallies(result)).as("tallies, seed %d", seed).isEqualTo(oracle.tallies());
        assertThat(ordinals(result)).as("ordinals, seed %d", seed).isEqualTo(oracle.ordinals());
        assertThat(spans(result)).as("spans, seed %d", seed).isEqualTo(oracle.spans());
        assertThat(relations(result)).as("relations, seed %d", seed).isEqualTo(oracle.relations());
        assertThat(conclusions(result)).as("conclusions, seed %d", seed).isEqualTo(oracle.conclusions());
    }

    @Provide
    Arbitrary<String> worlds() {
        return Worlds.worlds();
    }

    static Map<String, Integer> tallies(Result r) {
        Map<String, Integer> out = new TreeMap<>();
        r.entities().forEach(e -> out.put(e.id(), e.tally()));
        return out;
    }

    static Map<String, Map<String, Integer>> ordinals(Result r) {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        for (EntityResult e : r.entities()) {
            Map<String, Integer> ranks = new TreeMap<>();
            e.recognizedBy().forEach(x -> ranks.put(x.state(), x.ordinal()));
            e.withdrawn().stream().filter(x -> x.ordinal() != null).forEach(x -> ranks.put(x.state(), x.ordinal()));
            e.lapsed().stream().filter(x -> x.ordinal() != null).forEach(x -> ranks.put(x.state(), x.ordinal()));
            out.put(e.id(), ranks);
        }
        return out;
    }

    static Map<String, List<String>> spans(Result r) {
        Map<String, List<String>> out = new TreeMap<>();
        for (EntityResult e : r.entities()) {
            List<String> text = new ArrayList<>();
            e.recognizedBy().forEach(x -> text.add(x.state() + " " + x.since() + "..null null"));
            e.nonMemberRecognizers().forEach(x -> text.add(x.state() + " " + x.since() + "..null null"));
            // the report does not say whether a withdrawn span was withdrawn or switched: ask the oracle's words
            e.withdrawn().forEach(x -> text.add(x.state() + " " + x.since() + ".." + x.until() + " ENDED"));
            e.lapsed().forEach(x -> text.add(x.state() + " " + x.since() + ".." + x.until() + " lapse"));
            out.put(e.id(), text.stream().sorted().toList());
        }
        return out;
    }

    static Map<String, String> relations(Result r) {
        Map<String, String> out = new TreeMap<>();
        for (RelationResult x : r.relations()) {
            String key = x.a().compareTo(x.b()) <= 0 ? x.a() + "|" + x.b() : x.b() + "|" + x.a();
            out.put(key, x.a() + ">" + x.b() + " " + x.status() + " " + x.since() + " " + x.basis()
                    + (x.confirmed() == null ? "" : " confirmed=" + x.confirmed()));
        }
        return out;
    }

    static TreeSet<String> conclusions(Result r) {
        TreeSet<String> out = new TreeSet<>();
        r.conclusions().stream().map(ConclusionResult::id).filter(id -> !id.startsWith("claim-")).forEach(out::add);
        return out;
    }
}
