package dev.chancery.io;

import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an output file ({@code --out}). A regular file, or a new path, is written whole or not at all:
 * into a temporary file beside it, then renamed into place, so a reader (or a crash) never sees half a
 * file. The file keeps the permissions (and, where allowed, the owner) it had; a new one gets the mode
 * the umask gives, as a shell redirection would. Anything else at the path (a device such as /dev/null,
 * a FIFO, a terminal, or /dev/stdout, a link into /proc/self/fd) is written into, not replaced: renaming
 * over /dev/full would turn the device into a file. Every failure is an {@link InputException} (exit 2)
 * that says what went wrong, and a temporary file never outlives the JVM: a shutdown hook deletes it on
 * SIGTERM or Ctrl-C.
 */
public final class AtomicFile {
    /** What fills the file. */
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** What fills the file, written as bytes to its channel (to copy ranges of another file, say). */
    public interface ChannelContent {
        void writeTo(FileChannel out) throws IOException;
    }

    private interface Fill {
        void into(Path file, OpenOption... options) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Temporary files being written, deleted by the shutdown hook if the JVM stops before they are in place. */
    private static final Set<Path> TEMPORARY = ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::deleteTemporaryFiles, "chancery-temp-cleanup"));
        } catch (IllegalStateException shuttingDown) {
            // the JVM is stopping already: nothing will be written
        }
    }

    private AtomicFile() {
    }

    public static void write(Path target, String text) {
        write(target, out -> out.write(text));
    }

    public static void write(Path target, Content content) {
        replace(target, (file, options) -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, options)) {
                content.writeTo(out);
            }
        });
    }

    public static void writeBytes(Path target, ChannelContent content) {
        replace(target, (file, options) -> {
            try (FileChannel out = FileChannel.open(file, options)) {
                content.writeTo(out);
            }
        });
    }

    /**
     * Whether {@code path} is something to write into rather than replace: a device, a FIFO or a socket,
     * or a file reached through a file descriptor's link (/dev/stdout redirected to a file: renaming over
     * that path would replace the link in /dev, and the shell's file would get nothing).
     */
    public static boolean isStream(Path path) {
        Path file = path.toAbsolutePath().normalize();
        if (!Files.exists(file) || Files.isDirectory(file)) {
            return false;
        }
        return !Files.isRegularFile(file) || FILE_DESCRIPTOR_LINKS.stream().anyMatch(file::startsWith);
    }

    private static final java.util.List<String> FILE_DESCRIPTOR_LINKS =
            java.util.List.of("/proc", "/dev/fd", "/dev/stdout", "/dev/stderr", "/dev/stdin");

    private static void replace(Path target, Fill fill) {
        Path file = target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw cannotWrite(target, "it is a directory");
        }
        try {
            if (isStream(file)) {
                // appended: a shell's >> is kept, and a device or a FIFO has no end to truncate to
                fill.into(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                return;
            }
            Path real = Files.exists(file) ? file.toRealPath() : file; // through a link: the link stays
            if (Files.exists(real) && !Files.isWritable(real)) {
                throw cannotWrite(target, "the file is read-only");
            }
            Files.createDirectories(real.getParent());
            Path temp = createTemporary(real);
            try {
                if (Files.exists(real)) {
                    keepAttributes(real, temp);
                }
                fill.into(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
                TEMPORARY.remove(temp);
            }
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } catch (UncheckedIOException e) {
            throw cannotWrite(target, e.getCause());
        }
    }

    /**
     * A new empty file beside {@code file}, created as any new file is (mode 0666 less the umask):
     * {@code Files.createTempFile} would make it 0600 whatever the umask says.
     */
    private static Path createTemporary(Path file) throws IOException {
        String name = file.getFileName().toString();
        String prefix = "." + name.substring(0, Math.min(name.length(), 200)) + ".";
        for (int attempt = 0; ; attempt++) {
            Path temp = file.resolveSibling(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            TEMPORARY.add(temp); // before it exists: a SIGTERM in between leaves nothing
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                TEMPORARY.remove(temp); // someone else's: never ours to delete
                if (attempt == 20) {
                    throw e;
                }
            } catch (IOException e) {
                TEMPORARY.remove(temp);
                throw e;
            }
        }
    }

    /** The permissions of the file replaced, and its owner and group where this user may set them. */
    private static void keepAttributes(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        PosixFileAttributes old = Files.readAttributes(from, PosixFileAttributes.class);
        try {
            view.setGroup(old.group());
            view.setOwner(old.owner());
        } catch (IOException notAllowed) {
            // only root may give a file away: the file is then this user's, with the old permissions
        }
        view.setPermissions(old.permissions());
    }

    private static void deleteTemporaryFiles() {
        for (Path temp : TEMPORARY) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException e) {
                // nothing more to do as the JVM stops
            }
        }
    }

    /** "cannot write out.json: no space left on device": what the system said, with no stack trace. */
    public static InputException cannotWrite(Path target, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "no such file or folder";
        } else if (e instanceof FileAlreadyExistsException denied) {
            reason = denied.getFile() + " is a file, not a folder";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        if (reason.equals("Not a directory")) {
            reason = "a folder on its path is a file";
        }
        return cannotWrite(target, reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1));
    }

    public static InputException cannotWrite(Path target, String reason) {
        return new InputException(Problem.usage("cannot write " + target + ": " + reason));
    }
}
