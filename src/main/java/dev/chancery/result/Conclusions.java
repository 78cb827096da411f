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
        for (Severance s : reasoner.all(Severance.class)) {
            out.add(new Named(s.id(), "severance", s));
        }
        for (ExpectedSeverance e : reasoner.all(ExpectedSeverance.class)) {
            out.add(new Named(e.id(), "expected-severance", e));
        }
        for (Span span : reasoner.all(Span.class)) {
            if (Span.EXCLUSIVE.equals(span.ending())) {
                out.add(new Named("recognition-ended:" + span.state() + ":" + span.entity() + ":" + span.ended(),
                        "recognition-ended", span));
            } else if (Span.LAPSE.equals(span.ending())) {
                out.add(new Named("lapse:" + span.state() + ":" + span.entity() + ":" + span.ended(), "lapse", span));
            }
        }
        for (ClaimConfirmed c : reasoner.all(ClaimConfirmed.class)) {
            out.add(new Named(c.id(), "claim-confirmed", c));
        }
        return out;
    }
}
