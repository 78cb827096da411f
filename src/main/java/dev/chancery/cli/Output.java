package dev.chancery.cli;

import dev.chancery.io.AtomicFile;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Writes a command's result to stdout, or atomically to {@code --out} (a temp file moved into place). */
final class Output {
    private Output() {
    }

    static void write(String text, Path out, PrintWriter stdout) {
        if (out == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        AtomicFile.write(out, text);
    }
}
