package dev.chancery.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.engine.Reasoner;
import dev.chancery.engine.RuleCatalog;
import dev.chancery.load.World;
import dev.chancery.model.Event;
import dev.chancery.model.Severance;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainTest {
    private static final Path DONBAS = Fixtures.workspace().home().resolve("facts/cases/donbas-2022.yaml");

    @TempDir
    Path dir;

    private static RuleCatalog catalog() {
        return RuleCatalog.of(Fixtures.rules(), Fixtures.workspace().rulesDir(), Fixtures.workspace());
    }

    @Test
    void theSeveranceTreeReachesTheArticlesSentenceAndThePolicy() {
        World world = Fixtures.load(DONBAS);
        try (Reasoner reasoner = new Reasoner(Fixtures.rules())) {
            reasoner.insert(world).fire();
            Object severance = ConclusionFinder.find(reasoner, "severance:UKR:PRK:2022-07-13");
            String tree = TreeText.render(new Explainer(reasoner, catalog()).explain(severance));
            assertThat(tree)
                    .startsWith("UKR severs relations with PRK on 2022-07-13 (policy)")
                    .contains("by rule \"Parent severs relations with a recognizer (policy)\" (rules/relations.drl:")
                    .contains("event recognize PRK DPR 2022-07-13  [facts/cases/donbas-2022.yaml:")
                    .contains("quote: \"The North's Foreign Minister Choe Son-hui sent letters")
                    .contains("source: Yonhap, 2022-07-14")
                    .contains("policy UKR sever-on-recognition DPR  [facts/cases/donbas-2022.yaml:");
        }
    }

    @Test
    void everyFactInEveryTreeOfTheKnowledgeBaseIsToldInWords() {
        World world = Fixtures.bundled();
        try (Reasoner reasoner = new Reasoner(Fixtures.rules())) {
            reasoner.insert(world).fire();
            Explainer explainer = new Explainer(reasoner, catalog());
            for (dev.chancery.model.Conclusion named : reasoner.all(dev.chancery.model.Conclusion.class)) {
                String tree = TreeText.render(explainer.explain(named.fact()));
                // a record's own toString ("PairAtRecognition[pair=...") means FactText has no words for it
                assertThat(tree).as(named.id()).doesNotContainPattern("[A-Z][A-Za-z]+\\[[a-z]+=");
            }
        }
    }

    @Test
    void aRetractedPremiseTakesTheConclusionAndItsDerivationAway() {
        World world = Fixtures.load(DONBAS);
        try (Reasoner reasoner = new Reasoner(Fixtures.rules())) {
            reasoner.insert(world).fire();
            Severance severance = (Severance) ConclusionFinder.find(reasoner, "severance:UKR:PRK:2022-07-13");
            Explainer explainer = new Explainer(reasoner, catalog());
            assertThat(explainer.explain(severance).supports()).hasSize(2);

            Event dpr = world.events().stream()
                    .filter(e -> e.by().equals("PRK") && e.target().equals("DPR")).findFirst().orElseThrow();
            reasoner.delete(dpr).fire();
            Derivation after = explainer.explain(severance);
            assertThat(after.supports()).hasSize(1);
            assertThat(TreeText.render(after)).contains("event recognize PRK LPR").doesNotContain("event recognize PRK DPR");

            world.events().stream().filter(e -> e.by().equals("PRK") && e.target().equals("LPR")).forEach(reasoner::delete);
            reasoner.fire();
            assertThat(reasoner.all(Severance.class)).doesNotContain(severance);
            assertThat(explainer.explain(severance).supports()).isEmpty();
        }
    }

    @Test
    void aTallyIsExplainedByTheRecognitionsItCounts() {
        try (Reasoner reasoner = new Reasoner(Fixtures.rules())) {
            reasoner.insert(Fixtures.load(DONBAS)).fire();
            String tree = TreeText.render(new Explainer(reasoner, catalog()).explain(ConclusionFinder.find(reasoner, "tally DPR")));
            assertThat(tree).startsWith("tally DPR = 3")
                    .contains("RUS recognizes DPR from 2022-02-21 (in force)")
                    .contains("SYR recognizes DPR from 2022-06-29 (in force)")
                    .contains("PRK recognizes DPR from 2022-07-13 (in force)");
        }
    }

    private WhyNot.Answer ask(Path facts, String question) {
        try (Reasoner reasoner = new Reasoner(Fixtures.rulesWithQueries())) {
            reasoner.insert(Fixtures.load(DONBAS, facts)).fire();
            return new WhyNot(Fixtures.rulesWithQueries(), catalog()).ask(reasoner, question);
        }
    }

    @Test
    void whyNotSeveranceOfAStateThatNeverRecognized() {
        Path none = Fixtures.write(dir, "none.yaml", "events: []\n");
        WhyNot.Answer answer = ask(none, "severance UKR BLR");
        assertThat(answer.rule()).isEqualTo("Parent severs relations with a recognizer (policy)");
        assertThat(answer.ruleAt()).startsWith("rules/relations.drl:");
        assertThat(answer.failed()).startsWith("BLR has no recognition that starts a span");
    }

    @Test
    void whyNotSeveranceWhenNoPolicyCoversTheDate() {
        Path late = Fixtures.write(dir, "late.yaml", """
                actors:
                  - {id: XE, name: Other entity, kind: entity, claimedFrom: UKR}
                events:
                  - {date: 2022-08-01, type: recognize, by: BLR, of: XE, source: "test fixture"}
                """);
        WhyNot.Answer answer = ask(late, "severance UKR BLR");
        assertThat(answer.held()).contains("BLR recognized an entity", "BLR is a state");
        assertThat(answer.failed()).startsWith("no sever-on-recognition policy of UKR covers an entity BLR recognized");
    }

    @Test
    void whyNotSeveranceWhenRelationsWereAlreadySevered() {
        Path severed = Fixtures.write(dir, "severed.yaml", """
                events:
                  - {date: 2022-01-01, type: sever-relations, by: UKR, with: BLR, source: "test fixture"}
                  - {date: 2022-08-01, type: recognize, by: BLR, of: DPR, source: "test fixture"}
                """);
        WhyNot.Answer answer = ask(severed, "severance UKR BLR");
        assertThat(answer.failed()).isEqualTo("relations UKR-BLR were already severed on the date of each covered recognition");
    }

    @Test
    void whyNotAnExpectedSeveranceWhenAPolicyApplies() {
        WhyNot.Answer answer = ask(Fixtures.write(dir, "none.yaml", "events: []\n"), "expected-severance UKR PRK");
        assertThat(answer.failed()).startsWith("a policy of UKR covers each such recognition");
    }

    @Test
    void whyNotARecognitionThatWasWithdrawn() {
        Path withdrawn = Fixtures.write(dir, "withdrawn.yaml", """
                events:
                  - {date: 2022-08-01, type: withdraw-recognition, by: SYR, of: DPR, source: "test fixture"}
                """);
        WhyNot.Answer answer = ask(withdrawn, "recognition SYR DPR");
        assertThat(answer.failed()).startsWith("SYR's recognition of DPR is no longer in force");
    }

    @Test
    void whyNotATallyAndAnOrdinalNameTheConditionThatFails() {
        Path withdrawn = Fixtures.write(dir, "withdrawn.yaml", """
                events:
                  - {date: 2022-08-01, type: withdraw-recognition, by: SYR, of: DPR, source: "test fixture"}
                """);
        assertThat(ask(withdrawn, "tally DPR SYR").failed()).startsWith("SYR's recognition of DPR is no longer in force");
        assertThat(ask(withdrawn, "tally DPR BLR").failed()).startsWith("there is no recognize event by BLR of DPR");
        // a withdrawn recognition keeps its rank
        assertThat(ask(withdrawn, "ordinal DPR SYR").failed()).isNull();
        assertThat(ask(withdrawn, "ordinal DPR SYR").rule())
                .isEqualTo("A UN member's ordinal is one more than the members who recognized strictly earlier");
    }

    @Test
    void whyNotAConclusionThatHoldsSaysSo() {
        WhyNot.Answer answer = ask(Fixtures.write(dir, "none.yaml", "events: []\n"), "severance UKR PRK");
        assertThat(answer.failed()).isNull();
        assertThat(answer.held()).hasSize(4);
    }
}
