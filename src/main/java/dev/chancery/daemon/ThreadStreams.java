package dev.chancery.daemon;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The daemon's System.out and System.err, which it serves several commands through at once: what a command's
 * thread (or a thread it starts: the parts of a world, a rule's own System.out) writes goes to its client;
 * anything else to the daemon's log.
 */
final class ThreadStreams {
    private static final InheritableThreadLocal<PrintStream> OUT = new InheritableThreadLocal<>();
    private static final InheritableThreadLocal<PrintStream> ERR = new InheritableThreadLocal<>();
    private static boolean installed;

    private ThreadStreams() {
    }

    static synchronized void install() {
        if (!installed) {
            System.setOut(routed(OUT, System.out));
            System.setErr(routed(ERR, System.err));
            installed = true;
        }
    }

    /** This thread's commands write to {@code out} and {@code err} until {@link #clear}. */
    static void use(PrintStream out, PrintStream err) {
        OUT.set(out);
        ERR.set(err);
    }

    static void clear() {
        OUT.remove();
        ERR.remove();
    }

    private static PrintStream routed(ThreadLocal<PrintStream> current, PrintStream log) {
        return new PrintStream(new OutputStream() {
            private PrintStream target() {
                PrintStream stream = current.get();
                return stream != null ? stream : log;
            }

            @Override
            public void write(int b) {
                target().write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                target().write(bytes, offset, length);
            }

            @Override
            public void flush() {
                target().flush();
            }
        }, true, StandardCharsets.UTF_8);
    }
}
