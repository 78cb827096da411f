package dev.chancery.engine;

import dev.chancery.load.World;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A live session over one world: insert the facts, fire, read the results. Kept open so that
 * premises can be removed or added and the conclusions follow (truth maintenance).
 * A session is not thread-safe; always close it.
 */
public final class Reasoner implements AutoCloseable {
    /** Enough for any real world; a loop that reaches it is a runaway. */
    public static final long DEFAULT_FIRING_LIMIT = 5_000_000L;

    private final KieSession session;
    private final long firingLimit;
    private final FactIndex index = new FactIndex();
    /** Stated facts by value: a scenario names the base facts it removes by equal objects. */
    private final Map<Object, FactHandle> handles = new HashMap<>();

    public Reasoner(RuleBase rules) {
        this(rules, DEFAULT_FIRING_LIMIT);
    }

    public Reasoner(RuleBase rules, long firingLimit) {
        this(rules.kieBase(), firingLimit);
    }

    /** A session of {@code rules}, a pass's (RuleBase#forPass). */
    public Reasoner(org.kie.api.KieBase rules, long firingLimit) {
        this.session = rules.newKieSession();
        this.firingLimit = firingLimit;
        session.addEventListener(index);
        Deadline.opened(session);
    }

    /**
     * Puts this live session under the limit of the evaluation this thread runs now (a batch's scenario): it
     * is halted if that evaluation runs out of time, and the clock starts if it had not.
     */
    public Reasoner underCurrentDeadline() {
        Deadline.opened(session);
        return this;
    }

    /** Listens to the agenda (rule coverage, tracing); add before inserting. */
    public Reasoner listen(org.kie.api.event.rule.AgendaEventListener listener) {
        session.addEventListener(listener);
        return this;
    }

    public Reasoner insert(World world) {
        world.facts().forEach(this::insert);
        return this;
    }

    public Reasoner insert(Object fact) {
        if (handles.containsKey(fact)) {
            throw new IllegalArgumentException("already inserted: " + fact);
        }
        handles.put(fact, session.insert(fact));
        return this;
    }

    /** Removes a fact inserted earlier; its conclusions go with it once fired. */
    public Reasoner delete(Object fact) {
        FactHandle handle = handles.remove(fact);
        if (handle == null) {
            throw new IllegalArgumentException("not inserted: " + fact);
        }
        session.delete(handle);
        return this;
    }

    /**
     * The firing limit: as given, but the default grows with the world (100 firings a stated fact), so
     * that a million events are not taken for a runaway loop.
     */
    private long limit() {
        return firingLimit == DEFAULT_FIRING_LIMIT ? Math.max(firingLimit, 100L * handles.size()) : firingLimit;
    }

    /** Fires to quiescence; returns the number of rules fired. */
    public long fire() {
        int fired;
        long firingLimit = limit();
        Deadline.check();
        try {
            fired = session.fireAllRules((int) Math.min(Integer.MAX_VALUE, firingLimit));
            Deadline.check(); // halted because the time was up, not done
        } catch (Deadline.TimedOut e) {
            throw e;
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root instanceof OutOfMemoryError outOfMemory) {
                // the heap, not a rule: a constraint compiled while firing can run out of it too (cli/Main.java says what to do)
                throw outOfMemory;
            }
            throw new RulesFailedException("a rule failed: " + describe(e) + (root != e ? " (" + describe(root) + ")" : ""), e);
        }
        if (fired >= firingLimit) {
            throw new RulesFailedException("the rules fired " + fired + " times and were stopped by the firing limit:"
                    + " a rule probably triggers itself in a loop", null);
        }
        return fired;
    }

    /**
     * Every fact of {@code type} (or a subtype) in the session, stated or derived: read from the session's
     * store for the class (a class filter goes to it directly), in no order a caller may rely on.
     */
    public <T> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object fact : session.getObjects(new ClassObjectFilter(type))) {
            out.add(type.cast(fact));
        }
        return out;
    }

    /** Every fact about one entity now: its spans, ordinals, tally and status (facts that are {@code AboutEntity}). */
    public List<Object> about(String entity) {
        return index.about(entity);
    }

    /** Starts recording which facts are inserted or deleted; see {@link #changedSinceMark()}. */
    public void mark() {
        index.mark();
    }

    /** The facts inserted or deleted since {@link #mark()} (old and new values both), and stops recording. */
    public Collection<Object> changedSinceMark() {
        return index.changedSinceMark();
    }

    /**
     * The justifications of a derived fact, read from truth maintenance: each is the rule match that
     * supports it now, so a retracted support is gone and a second support is there.
     */
    public List<Justification> justifications(Object derived) {
        return Grounds.justifications(session, derived);
    }

    /**
     * The name of the rule that supports a derived fact now, the first in name order if several do (the
     * order truth maintenance keeps them in differs between a fresh and an incremental run); null for a
     * stated fact. Every conclusion of a result names one, so this reads no premises.
     */
    public String firstRule(Object derived) {
        return Grounds.firstRule(session, derived);
    }

    /** Folds the leaves under derived facts, as {@link Grounds} says; one walk, so that facts are folded once. */
    public Grounds grounds(Predicate<Object> leaf, Predicate<Object> ignored) {
        return new Grounds(session, leaf, ignored);
    }

    /** How many answers a DRL query gives now. */
    public int count(String query, Object... args) {
        return session.getQueryResults(query, args).size();
    }

    public Collection<? extends Object> facts() {
        return session.getObjects();
    }

    @Override
    public void close() {
        Deadline.disposed(session);
        session.dispose();
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
