package dev.chancery.model;

import java.time.LocalDate;

/**
 * A dated change to a pair's relations: {@code a} acted toward {@code b}. {@code order} breaks
 * ties between changes of one date (the load order of the event behind the change).
 */
public record RelationChange(String pair, String a, String b, LocalDate date, long order, String status,
                             String basis, Severance severance) {

    public static final String ACTIVE = "active";
    public static final String SEVERED = "severed";
    public static final String UNKNOWN = "unknown";
    public static final String REPORTED = "reported";

    public boolean isLaterThan(RelationChange other) {
        int byDate = date.compareTo(other.date);
        return byDate > 0 || (byDate == 0 && order > other.order);
    }
}
