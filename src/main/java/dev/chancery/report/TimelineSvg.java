package dev.chancery.report;

import static dev.chancery.report.Html.esc;

import dev.chancery.model.Actor;
import dev.chancery.result.Timeline;
import dev.chancery.result.Timeline.Mark;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A timeline as a step chart in plain SVG, drawn by hand: the tally steps up at each recognition
 * and down at each withdrawal, switch or lapse; every date with a change has a marker, and a label
 * above the plot (in lanes, so labels never overlap; those that find no room are counted under the
 * chart, and every marker keeps its full text as a tooltip).
 */
public final class TimelineSvg {
    private static final int WIDTH = 960;
    private static final int LEFT = 52;
    private static final int RIGHT = 28;
    private static final int TITLED = 34;
    private static final int UNTITLED = 18;
    private static final int LANE = 15;
    private static final int MAX_LANES = 6;
    private static final int LEGEND_ROW = 16;
    private static final double CHAR = 6.2; // average advance of an 11 px sans-serif glyph
    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
    private static final String GREEN = "#1e7b34";
    private static final String RED = "#b42318";
    private static final String GREY = "#7b8794";
    private static final String NAVY = "#1d3b6f";

    private final Timeline timeline;
    private final Map<String, Actor> actors;
    /** The height of the title row: none inside a page that titles the chart itself, bar the "left out" note. */
    private final int title;
    /** The height of the plot: lower inside a page, where the chart sits among tables. */
    private final int plot;
    private LocalDate start;
    private LocalDate end;
    private int top;
    private int yMax;

    private TimelineSvg(Timeline timeline, Map<String, Actor> actors, boolean titled) {
        this.timeline = timeline;
        this.actors = actors;
        this.title = titled ? TITLED : UNTITLED;
        this.plot = titled ? 190 : 150;
    }

    /** A chart on its own: titled with the entity and the as-of date. */
    public static String render(Timeline timeline, Map<String, Actor> actors) {
        return new TimelineSvg(timeline, actors, true).draw();
    }

    /** A chart for a page that titles it. */
    public static String renderUntitled(Timeline timeline, Map<String, Actor> actors) {
        return new TimelineSvg(timeline, actors, false).draw();
    }

    private record Label(double x, int tally, String text, String color, String tooltip) {
        double width() {
            return text.length() * CHAR;
        }
    }

