package dev.chancery.model;

/** A reported severance dated inside the window of an inferred one confirms it. */
public record ConfirmedSeverance(Severance severance, Event report) {
}
