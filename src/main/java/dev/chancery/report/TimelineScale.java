package dev.chancery.report;

import dev.chancery.result.Timeline;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The scales of a timeline chart: dates across from {@code left} to {@code right}, tallies up a
 * plot of height {@code plot} whose top is {@code top}; and the axes with their ticks.
 */
record TimelineScale(LocalDate start, LocalDate end, int left, int right, int top, int plot, int yMax) {
    private static final String GRID = "#e4e7eb";

    /** Every date of the points (and the as-of date) in view with a margin; at least a few months. */
    static TimelineScale of(List<Timeline.Point> points, LocalDate asOf, int left, int right, int plot) {
        int yMax = niceTop(points.stream().mapToInt(Timeline.Point::tally).max().orElse(0));
        if (points.isEmpty()) {
            LocalDate end = asOf != null ? asOf : LocalDate.of(2024, 1, 1);
            return new TimelineScale(end.minusYears(1), end, left, right, 0, plot, yMax);
        }
        LocalDate first = points.get(0).date();
        LocalDate last = points.get(points.size() - 1).date();
        if (asOf != null && asOf.isAfter(last)) {
            last = asOf;
        }
        long span = ChronoUnit.DAYS.between(first, last);
        long pad = Math.max(15, span / 25);
        long widen = Math.max(0, (180 - span) / 2); // so that a lone step has an axis
        return new TimelineScale(first.minusDays(pad + widen), last.plusDays(pad + widen), left, right, 0, plot, yMax);
    }

    TimelineScale withTop(int newTop) {
        return new TimelineScale(start, end, left, right, newTop, plot, yMax);
    }

    double x(LocalDate date) {
        double total = ChronoUnit.DAYS.between(start, end);
        return left + (right - left) * ChronoUnit.DAYS.between(start, date) / total;
    }

    double y(int tally) {
        return top + plot - plot * (double) tally / yMax;
    }

    int bottom() {
        return top + plot;
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

    /** Gridlines with the tallies on the left, and years (or months, for a short span) along the bottom. */
    void axes(StringBuilder svg) {
        for (int t = 0; t <= yMax; t += step(yMax)) {
            double y = y(t);
            svg.append("<line x1=\"").append(left).append("\" y1=\"").append(f(y)).append("\" x2=\"").append(right)
                    .append("\" y2=\"").append(f(y)).append("\" stroke=\"").append(t == 0 ? "#9aa5b1" : GRID)
                    .append("\"/><text x=\"").append(left - 8).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\" fill=\"").append(TimelineMarks.GREY).append("\">").append(t)
                    .append("</text>\n");
        }
        double years = ChronoUnit.DAYS.between(start, end) / 365.25;
        if (years >= 3) {
            int step = 1;
            for (int s : new int[] {1, 2, 5, 10, 20, 25, 50}) {
                step = s;
                if (years / s <= 10) {
                    break;
                }
            }
            for (int year = (start.getYear() / step + 1) * step; year <= end.getYear(); year += step) {
                tick(svg, LocalDate.of(year, 1, 1), Integer.toString(year));
            }
        } else {
            double months = years * 12;
            int step = months <= 10 ? 1 : months <= 20 ? 2 : months <= 30 ? 3 : 6;
            LocalDate m = start.withDayOfMonth(1).plusMonths(1);
            while ((m.getMonthValue() - 1) % step != 0) {
                m = m.plusMonths(1);
            }
            for (; !m.isAfter(end); m = m.plusMonths(step)) {
                tick(svg, m, String.format(Locale.ROOT, "%d-%02d", m.getYear(), m.getMonthValue()));
            }
        }
    }

    private void tick(StringBuilder svg, LocalDate date, String text) {
        double x = x(date);
        if (x < left || x > right) {
            return;
        }
        svg.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(top).append("\" x2=\"").append(f(x))
                .append("\" y2=\"").append(bottom() + 4).append("\" stroke=\"#eef0f3\"/><text x=\"").append(f(x))
                .append("\" y=\"").append(bottom() + 17).append("\" text-anchor=\"middle\" fill=\"").append(TimelineMarks.GREY)
                .append("\">").append(text).append("</text>\n");
    }

    /** A coordinate, with one decimal and a dot whatever the locale. */
    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
