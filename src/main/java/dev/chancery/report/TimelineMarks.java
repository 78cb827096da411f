package dev.chancery.report;

import dev.chancery.result.Timeline;
import dev.chancery.result.Timeline.Mark;
import java.util.ArrayList;
import java.util.List;

/** What a timeline chart says about each date: its colour, its label, and the key to both. */
final class TimelineMarks {
    static final String GREEN = "#1e7b34";
    static final String RED = "#b42318";
    static final String GREY = "#7b8794";
    static final String NAVY = "#1d3b6f";

    private TimelineMarks() {
    }

    /** A line of the key: a colour (null: the hollow diamond of an uncounted recognition; "": no symbol) and text. */
    record Key(String color, String text) {
    }

    /** Green for gains, red for losses, grey for lapses, ends and uncounted recognitions, navy for a mix; null: nothing to mark. */
    static String color(Timeline.Point p) {
        boolean gain = false;
        boolean loss = false;
        boolean grey = false;
        for (Mark m : p.marks()) {
            switch (m.kind()) {
                case Mark.RECOGNIZED -> gain = true;
                case Mark.WITHDRAWN, Mark.SWITCHED -> loss = true;
                case Mark.LAPSED, Mark.NOT_COUNTED, Mark.ANNEXED, Mark.DISSOLVED -> grey = true;
                default -> { }
            }
        }
        if (gain && loss) {
            return NAVY;
        }
        return gain ? GREEN : loss ? RED : grey ? GREY : null;
    }

    /** "+RUS +SYR", "−VUT", "annexed by RUS 3 lapsed", "+13 BHR DZA…", "(SOS)"; "~" first for an approximate date. */
    static String label(Timeline.Point p) {
        List<String> parts = new ArrayList<>();
        for (Mark m : p.marks()) {
            if (m.kind().equals(Mark.ANNEXED)) {
                parts.add("annexed by " + m.state());
            } else if (m.kind().equals(Mark.DISSOLVED)) {
                parts.add("dissolved");
            }
        }
        group(parts, p, Mark.RECOGNIZED, "+");
        group(parts, p, Mark.WITHDRAWN, "−");
        group(parts, p, Mark.SWITCHED, "−");
        long lapsed = p.marks().stream().filter(m -> m.kind().equals(Mark.LAPSED)).count();
        if (lapsed > 0) {
            parts.add(lapsed + " lapsed");
        }
        group(parts, p, Mark.NOT_COUNTED, "(");
        boolean approximate = p.marks().stream().anyMatch(Mark::approximate);
        return (approximate ? "~" : "") + String.join(" ", parts);
    }

    private static void group(List<String> parts, Timeline.Point p, String kind, String sign) {
        List<String> states = p.marks().stream().filter(m -> m.kind().equals(kind)).map(Mark::state).toList();
        String close = sign.equals("(") ? ")" : "";
        if (states.size() > 3) {
            parts.add(sign + states.size() + " " + states.get(0) + " " + states.get(1) + "…" + close);
        } else {
            states.forEach(s -> parts.add(sign + s + close));
        }
    }

    /** The key to the kinds of marks this timeline has, and only those. */
    static List<Key> keys(Timeline timeline) {
        List<Mark> marks = timeline.points().stream().flatMap(p -> p.marks().stream()).toList();
        List<Key> keys = new ArrayList<>();
        if (marks.stream().anyMatch(m -> m.kind().equals(Mark.RECOGNIZED))) {
            keys.add(new Key(GREEN, "+ recognition"));
        }
        if (marks.stream().anyMatch(m -> m.kind().equals(Mark.WITHDRAWN) || m.kind().equals(Mark.SWITCHED))) {
            keys.add(new Key(RED, "− withdrawal, or switch to the other side"));
        }
        if (timeline.points().stream().anyMatch(p -> NAVY.equals(color(p)))) {
            keys.add(new Key(NAVY, "both on one date"));
        }
        if (marks.stream().anyMatch(m -> List.of(Mark.LAPSED, Mark.ANNEXED, Mark.DISSOLVED).contains(m.kind()))) {
            keys.add(new Key(GREY, "lapse, annexation or dissolution"));
        }
        if (marks.stream().anyMatch(m -> m.kind().equals(Mark.NOT_COUNTED))) {
            keys.add(new Key(null, "(ABC) recognized by a non-member: not counted"));
        }
        if (marks.stream().anyMatch(Mark::approximate)) {
            keys.add(new Key("", "~ approximate date"));
        }
        return keys;
    }
}
