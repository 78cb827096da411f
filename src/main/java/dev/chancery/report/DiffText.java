package dev.chancery.report;

import dev.chancery.result.RelationResult;
import dev.chancery.result.ResultDiff;

/** A diff between two worlds as a person reads it. */
public final class DiffText {
    private DiffText() {
    }

    public static String render(ResultDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("Changes from ").append(diff.b()).append(" to ").append(diff.a()).append("\n");
        if (diff.isEmpty()) {
            return out.append("  (no change)\n").toString();
        }
        section(out, "Tallies", diff.tallies().isEmpty());
        diff.tallies().forEach(t -> out.append("  ").append(t.entity()).append(": ").append(or(t.before())).append(" -> ")
                .append(or(t.after())).append("\n"));
        section(out, "Recognizers", diff.recognizers().isEmpty());
        for (ResultDiff.RecognizerChange r : diff.recognizers()) {
            out.append("  ").append(r.entity()).append(" ").append(r.state()).append(": ")
                    .append(recognizer(r.ordinalBefore(), r.inForceBefore())).append(" -> ")
                    .append(recognizer(r.ordinalAfter(), r.inForceAfter())).append("\n");
        }
        section(out, "Relations", diff.relations().isEmpty());
        for (ResultDiff.RelationChange r : diff.relations()) {
            out.append("  ").append(r.a()).append("-").append(r.b()).append(": ").append(relation(r.before()))
                    .append(" -> ").append(relation(r.after())).append("\n");
        }
        section(out, "Conclusions", diff.conclusionsGained().isEmpty() && diff.conclusionsLost().isEmpty());
        diff.conclusionsGained().forEach(c -> out.append("  + ").append(c).append("\n"));
        diff.conclusionsLost().forEach(c -> out.append("  - ").append(c).append("\n"));
        section(out, "Warnings", diff.warningsGained().isEmpty() && diff.warningsLost().isEmpty());
        diff.warningsGained().forEach(w -> out.append("  + ").append(w.kind()).append(" at ").append(w.at()).append(": ")
                .append(w.message()).append("\n"));
        diff.warningsLost().forEach(w -> out.append("  - ").append(w.kind()).append(" at ").append(w.at()).append(": ")
                .append(w.message()).append("\n"));
        return out.toString();
    }

    private static void section(StringBuilder out, String title, boolean empty) {
        if (!empty) {
            out.append("\n").append(title).append("\n");
        }
    }

    static String or(Integer n) {
        return n == null ? "(absent)" : n.toString();
    }

    static String recognizer(Integer ordinal, boolean inForce) {
        if (ordinal == null && !inForce) {
            return "(none)";
        }
        return (ordinal == null ? "not a member" : TextReport.ordinal(ordinal)) + (inForce ? ", in force" : ", ended");
    }

    static String relation(RelationResult r) {
        if (r == null) {
            return "(none)";
        }
        return r.status() + (r.since() == null ? "" : " since " + r.since())
                + (r.basis() == null ? "" : " (" + r.basis() + (r.confirmed() == null ? "" : r.confirmed()
                ? ", confirmed" : ", unconfirmed") + ")");
    }
}
