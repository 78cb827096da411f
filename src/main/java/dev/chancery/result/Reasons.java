package dev.chancery.result;

import dev.chancery.model.Actor;
import dev.chancery.model.ClaimConfirmed;
import dev.chancery.model.ExpectedSeverance;
import dev.chancery.model.Severance;
import dev.chancery.model.Span;
import java.util.Map;

/** One-line reasons a reader understands, for the text report. */
final class Reasons {
    private Reasons() {
    }

    static String severance(Severance s, Map<String, Actor> actors) {
        if (Severance.EXCLUSIVE.equals(s.basis())) {
            return s.a() + " switched recognition away from " + s.b() + " on " + s.since()
                    + " and so severed relations with it (exclusive recognition)";
        }
        return s.a() + " severs relations with states that recognize entities it claims (policy); "
                + s.b() + " recognized one on " + s.since();
    }

    static String expected(ExpectedSeverance e) {
        return e.a() + " severed relations with an earlier recognizer of an entity it claims; "
                + e.b() + " recognized one on " + e.since() + " (precedent, a prediction)";
    }

    static String recognitionEnded(Span span) {
        return span.state() + " recognized the other side of an exclusive pair on " + span.ended()
                + ", ending its recognition of " + span.entity() + " in force since " + span.since();
    }

    static String lapse(Span span) {
        return span.entity() + " ceased on " + span.ended() + ", so " + span.state()
                + "'s recognition since " + span.since() + " lapsed";
    }

    static String claim(ClaimConfirmed c) {
        return "the source's " + c.claim().kind() + " " + c.claim().value() + " is what the rules compute";
    }
}
