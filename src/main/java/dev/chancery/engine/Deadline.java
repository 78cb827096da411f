package dev.chancery.engine;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.kie.api.runtime.KieSession;

/**
 * A command's wall-clock limit on its rules ({@code --timeout}): rules are programs, and one that never ends
 * must not hang the command, nor the daemon that runs it. The clock starts when the command opens its first
 * session (loading the facts and compiling the rules run no rule code, and are not counted). When the time is
 * up, every session the command has open is halted (that ends a runaway firing loop: the command fails with
 * exit 3, {@link Reasoner#fire}); a rule that loops inside its own code never returns to the engine, so if a
 * session is still open a little later, {@link #whenStuck} ends the command: by default the process exits 3
 * with one line on stderr; the daemon stops the command's threads instead, and lives on. Only then: a thread
 * is never stopped outside a session, where it could hold the daemon's shared state (the rules' cache). The
 * command's thread and the threads it starts share the deadline (an inherited thread local), so sessions
 * fired in parts are halted too.
 */
public final class Deadline implements AutoCloseable {
    /** How long a halted command is given to return before it counts as stuck. */
    static final long GRACE_MILLIS = 3_000;

    private static final InheritableThreadLocal<Deadline> CURRENT = new InheritableThreadLocal<>();
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        // inherits nothing of the command that happens to start it (its deadline, its output)
        Thread thread = new Thread(null, r, "chancery-deadline", 0, false);
        thread.setDaemon(true);
        return thread;
    });
    private static volatile Consumer<Deadline> whenStuck = Deadline::exitTheProcess;

    private final long seconds;
    private final PrintWriter err;
    private final Thread owner = Thread.currentThread();
    private final Set<KieSession> sessions = ConcurrentHashMap.newKeySet();
    /** The threads that hold sessions open, with how many: the ones to stop when the command is stuck. */
    private final Map<Thread, Integer> threads = new ConcurrentHashMap<>();
    private ScheduledFuture<?> timer;
    private volatile boolean expired;
    private boolean closed;

    private Deadline(long seconds, PrintWriter err) {
        this.seconds = seconds;
        this.err = err;
    }

    /** Starts the limit for the command this thread runs ({@code seconds} 0: none); close it when the command returns. */
    public static Deadline start(long seconds, PrintWriter err) {
        Deadline deadline = new Deadline(seconds, err);
        CURRENT.set(deadline);
        return deadline;
    }

    /** What ends a command that did not return once halted (the daemon's: stop its threads). */
    public static void whenStuck(Consumer<Deadline> action) {
        whenStuck = action;
    }

    /** The line the command's stderr is given when it is stopped (as for any rule failure, cli/Main.java). */
    public String message() {
        return "rules failed: " + reason();
    }

    private String reason() {
        return "they ran longer than --timeout " + seconds + " s and were stopped (a rule that never ends?"
                + " --timeout SECONDS gives them longer, 0 no limit)";
    }

    public PrintWriter err() {
        return err;
    }

    /** The thread that runs the command. */
    public Thread owner() {
        return owner;
    }

    /** The command's thread and those running its sessions. */
    public List<Thread> threads() {
        List<Thread> all = new ArrayList<>(threads.keySet());
        if (!all.contains(owner)) {
            all.add(owner);
        }
        return all;
    }

    /** Whether the command has returned: a stuck command's threads are stopped only while it has not. */
    public synchronized boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (timer != null) {
                timer.cancel(false);
            }
        }
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }

    /**
     * A session opened on this thread under the current deadline, if any: the first starts the clock; once the
     * time is up, it is halted at once.
     */
    static void opened(KieSession session) {
        Deadline deadline = CURRENT.get();
        if (deadline == null || deadline.seconds == 0) {
            return;
        }
        synchronized (deadline) {
            if (deadline.closed) {
                return;
            }
            deadline.sessions.add(session);
            deadline.threads.merge(Thread.currentThread(), 1, Integer::sum);
            if (deadline.timer == null) {
                deadline.timer = TIMER.schedule(deadline::expire, deadline.seconds, TimeUnit.SECONDS);
            }
            if (deadline.expired) {
                session.halt();
                deadline.watchForStuck();
            }
        }
    }

    static void disposed(KieSession session) {
        Deadline deadline = CURRENT.get();
        if (deadline != null) {
            deadline.sessions.remove(session);
            deadline.threads.computeIfPresent(Thread.currentThread(), (thread, open) -> open == 1 ? null : open - 1);
        }
    }

    /** Throws when the current command's time is up: a halted session returns as if it were done. */
    static void check() {
        Deadline deadline = CURRENT.get();
        if (deadline != null && deadline.expired) {
            throw new TimedOut(deadline.reason());
        }
    }

    private void expire() {
        expired = true;
        sessions.forEach(KieSession::halt);
        watchForStuck();
    }

    /** A command that still has a session open a little after its sessions were halted is stuck in rule code. */
    private void watchForStuck() {
        TIMER.schedule(() -> {
            if (!closed() && !threads.isEmpty()) {
                whenStuck.accept(this); // here, with no thread to start: a loaded machine may have none to give
            }
        }, GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The stand-alone process: one line, exit 3. */
    private static void exitTheProcess(Deadline deadline) {
        deadline.err.println(deadline.message());
        deadline.err.flush();
        System.err.flush();
        Runtime.getRuntime().halt(3);
    }

    /** The rules ran out of time (exit 3, as any rule failure). */
    public static final class TimedOut extends RulesFailedException {
        TimedOut(String message) {
            super(message, null);
        }
    }
}
