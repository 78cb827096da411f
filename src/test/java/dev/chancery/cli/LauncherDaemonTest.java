package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, point 14: the launcher's daemon lives in a directory of the user's alone ($XDG_RUNTIME_DIR/chancery,
 * else $TMPDIR/chancery-UID), not in the install's target/daemon: a dangling target/daemon link does not stop
 * it, a linked daemon.log there is never written through, and a directory it would use that is a link or
 * another user's is not used (the command runs without the daemon). The launcher runs as it is, on an
 * install made of a jar whose manifest points at the test's classes (so it builds nothing).
 */
class LauncherDaemonTest {
    @TempDir
    Path dir;

    private TestInstall install;

    private Path home;

    @BeforeEach
    void install() throws Exception {
        install = TestInstall.onTheTestsClassPath(dir);
        home = install.home();
    }

    /** The daemons the launcher started for this test (their sockets are under its folder). */
    @AfterEach
    void stopDaemons() {
        daemonsOfThisTest().forEach(ProcessHandle::destroy);
    }

    /** No class-data archive: it is tested apart (LauncherArchiveTest), and this install's class path has folders. */
    private TestInstall.Ran chancery(Map<String, String> env, String... args) throws Exception {
        Map<String, String> all = new HashMap<>(env);
        all.put("CHANCERY_CDS", "0");
        return install.chancery(all, args);
    }

    @Test
    void aDanglingDaemonLinkOrALinkedLogInTheInstallChangeNothing() throws Exception {
        Path run = Files.createDirectory(dir.resolve("run"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Map<String, String> env = Map.of("XDG_RUNTIME_DIR", run.toString());
        Path daemonLink = Files.createSymbolicLink(home.resolve("target/daemon"), dir.resolve("nowhere"));
        TestInstall.Ran first = chancery(env, "check");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("ok: ");

        // a log in the install linked to a file of the user's: never written through
        Files.delete(daemonLink);
        Path precious = Files.writeString(dir.resolve("precious.txt"), "keep me\n");
        Files.createDirectories(home.resolve("target/daemon"));
        Files.createSymbolicLink(home.resolve("target/daemon/daemon.log"), precious);
        for (int i = 0; i < 2; i++) {
            TestInstall.Ran again = chancery(env, "check");
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(again.out()).startsWith("ok: ");
        }
        assertThat(precious).hasContent("keep me");
        // the daemon's directory: the user's alone
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run.resolve("chancery")))).isEqualTo("rwx------");
    }

    @Test
    void aDaemonDirectoryThatIsALinkOrAnotherUsersIsNotUsed() throws Exception {
        long uid = new com.sun.security.auth.module.UnixSystem().getUid();
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Path daemonDir = Files.createSymbolicLink(tmp.resolve("chancery-" + uid), elsewhere);
        TestInstall.Ran linked = chancery(Map.of("TMPDIR", tmp.toString()), "check");
        assertThat(linked.code()).as(linked.err()).isZero();
        assertThat(linked.out()).startsWith("ok: ");
        assertThat(linked.err()).contains("not using the daemon: " + daemonDir);
        assertThat(elsewhere).isEmptyDirectory();

        if (uid == 0) {
            Files.delete(daemonDir);
            Files.createDirectory(daemonDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.setOwner(daemonDir, daemonDir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
            TestInstall.Ran foreign = chancery(Map.of("TMPDIR", tmp.toString()), "check");
            assertThat(foreign.code()).as(foreign.err()).isZero();
            assertThat(foreign.err()).contains("not using the daemon: " + daemonDir);
            assertThat(daemonDir).isEmptyDirectory();
        }
    }

    @Test
    void daemonStopStopsThisInstallsDaemon() throws Exception {
        Path run = Files.createDirectory(dir.resolve("run"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Map<String, String> env = Map.of("XDG_RUNTIME_DIR", run.toString());
        assertThat(chancery(env, "check").code()).isZero(); // starts a daemon in the background
        Path daemons = run.resolve("chancery");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (daemonsOfThisTest().isEmpty() || !hasSocket(daemons)) {
            assertThat(System.nanoTime()).as("the daemon starts").isLessThan(deadline);
            Thread.sleep(200);
        }
        // run's collector, with rule memory promoted at once, and the full JIT: it lives for many commands
        assertThat(daemonsOfThisTest().get(0).info().commandLine().orElseThrow())
                .contains("-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0")
                .doesNotContain("-XX:TieredStopAtLevel=1", "G1");

        TestInstall.Ran stop = chancery(env, "daemon", "stop");
        assertThat(stop.code()).as(stop.err()).isZero();
        assertThat(stop.out()).isEqualTo("chancery: 1 daemon(s) stopped\n");
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!daemonsOfThisTest().isEmpty()) {
            assertThat(System.nanoTime()).as("the daemon exits").isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(hasSocket(daemons)).isFalse();
        assertThat(chancery(env, "daemon", "stop").out()).isEqualTo("chancery: 0 daemon(s) stopped\n");
        TestInstall.Ran wrong = chancery(env, "daemon", "start");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).isEqualTo("usage: chancery daemon stop\n");
    }

    @Test
    void anotherJvmGetsADaemonOfItsOwn() throws Exception {
        Path run = Files.createDirectory(dir.resolve("run"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        // the JVM running the tests, from a JDK folder of its own: another JVM to the launcher
        Path jdk = Path.of(System.getProperty("java.home"));
        Path java = FakeJdk.at(dir.resolve("other-jdk"), FakeJdk.releaseOf(jdk),
                "#!/bin/sh\nexec \"%s\" \"$@\"\n".formatted(jdk.resolve("bin/java")));
        Map<String, String> first = Map.of("XDG_RUNTIME_DIR", run.toString(), "CHANCERY_JAVA", jdk.resolve("bin/java").toString());
        Map<String, String> second = Map.of("XDG_RUNTIME_DIR", run.toString(), "CHANCERY_JAVA", java.toString());

        assertThat(chancery(first, "check").code()).isZero();
        awaitDaemons(1);
        assertThat(chancery(second, "check").code()).isZero(); // not answered by the first JVM's daemon
        awaitDaemons(2);
        assertThat(chancery(first, "daemon", "stop").out()).isEqualTo("chancery: 2 daemon(s) stopped\n");
    }

    private void awaitDaemons(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (daemonsOfThisTest().size() < count) {
            assertThat(System.nanoTime()).as("the daemon starts").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private List<ProcessHandle> daemonsOfThisTest() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("dev.chancery.daemon.Server") && c.contains(dir.toString()))
                        .orElse(false))
                .toList();
    }

    private static boolean hasSocket(Path daemons) throws java.io.IOException {
        if (!Files.isDirectory(daemons)) {
            return false;
        }
        try (Stream<Path> files = Files.list(daemons)) {
            return files.anyMatch(f -> f.toString().endsWith(".sock"));
        }
    }
}
