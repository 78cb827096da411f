package dev.chancery.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.model.Event;
import dev.chancery.model.Origin;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A world's events stay in the order they apply when a scenario's are merged in. */
class WorldTest {
    @Test
    void eventsMergedIntoABaseAreInTheOrderTheyApply() {
        World base = world(event(1, "2020-01-01"), event(2, "2021-01-01"), event(3, "2022-01-01"));
        // twice: the second merge into the same base skips checking its order again
        assertThat(seqs(base.plus(world(event(10, "2021-06-01"))))).containsExactly(1L, 2L, 10L, 3L);
        assertThat(seqs(base.plus(world(event(11, "2019-01-01"), event(12, "2023-01-01"))))).containsExactly(11L, 1L, 2L, 3L, 12L);
    }

    @Test
    void aBaseNotInOrderIsSortedWithWhatIsMerged() {
        World base = world(event(2, "2021-01-01"), event(1, "2020-01-01"));
        assertThat(seqs(base.plus(world(event(10, "2020-06-01"))))).containsExactly(1L, 10L, 2L);
    }

    private static World world(Event... events) {
        return new World(List.of(), List.of(events), List.of(), List.of(), List.of());
    }

    private static Event event(long seq, String date) {
        return new Event(seq, Event.RECOGNIZE, LocalDate.parse(date), "AAA", "BBB", null, false, Origin.NONE);
    }

    private static List<Long> seqs(World world) {
        return world.events().stream().map(Event::seq).toList();
    }
}
