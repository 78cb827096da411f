package dev.chancery.model;

import java.time.LocalDate;

/** claimed (or state), annexed or dissolved, with the date of the change where there is one. */
public record EntityStatus(String entity, String status, LocalDate since) implements AboutEntity {
}
