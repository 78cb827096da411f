package dev.chancery.model;

/**
 * {@code member}, a UN member on the as-of date, counts in {@code entity}'s tally through {@code span}, a
 * recognition in force: its own, or one it carries as a former member's successor (rules/tallies.drl).
 */
public record CountedRecognition(String entity, String member, Span span) implements AboutEntity {

    /** The recognizer whose act it was, when not the member itself; null for its own. */
    public String through() {
        return span.state().equals(member) ? null : span.state();
    }
}
