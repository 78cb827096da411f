package dev.chancery.model;

import java.time.LocalDate;

/** A prediction from precedent: {@code a} is expected to sever relations with {@code b} from {@code since}. */
public record ExpectedSeverance(String a, String b, LocalDate since, String pair) implements AboutPair {

    public String id() {
        return "expected-severance:" + a + ":" + b + ":" + since;
    }
}
