package dev.chancery.model;

import java.time.LocalDate;

/**
 * A pair's relations as of the end of the run: the latest change wins. {@code confirmed} is set
 * only for inferred severances (true when a report confirms them) and is null otherwise.
 */
public record Relation(String pair, String a, String b, String status, LocalDate since, String basis,
                       Boolean confirmed) implements AboutPair {
}
