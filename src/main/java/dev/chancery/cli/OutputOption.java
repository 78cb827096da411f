package dev.chancery.cli;

import dev.chancery.io.AtomicFile;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --out FILE}: where a command's result goes (atomically, see {@link Output}), stdout without it. */
final class OutputOption {
    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically; a device or FIFO is written into) instead of stdout.")
    Path out;

    void write(String text, CommandSpec spec) {
        Output.write(text, out, spec.commandLine().getOut());
    }

    void write(AtomicFile.Content content, CommandSpec spec) {
        Output.write(content, out, spec.commandLine().getOut());
    }
}
