package dev.chancery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.load.World;
import dev.chancery.partition.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How much rule memory a world's parts are taken to need, to run out at once where they cannot fit. */
class PartsMemoryTest {
    private static final World SMALL = Fixtures.generated(20, 4, 100, 1);
    private static final World BIGGER = Fixtures.generated(20, 4, 300, 2);

    @Test
    void thePartsReasonedAboutTogetherAreCounted() {
        List<Part> parts = List.of(Part.whole(SMALL), Part.whole(BIGGER), Part.whole(SMALL));
        long perEvent = Evaluation.RULE_MEMORY_PER_EVENT;
        assertThat(Evaluation.ruleMemory(parts, 1)).isEqualTo(BIGGER.events().size() * perEvent);
        assertThat(Evaluation.ruleMemory(parts, 2))
                .isEqualTo((BIGGER.events().size() + SMALL.events().size()) * perEvent);
        assertThat(Evaluation.ruleMemory(List.of(Part.whole(SMALL)), 2)).isEqualTo(SMALL.events().size() * perEvent);
    }
}
