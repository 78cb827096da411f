package dev.chancery.model;

import java.time.LocalDate;

/** The pair's standing just before {@code step}: in force since {@code since}, or not; ceased or not. */
public record Prior(Step step, boolean inForce, boolean ceased, LocalDate since) {
}
