package dev.chancery.result;

import dev.chancery.engine.Justification;
import dev.chancery.model.Claim;
import dev.chancery.model.Event;
import dev.chancery.model.Exclusive;
import dev.chancery.model.SeverPolicy;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Follows a conclusion's justifications down to the stated facts it rests on (events, policies,
 * claims), as the "because" lines of a report. Actors are left out: they are the vocabulary, not
 * reasons.
 */
final class Premises {
    private final Function<Object, List<Justification>> justifications;

    /** Over {@code justifications}: a derived fact's justifications (the reader's, looked up once a fact). */
    Premises(Function<Object, List<Justification>> justifications) {
        this.justifications = justifications;
    }

    /** The stated facts under each derived fact, computed once: conclusions share long chains. */
    private final Map<Object, Set<String>> memo = new IdentityHashMap<>();

    List<String> groundFacts(Object conclusion) {
        return new ArrayList<>(ground(conclusion));
    }

    private Set<String> ground(Object fact) {
        Set<String> known = memo.get(fact);
        if (known != null) {
            return known;
        }
        if (fact instanceof dev.chancery.model.Actor) {
            return Set.of(); // the vocabulary, not a reason; and stated, so nothing lies under it
        }
        String stated = describeStated(fact);
        if (stated != null) {
            known = Set.of(stated);
            memo.put(fact, known);
            return known;
        }
        memo.put(fact, Set.of()); // justifications are acyclic; this only guards against surprises
        List<Set<String>> parts = new ArrayList<>();
        for (Justification j : justifications.apply(fact)) {
            for (Object premise : j.premises()) {
                if (premise instanceof java.util.Collection<?> counted) {
                    counted.forEach(c -> parts.add(ground(c)));
                } else {
                    parts.add(ground(premise));
                }
            }
        }
        Set<String> out = union(parts);
        memo.put(fact, out);
        return out;
    }

    /** The union of {@code parts}; a chain of facts over one premise shares its set instead of copying it. */
    private static Set<String> union(List<Set<String>> parts) {
        Set<String> only = null;
        for (Set<String> part : parts) {
            if (part.isEmpty() || part == only) {
                continue;
            }
            if (only != null) {
                Set<String> out = new LinkedHashSet<>();
                parts.forEach(out::addAll);
                return out;
            }
            only = part;
        }
        return only == null ? Set.of() : only;
    }

    /** A stated fact with its place, or null for derived facts and actors. */
    static String describeStated(Object fact) {
        if (fact instanceof Event e) {
            return e.describe() + " (" + e.origin().at() + ")";
        }
        if (fact instanceof SeverPolicy p) {
            return p.describe() + " (" + p.origin().at() + ")";
        }
        if (fact instanceof Exclusive x) {
            return x.describe() + " (" + x.origin().at() + ")";
        }
        if (fact instanceof Claim c) {
            return c.describe() + " (" + c.origin().at() + ")";
        }
        return null;
    }
}
