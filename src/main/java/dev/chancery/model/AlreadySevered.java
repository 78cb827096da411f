package dev.chancery.model;

/** At the time of the recognition {@code event}, the relations of {@code pair} are already severed. */
public record AlreadySevered(String pair, Event event) {
}
