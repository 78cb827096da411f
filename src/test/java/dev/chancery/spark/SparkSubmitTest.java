package dev.chancery.spark;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.cli.CliTest.Run;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * spark-submit with the documented class: a second process runs Spark's own SparkSubmit, which loads Chancery
 * from a jar (as a cluster gets it, not from the test's class path) and runs {@link dev.chancery.cli.SubmitToSpark}, a batch on the
 * master it was given. Its lines are those of a local batch.
 */
class SparkSubmitTest {
    @TempDir
    Path dir;

    @Test
    void sparkSubmitRunsABatchFromTheJar() throws Exception {
        Path classes = SparkProcesses.chanceryClasses();
        Path jar = SparkProcesses.chanceryJar(dir.resolve("chancery.jar"));
        Run generated = chancery("generate", "--what-ifs", "200", "--seed", "11", "--out", dir.resolve("w.jsonl").toString());
        assertThat(generated.code()).as(generated.err()).isZero();
        Run local = chancery("batch", dir.resolve("w.jsonl").toString(), "--out", dir.resolve("local.jsonl").toString(),
                "--result", "summary");
        assertThat(local.code()).as(local.err()).isZero();

        // the test's class path without Chancery's own classes: those come from the jar
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().equals(classes.toAbsolutePath()))
                .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        Path log = dir.resolve("submit.log");
        Process process = SparkProcesses.java(List.of("-Dchancery.home=" + Fixtures.workspace().home(), "-cp", classPath,
                "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]", "--class",
                dev.chancery.cli.SubmitToSpark.class.getName(), jar.toString(), "batch", dir.resolve("w.jsonl").toString(),
                "--out", dir.resolve("out").toString(), "--result", "summary"), java.util.Map.of(), log);
        if (!process.waitFor(300, TimeUnit.SECONDS)) { // a guard against a hang, not a measure of speed
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("batch on local[2]: commit 1 of 1, 200 scenarios (0 failed)");

        assertThat(SparkProcesses.untimed(SparkProcesses.firstCommitLines(dir.resolve("out"))))
                .isEqualTo(SparkProcesses.untimed(Files.readAllLines(dir.resolve("local.jsonl"))));
    }
}
