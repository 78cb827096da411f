package dev.chancery.cli;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chancery.Fixtures;
import dev.chancery.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What batch refuses before it writes a line: exit 2, one line, nothing touched. */
class BatchCommandTest {
    @TempDir
    Path dir;

    private Path whatIfs() {
        Run generated = chancery("generate", "--what-ifs", "2");
        assertThat(generated.code()).isZero();
        return Fixtures.write(dir, "what-ifs.jsonl", generated.out());
    }

    @Test
    void anOutThatIsTheInputIsRefused() throws Exception {
        Path input = whatIfs();
        String before = Files.readString(input);

        Run run = chancery("batch", input.toString(), "--out", input.toString());

        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--out " + input + " is one of the scenarios given");
        assertThat(Files.readString(input)).isEqualTo(before);
        Path scenario = Fixtures.write(dir, "scenarios/one.yaml", "asOf: 2022-07-01\n");
        Run folder = chancery("batch", scenario.getParent().toString(), "--out", scenario.toString());
        assertThat(folder.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(Files.readString(scenario)).isEqualTo("asOf: 2022-07-01\n");
    }

    @Test
    void tooManyThreadsIsAUsageErrorNamingTheOption() {
        Path out = dir.resolve("results.jsonl");

        Run run = chancery("batch", whatIfs().toString(), "--out", out.toString(), "--threads", "100000");

        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).startsWith("--threads must be between 1 and " + 4 * Runtime.getRuntime().availableProcessors());
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutThatIsADirectoryOrAFifoIsRefused() throws Exception {
        Path input = whatIfs();
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Run run = chancery("batch", input.toString(), "--out", folder.toString());
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).isEqualTo("cannot write " + folder + ": it is a directory\n");

        Path fifo = dir.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is there");
        Run toFifo = chancery("batch", input.toString(), "--out", fifo.toString());
        assertThat(toFifo.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(toFifo.err()).contains("cannot write " + fifo + ": a batch writes a file that it can resume");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("what-ifs.jsonl", "folder", "fifo");
        }
    }

    /** As root, batch --out /dev/full wrote /dev/full.pending; now nothing is written in /dev. */
    @Test
    void aDeviceIsRefusedAndNothingIsWrittenBesideIt() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && !Files.isRegularFile(full), "/dev/full is a device here");
        Path input = whatIfs();
        try {
            Run run = chancery("batch", input.toString(), "--out", full.toString());
            assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(run.err()).startsWith("cannot write /dev/full: a batch writes a file that it can resume");
            assertThat(Path.of("/dev/full.pending")).doesNotExist();
            assertThat(Path.of("/dev/full.batch")).doesNotExist();
            assertThat(Files.isRegularFile(full)).isFalse();
        } finally { // were it to fail, leave nothing in /dev
            for (String left : new String[] {"/dev/full.pending", "/dev/full.batch"}) {
                if (Files.isRegularFile(Path.of(left))) {
                    Path.of(left).toFile().delete();
                }
            }
        }
    }
}
