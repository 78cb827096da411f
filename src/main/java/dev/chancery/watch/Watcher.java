package dev.chancery.watch;

import dev.chancery.text.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Re-runs an action whenever a rule or facts file changes. A save is taken once the files have
 * stood still for a settle time, so an editor's half-written file is not read mid-write; and when
 * the action fails on bad input, the error is shown and the last good output is kept (not
 * replaced) until a save makes things good again.
 */
public final class Watcher {
    /** One run of the action: its output, or the error that stopped it. */
    public record Outcome(String output, String error) {
        public static Outcome ok(String output) {
            return new Outcome(output, null);
        }

        public static Outcome failed(String error) {
            return new Outcome(null, error);
        }
    }

    private final List<Path> roots;
    private final long pollMillis;
    private final long settleMillis;

    public Watcher(List<Path> roots, long pollMillis, long settleMillis) {
        this.roots = roots;
        this.pollMillis = pollMillis;
        this.settleMillis = settleMillis;
    }

    /** Runs {@code action} now and after every settled change, until {@code stop} says so. */
    public void loop(Supplier<Outcome> action, PrintWriter out, BooleanSupplier stop) throws InterruptedException {
        Snapshot seen = Snapshot.of(roots);
        String lastGood = show(action.get(), null, out);
        while (!stop.getAsBoolean()) {
            Thread.sleep(pollMillis);
            Snapshot now = Snapshot.of(roots);
            if (now.equals(seen)) {
                continue;
            }
            // wait until the files stand still: an editor may write a file in several steps
            Snapshot settled = now;
            do {
                Thread.sleep(settleMillis);
                now = settled;
                settled = Snapshot.of(roots);
            } while (!settled.equals(now) && !stop.getAsBoolean());
            seen = settled;
            out.println();
            out.println("== change seen at " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + ", re-running");
            lastGood = show(action.get(), lastGood, out);
        }
    }

    private static String show(Outcome outcome, String lastGood, PrintWriter out) {
        if (outcome.error() == null) {
            out.print(Printable.text(outcome.output())); // names from facts may hold escape sequences
            out.flush();
            return outcome.output();
        }
        out.println(Printable.text(outcome.error()));
        out.println(lastGood == null ? "== no good result yet: fix the error above and save"
                : "== the last good result stands until the error above is fixed");
        out.flush();
        return lastGood;
    }
}
