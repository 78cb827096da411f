package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An install of the launcher in a test's folder, made without Maven: the launcher, the project's facts and rules,
 * and a jar the launcher takes as built (it builds nothing), run as a user runs it, in a second process.
 */
final class TestInstall {
    record Ran(int code, String out, String err) {
    }

    private final Path dir;
    private final Path home;

    private TestInstall(Path dir) throws IOException {
        this.dir = dir;
        this.home = Files.createDirectories(dir.resolve("home"));
        Files.copy(Fixtures.workspace().home().resolve("chancery"), home.resolve("chancery"));
        copy(Fixtures.workspace().factsDir(), home.resolve("facts"));
        copy(Fixtures.workspace().rulesDir(), home.resolve("rules"));
        Files.createDirectories(home.resolve("target/lib"));
    }

    /** A jar of a manifest alone, whose class path is the test's own (its classes' folders included). */
    static TestInstall onTheTestsClassPath(Path dir) throws IOException {
        TestInstall install = new TestInstall(dir);
        try (OutputStream out = Files.newOutputStream(install.jar())) {
            new JarOutputStream(out, manifest(classPath().map(p -> p.toUri().toString()))).close();
        }
        return install;
    }

    /**
     * A jar of the project's classes and resources, whose class path is the libraries' jars: what the JVM can
     * archive classes from (a folder on the class path it cannot).
     */
    static TestInstall packed(Path dir) throws IOException {
        TestInstall install = new TestInstall(dir);
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Manifest manifest = manifest(classPath().filter(p -> p.toString().endsWith(".jar")).map(p -> p.toUri().toString()));
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(install.jar()), manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
        return install;
    }

    Path home() {
        return home;
    }

    Path jar() {
        return home.resolve("target/chancery.jar");
    }

    /** {@code chancery ARGS} with none of the caller's CHANCERY_ settings, CI or XDG_RUNTIME_DIR, and {@code env}. */
    Ran chancery(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash", home.resolve("chancery").toString()));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line).directory(dir.toFile());
        builder.environment().keySet().removeIf(k -> k.equals("CI") || k.startsWith("CHANCERY_") || k.equals("XDG_RUNTIME_DIR"));
        builder.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("a guard against a hang").isTrue();
        return new Ran(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Stream<Path> classPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of);
    }

    private static Manifest manifest(Stream<String> classPath) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.collect(Collectors.joining(" ")));
        return manifest;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }
}
