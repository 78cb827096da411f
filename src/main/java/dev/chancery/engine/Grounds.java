package dev.chancery.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.reteoo.TupleImpl;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The leaves under each fact of a session: a derived fact's are the union of the leaves under the facts
 * its justifications matched, down to the facts {@code leaf} names (the stated facts, for reasons). Each
 * fact is folded once a walk, however many conclusions share it.
 *
 * <p>Why it walks fact handles rather than facts: a match's tuple already holds the handles of what it
 * matched, so going down needs no lookup of a fact's handle (a hash of the whole record), and the memo is
 * an array by handle id instead of a map. Reasons read thousands of facts, and this is most of their cost.
 */
public final class Grounds {
    private final KieSession session;
    private final Function<Object, Set<String>> leaf;
    /** By fact handle id: ids are small and dense within a session. */
    @SuppressWarnings("unchecked")
    private Set<String>[] memo = new Set[1024];

    /** {@code leaf} gives a fact's own set if it is a leaf (empty to leave it out), or null to fold its supports. */
    Grounds(KieSession session, Function<Object, Set<String>> leaf) {
        this.session = session;
        this.leaf = leaf;
    }

    /** The leaves under {@code fact}; empty if the session does not hold it. Shared: do not change it. */
    public Set<String> of(Object fact) {
        FactHandle handle = session.getFactHandle(fact);
        return handle instanceof InternalFactHandle internal ? ground(internal) : Set.of();
    }

    private Set<String> ground(InternalFactHandle handle) {
        int id = (int) handle.getId();
        if (id >= memo.length) {
            memo = Arrays.copyOf(memo, Math.max(id + 1, memo.length * 2));
        }
        Set<String> known = memo[id];
        if (known != null) {
            return known;
        }
        Object fact = handle.getObject();
        known = leaf.apply(fact);
        if (known != null) {
            memo[id] = known;
            return known;
        }
        memo[id] = Set.of(); // justifications are acyclic; this only guards against surprises
        Union union = new Union();
        Reasoner.forEachMatch(handle, match -> {
            for (TupleImpl tuple = (TupleImpl) match; tuple != null; tuple = tuple.getParent()) {
                InternalFactHandle premise = tuple.getFactHandle();
                if (premise == null) {
                    continue; // a `not` or `exists` adds a tuple without a fact
                }
                if (premise.getObject() instanceof Collection<?> counted) { // an accumulate's collected facts
                    counted.forEach(c -> union.add(of(c)));
                } else {
                    union.add(ground(premise));
                }
            }
        });
        Set<String> out = union.result();
        memo[id] = out;
        return out;
    }

    /** A union of sets that shares the only non-empty one instead of copying it: chains of facts over one premise. */
    private static final class Union {
        private Set<String> only;
        private Set<String> copy;

        void add(Set<String> part) {
            if (part.isEmpty() || part == only) {
                return;
            }
            if (only == null) {
                only = part;
                return;
            }
            if (copy == null) {
                copy = new LinkedHashSet<>(only);
            }
            copy.addAll(part);
        }

        Set<String> result() {
            return copy != null ? copy : only != null ? only : Set.of();
        }
    }
}
