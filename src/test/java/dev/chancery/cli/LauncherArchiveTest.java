package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archive (target/chancery.jsa): written by the first command after a build, used by
 * the commands after it, written again when the jar is rebuilt, and, where it cannot be written, neither in the
 * way of the command nor tried again until the next build. Each install is a jar the launcher takes as built.
 */
class LauncherArchiveTest {
    private static final Map<String, String> NO_DAEMON = Map.of("CHANCERY_DAEMON", "0");
    private static final String WRITING = "writing the class-data archive";

    @TempDir
    Path dir;

    @Test
    void theFirstCommandAfterABuildWritesTheArchiveAndTheNextLoadClassesFromIt() throws Exception {
        TestInstall install = TestInstall.packed(dir);
        Path archive = install.home().resolve("target/chancery.jsa");

        TestInstall.Ran first = install.chancery(NO_DAEMON, "run", "--format", "json");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains(WRITING);
        assertThat(first.out()).contains("\"id\" : \"DPR\"");
        assertThat(archive).isRegularFile();

        Path loaded = dir.resolve("classes.log");
        TestInstall.Ran next = install.chancery(Map.of("CHANCERY_DAEMON", "0",
                "CHANCERY_JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded), "run", "--format", "json");
        assertThat(next.code()).as(next.err()).isZero();
        assertThat(next.err()).doesNotContain(WRITING);
        assertThat(next.out()).isEqualTo(first.out());
        assertThat(Files.readString(loaded)).contains("dev.chancery.cli.Main source: shared objects file");

        // a rebuilt jar: the archive is written again, before the command runs
        Files.setLastModifiedTime(install.jar(), FileTime.from(Instant.now().plusSeconds(5)));
        TestInstall.Ran rebuilt = install.chancery(NO_DAEMON, "run", "--format", "json");
        assertThat(rebuilt.code()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.err()).contains(WRITING);
        assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(Files.getLastModifiedTime(install.jar()));
    }

    @Test
    void anArchiveThatCannotBeWrittenIsNotInTheWayNorTriedAgainUntilTheNextBuild() throws Exception {
        TestInstall install = TestInstall.packed(dir);
        // a JVM that cannot write an archive (as one without class-data sharing, or on a full disk)
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), """
                #!/bin/sh
                for a in "$@"; do [ "$a" = -Xshare:dump ] && { echo "no archive here" >&2; exit 1; }; done
                exec "%s" "$@"
                """.formatted(Path.of(System.getProperty("java.home"), "bin", "java")));
        java.toFile().setExecutable(true);
        Map<String, String> env = Map.of("CHANCERY_DAEMON", "0", "PATH", bin + ":" + System.getenv("PATH"));

        TestInstall.Ran first = install.chancery(env, "check");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("ok: ");
        assertThat(first.err()).contains(WRITING, "the class-data archive could not be written; starting without it")
                .doesNotContain("no archive here");
        assertThat(install.home().resolve("target/chancery.jsa")).doesNotExist();

        TestInstall.Ran again = install.chancery(env, "check");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).isEmpty();

        // the next build tries again
        Files.setLastModifiedTime(install.jar(), FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(install.chancery(env, "check").err()).contains(WRITING);
    }
}
