package dev.chancery.model;

/**
 * The event that brought about an inferred severance (a recognition, or a switch of an exclusive
 * pair). A severance of one day may have several; the first in load order dates the change.
 */
public record SeveranceTrigger(Severance severance, Event event) {
}
