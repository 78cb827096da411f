package dev.chancery.result;

import dev.chancery.engine.Reasoner;
import dev.chancery.model.ClaimConfirmed;
import dev.chancery.model.ExpectedSeverance;
import dev.chancery.model.Severance;
import dev.chancery.model.Span;
import java.util.ArrayList;
import java.util.List;

/** The derived facts that reports list as conclusions, each with its id and kind. */
public final class Conclusions {
    /** A conclusion fact and the id reports show for it. */
    public record Named(String id, String kind, Object fact) {
    }

    private Conclusions() {
    }

    public static List<Named> of(Reasoner reasoner) {
        List<Named> out = new ArrayList<>();
        for (Class<?> type : List.of(Severance.class, ExpectedSeverance.class, Span.class, ClaimConfirmed.class)) {
            for (Object fact : reasoner.all(type)) {
                Named named = named(fact);
                if (named != null) {
                    out.add(named);
                }
            }
        }
        return out;
    }

    /** {@code fact} as a conclusion with the id and kind reports show, or null if it is not one. */
    public static Named named(Object fact) {
        if (fact instanceof Severance s) {
            return new Named(s.id(), "severance", s);
        } else if (fact instanceof ExpectedSeverance e) {
            return new Named(e.id(), "expected-severance", e);
        } else if (fact instanceof Span span && Span.EXCLUSIVE.equals(span.ending())) {
            return new Named("recognition-ended:" + span.state() + ":" + span.entity() + ":" + span.ended(),
                    "recognition-ended", span);
        } else if (fact instanceof Span span && Span.LAPSE.equals(span.ending())) {
            return new Named("lapse:" + span.state() + ":" + span.entity() + ":" + span.ended(), "lapse", span);
        } else if (fact instanceof ClaimConfirmed c) {
            return new Named(c.id(), "claim-confirmed", c);
        }
        return null;
    }
}
