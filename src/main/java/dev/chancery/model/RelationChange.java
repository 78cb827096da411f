package dev.chancery.model;

import java.time.LocalDate;

/**
 * A dated change to a pair's relations: {@code a} acted toward {@code b}. {@code order} is the
 * load order of the event behind the change (for an inferred severance, its first trigger); which change
 * of a pair is the latest is the rules' to say (rules/relations.drl).
 */
public record RelationChange(String pair, String a, String b, LocalDate date, long order, String status,
                             String basis, Severance severance) {

    public static final String ACTIVE = "active";
    public static final String SEVERED = "severed";
    public static final String UNKNOWN = "unknown";
    public static final String REPORTED = "reported";

    /** This change comes before {@code event} in event order (date, then load order). */
    public boolean precedes(Event event) {
        int byDate = date.compareTo(event.date());
        return byDate < 0 || (byDate == 0 && order < event.seq());
    }
}
