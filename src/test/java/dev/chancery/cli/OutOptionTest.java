package dev.chancery.cli;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out} of every command: exit 2 and one line for what cannot be written, nothing left behind. */
class OutOptionTest {
    @TempDir
    Path dir;

    @Test
    void anOutThatIsADirectoryIsExitTwoWithAMessage() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        for (String[] command : List.of(new String[] {"run"}, new String[] {"timeline", "DPR"},
                new String[] {"generate", "--events", "10"})) {
            String[] args = Stream.concat(Stream.of(command), Stream.of("--out", folder.toString())).toArray(String[]::new);
            Run run = chancery(args);
            assertThat(run.code()).as(String.join(" ", command) + ": " + run.err()).isEqualTo(Main.BAD_INPUT);
            assertThat(run.err()).isEqualTo("cannot write " + folder + ": it is a directory\n");
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(folder);
        }
    }

    /**
     * /dev/stdout is the command's stdout (in the daemon, the client's: the daemon's own is its log, where
     * the report went). Checked on the path alone: a test must not write to surefire's real stdout.
     */
    @Test
    void devStdoutIsTheCommandsStdout() {
        assertThat(Output.isStdout(Path.of("/dev/stdout"))).isTrue();
        assertThat(Output.isStdout(Path.of("/dev/fd/1"))).isTrue();
        assertThat(Output.isStdout(Path.of("/dev/stderr"))).isFalse();
        assertThat(Output.isStdout(dir.resolve("stdout"))).isFalse();
    }

    @Test
    void whatIfsBelowOneIsAUsageErrorAndWritesNothing() {
        Path out = dir.resolve("what-ifs.jsonl");
        for (String count : new String[] {"-5", "0"}) {
            Run run = chancery("generate", "--what-ifs", count, "--out", out.toString());
            assertThat(run.code()).as(count).isEqualTo(Main.BAD_INPUT);
            assertThat(run.err()).contains("--what-ifs must be at least 1");
            assertThat(out).doesNotExist();
        }
        assertThat(chancery("generate", "--what-ifs", "3").out().lines()).hasSize(3);
    }

    /** A real process stopped with SIGTERM while it streams a big world: its temporary file goes with it. */
    @Test
    void generateStoppedBySigtermLeavesNoTemporaryFile() throws Exception {
        Path out = dir.resolve("world.yaml");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dchancery.home=" + Fixtures.workspace().home(), "dev.chancery.cli.Main", "generate",
                "--events", "10000000", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (temporaryBytes() < 1_000_000 && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(process.isAlive()).as("still writing when stopped").isTrue();
            assertThat(temporaryBytes()).isPositive();
            process.destroy(); // SIGTERM: the shutdown hooks run
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    private long temporaryBytes() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
