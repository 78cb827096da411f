package dev.chancery.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: into a temporary file beside it, then moved into place, so a
 * reader (or a crash) never sees half a file.
 */
public final class AtomicFile {
    /** What fills the file. */
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, String text) {
        write(target, out -> out.write(text));
    }

    public static void write(Path target, Content content) {
        replace(target, temp -> {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
        });
    }

    /** What fills the file, written as bytes to its channel (to copy ranges of another file, say). */
    public interface ChannelContent {
        void writeTo(FileChannel out) throws IOException;
    }

    public static void writeBytes(Path target, ChannelContent content) {
        replace(target, temp -> {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
        });
    }

    private interface Fill {
        void into(Path temp) throws IOException;
    }

    private static void replace(Path target, Fill fill) {
        Path file = target.toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            try {
                fill.into(temp);
                // a temporary file is private (rw-------); the result is an ordinary file
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
