package dev.chancery.cli;

import dev.chancery.engine.Reasoner;
import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RuleCompiler;
import dev.chancery.engine.Timings;
import dev.chancery.load.DataPaths;
import dev.chancery.load.FactsLoader;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.load.Scenario;
import dev.chancery.load.ScenarioReader;
import dev.chancery.input.Workspace;
import dev.chancery.load.World;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The options every reasoning command shares: which facts, which rules, as of when. */
final class InputOptions {
    @Option(names = "--facts", paramLabel = "PATH",
            description = "Facts files or folders (repeatable); replace all of facts/ but facts/reference/.")
    List<String> facts = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", description = "The rules folder (default: rules/).")
    String rules;

    @Option(names = "--as-of", paramLabel = "DATE", description = "See only events dated on or before DATE (YYYY-MM-DD).")
    String asOf;

    @Option(names = "--allow-root", paramLabel = "DIR", description = {
            "A folder that paths written in scenarios and rule tests (base, files) may lead into, besides the",
            "project folder (repeatable)."})
    List<String> allowRoots = new ArrayList<>();

    @Option(names = "--verbose", description = "With a compile error in the rules, show the compiler's own text too.")
    boolean verbose;

    @Option(names = "--max-firings", paramLabel = "N", hidden = true,
            description = "Stop a runaway rule loop after N firings (exit 3).")
    long maxFirings = Reasoner.DEFAULT_FIRING_LIMIT;

    final Workspace workspace = Workspace.detect();

    LocalDate asOfDate() {
        if (asOf == null) {
            return null;
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new InputException(Problem.usage("bad date '" + asOf + "' for --as-of: expected a real date as YYYY-MM-DD"));
        }
    }

    World loadWorld() {
        long start = System.nanoTime();
        List<Path> paths = facts.stream().map(workspace::userPath).toList();
        World world = new FactsLoader(workspace).load(paths);
        Main.reasoningAbout(world);
        Timings.report("load facts %.0f ms (%d events)", (System.nanoTime() - start) / 1e6, world.events().size());
        return world;
    }

    /** A world to reason over, the date it is seen as of, and what a report calls it. */
    record Loaded(World world, LocalDate asOf, String subject) {
    }

    /** The facts, or the scenario when one is given (a scenario names its own base, so not both). */
    Loaded load(Path scenario) {
        LocalDate given = asOfDate();
        if (scenario == null) {
            return new Loaded(loadWorld(), given, subject());
        }
        if (!facts.isEmpty()) {
            throw new InputException(Problem.usage("--facts and --scenario do not go together: a scenario names its base"));
        }
        Scenario read = new ScenarioReader(workspace, dataPaths()).read(scenario.toAbsolutePath());
        Main.reasoningAbout(read.world());
        return new Loaded(read.world(), given != null ? given : read.asOf(),
                "Scenario " + read.name() + (read.description() == null ? "" : ": " + read.description()));
    }

    /** Where paths written in data files may lead: the project folder and each --allow-root folder. */
    DataPaths dataPaths() {
        List<Path> roots = new ArrayList<>();
        for (String root : allowRoots) {
            Path folder = workspace.userPath(root);
            if (!java.nio.file.Files.isDirectory(folder)) {
                throw new InputException(Problem.usage("--allow-root " + root + ": no such folder"));
            }
            roots.add(folder);
        }
        return new DataPaths(workspace, roots);
    }

    /** What a report says it reasoned over: "The bundled facts" or "Facts: a.yaml, b/". */
    String subject() {
        return facts.isEmpty() ? "The bundled facts (facts/)"
                : "Facts: " + String.join(", ", facts.stream().map(f -> workspace.display(workspace.userPath(f))).toList());
    }

    Path rulesPath() {
        return rules == null ? workspace.rulesDir() : workspace.userPath(rules);
    }

    /**
     * Starts compiling the rules on another thread and returns how to wait for them: a command loads its
     * facts meanwhile, on the other core (a cold run compiles for 2.5 s, and a big world loads for longer).
     * The wait rethrows what compiling threw, so errors read as they do one after the other.
     */
    Supplier<RuleBase> compileRulesMeanwhile() {
        // a pool thread is not the command's: it is told the user's directory, for the paths in messages
        Path directory = Workspace.currentDirectory();
        CompletableFuture<RuleBase> compiling = CompletableFuture.supplyAsync(() -> Workspace.inDirectory(directory, this::compileRules));
        return () -> {
            try {
                return compiling.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        };
    }

    RuleBase compileRules() {
        long start = System.nanoTime();
        RuleBase compiled = new RuleCompiler(workspace, verbose).compile(rulesPath());
        Timings.report("compile rules %.0f ms", (System.nanoTime() - start) / 1e6);
        return compiled;
    }

    /** The rules and the queries of {@code rules/queries/}: for the commands that ask them or check them. */
    RuleBase compileRulesWithQueries() {
        return new RuleCompiler(workspace, verbose).compileWithQueries(rulesPath());
    }
}
