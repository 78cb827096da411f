package dev.chancery.batch;

import dev.chancery.text.Terminal;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A batch's progress on stderr: done/total, rate and time left; redrawn in place when stderr is a terminal
 * ({@link Terminal}, as the other commands' progress line), a line every five seconds otherwise (a log).
 */
final class BatchProgress {
    private final PrintStream err;
    private final int total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile long lastShown;

    BatchProgress(PrintStream err, int total) {
        this.err = err;
        this.total = total;
        this.terminal = Terminal.stderrIsTerminal();
    }

    void finished(boolean ok) {
        done.incrementAndGet();
        if (!ok) {
            failed.incrementAndGet();
        }
        long now = System.nanoTime();
        // at most four redraws a second on a terminal, a line every five seconds in a log
        if (now - lastShown > (terminal ? 250_000_000L : 5_000_000_000L)) {
            lastShown = now;
            show(false);
        }
    }

    synchronized void show(boolean last) {
        int n = done.get();
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        double rate = n / seconds;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * n / total);
        String bar = "#".repeat(filled) + ".".repeat(width - filled);
        String eta = rate > 0 ? String.format("%.0f s", (total - n) / rate) : "?";
        String text = String.format("[%s] %d/%d  %.0f/s  %d failed  ETA %s", bar, n, total, rate, failed.get(), eta);
        err.print(terminal ? "\r" + text + (last ? "\n" : "") : text + "\n");
        err.flush();
    }

    int done() {
        return done.get();
    }

    int failed() {
        return failed.get();
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
