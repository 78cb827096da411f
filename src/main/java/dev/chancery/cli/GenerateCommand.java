package dev.chancery.cli;

import dev.chancery.generate.WhatIfGenerator;
import dev.chancery.io.AtomicFile;
import dev.chancery.generate.WorldGenerator;
import dev.chancery.load.FactsLoader;
import dev.chancery.load.Workspace;
import dev.chancery.load.World;
import java.util.List;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
    int whatIfs;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (whatIfs > 0) {
            World world = new FactsLoader(Workspace.detect()).load(List.of());
            StringWriter text = new StringWriter();
            WhatIfGenerator.write(world, whatIfs, seed, text);
            Output.write(text.toString(), out, spec.commandLine().getOut());
            return Main.OK;
        }
        WorldGenerator generator;
        try {
            generator = new WorldGenerator(states, entities, events, seed);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (out == null) {
            StringWriter text = new StringWriter();
            generator.write(text);
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
        // a large world is streamed to a temporary file and moved into place whole
        AtomicFile.write(out, generator::write);
        return Main.OK;
    }
}
