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
                String id = idOf(fact);
                if (id != null) {
                    out.add(new Named(id, kindOf(fact), fact));
                }
            }
        }
        return out;
    }

    /** The id a report shows for {@code fact}, or null if it is not a conclusion. */
    public static String idOf(Object fact) {
        if (fact instanceof Severance s) {
            return s.id();
        } else if (fact instanceof ExpectedSeverance e) {
            return e.id();
        } else if (fact instanceof Span span && Span.EXCLUSIVE.equals(span.ending())) {
            return "recognition-ended:" + span.state() + ":" + span.entity() + ":" + span.ended();
        } else if (fact instanceof Span span && Span.LAPSE.equals(span.ending())) {
            return "lapse:" + span.state() + ":" + span.entity() + ":" + span.ended();
        } else if (fact instanceof ClaimConfirmed c) {
            return c.id();
        }
        return null;
    }

    static String kindOf(Object fact) {
        if (fact instanceof Severance) {
            return "severance";
        } else if (fact instanceof ExpectedSeverance) {
            return "expected-severance";
        } else if (fact instanceof Span span) {
            return Span.EXCLUSIVE.equals(span.ending()) ? "recognition-ended" : "lapse";
        }
        return "claim-confirmed";
    }
}
