package dev.chancery.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.reteoo.TupleImpl;
import org.drools.core.rule.consequence.InternalMatch;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.BeliefSet;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The leaves under facts of a session: a derived fact's are the union of the leaves under the facts its
 * justifications matched, down to the facts {@code leaf} accepts (the stated facts, for reasons). Each
 * fact is folded once, however many of the facts asked about share it.
 *
 * <p>Why it looks the way it does: reasons read thousands of facts, and reading them is most of their
 * cost. Each step down is a load from memory that firing left cold (a handle, its equality key, the
 * belief set, the support, the match, each tuple of the match), and each depends on the one before. So
 * the walk goes breadth first, in sweeps: one step for every fact of a level, then the next step for
 * all of them, so that the processor has many independent loads in flight instead of one. What it
 * learns goes into plain int arrays (which fact rests on which), and the folding is done over those.
 * The path down is the one {@link #justifications} takes for one fact, a step at a time.
 *
 * <p>This class is the one place that reads Drools internals (a match's tuple, truth maintenance's belief
 * sets): {@code DroolsVersionTest} pins the version they were checked with, and {@code ArchitectureTest}
 * keeps them here.
 * A set of leaves is a sorted array of their handle ids (a union sorts their ids, with no hashing), and the
 * memo is an array by handle id.
 */
public final class Grounds {
    private static final int[] NONE = new int[0];
    /** In {@link #memo}: a derived fact seen by the walk and not folded yet. */
    private static final int[] PENDING = new int[0];

    private final KieSession session;
    private final Predicate<Object> leaf;
    private final Predicate<Object> ignored;
    /** By handle id: the folded leaves (null: not seen); ids are small and dense within a session. */
    private int[][] memo;
    private Object[] leaves;
    /** The edges found: fact {@code from[k]} rests on fact {@code to[k]} (handle ids). */
    private int[] from;
    private int[] to;
    private int edges;
    /**
     * The handle of an accumulate's collected fact: they come without their handles, and the same facts
     * are counted again and again (every tally claim about an entity counts its recognitions).
     */
    private final Map<Object, InternalFactHandle> byObject = new IdentityHashMap<>(1024);

    /** Leaves are the facts {@code leaf} accepts; facts {@code ignored} accepts are left out, and so is all under them. */
    Grounds(KieSession session, Predicate<Object> leaf, Predicate<Object> ignored) {
        this.session = session;
        this.leaf = leaf;
        this.ignored = ignored;
        // sized for the session: ids run a little past the number of facts (retracted ones keep theirs)
        int facts = (int) Math.min(Integer.MAX_VALUE / 4, session.getFactCount());
        memo = new int[Math.max(1024, facts + facts / 2)][];
        leaves = new Object[memo.length];
        from = new int[Math.max(1024, 2 * facts)]; // about one premise a fact, and an accumulate's collected facts
        to = new int[from.length];
    }

    /**
     * The handle ids of the leaves under each of {@code facts}, ascending; none for a fact the session
     * does not hold. Facts with the same leaves may share one array: do not change them.
     */
    public List<int[]> of(List<?> facts) {
        InternalFactHandle[] roots = new InternalFactHandle[facts.size()];
        for (int i = 0; i < roots.length; i++) {
            roots[i] = handle(facts.get(i));
        }
        walk(roots);
        Folder folder = new Folder();
        int[][] out = new int[roots.length][];
        for (int i = 0; i < roots.length; i++) {
            out[i] = roots[i] == null ? NONE : folder.fold((int) roots[i].getId());
        }
        return Arrays.asList(out);
    }

    /** The leaf with handle id {@code id}, as {@link #of} gave it. */
    public Object leaf(int id) {
        return leaves[id];
    }

    private InternalFactHandle handle(Object fact) {
        InternalFactHandle known = byObject.get(fact);
        if (known == null) {
            FactHandle handle = session.getFactHandle(fact);
            if (!(handle instanceof InternalFactHandle internal)) {
                return null;
            }
            known = internal;
            byObject.put(fact, known);
        }
        return known;
    }

    /**
     * Breadth first from {@code roots} (nulls are skipped): records every edge below, and the leaves. A
     * level's facts are read a step at a time, each step a sweep over all of them.
     */
    private void walk(InternalFactHandle[] roots) {
        Next level = new Next(roots.length);
        Next next = new Next(roots.length * 4);
        for (InternalFactHandle root : roots) {
            level.add(-1, root);
        }
        while (level.size > 0) {
            // the facts not seen yet: one read of each handle, then of each fact
            InternalFactHandle[] handles = level.handles;
            int[] ids = level.owners; // the owners are recorded as edges already: the ids take their place
            int fresh = 0;
            for (int i = 0; i < level.size; i++) {
                InternalFactHandle handle = handles[i];
                if (handle != null) {
                    int id = (int) handle.getId();
                    grow(id);
                    if (memo[id] == null) {
                        memo[id] = PENDING;
                        handles[fresh] = handle;
                        ids[fresh++] = id;
                    }
                }
            }
            // each fact's class first, a sweep of loads with no branch on them, so that they overlap; the
            // tests below then read the facts from the cache. The array is never read: it is there only so
            // that the loads are not optimized away (it warms the cache, and that is all it does)
            Object[] classes = level.scratch(fresh);
            for (int i = 0; i < fresh; i++) {
                classes[i] = handles[i].getObject().getClass();
            }
            next.size = 0;
            int derived = 0;
            for (int i = 0; i < fresh; i++) {
                Object fact = handles[i].getObject();
                int id = ids[i];
                if (ignored.test(fact)) {
                    memo[id] = NONE;
                } else if (leaf.test(fact)) {
                    leaves[id] = fact;
                    memo[id] = new int[] {id};
                } else if (Accumulated.is(fact)) { // an accumulate's collected facts
                    for (Object c : Accumulated.facts(fact)) {
                        next.add(id, handle(c));
                    }
                } else {
                    handles[derived] = handles[i];
                    ids[derived++] = id;
                }
            }
            supports(handles, ids, derived, next);
            for (int k = 0; k < next.size; k++) {
                if (next.handles[k] != null) {
                    edge(next.owners[k], (int) next.handles[k].getId());
                }
            }
            Next done = level;
            level = next;
            next = done;
        }
    }

    /** The premises of each derived fact's matches, into {@code next}: each step a sweep over all of them. */
    private void supports(InternalFactHandle[] derived, int[] ids, int count, Next next) {
        Object[] step = new Object[count];
        for (int i = 0; i < count; i++) {
            step[i] = derived[i].getEqualityKey();
        }
        for (int i = 0; i < count; i++) {
            step[i] = step[i] instanceof TruthMaintenanceSystemEqualityKey key ? key.getBeliefSet() : null;
        }
        for (int i = 0; i < count; i++) {
            step[i] = step[i] instanceof BeliefSet<?> set ? set.getFirst() : null;
        }
        // one cursor per support: a fact with several has its next ones added as they are found
        int[] owners = Arrays.copyOf(ids, count);
        Object[] cursors = step;
        int active = count;
        while (active > 0) {
            SimpleMode[] modes = new SimpleMode[active];
            int[] modeOwners = new int[active];
            int m = 0;
            for (int i = 0; i < active; i++) {
                if (cursors[i] instanceof SimpleMode mode) {
                    modes[m] = mode;
                    modeOwners[m++] = owners[i];
                }
            }
            TupleImpl[] tuples = new TupleImpl[m];
            Object[] following = new Object[m];
            for (int i = 0; i < m; i++) {
                following[i] = modes[i].getNext();
                tuples[i] = (TupleImpl) modes[i].getObject().getJustifier();
            }
            premises(tuples, modeOwners.clone(), m, next);
            cursors = following;
            owners = modeOwners;
            active = m;
        }
    }

    /** Up each match's tuple, all of them a step at a time: each tuple names the fact it matched. */
    private static void premises(TupleImpl[] tuples, int[] owners, int count, Next next) {
        int active = count;
        while (active > 0) {
            int still = 0;
            for (int i = 0; i < active; i++) {
                TupleImpl tuple = tuples[i];
                InternalFactHandle premise = tuple.getFactHandle();
                if (premise != null) { // a `not` or `exists` adds a tuple without a fact
                    next.add(owners[i], premise);
                }
                TupleImpl parent = tuple.getParent();
                if (parent != null) {
                    tuples[still] = parent;
                    owners[still++] = owners[i];
                }
            }
            active = still;
        }
    }

    private void edge(int owner, int premise) {
        if (edges == from.length) {
            from = Arrays.copyOf(from, edges * 2);
            to = Arrays.copyOf(to, edges * 2);
        }
        from[edges] = owner;
        to[edges++] = premise;
    }

    private void grow(int id) {
        if (id >= memo.length) {
            int length = Math.max(id + 1, memo.length * 2);
            memo = Arrays.copyOf(memo, length);
            leaves = Arrays.copyOf(leaves, length);
        }
    }

    /** The next level: premise handles, each with the id of the fact that rests on it. */
    private static final class Next {
        InternalFactHandle[] handles;
        int[] owners;
        int size;
        private Object[] scratch = new Object[0];

        Next(int capacity) {
            handles = new InternalFactHandle[Math.max(16, capacity)];
            owners = new int[handles.length];
        }

        /** A scratch array of at least {@code size} entries, kept from level to level. */
        Object[] scratch(int size) {
            if (scratch.length < size) {
                scratch = new Object[Math.max(size, handles.length)];
            }
            return scratch;
        }

        void add(int owner, InternalFactHandle premise) {
            if (size == handles.length) {
                handles = Arrays.copyOf(handles, size * 2);
                owners = Arrays.copyOf(owners, size * 2);
            }
            owners[size] = owner;
            handles[size++] = premise;
        }
    }

    /** Folds the recorded edges, by fact: each fact's premises are a range of the edges sorted by fact. */
    private final class Folder {
        /** Fact {@code id}'s premises are {@code premises[start[id + 1]]} up to {@code premises[start[id + 2]]}. */
        private final int[] start;
        private final int[] premises;

        Folder() {
            start = new int[memo.length + 2];
            for (int k = 0; k < edges; k++) {
                start[from[k] + 1]++;
            }
            for (int id = 0; id <= memo.length; id++) {
                start[id + 1] += start[id];
            }
            premises = new int[edges];
            for (int k = 0; k < edges; k++) { // placed from each range's end, which leaves start[id + 1] at its beginning
                premises[--start[from[k] + 1]] = to[k];
            }
        }

        /** The premises' leaves together, sorted, without repeats: one buffer, since no fold runs while it is used. */
        private int[] scratch = new int[64];

        int[] fold(int id) {
            int[] known = memo[id];
            if (known != PENDING) {
                return known == null ? NONE : known;
            }
            memo[id] = NONE; // justifications are acyclic; this only guards against surprises
            int first = start[id + 1];
            int end = start[id + 2];
            for (int k = first; k < end; k++) {
                fold(premises[k]);
            }
            // the only non-empty set of leaves is shared, not copied: chains of facts over one premise
            int[] only = null;
            int size = 0;
            for (int k = first; k < end; k++) {
                int[] part = memo[premises[k]];
                if (part == null || part.length == 0 || part == only) {
                    continue;
                }
                if (only == null) {
                    only = part;
                    continue;
                }
                if (size == 0) {
                    size = append(only, 0);
                }
                size = append(part, size);
            }
            int[] out = size > 0 ? sortedDistinct(size) : only != null ? only : NONE;
            memo[id] = out;
            return out;
        }

        private int append(int[] part, int size) {
            if (size + part.length > scratch.length) {
                scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, size + part.length));
            }
            System.arraycopy(part, 0, scratch, size, part.length);
            return size + part.length;
        }

        private int[] sortedDistinct(int size) {
            Arrays.sort(scratch, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (distinct == 0 || scratch[i] != scratch[distinct - 1]) {
                    scratch[distinct++] = scratch[i];
                }
            }
            return Arrays.copyOf(scratch, distinct);
        }
    }

    /** The justifications of a derived fact now (none for a stated fact): {@link Reasoner#justifications}. */
    static List<Justification> justifications(KieSession session, Object derived) {
        List<Justification> out = new ArrayList<>();
        if (session.getFactHandle(derived) instanceof InternalFactHandle handle) {
            forEachMatch(handle, match -> out.add(new Justification(match.getRule().getName(), matchedObjects(match))));
        }
        return out;
    }

    /** The first in name order of the rules that support a derived fact now: {@link Reasoner#firstRule}. */
    static String firstRule(KieSession session, Object derived) {
        String first = null;
        if (session.getFactHandle(derived) instanceof InternalFactHandle handle) {
            for (SimpleMode support = firstSupport(handle); support != null; support = support.getNext()) {
                String rule = support.getObject().getJustifier().getRule().getName();
                if (first == null || rule.compareTo(first) < 0) {
                    first = rule;
                }
            }
        }
        return first;
    }

    /** Each rule match that supports {@code handle}'s fact now (none for a stated fact). */
    private static void forEachMatch(InternalFactHandle handle, Consumer<InternalMatch> action) {
        for (SimpleMode support = firstSupport(handle); support != null; support = support.getNext()) {
            action.accept(support.getObject().getJustifier());
        }
    }

    /**
     * The first of the supports truth maintenance holds for {@code handle}'s fact (each names the match that
     * justifies it; {@code getNext()} is the next), or null for a stated fact.
     */
    private static SimpleMode firstSupport(InternalFactHandle handle) {
        return handle.getEqualityKey() instanceof TruthMaintenanceSystemEqualityKey key && key.getBeliefSet() != null
                ? (SimpleMode) key.getBeliefSet().getFirst() : null;
    }

    /** The objects a match matched, in pattern order: what {@code match.getObjects()} gives, without the array it fills first. */
    private static List<Object> matchedObjects(InternalMatch match) {
        ArrayList<Object> objects = new ArrayList<>(4);
        forEachPremise(match, handle -> objects.add(handle.getObject()));
        Collections.reverse(objects);
        return Collections.unmodifiableList(objects);
    }

    /**
     * The fact handles a match matched, last pattern first: one walk up the match's tuple (a rule
     * terminal's match is its tuple). {@link Grounds} takes the same path for every fact at once.
     */
    private static void forEachPremise(InternalMatch match, Consumer<InternalFactHandle> action) {
        for (TupleImpl tuple = (TupleImpl) match; tuple != null; tuple = tuple.getParent()) {
            InternalFactHandle handle = tuple.getFactHandle();
            if (handle != null) { // a `not` or `exists` adds a tuple without a fact
                action.accept(handle);
            }
        }
    }

}
