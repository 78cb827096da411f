package dev.chancery.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The launcher's side of the daemon: sends the user's directory and arguments, copies the command's output
 * to this process's streams, exits with its code. Loads none of the engine, so it starts in a fraction of
 * the time. Exit 99 means the daemon did not start the command (none answered, it was busy past the
 * handshake's time, or it went away before starting): the launcher runs the command itself. Once the
 * daemon has started the command, the client never says 99, so a command never runs twice.
 */
public final class Client {
    public static final int NO_DAEMON = 99;
    /** How long the daemon may take to take the request (a command that runs long is not bounded here: --timeout is). */
    static final long HANDSHAKE_MILLIS = 10_000;

    private static final int WAITING = 0;
    private static final int READY = 1;
    private static final int GAVE_UP = 2;

    private Client() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: Client SOCKET [COMMAND ARGS...] (the launcher's side of the daemon)");
            System.exit(2);
        }
        String[] commandArgs = new String[args.length - 1];
        System.arraycopy(args, 1, commandArgs, 0, commandArgs.length);
        System.exit(run(Path.of(args[0]), Path.of("").toAbsolutePath().toString(), commandArgs, System.out, System.err));
    }

    public static int run(Path socket, String cwd, String[] args, OutputStream stdout, OutputStream stderr) {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return NO_DAEMON;
        }
        boolean started = false;
        try (channel) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            // a daemon that does not take the request in time is given up: closing the channel ends the read
            AtomicInteger handshake = new AtomicInteger(WAITING);
            Thread timer = new Thread(() -> {
                try {
                    Thread.sleep(HANDSHAKE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                if (handshake.compareAndSet(WAITING, GAVE_UP)) {
                    try {
                        channel.close();
                    } catch (IOException ignored) {
                        // closing anyway
                    }
                }
            }, "chancery-client-handshake");
            timer.setDaemon(true);
            timer.start();
            out.writeUTF(cwd);
            out.writeInt(args.length);
            for (String arg : args) {
                out.writeUTF(arg);
            }
            out.flush();
            if (in.readByte() != Frames.READY || !handshake.compareAndSet(WAITING, READY)) {
                return NO_DAEMON;
            }
            timer.interrupt();
            out.writeByte(Frames.GO); // from here the daemon may run it: this process must not
            out.flush();
            if (in.readByte() != Frames.STARTED) {
                return NO_DAEMON;
            }
            started = true;
            while (true) {
                byte kind = in.readByte();
                if (kind == Frames.EXIT) {
                    stdout.flush();
                    stderr.flush();
                    return in.readInt();
                }
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                (kind == Frames.OUT ? stdout : stderr).write(bytes);
            }
        } catch (IOException e) {
            if (!started) {
                return NO_DAEMON; // the daemon never started the command: it can run here instead
            }
            try {
                stderr.write(("chancery: the daemon stopped in the middle of the command, which may have done part of"
                        + " its work (" + e.getClass().getSimpleName() + "); not run again\n").getBytes(StandardCharsets.UTF_8));
                stderr.flush();
            } catch (IOException ignored) {
                // nothing more to say
            }
            return 3;
        }
    }
}
