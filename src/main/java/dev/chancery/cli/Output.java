package dev.chancery.cli;

import dev.chancery.io.Printable;
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

    /**
     * {@code content} written as it is made, with no string of it all first (a big world's JSON), its unshown
     * characters escaped ({@link Printable#writer}): every report, tree, timeline, diff and catalogue passes
     * here, and the names in it come from facts others wrote, which may hold a terminal's escape sequences.
     * JSON, HTML and the like lose nothing: their own escaping leaves no raw control character, and the
     * escape written ({@code \u001b}) is JSON's own.
     */
    static void write(AtomicFile.Content content, Path out, PrintWriter stdout) {
        AtomicFile.Content safe = writer -> content.writeTo(Printable.writer(writer));
        if (out == null) {
            try {
                safe.writeTo(stdout);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stdout.flush();
            return;
        }
        AtomicFile.write(out, safe);
    }
}
