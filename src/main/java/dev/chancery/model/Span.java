package dev.chancery.model;

import java.time.LocalDate;

/**
 * A recognition in force from {@code since} until {@code ended} (exclusive; null while in force).
 * {@code ending} says why it ended: withdrawn, exclusive or lapse; null while in force.
 * {@code member} is whether the recognizer is a UN member, carried here because every count needs it;
 * {@code endedBy} is the event that ended the span (null while in force).
 */
public record Span(String state, String entity, LocalDate since, LocalDate ended, String ending, boolean member,
                   Event endedBy) implements AboutEntity {

    public static final String WITHDRAWN = "withdrawn";
    public static final String EXCLUSIVE = "exclusive";
    public static final String LAPSE = "lapse";

    public boolean isOpen() {
        return ended == null;
    }

    /** In force on {@code date}: since ≤ date < ended. */
    public boolean holdsOn(LocalDate date) {
        return !since.isAfter(date) && (ended == null || ended.isAfter(date));
    }
}
