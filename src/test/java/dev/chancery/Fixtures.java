package dev.chancery;

import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RuleCompiler;
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
