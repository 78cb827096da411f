package dev.chancery.spark;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.cli.CliTest.Run;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch on a real standalone Spark cluster: a master and a worker, each a process of its own, whose executors
 * are processes the worker starts with Spark's jars only (a SPARK_HOME made of the test's class path, without
 * Chancery's classes); the driver, a process run from a Chancery jar as the launcher runs it, sends that jar to
 * them (spark.jars). Its lines are those of a local batch.
 */
class SparkClusterTest {
    @TempDir
    Path dir;

    private final List<Process> cluster = new ArrayList<>();

    /** Links to the jars of Maven's cache: not in {@code dir}, whose clean-up warns of every link it meets. */
    private Path sparkHome;

    @AfterEach
    void stopTheCluster() throws InterruptedException, IOException {
        java.util.Collections.reverse(cluster); // the worker first
        for (Process process : cluster) {
            process.destroy(); // the worker stops its executors as it goes
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (sparkHome != null) {
            try (Stream<Path> files = Files.walk(sparkHome)) { // links are deleted, never followed
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void aBatchOnAStandaloneClusterGivesTheLinesOfALocalBatch() throws Exception {
        List<String> dependencies = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")).toList();
        sparkHome = Files.createTempDirectory("spark-home");
        Files.createDirectories(sparkHome.resolve("jars"));
        for (String jar : dependencies) {
            Path link = sparkHome.resolve("jars").resolve(Path.of(jar).getFileName());
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, Path.of(jar));
            }
        }
        String sparkClassPath = sparkHome.resolve("jars") + File.separator + "*";
        int port = freePort();
        start("master", sparkHome, sparkClassPath, "I have been elected leader", "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort()));
        start("worker", sparkHome, sparkClassPath, "Successfully registered with master",
                "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "2", "--memory", "2g",
                "--webui-port", String.valueOf(freePort()), "spark://127.0.0.1:" + port);

        Run generated = chancery("generate", "--what-ifs", "300", "--seed", "12", "--out", dir.resolve("w.jsonl").toString());
        assertThat(generated.code()).as(generated.err()).isZero();
        Run local = chancery("batch", dir.resolve("w.jsonl").toString(), "--out", dir.resolve("local.jsonl").toString(),
                "--result", "summary");
        assertThat(local.code()).as(local.err()).isZero();

        Path jar = SparkProcesses.chanceryJar(Files.createDirectories(dir.resolve("install")).resolve("chancery.jar"));
        Process driver = SparkProcesses.java(List.of("-Dchancery.home=" + Fixtures.workspace().home(), "-cp",
                jar + File.pathSeparator + sparkClassPath, "dev.chancery.cli.Main", "batch", dir.resolve("w.jsonl").toString(),
                "--out", dir.resolve("out").toString(), "--result", "summary", "--on", "spark://127.0.0.1:" + port),
                environment(sparkHome), dir.resolve("driver.log"));
        if (!driver.waitFor(300, TimeUnit.SECONDS)) { // a guard against a hang, not a measure of speed
            driver.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("driver.log"));
        assertThat(driver.exitValue()).as(log).isZero();
        assertThat(log).contains("batch on spark://127.0.0.1:" + port + ": commit 1 of 1, 300 scenarios (0 failed)");
        assertThat(SparkProcesses.untimed(SparkProcesses.firstCommitLines(dir.resolve("out"))))
                .isEqualTo(SparkProcesses.untimed(Files.readAllLines(dir.resolve("local.jsonl"))));
        try (Stream<Path> fetched = Files.walk(sparkHome.resolve("work"))) {
            assertThat(fetched.map(p -> p.getFileName().toString())).as("the executors fetched the driver's jar")
                    .contains("chancery.jar");
        }
    }

    private void start(String name, Path sparkHome, String classPath, String ready, String... mainAndArguments)
            throws Exception {
        List<String> arguments = new ArrayList<>(List.of("-Xmx512m", "-cp", classPath));
        arguments.addAll(List.of(mainAndArguments));
        Path log = dir.resolve(name + ".log");
        Process process = SparkProcesses.java(arguments, environment(sparkHome), log);
        cluster.add(process);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.readString(log).contains(ready)) {
            assertThat(process.isAlive()).as(name + " stopped:\n" + Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as(name + " not ready:\n" + Files.readString(log)).isLessThan(until);
            Thread.sleep(200);
        }
    }

    /** Where a standalone cluster's processes find Spark, and their work folders. */
    private static Map<String, String> environment(Path sparkHome) {
        return Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.13",
                "SPARK_WORKER_DIR", sparkHome.resolve("work").toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
