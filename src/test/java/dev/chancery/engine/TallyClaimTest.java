package dev.chancery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.generate.WorldGenerator;
import dev.chancery.load.World;
import dev.chancery.model.ClaimCheck;
import dev.chancery.model.Span;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tally claim counts the recognitions that started a span by its date and that nothing had ended by
 * then (so that its reasons are those recognitions alone): the same number as the spans that hold on
 * the date, on a generated world with withdrawals, switches, annexations and same-day ties.
 */
class TallyClaimTest {
    @TempDir
    Path dir;

    @Test
    void aTallyClaimCountsExactlyTheSpansThatHoldOnItsDate() throws Exception {
        StringWriter text = new StringWriter();
        new WorldGenerator(200, 30, 4_000, 7).write(text);
        text.write("claims:\n");
        for (int e = 0; e < 30; e++) {
            for (int year = 1990; year < 2024; year += 3) {
                for (boolean all : new boolean[] {false, true}) {
                    text.write("  - {date: " + year + "-06-15, kind: tally, of: " + String.format("E%05d", e)
                            + ", value: 0, includeNonMembers: " + all + "}\n");
                }
            }
        }
        World world = Fixtures.load(Fixtures.write(dir, "world.yaml", text.toString()));
        try (Reasoner reasoner = new Reasoner(Fixtures.rules())) {
            reasoner.insert(world).fire();
            List<Span> spans = reasoner.all(Span.class);
            List<ClaimCheck> checks = reasoner.all(ClaimCheck.class);
            assertThat(checks).hasSize(30 * 12 * 2);
            assertThat(checks).anyMatch(check -> check.computed() > 0);
            for (ClaimCheck check : checks) {
                LocalDate date = check.claim().date();
                long holding = spans.stream().filter(s -> s.entity().equals(check.claim().entity()) && s.holdsOn(date)
                        && (world.actorsById().get(s.state()).memberOn(date) || check.claim().includeNonMembers())).count();
                assertThat(check.computed()).as(check.claim().toString()).isEqualTo(holding);
            }
        }
    }
}
