package dev.chancery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.load.World;
import dev.chancery.model.Event;
import dev.chancery.model.Severance;
import dev.chancery.model.Tally;
import dev.chancery.result.Result;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Removing a premise from a live session retracts what it supported, and only that. */
class TruthMaintenanceTest {
    private static final Path DONBAS = Fixtures.workspace().home().resolve("facts/cases/donbas-2022.yaml");

    private static List<Event> recognitionsBy(World world, String state) {
        return world.events().stream().filter(e -> e.type().equals(Event.RECOGNIZE) && e.by().equals(state)).toList();
    }

    private static int tally(Reasoner reasoner, String entity) {
        return reasoner.all(Tally.class).stream().filter(t -> t.entity().equals(entity)).findFirst().orElseThrow().count();
    }

    @Test
    void removingNorthKoreasRecognitionDropsTheTallyAndTheSeverance() {
        World world = Fixtures.load(DONBAS);
        try (Reasoner reasoner = new Reasoner(Fixtures.rules())) {
            reasoner.insert(world).fire();
            assertThat(tally(reasoner, "DPR")).isEqualTo(3);
            assertThat(reasoner.all(Severance.class)).extracting(Severance::id).contains("severance:UKR:PRK:2022-07-13");

            recognitionsBy(world, "PRK").forEach(reasoner::delete);
            reasoner.fire();

            assertThat(tally(reasoner, "DPR")).isEqualTo(2);
            assertThat(tally(reasoner, "LPR")).isEqualTo(2);
            assertThat(reasoner.all(Severance.class)).extracting(Severance::id).doesNotContain("severance:UKR:PRK:2022-07-13");
            Result result = new ResultReader(reasoner, world.actorsById()).read(null);
            assertThat(result.warnings()).extracting(w -> w.kind()).contains("unexplained-severance", "claim-mismatch");
        }
    }

    @Test
    void aConclusionWithTwoJustificationsSurvivesTheLossOfOne() {
        World world = Fixtures.load(DONBAS);
        try (Reasoner reasoner = new Reasoner(Fixtures.rules())) {
            reasoner.insert(world).fire();
            Severance severance = reasoner.all(Severance.class).stream()
                    .filter(s -> s.id().equals("severance:UKR:PRK:2022-07-13")).findFirst().orElseThrow();
            assertThat(reasoner.justifications(severance)).hasSize(2); // North Korea recognized DPR and LPR

            Event recognizesDpr = recognitionsBy(world, "PRK").stream().filter(e -> e.target().equals("DPR")).findFirst().orElseThrow();
            reasoner.delete(recognizesDpr).fire();

            assertThat(reasoner.all(Severance.class)).contains(severance);
            assertThat(reasoner.justifications(severance)).hasSize(1);
            assertThat(tally(reasoner, "DPR")).isEqualTo(2);
            assertThat(tally(reasoner, "LPR")).isEqualTo(3);
        }
    }

    @Test
    void aFactsRuleIsTheFirstOfItsSupportsInNameOrderAndAStatedFactHasNone() {
        World world = Fixtures.bundled();
        try (Reasoner reasoner = new Reasoner(Fixtures.rules())) {
            reasoner.insert(world).fire();
            int derived = 0;
            for (Object fact : reasoner.facts()) {
                List<String> rules = reasoner.justifications(fact).stream().map(Justification::rule).sorted().toList();
                assertThat(reasoner.firstRule(fact)).as("%s", fact).isEqualTo(rules.isEmpty() ? null : rules.get(0));
                derived += rules.isEmpty() ? 0 : 1;
            }
            assertThat(derived).isGreaterThan(1000);
            assertThat(reasoner.firstRule(world.events().get(0))).isNull();
        }
    }

    @Test
    void putingThePremiseBackRestoresTheConclusions() {
        World world = Fixtures.load(DONBAS);
        try (Reasoner reasoner = new Reasoner(Fixtures.rules())) {
            reasoner.insert(world).fire();
            Result before = new ResultReader(reasoner, world.actorsById()).read(null);
            List<Event> removed = recognitionsBy(world, "PRK");
            removed.forEach(reasoner::delete);
            reasoner.fire();
            removed.forEach(reasoner::insert);
            reasoner.fire();
            Result after = new ResultReader(reasoner, world.actorsById()).read(null);
            assertThat(after).isEqualTo(before);
        }
    }
}
