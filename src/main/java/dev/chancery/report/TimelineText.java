package dev.chancery.report;

import dev.chancery.model.Actor;
import dev.chancery.result.Timeline;
import java.util.Map;

/** A timeline as a table: date, tally, change, and each event of the date. */
public final class TimelineText {
    private TimelineText() {
    }

    public static String render(Timeline timeline, Map<String, Actor> actors) {
        StringBuilder out = new StringBuilder();
        out.append(timeline.entity()).append(" ").append(timeline.name())
                .append(": the tally over time (UN members whose recognition is in force), as of ")
                .append(timeline.asOf() == null ? "all dates" : timeline.asOf()).append("\n\n");
        if (timeline.points().isEmpty()) {
            return out.append("  (no recognitions, withdrawals or other events of ").append(timeline.entity())
                    .append(")\n").toString();
        }
        out.append(String.format("%-11s  %5s  %6s  %s%n", "date", "tally", "change", "event"));
        for (Timeline.Point p : timeline.points()) {
            boolean first = true;
            for (Timeline.Mark m : p.marks()) {
                String date = first ? (m.approximate() ? "~" : "") + p.date() : "";
                String tally = first ? (p.coverage() == null ? "" : "!") + p.tally() : "";
                String change = m.change() == 0 ? "" : m.change() > 0 ? "+" + m.change() : Integer.toString(m.change());
                out.append(String.format("%-11s  %5s  %6s  %s%n", date, tally, change, named(m.text(), m.state(), actors)));
                first = false;
            }
        }
        if (timeline.points().stream().anyMatch(p -> p.coverage() != null)) {
            out.append("\n").append(COVERAGE_KEY).append("\n");
        }
        return out.toString();
    }

    /** The key to the mark of a tally on a date outside the period the entity's events are complete for. */
    static final String COVERAGE_KEY = "! the date lies outside the period the entity's events are recorded"
            + " completely for: the tally may be wrong";

    /** "PRK recognizes DPR" → "PRK (North Korea) recognizes DPR": the state a mark is about, named once. */
    static String named(String text, String state, Map<String, Actor> actors) {
        Actor actor = state == null ? null : actors.get(state);
        if (actor == null || !text.startsWith(state)) {
            return text;
        }
        return state + " (" + actor.name() + ")" + text.substring(state.length());
    }
}
