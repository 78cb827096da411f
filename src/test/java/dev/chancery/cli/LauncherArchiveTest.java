package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher's archive of classes: written by the first command after a build, used by the commands after it,
 * written again when the jar is rebuilt, and, where it cannot be written, neither in the way of the command nor
 * tried again until the next build. On JDK 17 it is a class-data archive (target/chancery.jsa); on a JDK of 25 or
 * later, which the launcher prefers where one is installed, an ahead-of-time cache (target/chancery-KEY.aot).
 * Each install is a jar the launcher takes as built, run on the JDK that CHANCERY_JAVA names.
 */
class LauncherArchiveTest {
    private static final String WRITING = "writing the class-data archive";
    private static final Pattern MAJOR = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    @TempDir
    Path dir;

    /** The JDK running the tests, and a JDK of 25 or later where the machine has one. */
    static Stream<Path> jdks() {
        List<Path> jdks = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
        newJdk().filter(jdk -> !jdks.contains(jdk)).ifPresent(jdks::add);
        return jdks.stream();
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void theFirstCommandAfterABuildWritesTheArchiveAndTheNextLoadClassesFromIt(Path jdk) throws Exception {
        TestInstall install = TestInstall.packed(dir);
        Map<String, String> env = Map.of("CHANCERY_DAEMON", "0", "CHANCERY_JAVA", java(jdk).toString());

        TestInstall.Ran first = install.chancery(env, "run", "--format", "json");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains(WRITING);
        assertThat(first.out()).contains("\"id\" : \"DPR\"");
        Path archive = archive(install, jdk);
        assertThat(archive).isRegularFile();

        Path loaded = dir.resolve("classes.log");
        TestInstall.Ran next = install.chancery(Map.of("CHANCERY_DAEMON", "0", "CHANCERY_JAVA", java(jdk).toString(),
                "CHANCERY_JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded), "run", "--format", "json");
        assertThat(next.code()).as(next.err()).isZero();
        assertThat(next.err()).doesNotContain(WRITING);
        assertThat(next.out()).isEqualTo(first.out());
        assertThat(Files.readString(loaded)).contains("dev.chancery.cli.Main source: shared objects file");

        // a rebuilt jar: the archive is written again, before the command runs (the jar a second newer than the
        // archive, not in the future, or an archive written within that time would be older than it)
        Files.setLastModifiedTime(install.jar(), FileTime.from(Files.getLastModifiedTime(archive).toInstant().plusSeconds(1)));
        TestInstall.Ran rebuilt = install.chancery(env, "run", "--format", "json");
        assertThat(rebuilt.code()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.err()).contains(WRITING);
        assertThat(Files.getLastModifiedTime(archive(install, jdk))).isGreaterThan(Files.getLastModifiedTime(install.jar()));
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void anArchiveThatCannotBeWrittenIsNotInTheWayNorTriedAgainUntilTheNextBuild(Path jdk) throws Exception {
        TestInstall install = TestInstall.packed(dir);
        // a JVM that cannot write an archive (as one without class-data sharing, or on a full disk), in a JDK's
        // folder so that the launcher reads its version
        Path java = FakeJdk.at(dir.resolve("jdk"), FakeJdk.releaseOf(jdk), """
                #!/bin/sh
                for a in "$@"; do
                  case "$a" in -Xshare:dump|-XX:AOTCacheOutput=*) echo "no archive here" >&2; exit 1 ;; esac
                done
                exec "%s" "$@"
                """.formatted(java(jdk)));
        Map<String, String> env = Map.of("CHANCERY_DAEMON", "0", "CHANCERY_JAVA", java.toString());

        TestInstall.Ran first = install.chancery(env, "check");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("ok: ");
        assertThat(first.err()).contains(WRITING, "the class-data archive could not be written; starting without it")
                .doesNotContain("no archive here");
        try (Stream<Path> target = Files.list(install.home().resolve("target"))) {
            assertThat(target.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".jsa") || n.endsWith(".aot"));
        }

        TestInstall.Ran again = install.chancery(env, "check");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).isEmpty();

        // the next build tries again
        Files.setLastModifiedTime(install.jar(), FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(install.chancery(env, "check").err()).contains(WRITING);
    }

    @Test
    void withNoJavaNamedTheLauncherRunsTheNewestJdkOf25OrLater() throws Exception {
        Optional<Path> real = newJdk();
        assumeTrue(real.isPresent(), "no JDK of 25 or later on this machine");
        TestInstall install = TestInstall.packed(dir);
        // a JDK newer than any installed, in JAVA_HOME: its java notes each start and runs the real one
        Path home = dir.resolve("jdk-99");
        Path calls = dir.resolve("calls.txt");
        FakeJdk.at(home, FakeJdk.release(99), """
                #!/bin/sh
                echo "$*" >> "%s"
                exec "%s" "$@"
                """.formatted(calls, java(real.get())));

        TestInstall.Ran ran = install.chancery(Map.of("CHANCERY_DAEMON", "0", "JAVA_HOME", home.toString()), "check");
        assertThat(ran.code()).as(ran.err()).isZero();
        assertThat(ran.out()).startsWith("ok: ");
        // the cache written with it, and the command run on it with the cache
        assertThat(Files.readAllLines(calls)).anyMatch(l -> l.startsWith("-XX:AOTCacheOutput="))
                .anyMatch(l -> l.contains("-XX:AOTCache=") && l.endsWith("check"));
    }

    private static Path archive(TestInstall install, Path jdk) throws IOException {
        if (major(jdk) < 25) {
            return install.home().resolve("target/chancery.jsa");
        }
        try (Stream<Path> target = Files.list(install.home().resolve("target"))) {
            List<Path> caches = target.filter(p -> p.getFileName().toString().matches("chancery-\\d+\\.aot")).toList();
            assertThat(caches).hasSize(1);
            return caches.get(0);
        }
    }

    private static Path java(Path jdk) {
        return jdk.resolve("bin/java");
    }

    /** A JDK of 25 or later under /usr/lib/jvm, the newest. */
    private static Optional<Path> newJdk() {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> all = Files.list(jvms)) {
            return all.filter(jdk -> Files.isExecutable(java(jdk)) && major(jdk) >= 25)
                    .max((a, b) -> Integer.compare(major(a), major(b)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int major(Path jdk) {
        try {
            Matcher m = MAJOR.matcher(Files.readString(jdk.resolve("release")));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
