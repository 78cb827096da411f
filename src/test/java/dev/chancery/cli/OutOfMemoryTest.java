package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.generate.WorldGenerator;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A world too big for the heap: a message that says what to do, exit 3, and no half-written --out. */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aWorldTooBigForTheHeapIsToldAboutWithTheRecipeAndNothingWritten() throws Exception {
        Path world = dir.resolve("world.yaml");
        try (Writer out = Files.newBufferedWriter(world, StandardCharsets.UTF_8)) {
            new WorldGenerator(400, 100, 10_000, 1).write(out);
        }
        Path out = dir.resolve("result.json");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-Dchancery.home=" + Fixtures.workspace().home(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "--facts", world.toString(), "--format", "json", "--out", out.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(Main.RULES_FAILED);
        assertThat(output).contains("chancery: out of memory", "CHANCERY_JAVA_OPTS=", "-Xmx").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("world.yaml");
        }
    }
}
