package dev.chancery.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chancery.input.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --out: a file replaced whole with its permissions kept, a device or FIFO written into, every failure a message. */
class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path file = Files.writeString(dir.resolve("out.txt"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        AtomicFile.write(file, "new");

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aNewFileGetsTheModeTheUmaskGives() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt")); // as the umask makes any new file
        Path file = dir.resolve("new.txt");

        AtomicFile.write(file, "new");

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plain.txt", "new.txt");
        }
    }

    @Test
    void aLinkStaysALinkAndItsFileIsReplaced() throws Exception {
        Path real = Files.writeString(dir.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real.getFileName());

        AtomicFile.write(link, "new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aFifoIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = dir.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is there");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        AtomicFile.write(fifo, "through the pipe\n");

        assertThat(read.get(60, TimeUnit.SECONDS)).isEqualTo("through the pipe\n");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.isSymbolicLink(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aFullDeviceIsAMessageAndStaysADevice() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && !Files.isRegularFile(full), "/dev/full is a device here");

        assertThatThrownBy(() -> AtomicFile.write(full, "x".repeat(100_000)))
                .isInstanceOf(InputException.class).hasMessage("cannot write /dev/full: no space left on device");
        assertThat(Files.isRegularFile(full)).isFalse();
        assertThat(Path.of("/dev/full.pending")).doesNotExist();
    }

    @Test
    void aDirectoryOrAFileInThePathIsAMessage() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Path file = Files.writeString(dir.resolve("file"), "x");

        assertThatThrownBy(() -> AtomicFile.write(folder, "new")).isInstanceOf(InputException.class)
                .hasMessage("cannot write " + folder + ": it is a directory");
        assertThatThrownBy(() -> AtomicFile.write(file.resolve("out.txt"), "new")).isInstanceOf(InputException.class)
                .hasMessage("cannot write " + file.resolve("out.txt") + ": " + file + " is a file, not a folder");
        try (var left = Files.list(dir)) {
            assertThat(left).hasSize(2);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("x");
    }

    @Test
    void aFailedFillLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("out.txt"), "old");

        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("half");
            throw new IllegalStateException("stopped");
        })).hasMessage("stopped");

        assertThat(Files.readString(file)).isEqualTo("old");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }
}
