package dev.chancery.model;

/**
 * The ranks among {@code entity}'s recognizers cannot be known, for {@code reason}: its early history is not
 * recorded completely (rules/coverage.drl). Its ordinals are then given as unknown, never as numbers.
 */
public record UnknownOrdinals(String entity, String reason) implements AboutEntity {
}
