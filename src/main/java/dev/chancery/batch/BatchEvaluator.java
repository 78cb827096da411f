package dev.chancery.batch;

import dev.chancery.engine.Deadline;
import dev.chancery.engine.Incremental;
import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RulesFailedException;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.load.Scenario;
import dev.chancery.load.ScenarioReader;
import dev.chancery.load.World;
import dev.chancery.result.Result;
import dev.chancery.result.ResultDiff;
import dev.chancery.text.Printable;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The core of a batch, a function of the compiled rules and one scenario: read it, evaluate it
 * against a live session of its base world (one per base, reused across scenarios), and return its
 * line. Not thread-safe: each worker thread has its own. A bad scenario gives an error line.
 *
 * <p>Each scenario's rules run under a limit of their own ({@code --timeout}, engine/Deadline.java): a scenario
 * whose rules run longer gives an error line, and the session it used, whose state is then unknown, is
 * dropped: the next scenario on that base builds a fresh one. The same goes for a scenario whose rules fail.
 */
public final class BatchEvaluator implements AutoCloseable {
    private final RuleBase rules;
    private final ScenarioReader reader;
    private final long firingLimit;
    private final boolean withReasons;
    private final LineForm form;
    private final long timeoutSeconds;
    private final Thread command;
    private final java.io.PrintWriter err;
    private final java.util.function.Consumer<BatchLine> beforeGivingUp;
    private Map<World, Incremental> sessions = new IdentityHashMap<>();
    private final LineJson json = new LineJson();
    private long readNanos;
    private long jsonNanos;
    private long totalNanos;
    /** The base world's own result by as-of date, for --result diff and summary. */
    private final Map<World, Map<java.time.LocalDate, Result>> baseResults = new IdentityHashMap<>();
    /** Whether each scenario's changes are kept for {@link #lastChanges()}, whatever the line's form. */
    private boolean keepChanges;
    private ResultDiff lastChanges;

    /** Each line in {@code form}, with no limit on a scenario's rules. */
    public BatchEvaluator(RuleBase rules, ScenarioReader reader, long firingLimit, boolean withReasons, LineForm form) {
        this(rules, reader, firingLimit, withReasons, form, 0, Thread.currentThread(),
                new java.io.PrintWriter(System.err, true), line -> { });
    }

    /**
     * Each line in {@code form}, with a limit of {@code timeoutSeconds} on each scenario's rules (0: none).
     * {@code command} is the thread that runs the batch, {@code err} its stderr; {@code beforeGivingUp} writes the
     * line of a scenario whose rules could not be stopped (Java 20 on), before the batch is ended (exit 3; --resume
     * finishes it).
     */
    public BatchEvaluator(RuleBase rules, ScenarioReader reader, long firingLimit, boolean withReasons,
                          LineForm form, long timeoutSeconds, Thread command, java.io.PrintWriter err,
                          java.util.function.Consumer<BatchLine> beforeGivingUp) {
        this.timeoutSeconds = timeoutSeconds;
        this.command = command;
        this.err = err;
        this.beforeGivingUp = beforeGivingUp;
        this.rules = rules;
        this.reader = reader;
        this.firingLimit = firingLimit;
        this.withReasons = withReasons;
        this.form = form;
    }

    /**
     * The longest line of a .jsonl file read as a scenario. A what-if line is a few hundred characters;
     * a line that is not plain JSON is read by the YAML parser, at seconds a megabyte, and Jackson sends
     * a string over 20 million characters there too (a 21 MB line took two minutes). A scenario bigger
     * than this goes in a .yaml file of its own.
     */
    static final int MAX_LINE_CHARS = 1 << 20;

    /**
     * Keeps what each scenario changes from its base, as {@code --result summary} gives it, for
     * {@link #lastChanges()} (a batch on Spark writes them to a table too), whatever the form of the line.
     */
    public BatchEvaluator keepingChanges() {
        this.keepChanges = true;
        return this;
    }

    /** The summary of what the last scenario evaluated changes from its base; null if it failed or none are kept. */
    public ResultDiff lastChanges() {
        return lastChanges;
    }

    public BatchLine evaluate(ScenarioSource source) {
        long start = System.nanoTime();
        lastChanges = null;
        String name = null;
        if (source.isLine() && source.text().length() > MAX_LINE_CHARS) {
            return new BatchLine(source.index(), source.id(), null, source.digest(), false, millis(start), null, null, at(source,
                    String.format("the line is %,d characters long, more than a batch line may have (%,d): put a"
                            + " scenario this big in a .yaml file of its own", source.text().length(), MAX_LINE_CHARS)));
        }
        try {
            Scenario scenario = reader.read(source.text(), source.id().replaceFirst(":\\d+$", ""), source.firstLine(),
                    source.defaultName(), source.folder());
            name = scenario.name();
            readNanos += System.nanoTime() - start;
            String read = name;
            BatchLine timedOut = new BatchLine(source.index(), source.id(), name, source.digest(), false, 0, null, null,
                    "rules " + Deadline.ranLonger(timeoutSeconds));
            java.util.function.Function<String, BatchLine> stopped = ranLonger -> {
                dropAllSessions();
                return new BatchLine(source.index(), source.id(), read, source.digest(), false, millis(start), null, null,
                        timedOut.error());
            };
            // the session of its base, when it is built, under a limit of its own: it is shared by the scenarios
            // on that base, and its time is not the scenario's
            BatchLine failed = Deadline.evaluate(timeoutSeconds, err, command, () -> beforeGivingUp.accept(timedOut),
                    () -> sessionOf(source, scenario, start), stopped);
            if (failed != null) {
                return failed;
            }
            return Deadline.evaluate(timeoutSeconds, err, command, () -> beforeGivingUp.accept(timedOut),
                    () -> evaluate(source, scenario, start), stopped);
        } catch (InputException e) {
            String error = e.getMessage() == null || e.getMessage().isBlank()
                    ? at(source, "no scenario here (expected a JSON object, or a YAML mapping)") : e.getMessage();
            return new BatchLine(source.index(), source.id(), name, source.digest(), false, millis(start), null, null, error);
        } catch (RuntimeException e) {
            return new BatchLine(source.index(), source.id(), name, source.digest(), false, millis(start), null, null,
                    "internal error: " + Printable.message(e.toString()));
        } finally {
            totalNanos += System.nanoTime() - start;
        }
    }

