package dev.chancery.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The leaves under each fact of a session: a derived fact's are the union of the leaves under the facts
 * its justifications matched, down to the facts {@code leaf} accepts (the stated facts, for reasons).
 * Each fact is folded once a walk, however many conclusions share it.
 *
 * <p>Why it looks the way it does: reasons read thousands of facts, and this walk is most of their
 * cost. A match's tuple already holds the handles of what it matched, so going down needs no lookup of
 * a fact's handle (a hash of the whole record); a set of leaves is a sorted array of their handle ids
 * (a union is a merge, with no hashing of strings), and the memo is an array by handle id.
 */
public final class Grounds {
    private static final int[] NONE = new int[0];

    private final KieSession session;
    private final Predicate<Object> leaf;
    private final Predicate<Object> ignored;
    /** By fact handle id: ids are small and dense within a session. */
    private int[][] memo = new int[1024][];
    private Object[] leaves = new Object[1024];
    /**
     * {@link #of} by the fact itself: an accumulate's collected facts come without their handles, and the
     * same facts are counted again and again (every tally claim about an entity counts its recognitions).
     * By identity: finding the handle makes the fact's identity hash anyway, and after that it is one read,
     * where a record's hash reads every field (measured: a little faster than a map by value).
     */
    private final Map<Object, int[]> byObject = new IdentityHashMap<>(2048);

    /** Leaves are the facts {@code leaf} accepts; facts {@code ignored} accepts are left out, and so is all under them. */
    Grounds(KieSession session, Predicate<Object> leaf, Predicate<Object> ignored) {
        this.session = session;
        this.leaf = leaf;
        this.ignored = ignored;
    }

    /** The handle ids of the leaves under {@code fact}, ascending; none if the session does not hold it. Shared: do not change it. */
    public int[] of(Object fact) {
        int[] known = byObject.get(fact);
        if (known == null) {
            FactHandle handle = session.getFactHandle(fact);
            known = handle instanceof InternalFactHandle internal ? ground(internal) : NONE;
            byObject.put(fact, known);
        }
        return known;
    }

    /** The leaf with handle id {@code id}, as {@link #of} gave it. */
    public Object leaf(int id) {
        return leaves[id];
    }

    private int[] ground(InternalFactHandle handle) {
        int id = (int) handle.getId();
        if (id >= memo.length) {
            memo = Arrays.copyOf(memo, Math.max(id + 1, memo.length * 2));
        }
        int[] known = memo[id];
        if (known != null) {
            return known;
        }
        Object fact = handle.getObject();
        if (ignored.test(fact)) {
            known = NONE;
        } else if (leaf.test(fact)) {
            if (id >= leaves.length) {
                leaves = Arrays.copyOf(leaves, Math.max(id + 1, leaves.length * 2));
            }
            leaves[id] = fact;
            known = new int[] {id};
        }
        if (known != null) {
            memo[id] = known;
            return known;
        }
        memo[id] = NONE; // justifications are acyclic; this only guards against surprises
        Union union = new Union();
        Reasoner.forEachMatch(handle, match -> Reasoner.forEachPremise(match, premise -> {
            int premiseId = (int) premise.getId();
            if (premiseId < memo.length && memo[premiseId] != null) {
                union.add(memo[premiseId]); // folded already: no need to look at the fact
            } else if (premise.getObject() instanceof Collection<?> counted) { // an accumulate's collected facts
                counted.forEach(c -> union.add(of(c)));
            } else {
                union.add(ground(premise));
            }
        }));
        int[] out = union.result();
        memo[id] = out;
        return out;
    }

    /** A union of sorted id sets that shares the only non-empty one instead of copying it: chains of facts over one premise. */
    private static final class Union {
        private int[] only;
        private int[] all;
        private int size;

        void add(int[] part) {
            if (part.length == 0 || part == only) {
                return;
            }
            if (only == null) {
                only = part;
                return;
            }
            if (all == null) {
                all = Arrays.copyOf(only, Math.max(16, only.length + part.length));
                size = only.length;
            }
            if (size + part.length > all.length) {
                all = Arrays.copyOf(all, Math.max(all.length * 2, size + part.length));
            }
            System.arraycopy(part, 0, all, size, part.length);
            size += part.length;
        }

        int[] result() {
            if (all == null) {
                return only != null ? only : NONE;
            }
            Arrays.sort(all, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (distinct == 0 || all[i] != all[distinct - 1]) {
                    all[distinct++] = all[i];
                }
            }
            return Arrays.copyOf(all, distinct);
        }
    }
}
