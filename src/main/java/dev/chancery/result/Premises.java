package dev.chancery.result;

import dev.chancery.engine.Grounds;
import dev.chancery.engine.Reasoner;
import dev.chancery.model.Claim;
import dev.chancery.model.Event;
import dev.chancery.model.Exclusive;
import dev.chancery.model.SeverPolicy;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows a conclusion's justifications down to the stated facts it rests on (events, policies,
 * claims), as the "because" lines of a report. Actors are left out: they are the vocabulary, not
 * reasons.
 */
final class Premises {
    private final Grounds grounds;

    Premises(Reasoner reasoner) {
        this.grounds = reasoner.grounds(Premises::leaf);
    }

    /** The sorted "because" list of each set, kept by identity: conclusions over one chain share one. */
    private final Map<Set<String>, List<String>> sorted = new IdentityHashMap<>();

    /** The stated facts under {@code conclusion}, sorted. */
    List<String> groundFacts(Object conclusion) {
        return sorted.computeIfAbsent(grounds.of(conclusion), facts -> facts.stream().sorted().toList());
    }

    /** A stated fact's own line; none for an actor (the vocabulary, not a reason); null for a derived fact. */
    private static Set<String> leaf(Object fact) {
        if (fact instanceof dev.chancery.model.Actor) {
            return Set.of();
        }
        String stated = describeStated(fact);
        return stated == null ? null : Set.of(stated);
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
