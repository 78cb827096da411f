package dev.chancery.cli;

import dev.chancery.text.Printable;
import dev.chancery.io.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes a command's result to stdout, or to {@code --out}: a file is replaced atomically (a temp file
 * moved into place, with the old file's permissions), a device or a FIFO is written into; see
 * {@link AtomicFile}. A failure is exit 2 with one line that says why.
 */
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
        if (out == null || isStdout(out)) {
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

    /**
     * {@code --out /dev/stdout} (or /dev/fd/1): the command's stdout, which in the daemon is the client's,
     * not the daemon's own (its log).
     */
    static boolean isStdout(Path out) {
        Path file = out.toAbsolutePath().normalize();
        return file.equals(Path.of("/dev/stdout")) || file.equals(Path.of("/dev/fd/1"))
                || file.equals(Path.of("/proc/self/fd/1"));
    }
}
