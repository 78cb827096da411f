package dev.chancery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.load.ScenarioReader;
import dev.chancery.load.Scenario;
import dev.chancery.load.World;
import dev.chancery.result.Timeline;
import dev.chancery.result.Timeline.Mark;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Tallies over time: read from the rules on each date, and equal to a fresh evaluation as of that date. */
class TimelinesTest {
    private static Path facts(String name) {
        return Fixtures.workspace().home().resolve("facts/cases/" + name);
    }

    private static Timeline timeline(World world, LocalDate asOf, String entity) {
        return Timelines.of(Fixtures.rules(), world, asOf, List.of(entity), Reasoner.DEFAULT_FIRING_LIMIT).get(entity);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({"donbas-2022.yaml, DPR", "abkhazia-south-ossetia.yaml, ABK", "taiwan.yaml, TWN"})
    void givenACaseWhenWalkedForwardThenEachTallyEqualsAFreshEvaluationAsOfThatDate(String file, String entity) {
        World world = Fixtures.load(facts(file));

        Timeline timeline = timeline(world, null, entity);

        assertThat(timeline.points()).isNotEmpty();
        for (Timeline.Point p : timeline.points()) {
            int fresh = Evaluation.evaluate(Fixtures.rules(), world, p.date(), Reasoner.DEFAULT_FIRING_LIMIT, false)
                    .entity(entity).tally();
            assertThat(p.tally()).as(entity + " on " + p.date()).isEqualTo(fresh);
        }
    }

    @Test
    void givenTheFoundingCaseThenTheTallyStepsUpWithEachMember() {
        Timeline dpr = timeline(Fixtures.load(facts("donbas-2022.yaml")), null, "DPR");

        assertThat(dpr.points()).extracting(Timeline.Point::date, Timeline.Point::tally).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 2, 21), 1),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 6, 29), 2),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 7, 13), 3));
        assertThat(dpr.points().get(2).marks()).singleElement()
                .isEqualTo(new Mark(Mark.RECOGNIZED, "PRK", "PRK recognizes DPR", false));
    }

    @Test
    void givenARecognitionByANonMemberThenItIsMarkedButNotCounted() {
        Timeline abk = timeline(Fixtures.load(facts("abkhazia-south-ossetia.yaml")), null, "ABK");

        Timeline.Point first = abk.points().get(0);
        assertThat(first.tally()).isZero();
        assertThat(first.marks()).extracting(Mark::kind).containsOnly(Mark.NOT_COUNTED);
        assertThat(first.marks()).extracting(Mark::state).contains("SOS");
    }

    @Test
    void givenAsOfThenLaterEventsAreNotOnTheTimeline() {
        Timeline dpr = timeline(Fixtures.load(facts("donbas-2022.yaml")), LocalDate.of(2022, 6, 30), "DPR");

        assertThat(dpr.points()).last().extracting(Timeline.Point::tally).isEqualTo(2);
    }

    @Test
    void givenWithdrawalsThenTheTallyStepsDown() {
        Timeline abk = timeline(Fixtures.load(facts("abkhazia-south-ossetia.yaml")), null, "ABK");

        Timeline.Point vanuatu = abk.points().stream().filter(p -> p.date().equals(LocalDate.of(2013, 7, 12))).findFirst()
                .orElseThrow();
        assertThat(vanuatu.tally()).isEqualTo(5);
        assertThat(vanuatu.marks()).extracting(Mark::kind, Mark::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Mark.WITHDRAWN, "VUT"));
    }

    @Test
    void givenAnExclusiveSwitchThenTheRecognitionOfTheOtherSideIsOnTheTimeline() {
        Timeline twn = timeline(Fixtures.load(facts("taiwan.yaml")), null, "TWN");

        Timeline.Point panama = twn.points().stream().filter(p -> p.date().equals(LocalDate.of(2017, 6, 12))).findFirst()
                .orElseThrow();
        assertThat(panama.marks()).extracting(Mark::kind, Mark::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Mark.SWITCHED, "PAN"));
        assertThat(panama.change()).isEqualTo(-1);
    }

    @Test
    void givenTheAnnexationScenarioThenEveryRecognitionLapsesAndTheTallyIsZero() {
        Scenario annexed = new ScenarioReader(Fixtures.workspace())
                .read(Fixtures.workspace().home().resolve("facts/scenarios/donbas-annexed.yaml"));

        Timeline dpr = timeline(annexed.world(), annexed.asOf(), "DPR");

        Timeline.Point last = dpr.points().get(dpr.points().size() - 1);
        assertThat(last.date()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(last.tally()).isZero();
        assertThat(last.marks()).extracting(Mark::kind).containsExactly(Mark.ANNEXED, Mark.LAPSED, Mark.LAPSED, Mark.LAPSED);
        assertThat(last.change()).isEqualTo(-3);
    }
}
