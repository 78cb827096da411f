package dev.chancery.daemon;

import dev.chancery.cli.Main;
import dev.chancery.engine.Deadline;
import dev.chancery.input.Workspace;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import jdk.net.UnixDomainPrincipal;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.net.ExtendedSocketOptions;
import picocli.CommandLine;

/**
 * A warm JVM that runs commands for the launcher: the classes are loaded, the JIT has done its work, and
 * unchanged rules stay compiled (the compiler's cache is keyed by the rules' content, so an edit is seen at
 * once). Several commands at a time, each on its own thread with its own output and directory, so a client
 * that reads slowly or sends nothing holds up no one else. Only its own user may use it: the socket is in a
 * directory only that user can enter ({@link SocketDirectory}), and a connection from another user is
 * refused. It exits after {@code idleMillis} without a request, when the jar it runs from changes, or when
 * its socket is gone (the launcher then starts a new one).
 */
public final class Server {
    /** Commands served at once; more wait, and their clients run the command themselves after the handshake's time. */
    static final int WORKERS = 4;
    /** How long a connection may take to send its request and say go. */
    static final long HANDSHAKE_MILLIS = 10_000;

    private final Path socket;
    private final long idleMillis;
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> {
        Thread thread = new Thread(null, r, "chancery-daemon-worker", 0, false); // no request's output or directory
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(null, r, "chancery-daemon-timer", 0, false);
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger active = new AtomicInteger();
    /** The requests being run, by the thread that runs each: a stuck one is answered from outside it. */
    private final Map<Thread, Request> running = new ConcurrentHashMap<>();
    private volatile long lastRequest = System.currentTimeMillis();
    private volatile ServerSocketChannel server;
    private UserPrincipal owner;

    public Server(Path socket, long idleMillis) {
        this.socket = socket;
        this.idleMillis = idleMillis;
    }

    public static void main(String[] args) {
        if (args.length == 0 || args.length > 2 || (args.length == 2 && !args[1].matches("\\d{1,6}"))) {
            System.err.println("usage: Server SOCKET [IDLE_MINUTES] (the daemon the launcher starts)");
            System.exit(2);
        }
        Path socket = Path.of(args[0]);
        long idleMinutes = args.length > 1 ? Long.parseLong(args[1]) : 30;
        try {
            new Server(socket, idleMinutes * 60_000L).serve();
        } catch (SocketDirectory.Refused e) {
            System.err.println("chancery daemon: not started: " + e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("chancery daemon: not started: " + e);
            System.exit(1);
        }
        System.exit(0); // a stuck command's thread must not keep the process alive (retire)
    }

    /** Serves until idle; removes the socket file when it stops, if it is still this daemon's. */
    public void serve() throws IOException {
        SocketDirectory.prepare(socket.getParent());
        ThreadStreams.install();
        Deadline.whenStuck(this::stop);
        Files.deleteIfExists(socket);
        Object socketKey = null;
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            this.server = server;
            server.bind(UnixDomainSocketAddress.of(socket));
            socketKey = key(socket);
            owner = Files.getOwner(socket, LinkOption.NOFOLLOW_LINKS); // this process's user: it made the file
            Thread idle = idleWatch(server, socketKey);
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
                active.incrementAndGet();
                workers.execute(() -> {
                    try {
                        serve(client);
                    } finally {
                        lastRequest = System.currentTimeMillis();
                        if (active.decrementAndGet() == 0) {
                            collectBetweenCommands();
                        }
                    }
                });
            }
        } finally {
            if (socketKey != null && Objects.equals(key(socket), socketKey)) {
                Files.deleteIfExists(socket);
            }
            workers.shutdown();
            // the commands under way finish first (a stuck one, that could not be stopped, never does)
            while (active.get() > stuck.get()) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
    }

    /**
     * A command's rule memory is garbage once it has answered: collected now, with no command under way, while
     * almost nothing is alive (a tenth of a second), the next command starts with the whole young generation
     * and, up to 100,000 events, fires with no collection at all. Left to the collector, a young collection in
     * the middle of a command promoted its live rule memory (the daemon runs with {@code run}'s flags, which
     * promote at once) and the old generation filled with it: 1.4-1.8 s of pauses a command through the warm
     * daemon, against 0.1 s now (docs/benchmarks.md).
     */
    private static void collectBetweenCommands() {
        System.gc();
    }

    /** The socket file's identity, to tell it from a new daemon's at the same path (null: none). */
    private static Object key(Path socket) {
        try {
            return Files.readAttributes(socket, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

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

    private Thread idleWatch(ServerSocketChannel server, Object socketKey) {
        Path jar = jar();
        long started = stamp(jar);
        return new Thread(() -> {
            while (server.isOpen()) {
                try {
                    Thread.sleep(Math.min(idleMillis, 2_000));
                } catch (InterruptedException e) {
                    return;
                }
                // idle too long, the jar rebuilt under us (a new daemon serves the new jar), or the socket
                // removed or taken by another daemon (no client can reach this one)
                boolean idle = active.get() == 0 && System.currentTimeMillis() - lastRequest > idleMillis;
                if (idle || stamp(jar) != started || !Objects.equals(key(socket), socketKey)) {
                    closeQuietly(server);
                }
            }
        }, "chancery-daemon-idle");
    }

    /** One connection: this user's only, the request, the handshake, the command. */
    private void serve(SocketChannel client) {
        try (client) {
            UnixDomainPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
            if (!peer.user().equals(owner)) {
                System.err.println("chancery daemon: refused a connection from user " + peer.user().getName());
                return;
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
            // a connection that says nothing is dropped: closing the channel ends the blocked read
            ScheduledFuture<?> cutOff = timer.schedule(() -> closeQuietly(client), HANDSHAKE_MILLIS, TimeUnit.MILLISECONDS);
            Request request;
            try {
                request = read(in, out);
                Frames.send(out, Frames.READY);
                if (in.readByte() != Frames.GO) {
                    return;
                }
            } finally {
                cutOff.cancel(false);
            }
            if (!client.isOpen()) {
                return; // cut off as it said go: it will run the command itself
            }
            Frames.send(out, Frames.STARTED);
            request.run();
        } catch (IOException | RuntimeException e) {
            System.err.println("chancery daemon: request failed: " + e);
        } catch (ThreadDeath stopped) {
            // stopped by its deadline when the command had just returned: answered below or already
        }
    }

    private static void closeQuietly(java.io.Closeable channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private Request read(DataInputStream in, DataOutputStream out) throws IOException {
        String cwd = in.readUTF();
        int count = in.readInt();
        if (count < 0 || count > 10_000) {
            throw new IOException("bad request: " + count + " arguments");
        }
        String[] args = new String[count];
        for (int i = 0; i < count; i++) {
            args[i] = in.readUTF();
        }
        return new Request(cwd, args, out);
    }

    /** A command to run: where the user is, what they typed, and where its output goes. */
    private final class Request {
        private final String cwd;
        private final String[] args;
        private final DataOutputStream out;
        private final AtomicBoolean answered = new AtomicBoolean();
        /** Why its thread was stopped, said by the thread itself once stopped. */
        private volatile String stoppedBecause;

        private Request(String cwd, String[] args, DataOutputStream out) {
            this.cwd = cwd;
            this.args = args;
            this.out = out;
        }

        void run() throws IOException {
            PrintStream stdout = new PrintStream(Frames.of(Frames.OUT, out), true, StandardCharsets.UTF_8);
            PrintStream stderr = new PrintStream(Frames.of(Frames.ERR, out), true, StandardCharsets.UTF_8);
            int code = Main.RULES_FAILED;
            running.put(Thread.currentThread(), this);
            ThreadStreams.use(stdout, stderr);
            try {
                code = Workspace.inDirectory(Path.of(cwd), () -> {
                    CommandLine cmd = Main.commandLine();
                    cmd.setOut(new PrintWriter(stdout, true));
                    cmd.setErr(new PrintWriter(stderr, true));
                    return Main.execute(cmd, args);
                });
            } catch (ThreadDeath stopped) {
                // stopped by its deadline (stop, below): exit 3. The stop interrupted the thread too, which
                // would close the channel at its next write: the answer still has to go out
                Thread.interrupted();
                if (stoppedBecause != null) {
                    stderr.println(stoppedBecause);
                }
            } finally {
                running.remove(Thread.currentThread());
                ThreadStreams.clear();
                stdout.flush();
                stderr.flush();
            }
            answer(code);
        }

        void answer(int code) throws IOException {
            if (answered.compareAndSet(false, true)) {
                synchronized (out) {
                    out.writeByte(Frames.EXIT);
                    out.writeInt(code);
                    out.flush();
                }
            }
        }
    }

    private final AtomicInteger stuck = new AtomicInteger();

    /**
     * A command past its --timeout that did not return once its sessions were halted (a rule looping in its
     * own code): its threads are stopped, and the daemon serves on. Where threads cannot be stopped (Java 20
     * on), its client is answered from here, and the daemon retires: it accepts no more, finishes the other
     * commands under way, and exits; the launcher starts a fresh one.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private void stop(Deadline deadline) {
        synchronized (deadline) {
            if (deadline.closed()) {
                return;
            }
            Request request = running.get(deadline.owner());
            if (request != null) {
                request.stoppedBecause = deadline.message();
            }
            try {
                for (Thread thread : deadline.threads()) {
                    thread.stop();
                }
                System.err.println("chancery daemon: stopped a command past its --timeout");
            } catch (UnsupportedOperationException cannot) {
                stuck.incrementAndGet();
                try {
                    deadline.err().println(deadline.message());
                    deadline.err().flush();
                    if (request != null) {
                        request.answer(Main.RULES_FAILED);
                    }
                } catch (IOException gone) {
                    // the client left
                }
                System.err.println("chancery daemon: a command past its --timeout cannot be stopped: retiring");
                ServerSocketChannel listening = server;
                if (listening != null) {
                    closeQuietly(listening);
                }
            }
        }
    }
}
