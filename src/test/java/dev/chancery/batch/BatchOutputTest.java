package dev.chancery.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results file ends in input order, one line per scenario, whatever order the lines were finished in. */
class BatchOutputTest {
    @TempDir
    Path dir;

    private static byte[] line(int index, String rest) {
        return ("{\"index\":" + index + ",\"id\":\"w.jsonl:" + (index + 1) + "\"" + rest + "}\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void write(BatchOutput out, int index, byte[] line) {
        out.write(index, line, line.length);
    }

    @Test
    void linesFinishedOutOfOrderAreWrittenInInputOrder() throws Exception {
        Path file = dir.resolve("out.jsonl");
        try (BatchOutput out = BatchOutput.create(file, List.of(0, 1, 2, 10, 11))) {
            for (int index : new int[] {2, 11, 0, 10}) {
                write(out, index, line(index, ",\"ok\":true,\"note\":\"é\""));
            }
            // interrupted here: 0 is in place, the others wait in the side file, flushed
            assertThat(Files.readAllLines(file)).extracting(BatchOutput::indexOf).containsExactly(0);
            assertThat(Files.readAllLines(BatchOutput.pendingFile(file))).extracting(BatchOutput::indexOf)
                    .containsExactly(2, 11, 10);
            write(out, 1, line(1, ",\"ok\":true,\"note\":\"é\""));
        }
        assertThat(Files.readAllLines(file)).extracting(BatchOutput::indexOf).containsExactly(0, 1, 2, 10, 11);
        assertThat(Files.readAllLines(file).get(4)).endsWith(",\"ok\":true,\"note\":\"é\"}");
        assertThat(BatchOutput.pendingFile(file)).doesNotExist();
    }

    @Test
    void aResumedFileTakesTheSideFilesLinesAndIsSortedWithADuplicateDropped() throws Exception {
        Path file = dir.resolve("out.jsonl");
        Files.write(file, line(0, ""));
        Files.write(file, "{\"index\":1,\"id\":\"cut".getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);
        Files.write(BatchOutput.pendingFile(file), line(3, ""));
        try (BatchOutput out = BatchOutput.resume(file)) {
            assertThat(BatchOutput.pendingFile(file)).doesNotExist();
            for (int index : new int[] {2, 1, 3}) {
                write(out, index, line(index, ""));
            }
            out.sortInPlace();
        }
        // the cut line is gone, 3 came from the side file and again from this run: kept once
        assertThat(Files.readAllLines(file)).extracting(BatchOutput::indexOf).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aResumedFilePutInOrderKeepsItsPermissions() throws Exception {
        Path file = dir.resolve("out.jsonl");
        Files.write(file, line(1, ""));
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        try (BatchOutput out = BatchOutput.resume(file)) {
            write(out, 0, line(0, ""));
            out.sortInPlace(); // a new file moved into place
        }
        assertThat(Files.readAllLines(file)).extracting(BatchOutput::indexOf).containsExactly(0, 1);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r-----");
    }

    @Test
    void aFileInOrderIsLeftAsItIs() throws Exception {
        Path file = dir.resolve("out.jsonl");
        try (BatchOutput out = BatchOutput.resume(file)) {
            for (int index = 0; index < 3; index++) {
                write(out, index, line(index, ""));
            }
            Object inode = Files.getAttribute(file, "unix:ino");
            out.sortInPlace();
            assertThat(Files.getAttribute(file, "unix:ino")).isEqualTo(inode);
        }
        assertThat(Files.readAllLines(file)).hasSize(3);
        assertThat(List.of(Files.readAllLines(file).get(2))).allMatch(l -> l.startsWith("{\"index\":2,"));
    }
}
