package dev.chancery.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** A pair's relations; {@code a} acted. {@code confirmed} only for inferred severances. */
public record RelationResult(String a, String b, String status, LocalDate since, String basis,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Boolean confirmed) implements java.io.Serializable {
}
