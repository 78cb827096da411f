package dev.chancery.result;

import dev.chancery.engine.Justification;
import dev.chancery.model.ClaimConfirmed;
import dev.chancery.model.ExpectedSeverance;
import dev.chancery.model.IsoDate;
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
            return s.a() + " switched recognition away from " + s.b() + " on " + IsoDate.of(s.since())
                    + " and so severed relations with it (exclusive recognition)";
        }
        List<String> parts = new ArrayList<>();
        for (Justification j : justifications) {
            RecognitionStart start = first(j, RecognitionStart.class);
            SeverPolicy policy = first(j, SeverPolicy.class);
            if (start != null && policy != null) {
                parts.add(start.state() + " recognized " + start.entity() + " on " + IsoDate.of(start.date()) + " and "
                        + policy.holder() + " severs relations with recognizers of " + policy.entity() + " (policy"
                        + (policy.since() == null ? "" : " since " + IsoDate.of(policy.since()))
                        + (policy.until() == null ? "" : " until " + IsoDate.of(policy.until())) + ")");
            }
        }
        if (parts.isEmpty()) {
            return s.a() + " severs relations with " + s.b() + " (policy)";
        }
        parts.sort(null);
        return String.join("; ", parts);
    }

    private static <T> T first(Justification j, Class<T> type) {
        for (Object premise : j.premises()) {
            if (type.isInstance(premise)) {
                return type.cast(premise);
            }
        }
        return null;
    }

    static String expected(ExpectedSeverance e) {
        return e.a() + " severed relations with an earlier recognizer of an entity it claims; "
                + e.b() + " recognized one on " + IsoDate.of(e.since()) + " (precedent, a prediction)";
    }

    static String recognitionEnded(Span span) {
        return span.state() + " recognized the other side of an exclusive pair on " + IsoDate.of(span.ended())
                + ", ending its recognition of " + span.entity() + " in force since " + IsoDate.of(span.since());
    }

    static String lapse(Span span) {
        return span.entity() + " ceased on " + IsoDate.of(span.ended()) + ", so " + span.state()
                + "'s recognition since " + IsoDate.of(span.since()) + " lapsed";
    }

    static String claim(ClaimConfirmed c) {
        return "the source's " + c.claim().kind() + " " + c.claim().value() + " is what the rules compute";
    }
}