    private String draw() {
        List<Timeline.Point> points = timeline.points();
        range(points);
        yMax = niceTop(points.stream().mapToInt(Timeline.Point::tally).max().orElse(0));
        List<Label> labels = new ArrayList<>();
        List<Double> ends = new ArrayList<>(); // annexation or dissolution dates, drawn as a rule across the plot
        // first pass with no lanes to place the labels; the plot's top depends on how many lanes they need
        top = title + 8;
        for (Timeline.Point p : points) {
            Label label = label(p);
            if (label != null) {
                labels.add(label);
            }
            if (p.marks().stream().anyMatch(m -> m.kind().equals(Mark.ANNEXED) || m.kind().equals(Mark.DISSOLVED))) {
                ends.add(x(p.date()));
            }
        }
        int[] lanes = new int[labels.size()];
        int used = placeInLanes(labels, lanes);
        int hidden = (int) java.util.Arrays.stream(lanes).filter(l -> l < 0).count();
        top = title + 8 + Math.max(1, used) * LANE + 6;
        int height = top + plot + 30 + legendRows() * LEGEND_ROW + 14;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" font-family=\"").append(FONT).append("\" font-size=\"11\">\n")
                .append("<title>").append(esc(timeline.entity() + " " + timeline.name() + ": the tally over time")).append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        if (title == TITLED) {
            svg.append("<text x=\"").append(LEFT).append("\" y=\"22\" font-size=\"15\" font-weight=\"600\" fill=\"#1f2933\">")
                    .append(esc(timeline.entity() + " " + timeline.name())).append("</text>")
                    .append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"22\" text-anchor=\"end\" fill=\"").append(GREY)
                    .append("\">tally: the UN members whose recognition is in force · as of ")
                    .append(timeline.asOf() == null ? "all dates" : timeline.asOf()).append("</text>\n");
        }
        axes(svg);
        if (points.isEmpty()) {
            svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(top + plot / 2)
                    .append("\" text-anchor=\"middle\" fill=\"").append(GREY).append("\">no recognitions</text>\n");
        } else {
            steps(svg, points);
        }
        for (double x : ends) {
            svg.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(top).append("\" x2=\"").append(f(x))
                    .append("\" y2=\"").append(top + plot).append("\" stroke=\"").append(GREY)
                    .append("\" stroke-dasharray=\"5 3\" stroke-width=\"1.2\"/>\n");
        }
        for (int i = 0; i < labels.size(); i++) {
            drawLabel(svg, labels.get(i), lanes[i]);
        }
        legend(svg, top + plot + 30 + LEGEND_ROW - 2, hidden);
        return svg.append("</svg>\n").toString();
    }

    private void range(List<Timeline.Point> points) {
        if (points.isEmpty()) {
            end = timeline.asOf() != null ? timeline.asOf() : LocalDate.of(2024, 1, 1);
            start = end.minusYears(1);
            return;
        }
        LocalDate first = points.get(0).date();
        LocalDate last = points.get(points.size() - 1).date();
        if (timeline.asOf() != null && timeline.asOf().isAfter(last)) {
            last = timeline.asOf();
        }
        long span = ChronoUnit.DAYS.between(first, last);
        long pad = Math.max(15, span / 25);
        long widen = Math.max(0, (180 - span) / 2); // a few months at least, so that a lone step has an axis
        start = first.minusDays(pad + widen);
        end = last.plusDays(pad + widen);
    }

    /** The step of the tally axis: at most five steps up to {@code max}. */
    private static int step(int max) {
        for (int step : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500}) {
            if (max <= step * 5) {
                return step;
            }
        }
        return (max + 4) / 5;
    }

    private static int niceTop(int max) {
        int step = step(max);
        return Math.max(step, (int) Math.ceil(max / (double) step) * step);
    }

    private double x(LocalDate date) {
        double total = ChronoUnit.DAYS.between(start, end);
        return LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(start, date) / total;
    }

    private double y(int tally) {
        return top + plot - plot * (double) tally / yMax;
    }

    private void axes(StringBuilder svg) {
        int step = step(yMax);
        for (int t = 0; t <= yMax; t += step) {
            double y = y(t);
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(y)).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y2=\"").append(f(y)).append("\" stroke=\"").append(t == 0 ? "#9aa5b1" : "#e4e7eb")
                    .append("\"/><text x=\"").append(LEFT - 8).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\" fill=\"").append(GREY).append("\">").append(t).append("</text>\n");
        }
        double years = ChronoUnit.DAYS.between(start, end) / 365.25;
        int bottom = top + plot;
        if (years >= 3) {
            int step2 = 1;
            for (int s : new int[] {1, 2, 5, 10, 20, 25, 50}) {
                step2 = s;
                if (years / s <= 10) {
                    break;
                }
            }
            for (int year = (start.getYear() / step2 + 1) * step2; year <= end.getYear(); year += step2) {
                tick(svg, LocalDate.of(year, 1, 1), Integer.toString(year), bottom);
            }
        } else {
            double months = years * 12;
            int step2 = months <= 10 ? 1 : months <= 20 ? 2 : months <= 30 ? 3 : 6;
            LocalDate m = start.withDayOfMonth(1).plusMonths(1);
            while ((m.getMonthValue() - 1) % step2 != 0) {
                m = m.plusMonths(1);
            }
            for (; !m.isAfter(end); m = m.plusMonths(step2)) {
                tick(svg, m, String.format(Locale.ROOT, "%d-%02d", m.getYear(), m.getMonthValue()), bottom);
            }
        }
    }

    private void tick(StringBuilder svg, LocalDate date, String text, int bottom) {
        double x = x(date);
        if (x < LEFT || x > WIDTH - RIGHT) {
            return;
        }
        svg.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(top).append("\" x2=\"").append(f(x))
                .append("\" y2=\"").append(bottom + 4).append("\" stroke=\"#eef0f3\"/><text x=\"").append(f(x)).append("\" y=\"")
                .append(bottom + 17).append("\" text-anchor=\"middle\" fill=\"").append(GREY).append("\">").append(text)
                .append("</text>\n");
    }

    private void steps(StringBuilder svg, List<Timeline.Point> points) {
        StringBuilder line = new StringBuilder("M").append(f(x(start))).append(' ').append(f(y(0)));
        for (Timeline.Point p : points) {
            line.append(" H").append(f(x(p.date()))).append(" V").append(f(y(p.tally())));
        }
        line.append(" H").append(f(x(end)));
        svg.append("<path d=\"").append(line).append(" V").append(f(y(0))).append(" Z\" fill=\"").append(NAVY)
                .append("\" fill-opacity=\"0.08\" stroke=\"none\"/>\n<path d=\"").append(line).append("\" fill=\"none\" stroke=\"")
                .append(NAVY).append("\" stroke-width=\"2\" stroke-linejoin=\"round\"/>\n");
        // uncounted recognitions first, so that a change of the tally on a nearby date is drawn over them
        points.stream().filter(p -> p.change() == 0).forEach(p -> marker(svg, p));
        points.stream().filter(p -> p.change() != 0).forEach(p -> marker(svg, p));
    }

    private void marker(StringBuilder svg, Timeline.Point p) {
        String color = color(p);
        if (color == null) {
            return;
        }
        double x = x(p.date());
        double y = y(p.tally());
        svg.append("<g><title>").append(esc(tooltip(p))).append("</title>");
        boolean counted = p.marks().stream().anyMatch(m -> m.change() != 0);
        if (counted) {
            svg.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y)).append("\" r=\"4.2\" fill=\"")
                    .append(color).append("\" stroke=\"#fff\" stroke-width=\"1.2\"/>");
        } else {
            svg.append("<path d=\"M").append(f(x)).append(' ').append(f(y - 4.5)).append(" l4.5 4.5 l-4.5 4.5 l-4.5 -4.5 Z\"")
                    .append(" fill=\"#fff\" stroke=\"").append(color).append("\" stroke-width=\"1.4\"/>");
        }
        svg.append("</g>\n");
    }

    /** Green for gains, red for losses, grey for lapses and uncounted recognitions, navy for a mix; null: nothing to mark. */
    private static String color(Timeline.Point p) {
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

    private String tooltip(Timeline.Point p) {
        StringBuilder out = new StringBuilder();
        out.append(p.date()).append(" · tally ").append(p.tally());
        p.marks().forEach(m -> out.append("\n").append(m.approximate() ? "~ " : "").append(TimelineText.named(m.text(),
                m.state(), actors)));
        return out.toString();
    }

    private Label label(Timeline.Point p) {
        String color = color(p);
        if (color == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        group(parts, p, Mark.RECOGNIZED, "+");
        group(parts, p, Mark.WITHDRAWN, "−");
        group(parts, p, Mark.SWITCHED, "−");
        for (Mark m : p.marks()) {
            if (m.kind().equals(Mark.ANNEXED)) {
                parts.add(0, "annexed by " + m.state());
            } else if (m.kind().equals(Mark.DISSOLVED)) {
                parts.add(0, "dissolved");
            }
        }
        long lapsed = p.marks().stream().filter(m -> m.kind().equals(Mark.LAPSED)).count();
        if (lapsed > 0) {
            parts.add(lapsed + " lapsed");
        }
        group(parts, p, Mark.NOT_COUNTED, "(");
        boolean approximate = p.marks().stream().anyMatch(Mark::approximate);
        String text = (approximate ? "~" : "") + String.join(" ", parts);
        return new Label(x(p.date()), p.tally(), text, color, tooltip(p));
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

    /** Lane 0 is nearest the plot; a label goes in the first lane where it clears the one before. -1: no room. */
    private static int placeInLanes(List<Label> labels, int[] lanes) {
        double[] taken = new double[MAX_LANES];
        java.util.Arrays.fill(taken, Double.NEGATIVE_INFINITY);
        int used = 0;
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.get(i);
            double from = left(label);
            lanes[i] = -1;
            for (int lane = 0; lane < MAX_LANES; lane++) {
                if (from > taken[lane] + 8) {
                    taken[lane] = from + label.width();
                    lanes[i] = lane;
                    used = Math.max(used, lane + 1);
                    break;
                }
            }
        }
        return used;
    }

    private static double left(Label label) {
        return Math.min(Math.max(label.x() - 3, LEFT), WIDTH - RIGHT - label.width());
    }

    private void drawLabel(StringBuilder svg, Label label, int lane) {
        if (lane < 0) {
            return;
        }
        double baseline = top - 8 - lane * LANE;
        svg.append("<g><title>").append(esc(label.tooltip())).append("</title><line x1=\"").append(f(label.x()))
                .append("\" y1=\"").append(f(baseline + 3)).append("\" x2=\"").append(f(label.x())).append("\" y2=\"")
                .append(f(y(label.tally()) - 5)).append("\" stroke=\"").append(label.color())
                .append("\" stroke-opacity=\"0.35\" stroke-dasharray=\"2 2\"/><text x=\"").append(f(left(label)))
                .append("\" y=\"").append(f(baseline)).append("\" fill=\"").append(label.color()).append("\">")
                .append(esc(label.text())).append("</text></g>\n");
    }

    /** A key to the kinds of marks this chart has: color (null: a hollow diamond, not counted) and text. */
    private record Key(String color, String text) {
        int width() {
            return 13 + (int) (text.length() * CHAR) + 18;
        }
    }

    private List<Key> keys() {
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

    /** How many rows the key takes at this width. */
    private int legendRows() {
        int rows = 1;
        int x = LEFT;
        for (Key k : keys()) {
            if (x > LEFT && x + k.width() > WIDTH - RIGHT) {
                rows++;
                x = LEFT;
            }
            x += k.width();
        }
        return rows;
    }

    private void legend(StringBuilder svg, int y, int hidden) {
        int x = LEFT;
        svg.append("<g fill=\"").append(GREY).append("\">");
        for (Key k : keys()) {
            if (x > LEFT && x + k.width() > WIDTH - RIGHT) {
                y += LEGEND_ROW;
                x = LEFT;
            }
            if (k.color() == null) {
                svg.append("<path d=\"M").append(x + 4).append(' ').append(y - 8.5).append(" l4.5 4.5 l-4.5 4.5 l-4.5 -4.5 Z\"")
                        .append(" fill=\"#fff\" stroke=\"").append(GREY).append("\" stroke-width=\"1.4\"/>");
            } else if (!k.color().isEmpty()) {
                svg.append("<circle cx=\"").append(x + 4).append("\" cy=\"").append(y - 4).append("\" r=\"4.2\" fill=\"")
                        .append(k.color()).append("\"/>");
            }
            svg.append("<text x=\"").append(k.color() != null && k.color().isEmpty() ? x : x + 13).append("\" y=\"").append(y)
                    .append("\">").append(esc(k.text())).append("</text>");
            x += k.width();
        }
        if (hidden > 0) {
            svg.append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(title - 2).append("\" text-anchor=\"end\">")
                    .append(hidden).append(hidden == 1 ? " label" : " labels").append(" left out for room: hover a marker")
                    .append(" for its events</text>");
        }
        svg.append("</g>\n");
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
