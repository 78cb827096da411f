package dev.chancery.model;

/**
 * {@code member}, a UN member on the date of a tally {@code claim}, counts in it through {@code recognition},
 * its own or one it carries on (rules/claims.drl); with includeNonMembers every recognizer counts.
 */
public record ClaimCounted(Claim claim, String member, Event recognition) {
}
