package dev.chancery.engine;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
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
 *
 * <p>A command that goes on after an evaluation (a batch's scenario, a watch's re-run) gives each its own limit
 * ({@link #evaluate}): a stuck one has its threads stopped there and then, and the command carries on. A
 * deadline started inside one (watch --test runs the test command) is handled the same way.
 */
public final class Deadline implements AutoCloseable {
    /** How long a halted command is given to return before it counts as stuck. */
    static final long GRACE_MILLIS = 3_000;

    private static final InheritableThreadLocal<Deadline> CURRENT = new InheritableThreadLocal<>();
    private static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, r -> {
        // inherits nothing of the command that happens to start it (its deadline, its output)
        Thread thread = new Thread(null, r, "chancery-deadline", 0, false);
        thread.setDaemon(true);
        return thread;
    });

    static {
        // a batch starts a limit for every scenario and cancels it a millisecond later: kept until they were
        // due, 300 s on, the cancelled ones would pile up by the hundred thousand
        TIMER.setRemoveOnCancelPolicy(true);
    }
    private static volatile Consumer<Deadline> whenStuck = Deadline::exitTheProcess;

    private final long seconds;
    private final PrintWriter err;
    private final Thread owner;
    /** An evaluation's limit: its threads are stopped when stuck (not the command's, which goes on). */
    private final boolean stopsItsThreads;
    /** What to do first where threads cannot be stopped (Java 20 on), before the command is ended. */
    private final Runnable beforeGivingUp;
    /** The deadline this one is started within, current again once it is closed. */
    private final Deadline enclosing;
    private volatile boolean stopped;
    private final Set<KieSession> sessions = ConcurrentHashMap.newKeySet();
    /** The threads that hold sessions open, with how many: the ones to stop when the command is stuck. */
    private final Map<Thread, Integer> threads = new ConcurrentHashMap<>();
    private ScheduledFuture<?> timer;
    private volatile boolean expired;
    private boolean closed;

    private Deadline(long seconds, PrintWriter err, Thread owner, boolean stopsItsThreads, Runnable beforeGivingUp) {
        this.seconds = seconds;
        this.err = err;
        this.owner = owner;
        this.stopsItsThreads = stopsItsThreads;
        this.beforeGivingUp = beforeGivingUp;
        this.enclosing = CURRENT.get();
    }

    /** Starts the limit for the command this thread runs ({@code seconds} 0: none); close it when the command returns. */
    public static Deadline start(long seconds, PrintWriter err) {
        Deadline enclosing = CURRENT.get();
        Deadline deadline = enclosing != null && enclosing.stopsItsThreads
                ? new Deadline(seconds, err, enclosing.owner, true, enclosing.beforeGivingUp)
                : new Deadline(seconds, err, Thread.currentThread(), false, null);
        CURRENT.set(deadline);
        return deadline;
    }

    /**
     * Runs one evaluation of a command that goes on after it (a batch's scenario, a watch's re-run) under a limit
     * of its own ({@code seconds} 0: none). Rules that run longer are halted: a loop of firings then ends with
     * {@link TimedOut}, thrown from here. A rule looping in its own code is stopped with its thread (Java 17),
     * and {@code ifStopped} says what the evaluation gives then, from the message ({@link #ranLonger}): the
     * caller drops any session the evaluation used, whose state is unknown. Where threads cannot be stopped
     * (Java 20 on), {@code beforeGivingUp} runs, and the command is ended as a command past its limit is
     * ({@link #whenStuck}: the process exits 3; the daemon answers 3 and retires). {@code command} is the thread
     * that runs the command (the daemon answers its client).
     */
    public static <T> T evaluate(long seconds, PrintWriter err, Thread command, Runnable beforeGivingUp,
                                 Supplier<T> evaluation, Function<String, T> ifStopped) {
        Deadline deadline = new Deadline(seconds, err, command, true, beforeGivingUp);
        CURRENT.set(deadline);
        T result;
        try {
            try {
                result = evaluation.get();
            } finally {
                deadline.close();
                if (deadline.stopped) {
                    deadline.awaitTheStop();
                }
            }
        } catch (ThreadDeath stop) {
            Thread.interrupted(); // the stop interrupts the thread too
            return ifStopped.apply(ranLonger(seconds));
        }
        if (deadline.stopped) { // the stop came and was taken for a rule's failure: the evaluation was stopped all the same
            return ifStopped.apply(ranLonger(seconds));
        }
        return result;
    }

    /**
     * The thread was stopped while its evaluation ran, and a stop not yet delivered (it may have just returned)
     * is delivered at its next sleep: it is taken here, never later in the command's code. (The evaluation may
     * also have taken it already, as a rule's failure: the engine reports what a rule throws.)
     */
    private void awaitTheStop() {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        while (System.nanoTime() < until) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                // the stop interrupts the thread: the ThreadDeath comes next
            }
        }
    }

    /** "ran longer than --timeout N s and were stopped (...)": what rules stopped by a limit of N seconds did. */
    public static String ranLonger(long seconds) {
        return "ran longer than --timeout " + seconds + " s and were stopped (a rule that never ends?"
                + " --timeout SECONDS gives them longer, 0 no limit)";
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
        return "they " + ranLonger(seconds);
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
            if (enclosing == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(enclosing);
            }
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
            if (deadline.sessions.add(session)) { // a live session is registered anew by each evaluation
                deadline.threads.merge(Thread.currentThread(), 1, Integer::sum);
            }
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
        if (deadline != null && deadline.sessions.remove(session)) {
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
                // here, with no thread to start: a loaded machine may have none to give
                if (!stopsItsThreads || !stopItsThreads()) {
                    whenStuck.accept(this);
                }
            }
        }, GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * An evaluation's threads, stopped while it still runs (a thread is never stopped outside it, where it may
     * hold the command's state): false where threads cannot be stopped (Java 20 on), after
     * {@code beforeGivingUp}.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private boolean stopItsThreads() {
        synchronized (this) {
            if (closed) {
                return true;
            }
            try {
                for (Thread thread : threads.keySet()) {
                    thread.stop();
                    stopped = true;
                }
                return true;
            } catch (UnsupportedOperationException cannot) {
                if (beforeGivingUp != null) {
                    beforeGivingUp.run();
                }
                return false;
            }
        }
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
