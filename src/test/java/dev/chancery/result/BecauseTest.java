package dev.chancery.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.engine.Justification;
import dev.chancery.engine.Reasoner;
import dev.chancery.load.World;
import dev.chancery.model.Actor;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every "because" list equals what the plain definition gives: the stated facts reached by following
 * each justification's premises down, read through {@link Reasoner#justifications}. The reader's walk
 * (handles, id sets, ranks) is built for speed; this is the slow walk it must agree with.
 */
class BecauseTest {
    @Test
    void everyBecauseListIsTheStatedFactsUnderItsConclusion() {
        World world = Fixtures.bundled();
        try (Reasoner reasoner = new Reasoner(Fixtures.rules())) {
            reasoner.insert(world).fire();
            Result result = new ResultReader(reasoner, world.actorsById()).read(null);
            Map<String, List<List<String>>> expected = new HashMap<>();
            for (Conclusions.Named named : Conclusions.of(reasoner)) {
                expected.computeIfAbsent(named.id(), k -> new java.util.ArrayList<>())
                        .add(List.copyOf(stated(reasoner, named.fact(), new TreeSet<>())));
            }
            assertThat(result.conclusions()).hasSize(expected.values().stream().mapToInt(List::size).sum());
            for (ConclusionResult c : result.conclusions()) {
                assertThat(expected.get(c.id())).as(c.id()).contains(c.because());
            }
            assertThat(result.conclusions()).anySatisfy(c -> assertThat(c.because()).hasSizeGreaterThan(20));
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
                if (premise instanceof Collection<?> counted) {
                    counted.forEach(c -> stated(reasoner, c, out));
                } else {
                    stated(reasoner, premise, out);
                }
            }
        }
        return out;
    }
}
