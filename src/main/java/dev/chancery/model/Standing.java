package dev.chancery.model;

import java.time.LocalDate;

/** The pair's standing just after {@code step}. */
public record Standing(Step step, boolean inForce, boolean ceased, LocalDate since) {
}
