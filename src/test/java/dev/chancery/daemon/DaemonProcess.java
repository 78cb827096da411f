package dev.chancery.daemon;

import dev.chancery.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A daemon in a second JVM, as the launcher starts it, on a real socket; stopped (by its process) on close. */
final class DaemonProcess implements AutoCloseable {
    final Path socket;
    final Path log;
    final Process process;

    private DaemonProcess(Path socket, Path log, Process process) {
        this.socket = socket;
        this.log = log;
        this.process = process;
    }

    /** Started with the umask given ({@code null}: the test's own), the way a careless shell would. */
    static DaemonProcess start(Path socket, Path log, String umask) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dchancery.home=" + Fixtures.workspace().home(), Server.class.getName(), socket.toString(), "5"));
        if (umask != null) {
            List<String> direct = command;
            command = new ArrayList<>(List.of("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"));
            command.addAll(direct);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new DaemonProcess(socket, log, process);
    }

    /** Waits until it answers (it compiles nothing before; the socket appears a moment before it accepts). */
    DaemonProcess awaitReady(Path cwd) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (ask(cwd, "--version").code() == Client.NO_DAEMON) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the daemon did not start: " + log());
            }
            Thread.sleep(50);
        }
        return this;
    }

    record Answer(int code, String out, String err) {
    }

    Answer ask(Path cwd, String... args) {
        return ask(socket, cwd, args);
    }

    static Answer ask(Path socket, Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Client.run(socket, cwd.toString(), args, out, err);
        return new Answer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The project's rules, copied to {@code dir} with {@code extra} beside them (a rule that misbehaves). */
    static Path rulesWith(Path dir, String extra) {
        return Fixtures.rulesCopy(dir, bytes -> bytes, extra);
    }
}
