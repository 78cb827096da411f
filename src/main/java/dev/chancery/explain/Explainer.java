package dev.chancery.explain;

import dev.chancery.engine.Accumulated;
import dev.chancery.engine.Justification;
import dev.chancery.engine.Reasoner;
import dev.chancery.engine.RuleCatalog;
import dev.chancery.model.Actor;
import dev.chancery.model.Claim;
import dev.chancery.model.Event;
import dev.chancery.model.Exclusive;
import dev.chancery.model.Origin;
import dev.chancery.model.Stated;
import dev.chancery.model.SeverPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds the derivation tree of a fact from truth maintenance's justifications, down to stated facts. */
public final class Explainer {
    private final Reasoner reasoner;
    private final RuleCatalog catalog;

    public Explainer(Reasoner reasoner, RuleCatalog catalog) {
        this.reasoner = reasoner;
        this.catalog = catalog;
    }

    public Derivation explain(Object fact) {
        return node(fact, new HashSet<>());
    }

    private Derivation node(Object fact, Set<Object> seen) {
        Origin origin = fact instanceof Stated stated ? stated.origin() : null;
        String text = FactText.of(fact);
        if (origin != null) {
            return new Derivation(text, origin.at(), origin.source() == null ? null : origin.source().describe(),
                    origin.quote(), null, null);
        }
        if (!seen.add(fact)) {
            return new Derivation(text, null, null, null, Boolean.TRUE, null);
        }
        List<Derivation.Support> supports = new ArrayList<>();
        for (Justification j : reasoner.justifications(fact)) {
            RuleCatalog.Entry rule = catalog.get(j.rule());
            List<Derivation> premises = new ArrayList<>();
            for (Object premise : j.premises()) {
                if (Accumulated.is(premise)) {
                    // an accumulate's collected facts: each one counted is a premise of its own
                    Accumulated.facts(premise).forEach(c -> premises.add(node(c, seen)));
                } else {
                    premises.add(node(premise, seen));
                }
            }
            supports.add(new Derivation.Support(j.rule(), rule == null ? null : rule.at(), premises));
        }
        return new Derivation(text, null, null, null, null, supports);
    }
}
