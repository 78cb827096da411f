package dev.chancery.model;

import java.time.LocalDate;

/**
 * A dated event, one per target: {@code recognize PRK [DPR, LPR]} is two events. For relations
 * events {@code target} is the other state and {@code pair} the unordered pair key; for the
 * others {@code pair} is null.
 *
 * <p>{@code seq} is unique and grows with load order (file, then the order written in it, a list's targets in turn),
 * so two events are told apart by it alone: equality is on {@code seq}, which keeps hashing cheap
 * for the derived facts that hold events.
 */
public record Event(long seq, String type, LocalDate date, String by, String target, String pair,
                    boolean approximate, Origin origin) implements Stated, java.io.Serializable {

    public static final String RECOGNIZE = "recognize";
    public static final String WITHDRAW = "withdraw-recognition";
    public static final String SEVER = "sever-relations";
    public static final String ESTABLISH = "establish-relations";
    public static final String RESTORE = "restore-relations";
    public static final String ANNEX = "annex";
    public static final String DISSOLVE = "dissolve";

    /** Events apply in date order, and events of one date in load order. */
    public boolean precedes(Event other) {
        int byDate = date.compareTo(other.date);
        return byDate < 0 || (byDate == 0 && seq < other.seq);
    }

    public boolean follows(Event other) {
        return other.precedes(this);
    }

    /** This event comes after the relation change {@code change} in event order. */
    public boolean comesAfter(RelationChange change) {
        return change.precedes(this);
    }

    public boolean isRelationsEvent() {
        return SEVER.equals(type) || ESTABLISH.equals(type) || RESTORE.equals(type);
    }

    /** "event recognize PRK DPR 2022-07-13" */
    public String describe() {
        return "event " + type + " " + by + " " + target + " " + IsoDate.of(date) + (approximate ? " (approximate)" : "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Event e && e.seq == seq;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seq);
    }
}
