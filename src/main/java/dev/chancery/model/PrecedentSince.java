package dev.chancery.model;

import java.time.LocalDate;

/**
 * {@code parent} has had a precedent since {@code date}: the date of its earliest {@link Precedent}. One fact a
 * parent (equal facts merge), so a prediction joins one fact instead of every precedent before it.
 */
public record PrecedentSince(String parent, LocalDate date) implements java.io.Serializable {
}
