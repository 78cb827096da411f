package dev.chancery.model;

/** The number of distinct UN members whose recognition of {@code entity} is in force. */
public record Tally(String entity, int count) implements AboutEntity {
}
