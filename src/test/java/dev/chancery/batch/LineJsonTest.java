package dev.chancery.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.engine.Incremental;
import dev.chancery.engine.Reasoner;
import dev.chancery.load.World;
import dev.chancery.model.Event;
import dev.chancery.model.Origin;
import dev.chancery.result.Result;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch's reuse of serialized parts writes exactly what Jackson writes for the whole result. */
class LineJsonTest {
    @Test
    void patchedResultsSerializeAsJacksonDoes() throws Exception {
        World base = Fixtures.bundled();
        try (Incremental session = new Incremental(Fixtures.rules(), base, Reasoner.DEFAULT_FIRING_LIMIT)) {
            LineJson json = new LineJson();
            json.remember(session.baseResult());
            List<Event> events = new ArrayList<>(base.events());
            events.add(new Event(1L << 55, Event.RECOGNIZE, LocalDate.of(2022, 8, 1), "BLR", "DPR", null, false,
                    new Origin("(scenario)", 1, 1, null, null)));
            World scenario = new World(base.actors(), events, base.severPolicies(), base.exclusives(), base.claims());
            for (LocalDate asOf : new LocalDate[] {null, LocalDate.of(2022, 9, 1), LocalDate.of(2008, 1, 1)}) {
                Result result = session.evaluate(scenario, asOf, false);
                assertThat(new String(json.write(result), StandardCharsets.UTF_8))
                        .isEqualTo(LineJson.PLAIN.writeValueAsString(result));
                BatchLine line = new BatchLine(7, "what-ifs.jsonl:8", "what-if \"8\"", "sha256:00", true, 1.25, result, null, null);
                assertThat(json.write(line).toString(StandardCharsets.UTF_8))
                        .isEqualTo(LineJson.PLAIN.writeValueAsString(line) + "\n");
            }
            BatchLine failed = new BatchLine(8, "what-ifs.jsonl:9", null, "sha256:01", false, 0.5, null, null, "bad: \u00e9");
            assertThat(json.write(failed).toString(StandardCharsets.UTF_8))
                    .isEqualTo(LineJson.PLAIN.writeValueAsString(failed) + "\n");
        }
    }
}
