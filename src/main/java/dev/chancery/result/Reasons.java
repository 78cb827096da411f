package dev.chancery.result;

import dev.chancery.engine.Justification;
import dev.chancery.model.ClaimConfirmed;
import dev.chancery.model.ExpectedSeverance;
import dev.chancery.model.Severance;
import dev.chancery.model.Span;
import dev.chancery.model.RecognitionStart;
import dev.chancery.model.SeverPolicy;
import java.util.ArrayList;
import java.util.List;

/** One-line reasons a reader understands, for the text report. */
final class Reasons {
    private Reasons() {
    }

    /** "PRK recognized DPR on 2022-07-13 and UKR severs relations with recognizers of DPR (policy)". */
    static String severance(Severance s, List<Justification> justifications) {
        if (Severance.EXCLUSIVE.equals(s.basis())) {
            return s.a() + " switched recognition away from " + s.b() + " on " + s.since()
                    + " and so severed relations with it (exclusive recognition)";
        }
        List<String> parts = new ArrayList<>();
        for (Justification j : justifications) {
            RecognitionStart start = first(j, RecognitionStart.class);
            SeverPolicy policy = first(j, SeverPolicy.class);
            if (start != null && policy != null) {
                parts.add(start.state() + " recognized " + start.entity() + " on " + start.date() + " and "
                        + policy.holder() + " severs relations with recognizers of " + policy.entity() + " (policy"
                        + (policy.since() == null ? "" : " since " + policy.since())
                        + (policy.until() == null ? "" : " until " + policy.until()) + ")");
            }
        }
        return parts.isEmpty() ? s.a() + " severs relations with " + s.b() + " (policy)"
                : String.join("; ", parts.stream().sorted().toList());
    }

    private static <T> T first(Justification j, Class<T> type) {
        return j.premises().stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
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
