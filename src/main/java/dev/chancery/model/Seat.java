package dev.chancery.model;

/**
 * {@code holder}, a UN member on the as-of date, counts the recognitions of {@code state}: its own
 * ({@code state == holder}), or those of a former member whose membership it continues, that merged into it,
 * or that it succeeds (rules/membership.drl).
 */
public record Seat(String state, String holder) implements java.io.Serializable {

    public boolean isOwn() {
        return state.equals(holder);
    }
}
