package dev.chancery.cli;

import dev.chancery.generate.WhatIfGenerator;
import dev.chancery.generate.WorldGenerator;
import dev.chancery.load.FactsLoader;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.input.Workspace;
import dev.chancery.load.World;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true, description = "Write a deterministic synthetic world in the facts format (benchmarks, tests).")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--states", defaultValue = "200", description = "Number of states (default ${DEFAULT-VALUE}).")
    int states;

    @Option(names = "--entities", defaultValue = "50", description = "Number of entities (default ${DEFAULT-VALUE}).")
    int entities;

    @Option(names = "--events", defaultValue = "10000", description = "Number of events (default ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--what-ifs", paramLabel = "N", description = {
            "Instead of a world: N one-event what-if scenarios over the bundled facts, as JSONL for batch",
            "(\"what if state S had recognized entity E on day D?\")."})
    Integer whatIfs;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically; a device or FIFO is written into) instead of stdout.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (whatIfs != null) {
            if (whatIfs < 1) {
                throw new ParameterException(spec.commandLine(), "--what-ifs must be at least 1 (was " + whatIfs + ")");
            }
            World world = new FactsLoader(Workspace.detect()).load(List.of());
            try { // the what-ifs are drawn before the first is written: a world with none to draw writes nothing
                Output.write(text -> WhatIfGenerator.write(world, whatIfs, seed, text), out, spec.commandLine().getOut());
            } catch (IllegalArgumentException e) {
                throw new InputException(Problem.usage("cannot generate what-ifs: " + e.getMessage()));
            }
            return Main.OK;
        }
        WorldGenerator generator;
        try {
            generator = new WorldGenerator(states, entities, events, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        // a large world is streamed, to stdout or to a temporary file moved into place whole
        Output.write(generator::write, out, spec.commandLine().getOut());
        return Main.OK;
    }
}
