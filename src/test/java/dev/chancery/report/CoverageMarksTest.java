package dev.chancery.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.engine.Evaluation;
import dev.chancery.engine.Reasoner;
import dev.chancery.engine.Timelines;
import dev.chancery.load.World;
import dev.chancery.result.EntityResult;
import dev.chancery.result.Result;
import dev.chancery.result.Timeline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a case's history is incomplete, every format says so: a tally outside the period the events are
 * complete for is marked, and ordinals that cannot be known are given as unknown with the reason, never as
 * numbers (rules/coverage.drl). Taiwan's case is complete from 2016-01-01 to 2024-12-31 only.
 */
class CoverageMarksTest {
    private static final Path TAIWAN = Path.of("facts/cases/taiwan.yaml");

    private static Result taiwanAsOf(LocalDate asOf) {
        return Evaluation.evaluate(Fixtures.rules(), Fixtures.load(TAIWAN), asOf, Reasoner.DEFAULT_FIRING_LIMIT);
    }

    @Test
    void theOrdinalsOfAnEntityWhoseEarlyHistoryIsMissingAreUnknownWithTheReason() {
        EntityResult twn = taiwanAsOf(LocalDate.of(2020, 1, 1)).entity("TWN");
        assertThat(twn.recognizedBy()).isNotEmpty().allSatisfy(r -> assertThat(r.ordinal()).isNull());
        assertThat(twn.coverage().ordinalsUnknown()).isEqualTo("recognitions of TWN before 2016-01-01 are not recorded completely");
        assertThat(twn.coverage().tally()).isNull(); // 2020 lies inside the period
        assertThat(twn.withdrawn()).anySatisfy(r -> {
            assertThat(r.state()).isEqualTo("PAN");
            assertThat(r.switchedTo()).isEqualTo("CHN");
        });
    }

    @Test
    void aTallyOutsideThePeriodIsMarkedInEveryFormat() {
        Result after = taiwanAsOf(LocalDate.of(2025, 6, 30));
        EntityResult twn = after.entity("TWN");
        assertThat(twn.coverage().tally()).isEqualTo("after");
        World world = Fixtures.load(TAIWAN);
        var actors = world.actorsById();

        String json = JsonReport.write(after);
        assertThat(json).contains("\"tally\" : \"after\"", "\"ordinalsUnknown\" : \"recognitions of TWN before 2016-01-01",
                "\"switchedTo\" : \"CHN\"");
        String text = new TextReport(actors).render(after);
        assertThat(text).contains("! tally may be incomplete: events about TWN after 2024-12-31 are not recorded",
                "? ordinals unknown: recognitions of TWN before 2016-01-01", "switched to CHN")
                .containsPattern("\\n\\s+\\?  PRY");
        assertThat(new MarkdownReport(actors, "Taiwan").render(after))
                .contains("! tally may be incomplete: events about TWN after 2024-12-31");
        assertThat(new HtmlReport(actors, "Taiwan").render(after))
                .contains("<p class=\"note coverage\">! tally may be incomplete: events about TWN after 2024-12-31");

        Timeline timeline = Timelines.of(Fixtures.rules(), world, LocalDate.of(2025, 6, 30), List.of("TWN"),
                Reasoner.DEFAULT_FIRING_LIMIT).get("TWN");
        assertThat(timeline.points()).anySatisfy(p -> assertThat(p.coverage()).isEqualTo("before"));
        assertThat(timeline.points()).anySatisfy(p -> assertThat(p.coverage()).isNull());
        assertThat(TimelineText.render(timeline, actors)).contains(TimelineText.COVERAGE_KEY);
    }

    @Test
    void insideThePeriodAndWithFullHistoryNothingIsMarked() {
        Result result = Evaluation.evaluate(Fixtures.rules(), Fixtures.load(Path.of("facts/cases/donbas-2022.yaml"),
                Path.of("facts/cases/abkhazia-south-ossetia.yaml"), Path.of("facts/cases/donbas-2022-later.yaml")),
                LocalDate.of(2022, 7, 14), Reasoner.DEFAULT_FIRING_LIMIT);
        EntityResult dpr = result.entity("DPR");
        assertThat(dpr.coverage().tally()).isNull();
        assertThat(dpr.coverage().ordinalsUnknown()).isNull();
        assertThat(dpr.ordinalOf("PRK")).isEqualTo(3);
        assertThat(new TextReport(Fixtures.load().actorsById()).render(result)).doesNotContain("may be incomplete");
    }
}
