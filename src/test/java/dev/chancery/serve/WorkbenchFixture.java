package dev.chancery.serve;

import dev.chancery.Fixtures;
import dev.chancery.engine.Reasoner;
import dev.chancery.engine.RuleCatalog;
import dev.chancery.load.DataPaths;
import dev.chancery.load.ScenarioReader;
import dev.chancery.load.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A workbench on a free loopback port, as {@code ./chancery serve --port 0} starts it. */
final class WorkbenchFixture {
    private WorkbenchFixture() {
    }

    /** Over the bundled facts. */
    static Workbench start() {
        return start(Fixtures.bundled());
    }

    static Workbench start(World world) {
        try {
            return Workbench.start(0, Fixtures.rules(), Fixtures.rulesWithQueries(), world,
                    RuleCatalog.of(Fixtures.rulesWithQueries(), Fixtures.workspace().rulesDir(), Fixtures.workspace()),
                    Fixtures.workspace(), new ScenarioReader(Fixtures.workspace(),
                            new DataPaths(Fixtures.workspace(), List.of())).withDefaultBase(world),
                    Reasoner.DEFAULT_FIRING_LIMIT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
