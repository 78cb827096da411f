package dev.chancery.model;

import java.time.LocalDate;

/**
 * The date the world is seen on: the as-of date given, or the day of the run when none is (every event then
 * counts, and "today" is the day a result about the present describes). The coverage rules compare it with the
 * period a case's events are complete for.
 */
public record AsOf(LocalDate date) {
}
