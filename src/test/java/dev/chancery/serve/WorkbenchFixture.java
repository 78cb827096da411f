package dev.chancery.serve;

import dev.chancery.Fixtures;
import dev.chancery.engine.RuleCatalog;
import dev.chancery.load.DataPaths;
import dev.chancery.load.ScenarioReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A workbench over the bundled facts on a free loopback port, as {@code ./chancery serve --port 0} starts it. */
final class WorkbenchFixture {
    private WorkbenchFixture() {
    }

    static Workbench start() {
        try {
            return Workbench.start(0, Fixtures.rules(), Fixtures.rulesWithQueries(), Fixtures.bundled(),
                    RuleCatalog.of(Fixtures.rulesWithQueries(), Fixtures.workspace().rulesDir(), Fixtures.workspace()),
                    Fixtures.workspace(), new ScenarioReader(Fixtures.workspace(),
                            new DataPaths(Fixtures.workspace(), List.of())),
                    dev.chancery.engine.Reasoner.DEFAULT_FIRING_LIMIT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
