package dev.chancery.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, point 1: only the daemon's own user can drive it. Its socket is in a directory only that user can
 * enter, whatever the umask it was started with; a connection from another user is refused even where the
 * directory was opened; and a socket directory that is a symbolic link, another user's or open to others is
 * refused. The other user is {@code nobody}, through runuser: the test needs root, and is skipped otherwise.
 */
class DaemonAccessTest {
    @TempDir
    Path dir;

    @Test
    void anotherUserCanNeitherConnectNorBeServed() throws Exception {
        assumeTrue(SocketDirectory.uid() == 0, "needs root, to run the client as another user (nobody)");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser")),
                "needs runuser, to run the client as another user");
        // a directory every user can pass through, as /tmp or a shared install is
        Path base = Files.createTempDirectory("chancery-access");
        try {
            Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path classes = clientClasses(base.resolve("classes"));
            Path secret = Files.writeString(base.resolve("secret.yaml"), "SECRET-LINE: root's eyes only\n");
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
            Path sockets = base.resolve("sockets");
            // umask 000: before, the socket (and its directory) let every user connect
            try (DaemonProcess daemon = DaemonProcess.start(sockets.resolve("d.sock"), base.resolve("daemon.log"), "000")) {
                daemon.awaitReady(base);
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sockets))).isEqualTo("rwx------");
                String denied = asNobody(classes, daemon.socket, base, "run", "--facts", secret.toString());
                assertThat(denied).startsWith("exit 99").doesNotContain("SECRET");

                // were the directory opened by mistake, the daemon still serves no one but its own user
                Files.setPosixFilePermissions(sockets, PosixFilePermissions.fromString("rwxrwxrwx"));
                Files.setPosixFilePermissions(daemon.socket, PosixFilePermissions.fromString("rwxrwxrwx"));
                String refused = asNobody(classes, daemon.socket, base, "run", "--facts", secret.toString());
                assertThat(refused).startsWith("exit 99").doesNotContain("SECRET");
                assertThat(daemon.log()).contains("refused a connection from user nobody");
                // and its own user is served as before
                assertThat(daemon.ask(base, "--version").code()).isZero();
            }
        } finally {
            try (Stream<Path> all = Files.walk(base)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aSocketDirectoryThatIsALinkAnotherUsersOrOpenToOthersIsRefused() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertThat(refusal(link)).contains("is a symbolic link");
        assertThat(real).isEmptyDirectory();

        Path open = Files.createDirectory(dir.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(refusal(open)).contains("is open to other users");

        if (SocketDirectory.uid() == 0) {
            Path foreign = Files.createDirectory(dir.resolve("foreign"));
            Files.setPosixFilePermissions(foreign, PosixFilePermissions.fromString("rwx------"));
            UserPrincipal nobody = foreign.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(foreign, nobody);
            assertThat(refusal(foreign)).contains("belongs to another user");
        }
    }

    /** What a daemon told to use {@code socketDir} says as it exits 2, refusing it. */
    private String refusal(Path socketDir) throws Exception {
        Path log = dir.resolve(socketDir.getFileName() + ".log");
        try (DaemonProcess daemon = DaemonProcess.start(socketDir.resolve("d.sock"), log, null)) {
            assertThat(daemon.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(daemon.process.exitValue()).as(daemon.log()).isEqualTo(2);
            assertThat(daemon.log()).startsWith("chancery daemon: not started: ").hasLineCount(1);
            return daemon.log();
        }
    }

    /** The client's classes, where any user can read them (the build's folder may not be). */
    private static Path clientClasses(Path root) throws IOException {
        Path from = Path.of(Client.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path to = Files.createDirectories(root.resolve("dev/chancery/daemon"));
        try (Stream<Path> files = Files.list(from.resolve("dev/chancery/daemon"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("(Client|Frames).*\\.class")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return root;
    }

    /** The client run as nobody: "exit CODE" and what it printed. */
    private static String asNobody(Path classes, Path socket, Path cwd, String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of("runuser", "-u", "nobody", "--", java, "-Xshare:auto", "-cp",
                classes.toString(), Client.class.getName(), socket.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return "exit " + process.exitValue() + "\n" + output;
    }
}