    /** Builds the session of the scenario's base if there is none yet: null, or the line of its failure. */
    private BatchLine sessionOf(ScenarioSource source, Scenario scenario, long start) {
        try {
            // base worlds are cached by the reader, so the same base is the same object
            sessions.computeIfAbsent(scenario.base(), base -> {
                Incremental created = new Incremental(rules, base, firingLimit);
                json.remember(created.baseResult());
                return created;
            });
            return null;
        } catch (Deadline.TimedOut e) {
            return new BatchLine(source.index(), source.id(), scenario.name(), source.digest(), false, millis(start), null, null,
                    "rules " + Deadline.ranLonger(timeoutSeconds) + " on the base world");
        } catch (RulesFailedException e) {
            return new BatchLine(source.index(), source.id(), scenario.name(), source.digest(), false, millis(start), null, null,
                    e.getMessage());
        }
    }

    /** A scenario read, evaluated under its limit on the session of its base. */
    private BatchLine evaluate(ScenarioSource source, Scenario scenario, long start) {
        String name = scenario.name();
        try {
            Incremental session = sessions.get(scenario.base());
            Result result = session.evaluate(scenario.world(), scenario.asOf(), withReasons);
            ResultDiff changes = null;
            if (form != LineForm.FULL || keepChanges) {
                Result base = baseResults.computeIfAbsent(scenario.base(), b -> new java.util.HashMap<>())
                        .computeIfAbsent(scenario.asOf(), d -> session.evaluate(scenario.base(), d, withReasons));
                changes = ResultDiff.of("scenario", result, "base", base);
                lastChanges = keepChanges ? changes.summary() : null;
            }
            if (form != LineForm.FULL) {
                return new BatchLine(source.index(), source.id(), name, source.digest(), true, millis(start), null,
                        form == LineForm.SUMMARY ? changes.summary() : changes, null);
            }
            return new BatchLine(source.index(), source.id(), name, source.digest(), true, millis(start), result, null, null);
        } catch (Deadline.TimedOut e) {
            drop(scenario.base());
            return new BatchLine(source.index(), source.id(), name, source.digest(), false, millis(start), null, null,
                    "rules " + Deadline.ranLonger(timeoutSeconds));
        } catch (RulesFailedException e) {
            drop(scenario.base()); // halted or failed mid-way: its state is unknown
            return new BatchLine(source.index(), source.id(), name, source.digest(), false, millis(start), null, null, e.getMessage());
        }
    }

    /** The session of {@code base}, whose state is unknown, is closed: the next scenario on it builds a fresh one. */
    private void drop(World base) {
        Incremental session = sessions.remove(base);
        if (session != null) {
            json.forget(session.baseResult());
            session.close();
        }
    }

    /**
     * Every session, after this thread was stopped in one (a rule looping in its own code): which one, and in
     * what state, is unknown. Each is disposed if it can be; the next scenarios build fresh ones.
     */
    private void dropAllSessions() {
        Map<World, Incremental> dropped = sessions;
        sessions = new IdentityHashMap<>();
        for (Incremental session : dropped.values()) {
            json.forget(session.baseResult());
            try {
                session.close();
            } catch (RuntimeException unknownState) {
                // left to the garbage collector
            }
        }
    }

    /** "what-ifs.jsonl:17:1: message": the place of a whole scenario, as a reader's messages give it. */
    private static String at(ScenarioSource source, String message) {
        String file = source.isLine() ? source.id().substring(0, source.id().lastIndexOf(':')) : source.id();
        return new Problem(file, source.firstLine(), 1, message).toString();
    }

    /**
     * The line as compact JSON with its newline, reusing what is serialized of the base worlds' results; in
     * this evaluator's buffer, valid until the next call.
     */
    LineJson.Buffer json(BatchLine line) {
        long start = System.nanoTime();
        LineJson.Buffer out = json.write(line);
        jsonNanos += System.nanoTime() - start;
        return out;
    }

    /** The line as compact JSON, without its newline: as a line of {@code batch --out} reads. */
    public String jsonLine(BatchLine line) {
        LineJson.Buffer out = json(line);
        return new String(out.bytes(), 0, out.size() - 1, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Where this evaluator's time went, for {@code -Dchancery.timings=true}. */
    public String timeSpent() {
        return String.format("read scenarios %.0f ms, evaluate %.0f ms (sessions built included), serialize %.0f ms",
                readNanos / 1e6, (totalNanos - readNanos) / 1e6, jsonNanos / 1e6);
    }

    private static double millis(long start) {
        return Math.round((System.nanoTime() - start) / 1e4) / 100.0;
    }

    @Override
    public void close() {
        sessions.values().forEach(Incremental::close);
    }
}
