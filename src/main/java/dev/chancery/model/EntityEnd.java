package dev.chancery.model;

import java.time.LocalDate;

/** The first annexation or dissolution of an entity: its recognitions lapse on {@code date}. */
public record EntityEnd(String entity, String kind, LocalDate date, Event event) {
    /** The entity ended before {@code e}, in event order. */
    public boolean isBefore(Event e) {
        return event.precedes(e);
    }
}
