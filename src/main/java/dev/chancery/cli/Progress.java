package dev.chancery.cli;

import dev.chancery.text.Terminal;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What a long run is doing, on stderr: one line ("| compiling rules... 2.3 s") redrawn in place and
 * erased at the end. It appears only once a second has passed, so quick runs print nothing, and
 * only when stderr is a terminal ({@link Terminal}), so logs, pipes and tests never see it; stdout is
 * never touched.
 */
final class Progress implements AutoCloseable {
    private static final long DELAY_MS = 1000;
    private static final long TICK_MS = 125;
    private static final String SPINNER = "|/-\\";

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer;
    private volatile String phase = "starting";
    private boolean drawn;
    private int frame;

    Progress(PrintWriter err, boolean on) {
        this.err = err;
        if (on) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "chancery-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::draw, DELAY_MS, TICK_MS, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    static Progress start(PrintWriter err) {
        return new Progress(err, stderrIsTerminal());
    }

    /** Never shown: for callers that have no terminal to talk to. */
    static Progress silent(PrintWriter err) {
        return new Progress(err, false);
    }

    static boolean stderrIsTerminal() {
        return Terminal.stderrIsTerminal();
    }

    Progress phase(String text) {
        phase = text;
        return this;
    }

    private synchronized void draw() {
        if (timer == null || timer.isShutdown()) {
            return;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        err.print("\r" + SPINNER.charAt(frame++ % SPINNER.length()) + " " + phase + "... "
                + String.format(Locale.ROOT, "%.1f s", seconds) + "\033[K");
        err.flush();
        drawn = true;
    }

    /** Stops and erases the line, before anything else is written to stderr. */
    @Override
    public synchronized void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }
}
