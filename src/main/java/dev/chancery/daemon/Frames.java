package dev.chancery.daemon;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The daemon's wire format. Request: the user's directory, then the arguments (UTF strings after a count).
 * Then a handshake that tells "the daemon never started the command" (the launcher may run it itself) from
 * "it started" (it must not: a side effect would happen twice): the server answers {@code READY}, the client
 * {@code GO} (from here on it never runs the command itself), and the server sends {@code STARTED} just
 * before it runs the command. Response: frames of {@code OUT}/{@code ERR} bytes, then {@code EXIT} with the code.
 */
final class Frames {
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    static final byte READY = 4;
    static final byte GO = 5;
    static final byte STARTED = 6;

    private Frames() {
    }

    /** A stream that sends what is written to it as frames of one kind. */
    static OutputStream of(byte kind, DataOutputStream socket) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (length == 0) {
                    return;
                }
                synchronized (socket) {
                    socket.writeByte(kind);
                    socket.writeInt(length);
                    socket.write(bytes, offset, length);
                    socket.flush();
                }
            }
        };
    }

    /** A one-byte frame (the handshake's, or {@code EXIT} before its code), sent at once. */
    static void send(DataOutputStream socket, byte kind) throws IOException {
        synchronized (socket) {
            socket.writeByte(kind);
            socket.flush();
        }
    }
}
