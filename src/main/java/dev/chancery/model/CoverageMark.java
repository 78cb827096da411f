package dev.chancery.model;

/**
 * The as-of date lies outside the period {@code entity}'s events are complete for, so its tally may be
 * wrong: {@link #BEFORE} or {@link #AFTER} the coverage, with the reason in words (rules/coverage.drl).
 */
public record CoverageMark(String entity, String where, String reason) implements AboutEntity {

    public static final String BEFORE = "before";
    public static final String AFTER = "after";
}
