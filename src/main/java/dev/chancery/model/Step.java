package dev.chancery.model;

/**
 * An event that ends a (state, entity) pair's recognition in force, if one is: the {@code action} is
 * {@link Ending#WITHDRAW}, or {@link Ending#EXCLUSIVE} (the state recognized the other side of an exclusive pair).
 * Recognitions are not steps: the rules match the recognize events themselves. The entity's end is not
 * a step either: it is one {@link EntityEnd} for all its recognizers.
 */
public record Step(String state, String entity, Event event, Ending action) {

    public boolean precedes(Step other) {
        return event.precedes(other.event);
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
