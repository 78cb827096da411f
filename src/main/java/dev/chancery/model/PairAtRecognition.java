package dev.chancery.model;

import java.time.LocalDate;

/**
 * A recognition by {@code state} that concerns its relations with {@code other} (a policy holder
 * or the entity's parent). Carrying the pair key lets the relations rules join reports and
 * conclusions of that pair by an indexed equality instead of scanning every report.
 */
public record PairAtRecognition(String pair, String other, String state, String entity, LocalDate date, Event event) {

    public static PairAtRecognition of(String other, RecognitionStart start) {
        return new PairAtRecognition(Pairs.key(other, start.state()), other, start.state(), start.entity(), start.date(),
                start.event());
    }
}
