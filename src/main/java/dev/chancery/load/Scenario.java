package dev.chancery.load;

import java.time.LocalDate;

/**
 * A what-if world: base facts with additions and removals, seen as of a date. {@code world} is the
 * scenario's world; {@code base} the world of its base facts alone (what {@code diff} compares
 * with by default, and what an incremental evaluation starts from).
 */
public record Scenario(String name, String description, String file, LocalDate asOf, World base, World world) {
}
