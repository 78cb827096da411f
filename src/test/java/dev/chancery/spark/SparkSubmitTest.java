package dev.chancery.spark;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.cli.CliTest.Run;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
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
        Path classes = Path.of(dev.chancery.cli.SubmitToSpark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = jarOf(classes, dir.resolve("chancery.jar"));
        Run generated = chancery("generate", "--what-ifs", "200", "--seed", "11", "--out", dir.resolve("w.jsonl").toString());
        assertThat(generated.code()).as(generated.err()).isZero();
        Run local = chancery("batch", dir.resolve("w.jsonl").toString(), "--out", dir.resolve("local.jsonl").toString(),
                "--result", "summary");
        assertThat(local.code()).as(local.err()).isZero();

        // the test's class path without Chancery's own classes: those come from the jar
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().equals(classes.toAbsolutePath()))
                .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(List.of(System.getProperty("chancery.test.sparkJavaOptions", "").split(" ")));
        command.addAll(List.of("-Dchancery.home=" + Fixtures.workspace().home(), "-cp", classPath,
                "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]", "--class", dev.chancery.cli.SubmitToSpark.class.getName(),
                jar.toString(), "batch", dir.resolve("w.jsonl").toString(), "--out", dir.resolve("out").toString(),
                "--result", "summary"));
        command.removeIf(String::isBlank);
        Path log = dir.resolve("submit.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) { // a guard against a hang, not a measure of speed
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("batch on local[2]: commit 1 of 1, 200 scenarios (0 failed)");

        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(dir.resolve("out").resolve("chunk-00000"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        assertThat(untimed(lines)).isEqualTo(untimed(Files.readAllLines(dir.resolve("local.jsonl"))));
    }

    private static List<String> untimed(List<String> lines) {
        return lines.stream().map(line -> line.replaceFirst("\"timeMs\":[0-9.]+,", "")).toList();
    }

    private static Path jarOf(Path classes, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                try (OutputStream entry = new java.io.FilterOutputStream(out) {
                    @Override
                    public void close() {
                    }
                }) {
                    Files.copy(file, entry);
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
