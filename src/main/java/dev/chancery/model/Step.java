package dev.chancery.model;

/**
 * One event in the history of a (state, entity) pair, as the recognition rules see it. The
 * {@code action} is what the event does to that pair: {@code recognize}, {@code withdraw},
 * or {@code exclusive} (the state recognized the other side of an exclusive pair). The entity's end
 * is not a step: it is one {@link EntityEnd} for all its recognizers.
 */
public record Step(String state, String entity, Event event, String action) {

    public static final String RECOGNIZE = "recognize";
    public static final String WITHDRAW = "withdraw";
    public static final String EXCLUSIVE = "exclusive";

    public boolean precedes(Step other) {
        return event.precedes(other.event);
    }

    public boolean follows(Step other) {
        return other.event.precedes(event);
    }

    /** This step comes before {@code e} in event order. */
    public boolean isBefore(Event e) {
        return event.precedes(e);
    }

    /** This step comes after {@code e} in event order. */
    public boolean isAfter(Event e) {
        return e.precedes(event);
    }

    public java.time.LocalDate date() {
        return event.date();
    }
}
