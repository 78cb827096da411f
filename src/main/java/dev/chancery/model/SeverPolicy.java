package dev.chancery.model;

import java.time.LocalDate;

/** {@code holder} severs relations with any state that recognizes {@code entity} in [since, until]. */
public record SeverPolicy(String holder, String entity, LocalDate since, LocalDate until, Origin origin) implements Stated, java.io.Serializable {

    public boolean covers(LocalDate date) {
        return (since == null || !date.isBefore(since)) && (until == null || !date.isAfter(until));
    }

    public String describe() {
        return "policy " + holder + " sever-on-recognition " + entity
                + (since == null ? "" : " since " + IsoDate.of(since)) + (until == null ? "" : " until " + IsoDate.of(until));
    }
}
