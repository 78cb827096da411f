package dev.chancery.report;

import static dev.chancery.report.Html.esc;
import static dev.chancery.report.TimelineMarks.GREY;
import static dev.chancery.report.TimelineMarks.NAVY;
import static dev.chancery.report.TimelineMarks.color;
import static dev.chancery.report.TimelineScale.f;

import dev.chancery.model.Actor;
import dev.chancery.report.TimelineMarks.Key;
import dev.chancery.result.Timeline;
import dev.chancery.result.Timeline.Mark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A timeline as a step chart in plain SVG, drawn by hand: the tally steps up at each recognition
 * and down at each withdrawal, switch or lapse; every date with a change has a marker, and a label
 * above the plot (in lanes, so labels never overlap; those that find no room are counted in the
 * top right corner, and every marker keeps its full text as a tooltip). What the marks say is
 * {@link TimelineMarks}'s.
 */
public final class TimelineSvg {
    private static final int WIDTH = 960;
    private static final int LEFT = 52;
    private static final int RIGHT = 28;
    private static final int TITLED = 34;
    private static final int UNTITLED = 18;
    private static final int LANE = 15;
    private static final int MAX_LANES = 7;
    private static final int LEGEND_ROW = 16;
    private static final double CHAR = 6.2; // average advance of an 11 px sans-serif glyph
    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

    private final Timeline timeline;
    private final Map<String, Actor> actors;
    /** The height of the title row: none inside a page that titles the chart itself, bar the "left out" note. */
    private final int title;
    /** The height of the plot: lower inside a page, where the chart sits among tables. */
    private final int plot;
    private TimelineScale scale;

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
        scale = TimelineScale.of(points, timeline.asOf(), LEFT, WIDTH - RIGHT, plot);
        List<Label> labels = new ArrayList<>();
        List<Double> ends = new ArrayList<>(); // annexation or dissolution dates, drawn as a rule across the plot
        // the labels are placed first: the plot's top depends on how many lanes they need
        for (Timeline.Point p : points) {
            Label label = label(p);
            if (label != null) {
                labels.add(label);
            }
            if (p.marks().stream().anyMatch(m -> m.kind().equals(Mark.ANNEXED) || m.kind().equals(Mark.DISSOLVED))) {
                ends.add(scale.x(p.date()));
            }
        }
        int[] lanes = new int[labels.size()];
        int used = placeInLanes(labels, lanes);
        int hidden = (int) java.util.Arrays.stream(lanes).filter(l -> l < 0).count();
        scale = scale.withTop(title + 8 + Math.max(1, used) * LANE + 6);
        int top = scale.top();
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
        scale.axes(svg);
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

    private void steps(StringBuilder svg, List<Timeline.Point> points) {
        StringBuilder line = new StringBuilder("M").append(f(scale.x(scale.start()))).append(' ').append(f(scale.y(0)));
        for (Timeline.Point p : points) {
            line.append(" H").append(f(scale.x(p.date()))).append(" V").append(f(scale.y(p.tally())));
        }
        line.append(" H").append(f(scale.x(scale.end())));
        svg.append("<path d=\"").append(line).append(" V").append(f(scale.y(0))).append(" Z\" fill=\"").append(NAVY)
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
        double x = scale.x(p.date());
        double y = scale.y(p.tally());
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

    private String tooltip(Timeline.Point p) {
        StringBuilder out = new StringBuilder();
        out.append(p.date()).append(" · tally ").append(p.tally());
        if (p.coverage() != null) {
            out.append(" (outside the period recorded completely: may be wrong)");
        }
        p.marks().forEach(m -> out.append("\n").append(m.approximate() ? "~ " : "").append(TimelineText.named(m.text(),
                m.state(), actors)));
        return out.toString();
    }

    private Label label(Timeline.Point p) {
        String color = color(p);
        return color == null ? null : new Label(scale.x(p.date()), p.tally(), TimelineMarks.label(p), color, tooltip(p));
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
        double baseline = scale.top() - 8 - lane * LANE;
        svg.append("<g><title>").append(esc(label.tooltip())).append("</title><line x1=\"").append(f(label.x()))
                .append("\" y1=\"").append(f(baseline + 3)).append("\" x2=\"").append(f(label.x())).append("\" y2=\"")
                .append(f(scale.y(label.tally()) - 5)).append("\" stroke=\"").append(label.color())
                .append("\" stroke-opacity=\"0.35\" stroke-dasharray=\"2 2\"/><text x=\"").append(f(left(label)))
                .append("\" y=\"").append(f(baseline)).append("\" fill=\"").append(label.color()).append("\">")
                .append(esc(label.text())).append("</text></g>\n");
    }

    private static int width(Key k) {
        return 13 + (int) (k.text().length() * CHAR) + 18;
    }

    /** How many rows the key takes at this width. */
    private int legendRows() {
        int rows = 1;
        int x = LEFT;
        for (Key k : TimelineMarks.keys(timeline)) {
            if (x > LEFT && x + width(k) > WIDTH - RIGHT) {
                rows++;
                x = LEFT;
            }
            x += width(k);
        }
        return rows;
    }

    private void legend(StringBuilder svg, int y, int hidden) {
        int x = LEFT;
        svg.append("<g fill=\"").append(GREY).append("\">");
        for (Key k : TimelineMarks.keys(timeline)) {
            if (x > LEFT && x + width(k) > WIDTH - RIGHT) {
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
            x += width(k);
        }
        if (hidden > 0) {
            svg.append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(title - 2).append("\" text-anchor=\"end\">")
                    .append(hidden).append(hidden == 1 ? " label" : " labels").append(" left out for room: hover a marker")
                    .append(" for its events</text>");
        }
        svg.append("</g>\n");
    }

}
