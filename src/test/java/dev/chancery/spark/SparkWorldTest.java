package dev.chancery.spark;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.cli.CliTest.Run;
import dev.chancery.cli.Main;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated world through Spark's big-world path (its parts, a task each, on real Spark in local mode) gives the
 * JSON of one session, byte for byte.
 */
class SparkWorldTest {
    @TempDir
    Path dir;

    @Test
    void aWorldInPartsOnSparkGivesTheJsonOfOneSession() {
        Path world = dir.resolve("world.yaml");
        Run generated = chancery("generate", "--states", "60", "--entities", "30", "--events", "3000", "--seed", "7",
                "--out", world.toString());
        assertThat(generated.code()).as(generated.err()).isZero();

        Run oneSession = chancery("run", "--facts", world.toString(), "--format", "json", "--part-events", "0");
        Run onSpark = chancery("run", "--facts", world.toString(), "--format", "json", "--part-events", "300",
                "--on", "local[2]");

        assertThat(oneSession.code()).as(oneSession.err()).isZero();
        assertThat(onSpark.code()).as(onSpark.err()).isZero();
        assertThat(onSpark.err()).containsPattern("run on local\\[2\\]: \\d+ parts, a task each");
        assertThat(onSpark.out()).isEqualTo(oneSession.out());
    }

    @Test
    void aWorldThatIsOnePartSaysSo() {
        Run run = chancery("run", "--format", "json", "--on", "local[1]");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("reasoned about in one task: it has no more events than a part");
        assertThat(chancery("run", "--on", "local[1]", "--part-events", "0").code()).isEqualTo(Main.BAD_INPUT);
    }
}
