package dev.chancery.model;

import java.time.LocalDate;

/**
 * A dated change to a pair's relations: {@code a} acted toward {@code b}. {@code order} is the
 * load order of the event behind the change (for an inferred severance, its first trigger), and
 * breaks ties between changes of one date.
 */
public record RelationChange(String pair, String a, String b, LocalDate date, long order, String status,
                             String basis, Severance severance) {

    public static final String ACTIVE = "active";
    public static final String SEVERED = "severed";
    public static final String UNKNOWN = "unknown";
    public static final String REPORTED = "reported";

    /**
     * Later by date, then by load order; a tie between two changes brought about by the same event
     * (a policy and an exclusive severance of one switch) goes to the basis last in the alphabet,
     * so that a pair always has one status.
     */
    public boolean isLaterThan(RelationChange other) {
        int byDate = date.compareTo(other.date);
        if (byDate != 0) {
            return byDate > 0;
        }
        if (order != other.order) {
            return order > other.order;
        }
        return basis.compareTo(other.basis) > 0 || basis.equals(other.basis) && a.compareTo(other.a) > 0;
    }

    /** This change comes before {@code event} in event order (date, then load order). */
    public boolean precedes(Event event) {
        int byDate = date.compareTo(event.date());
        return byDate < 0 || (byDate == 0 && order < event.seq());
    }
}
