package dev.chancery.model;

import java.time.LocalDate;

/** A prediction from precedent: {@code a} is expected to sever relations with {@code b} from {@code since}. */
public record ExpectedSeverance(String a, String b, LocalDate since, String pair) {

    public boolean windowHolds(LocalDate date) {
        return !date.isBefore(since.minusDays(7)) && !date.isAfter(since.plusDays(30));
    }

    /** Earlier by date, then by the predicting state's id: the one that names an unknown relation. */
    public boolean isBefore(ExpectedSeverance other) {
        int byDate = since.compareTo(other.since);
        return byDate < 0 || byDate == 0 && a.compareTo(other.a) < 0;
    }

    public String id() {
        return "expected-severance:" + a + ":" + b + ":" + since;
    }
}
