package dev.chancery.model;

/** An actor whose recognition is tallied: every entity, and any actor that is recognized. */
public record Subject(String id) {
}
