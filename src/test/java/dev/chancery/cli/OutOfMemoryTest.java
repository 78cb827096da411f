package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.generate.WorldGenerator;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A world too big for the heap: a message that says what to do, exit 3, and no half-written --out. */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aWorldTooBigForTheHeapIsToldAboutWithTheRecipeAndNothingWritten() throws Exception {
        Path out = dir.resolve("result.json");
        Run run = run(out);

        assertThat(run.code()).as(run.output()).isEqualTo(Main.RULES_FAILED);
        assertThat(run.output()).contains("chancery: out of memory", "CHANCERY_JAVA_OPTS=", "-Xmx").doesNotContain("\tat ");
        assertNothingWritten(out);
    }

    @Test
    void aBigWorldsFirstTryInAHeapForPartsExitsSoThatTheLauncherTriesAgain() throws Exception {
        Path out = dir.resolve("result.json");
        Run run = run(out, "-D" + Main.OUT_OF_MEMORY_EXIT + "=75");

        assertThat(run.code()).as(run.output()).isEqualTo(75);
        assertThat(run.output()).doesNotContain("out of memory", "\tat "); // the launcher says what it does next
        assertNothingWritten(out);
    }

    private record Run(int code, String output) {
    }

    private Run run(Path out, String... flags) throws Exception {
        Path world = dir.resolve("world.yaml");
        try (Writer writer = Files.newBufferedWriter(world, StandardCharsets.UTF_8)) {
            new WorldGenerator(400, 100, 10_000, 1).write(writer);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m"));
        command.addAll(List.of(flags));
        command.addAll(List.of("-Dchancery.home=" + Fixtures.workspace().home(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "--facts", world.toString(), "--format", "json", "--out", out.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private void assertNothingWritten(Path out) throws Exception {
        assertThat(out).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("world.yaml");
        }
    }
}
