package dev.chancery;

import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RuleCompiler;
import dev.chancery.generate.WorldGenerator;
import dev.chancery.load.FactsLoader;
import dev.chancery.load.Workspace;
import dev.chancery.load.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Shared test fixtures: the project's workspace, its compiled rules (once), small facts files. */
public final class Fixtures {
    private static RuleBase rules;

    private Fixtures() {
    }

    public static Workspace workspace() {
        return Workspace.detect();
    }

    public static synchronized RuleBase rules() {
        if (rules == null) {
            rules = new RuleCompiler(workspace()).compile(workspace().rulesDir());
        }
        return rules;
    }

    public static World load(Path... files) {
        return new FactsLoader(workspace()).load(List.of(files), false, null);
    }

    public static World bundled() {
        return new FactsLoader(workspace()).load(List.of());
    }

    /** A generated world ({@code chancery generate}), loaded through the facts format as a user's would be. */
    public static World generated(int states, int entities, int events, long seed) {
        try {
            Path file = Files.createTempFile("world", ".yaml");
            try {
                try (java.io.Writer out = Files.newBufferedWriter(file)) {
                    new WorldGenerator(states, entities, events, seed).write(out);
                }
                return load(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
