package dev.chancery.cli;

import dev.chancery.generate.WorldGenerator;
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

@Command(name = "generate", description = "Write a deterministic synthetic world in the facts format (benchmarks, tests).")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--states", defaultValue = "200", description = "Number of states (default ${DEFAULT-VALUE}).")
    int states;

    @Option(names = "--entities", defaultValue = "50", description = "Number of entities (default ${DEFAULT-VALUE}).")
    int entities;

    @Option(names = "--events", defaultValue = "10000", description = "Number of events (default ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
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
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            generator.write(writer);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw new UncheckedIOException(e);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Main.OK;
    }
}
