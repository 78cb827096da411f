package dev.chancery.daemon;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The daemon's wire format. Request: the user's directory, then the arguments (UTF strings after
 * a count). Response: frames of {@code OUT}/{@code ERR} bytes, then {@code EXIT} with the code.
 */
final class Frames {
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;

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
}
