package dev.chancery;

import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RuleCompiler;
import dev.chancery.generate.WorldGenerator;
import dev.chancery.load.FactsLoader;
import dev.chancery.input.Workspace;
import dev.chancery.load.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

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

    /** The rules with the queries of rules/queries/, which explain --why-not asks (the compiler keeps both). */
    public static RuleBase rulesWithQueries() {
        return new RuleCompiler(workspace()).compileWithQueries(workspace().rulesDir());
    }

    /** A copy of the project's rules folder (its DRL and its tests) at {@code dir}/rules, to edit in a test. */
    public static Path copyOfTheRules(Path dir) {
        Path source = workspace().rulesDir();
        Path copy = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : files.filter(Files::isRegularFile).toList()) {
                Path to = copy.resolve(source.relativize(from).toString());
                Files.createDirectories(to.getParent());
                Files.copy(from, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    public static World load(Path... files) {
        return new FactsLoader(workspace()).load(List.of(files), false, null);
    }

    public static World bundled() {
        return new FactsLoader(workspace()).load(List.of());
    }

    /** A generated world ({@code chancery generate}), loaded through the facts format as a user's would be. */
    public static World generated(int states, int entities, int events, long seed) {
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            new WorldGenerator(states, entities, events, seed).write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loadText(text.toString());
    }

    /** Facts written as text, loaded from a file of their own as a user's would be. */
    public static World loadText(String yaml) {
        try {
            Path file = Files.createTempFile("world", ".yaml");
            try {
                Files.writeString(file, yaml);
                return load(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule that never ends in its own code: only a deadline that stops its thread ends it. */
    public static final String SPINNING_RULE = """
            package chancery;
            import dev.chancery.model.*;
            rule "Spins in its own code"
            when
                Event()
            then
                while (System.nanoTime() != 0) { }
            end
            """;

    /** Two rules that fire one another for ever: halting the session ends them. */
    public static final String FIRING_LOOP = """
            package chancery;
            import dev.chancery.model.*;
            declare Spin
                n : long
            end
            rule "Starts a loop of firings"
            when
                not Spin()
            then
                insert( new Spin( 0 ) );
            end
            rule "Fires again and again"
            when
                $s : Spin( n >= 0 ) // constrains n, so that its modify wakes it again
            then
                modify( $s ) { setN( $s.getN() + 1 ) }
            end
            """;

    /**
     * The shipped rules ({@code rules/**}{@code /*.drl}) copied under {@code dir}, each file's bytes through
     * {@code change}, plus {@code extra} as {@code extra.drl} where it is given: a rules folder a test may spoil.
     */
    public static Path rulesCopy(Path dir, UnaryOperator<byte[]> change, String extra) {
        Path shipped = workspace().rulesDir();
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Path copy = dir.resolve(shipped.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.write(copy, change.apply(Files.readAllBytes(file)));
            }
            if (extra != null) {
                Files.writeString(dir.resolve("extra.drl"), extra);
            }
            return dir;
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
