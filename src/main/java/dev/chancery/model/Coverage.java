package dev.chancery.model;

import java.time.LocalDate;

/**
 * The period for which a case's events about {@code entity} are complete: every event up to {@code to}, and
 * from {@code from} on (null: from the start of its history; otherwise the recognitions in force on
 * {@code from} are all given, but not the earlier history). {@code note} says what is missing, if anything.
 */
public record Coverage(String entity, LocalDate from, LocalDate to, String note, Origin origin)
        implements AboutEntity, Stated, java.io.Serializable {
}
