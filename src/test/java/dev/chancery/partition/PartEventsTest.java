package dev.chancery.partition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.load.World;
import dev.chancery.model.Actor;
import dev.chancery.model.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** When a world is split into parts unless the user says: by its events, and by its events an entity. */
class PartEventsTest {
    private static World world(int events, int entities) {
        List<Actor> actors = IntStream.range(0, entities)
                .mapToObj(i -> new Actor("E" + i, "E" + i, Actor.ENTITY, "S0", false, List.of(), null)).toList();
        List<Event> all = IntStream.range(0, events)
                .mapToObj(i -> new Event(i, Event.RECOGNIZE, LocalDate.of(2000, 1, 1), "S0", "E" + i % entities, null, false, null))
                .toList();
        return new World(actors, all, List.of(), List.of(), List.of());
    }

    @Test
    void aWorldOfManyEventsIsSplitWhateverItsShape() {
        assertThat(Partitioner.partEvents(null, world(200_001, 10))).isEqualTo(Partitioner.DEFAULT_PART_EVENTS);
        assertThat(Partitioner.partEvents(null, world(200_000, 10))).isZero();
    }

    @Test
    void aSmallerWorldIsSplitWhenItHasFewEventsAnEntity() {
        assertThat(Partitioner.partEvents(null, world(100_000, 1_500))).isEqualTo(Partitioner.DEFAULT_PART_EVENTS);
        assertThat(Partitioner.partEvents(null, world(100_000, 100))).isZero(); // 1,000 events an entity
        assertThat(Partitioner.partEvents(null, world(100_000, 100_000 / Partitioner.FEW_EVENTS_AN_ENTITY))).isZero();
        assertThat(Partitioner.partEvents(null, world(50_000, 1_500))).isZero(); // too few events to be worth it
        assertThat(Partitioner.partEvents(null, world(50_001, 1_500))).isEqualTo(Partitioner.DEFAULT_PART_EVENTS);
    }

    @Test
    void whatTheUserGivesStands() {
        assertThat(Partitioner.partEvents(0, world(300_000, 3_000))).isZero();
        assertThat(Partitioner.partEvents(20_000, world(10, 1))).isEqualTo(20_000);
    }
}
