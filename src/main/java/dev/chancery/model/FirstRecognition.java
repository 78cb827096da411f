package dev.chancery.model;

import java.time.LocalDate;

/** The date a UN member first recognized an entity (later withdrawn or not). */
public record FirstRecognition(String entity, String state, LocalDate date) {
    /** The year of {@link #date}: the order counts members year by year (rules/tallies.drl). */
    public int year() {
        return date.getYear();
    }
}
