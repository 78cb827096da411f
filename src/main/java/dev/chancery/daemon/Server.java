package dev.chancery.daemon;

import dev.chancery.cli.Main;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * A warm JVM that runs commands for the launcher: the classes are loaded, the JIT has done its
 * work, and unchanged rules stay compiled (the compiler's cache is keyed by the rules' content, so
 * an edit is seen at once). One command at a time, because a command's output is the process's
 * standard streams. It exits after {@code idleMinutes} without a request, or when the jar it runs
 * from changes (the launcher then starts a new one).
 */
public final class Server {
    private final Path socket;
    private final long idleMillis;

    public Server(Path socket, long idleMillis) {
        this.socket = socket;
        this.idleMillis = idleMillis;
    }

    public static void main(String[] args) throws IOException {
        Path socket = Path.of(args[0]);
        long idleMinutes = args.length > 1 ? Long.parseLong(args[1]) : 30;
        new Server(socket, idleMinutes * 60_000L).serve();
    }

    /** Serves until idle; removes the socket file when it stops. */
    public void serve() throws IOException {
        Files.createDirectories(socket.getParent());
        Files.deleteIfExists(socket);
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            server.configureBlocking(true);
            Thread idle = idleWatch(server);
            idle.setDaemon(true);
            idle.start();
            while (server.isOpen()) {
                SocketChannel client;
                try {
                    client = server.accept();
                } catch (IOException closed) {
                    break;
                }
                lastRequest = System.currentTimeMillis();
                try (client) {
                    handle(client);
                } catch (IOException | RuntimeException e) {
                    System.err.println("chancery daemon: request failed: " + e);
                }
                lastRequest = System.currentTimeMillis();
            }
        } finally {
            Files.deleteIfExists(socket);
        }
    }

    private volatile long lastRequest = System.currentTimeMillis();

    /** The jar this daemon's classes come from, and its time stamp when the daemon started (0: none). */
    private static Path jar() {
        try {
            Path path = Path.of(Server.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(path) ? path : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static long stamp(Path jar) {
        try {
            return jar == null ? 0 : Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    private Thread idleWatch(ServerSocketChannel server) {
        Path jar = jar();
        long started = stamp(jar);
        return new Thread(() -> {
            while (server.isOpen()) {
                try {
                    Thread.sleep(Math.min(idleMillis, 2_000));
                } catch (InterruptedException e) {
                    return;
                }
                // idle too long, or the jar rebuilt under us (a new daemon serves the new jar)
                if (System.currentTimeMillis() - lastRequest > idleMillis || stamp(jar) != started) {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // closing anyway
                    }
                }
            }
        }, "chancery-daemon-idle");
    }

    private static void handle(SocketChannel client) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
        String cwd = in.readUTF();
        int count = in.readInt();
        String[] args = new String[count];
        for (int i = 0; i < count; i++) {
            args[i] = in.readUTF();
        }
        PrintStream stdout = new PrintStream(Frames.of(Frames.OUT, out), true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(Frames.of(Frames.ERR, out), true, StandardCharsets.UTF_8);
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        int code;
        System.setProperty("chancery.cwd", cwd);
        System.setOut(stdout);
        System.setErr(stderr);
        try {
            CommandLine cmd = Main.commandLine();
            cmd.setOut(new PrintWriter(stdout, true));
            cmd.setErr(new PrintWriter(stderr, true));
            code = Main.execute(cmd, args);
        } finally {
            stdout.flush();
            stderr.flush();
            System.setOut(savedOut);
            System.setErr(savedErr);
            System.clearProperty("chancery.cwd");
        }
        synchronized (out) {
            out.writeByte(Frames.EXIT);
            out.writeInt(code);
            out.flush();
        }
    }
}
