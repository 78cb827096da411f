package dev.chancery.model;

import java.time.LocalDate;

/** {@code parent} severed relations with a state in the report window after its recognition (on {@code date}) of an entity claimed from the parent. */
public record Precedent(String parent, LocalDate date, Event recognition, Event report) {
}
