package dev.chancery.spark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** For the tests that run Spark in processes of their own: Chancery as a jar, a JVM, and a batch folder's lines. */
final class SparkProcesses {
    private SparkProcesses() {
    }

    /** Chancery's classes (the test's, not a built jar) as a jar, as {@code mvn package} makes it. */
    static Path chanceryJar(Path jar) throws Exception {
        Path classes = Path.of(SparkBatch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The directory of Chancery's own classes, which a process that loads them from a jar must not have. */
    static Path chanceryClasses() throws Exception {
        return Path.of(SparkBatch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** A JVM with the options Spark needs on Java 17 (pom.xml's spark.javaOptions), its output in {@code log}. */
    static Process java(List<String> arguments, Map<String, String> environment, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(List.of(System.getProperty("chancery.test.sparkJavaOptions", "").split(" ")));
        command.addAll(arguments);
        command.removeIf(String::isBlank);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The lines of a batch on Spark's first commit, its part files read in order. */
    static List<String> firstCommitLines(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("chunk-00000"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        return lines;
    }

    /** Lines without their timing, which is all two runs of one batch may differ in. */
    static List<String> untimed(List<String> lines) {
        return lines.stream().map(line -> line.replaceFirst("\"timeMs\":[0-9.]+,", "")).toList();
    }
}
