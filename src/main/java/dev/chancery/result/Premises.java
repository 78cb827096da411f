package dev.chancery.result;

import dev.chancery.engine.Justification;
import dev.chancery.engine.Reasoner;
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

/**
 * Follows a conclusion's justifications down to the stated facts it rests on (events, policies,
 * claims), as the "because" lines of a report. Actors are left out: they are the vocabulary, not
 * reasons.
 */
final class Premises {
    private final Reasoner reasoner;

    Premises(Reasoner reasoner) {
        this.reasoner = reasoner;
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
        Set<String> out = new LinkedHashSet<>();
        String stated = describeStated(fact);
        if (stated != null) {
            out.add(stated);
        } else {
            memo.put(fact, out); // justifications are acyclic; this only guards against surprises
            for (Justification j : reasoner.justifications(fact)) {
                for (Object premise : j.premises()) {
                    if (premise instanceof java.util.Collection<?> counted) {
                        counted.forEach(c -> out.addAll(ground(c)));
                    } else {
                        out.addAll(ground(premise));
                    }
                }
            }
        }
        memo.put(fact, out);
        return out;
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
