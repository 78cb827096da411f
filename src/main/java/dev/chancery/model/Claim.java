package dev.chancery.model;

import java.time.LocalDate;

/** A number a source states (an ordinal or a tally), to be checked against what the rules compute. */
public record Claim(String kind, LocalDate date, String by, String entity, int value, boolean includeNonMembers,
                    Origin origin) implements Stated, java.io.Serializable {

    public static final String ORDINAL = "ordinal";
    public static final String TALLY = "tally";

    public String describe() {
        return "claim " + kind + (by == null ? "" : " " + by) + " " + entity + " = " + value + " on " + IsoDate.of(date);
    }
}
