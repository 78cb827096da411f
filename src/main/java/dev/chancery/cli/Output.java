package dev.chancery.cli;

import dev.chancery.io.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes a command's result to stdout, or atomically to {@code --out} (a temp file moved into place). */
final class Output {
    private Output() {
    }

    static void write(String text, Path out, PrintWriter stdout) {
        write(writer -> writer.write(text), out, stdout);
    }

    /** {@code content} written as it is made, with no string of it all first (a big world's JSON). */
    static void write(AtomicFile.Content content, Path out, PrintWriter stdout) {
        if (out == null) {
            try {
                content.writeTo(stdout);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stdout.flush();
            return;
        }
        AtomicFile.write(out, content);
    }
}
