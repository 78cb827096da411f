package dev.chancery.model;

import java.time.LocalDate;

/** A recognition that starts a span (nothing was in force before it). */
public record RecognitionStart(String state, String entity, LocalDate date, Event event) {
}
