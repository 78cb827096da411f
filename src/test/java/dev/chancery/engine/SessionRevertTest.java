package dev.chancery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.generate.WhatIfGenerator;
import dev.chancery.load.World;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A live session comes back to exactly its base facts after every scenario, whatever scenarios came before: a batch
 * thread's results must not depend on which lines it evaluated earlier. A rule that concludes a fact its own
 * condition denies ("not ( RecognitionStart … and not Step … )", docs/decisions.md) once lost a fact here after the
 * 572nd of these what-ifs, which neither the property tests nor a batch in input order showed.
 */
class SessionRevertTest {
    @Test
    void theSessionIsBackAtItsBaseAfterEachOfTwoThousandWhatIfsInReverseOrder() {
        World base = Fixtures.bundled();
        List<World> whatIfs = new ArrayList<>(WhatIfGenerator.worlds(base, 2_000, 26));
        Collections.reverse(whatIfs);
        try (Incremental incremental = new Incremental(Fixtures.rules(), base, Reasoner.DEFAULT_FIRING_LIMIT)) {
            Set<Object> baseFacts = new HashSet<>(incremental.liveFacts());
            for (int i = 0; i < whatIfs.size(); i++) {
                incremental.evaluate(whatIfs.get(i), null, false);
                Set<Object> now = new HashSet<>(incremental.liveFacts());
                if (!now.equals(baseFacts)) {
                    Set<Object> missing = new HashSet<>(baseFacts);
                    missing.removeAll(now);
                    now.removeAll(baseFacts);
                    assertThat(now).as("facts gained after what-if %d", i).isEmpty();
                    assertThat(missing).as("facts lost after what-if %d", i).isEmpty();
                }
            }
        }
    }
}
