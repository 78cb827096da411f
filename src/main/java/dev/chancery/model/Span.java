package dev.chancery.model;

import java.time.LocalDate;

/**
 * A recognition in force from {@code since} until {@code ended} (exclusive; null while in force).
 * {@code ending} says why it ended ({@link Ending}); null while in force.
 * Whether it counts in a tally is the rules' to say ({@link CountedRecognition}); {@code endedBy} is the event that ended the span (null while in force). {@code sinceApproximate} is
 * whether the recognition that started it is dated approximately, copied from that event by the rules
 * (the span does not hold it, so the reports need not look it up).
 */
public record Span(String state, String entity, LocalDate since, boolean sinceApproximate, LocalDate ended,
                   Ending ending, Event endedBy) implements AboutEntity {


    /** The end rests on an approximate date: that of the withdrawal, switch, annexation or dissolution. */
    public boolean endedApproximate() {
        return endedBy != null && endedBy.approximate();
    }

    public boolean isOpen() {
        return ended == null;
    }

    /** In force on {@code date}: since ≤ date < ended. */
    public boolean holdsOn(LocalDate date) {
        return !since.isAfter(date) && (ended == null || ended.isAfter(date));
    }
}
