package dev.chancery.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The tally of one entity over time: one point per date with an event that concerns it (its
 * recognitions, withdrawals, annexation or dissolution, and the recognitions of the other side of
 * an exclusive pair, which can end its own) or a change of UN membership that changes what counts, each with
 * the tally the rules compute on that date.
 */
public record Timeline(String entity, String name, LocalDate asOf, List<Point> points) {

    /**
     * One date: the tally at the end of that day, and what each of the day's events did. {@code coverage} is
     * "before" or "after" when the date lies outside the period the entity's events are complete for, null when
     * inside (or when no period is declared).
     */
    public record Point(LocalDate date, int tally, List<Mark> marks,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String coverage) {

        public Point(LocalDate date, int tally, List<Mark> marks) {
            this(date, tally, marks, null);
        }

        /** The change of the tally from the point before. */
        public int change() {
            return marks.stream().mapToInt(Mark::change).sum();
        }
    }

    /**
     * An event and its effect. {@code kind}: {@link #RECOGNIZED} (+1), {@link #WITHDRAWN},
     * {@link #SWITCHED} (the state recognized the other side of an exclusive pair) and
     * {@link #LAPSED} (−1 each), {@link #JOINED} (+1: a recognizer became a UN member, or a member carries on a
     * former member's recognition), {@link #LEFT} (−1: a recognizer's membership ended),
     * {@link #NOT_COUNTED} (a recognition by a non-member),
     * {@link #NO_CHANGE}, and {@link #ANNEXED} or {@link #DISSOLVED} for the entity's end.
     * {@code state} is the state the mark is about (the annexer for ANNEXED).
     */
    public record Mark(String kind, String state, String text, boolean approximate) {
        public static final String RECOGNIZED = "recognized";
        public static final String WITHDRAWN = "withdrawn";
        public static final String SWITCHED = "switched";
        public static final String LAPSED = "lapsed";
        public static final String NOT_COUNTED = "not-counted";
        public static final String NO_CHANGE = "no-change";
        public static final String ANNEXED = "annexed";
        public static final String DISSOLVED = "dissolved";
        public static final String JOINED = "joined";
        public static final String LEFT = "left";

        public int change() {
            return switch (kind) {
                case RECOGNIZED, JOINED -> 1;
                case WITHDRAWN, SWITCHED, LAPSED, LEFT -> -1;
                default -> 0;
            };
        }
    }
}
