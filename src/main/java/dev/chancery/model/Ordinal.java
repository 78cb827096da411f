package dev.chancery.model;

import java.time.LocalDate;

/** A UN member's rank among the UN members that recognized {@code entity}, by first recognition. */
public record Ordinal(String entity, String state, LocalDate since, int value) implements AboutEntity {
}
