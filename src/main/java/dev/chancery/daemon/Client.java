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
import java.nio.file.Path;

/**
 * The launcher's side of the daemon: sends the user's directory and arguments, copies the
 * command's output to this process's streams, exits with its code. Loads none of the engine, so it
 * starts in a fraction of the time. Exit 99 means no daemon answered: the launcher runs the
 * command itself.
 */
public final class Client {
    public static final int NO_DAEMON = 99;

    private Client() {
    }

    public static void main(String[] args) {
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
        boolean received = false;
        try (channel) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            out.writeUTF(cwd);
            out.writeInt(args.length);
            for (String arg : args) {
                out.writeUTF(arg);
            }
            out.flush();
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            while (true) {
                byte kind = in.readByte();
                if (kind == Frames.EXIT) {
                    stdout.flush();
                    stderr.flush();
                    return in.readInt();
                }
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                received = true;
                (kind == Frames.OUT ? stdout : stderr).write(bytes);
            }
        } catch (IOException e) {
            if (!received) {
                return NO_DAEMON; // the daemon went away before answering: run the command here instead
            }
            try {
                stderr.write(("chancery: the daemon stopped in the middle of the command: " + e + "\n").getBytes());
            } catch (IOException ignored) {
                // nothing more to say
            }
            return 3;
        }
    }
}
