package dev.chancery.model;

import java.time.LocalDate;

/**
 * An inferred severance of relations: {@code a} severs with {@code b} from {@code since}, on the
 * {@code basis} of a policy or an exclusive-recognition switch. Equality leaves out what triggered
 * it, so two recognitions that imply the same severance share one fact with two justifications.
 */
public record Severance(String a, String b, LocalDate since, String basis, String pair) implements AboutPair {

    public static final String POLICY = "policy";
    public static final String EXCLUSIVE = "exclusive";

    public String id() {
        return "severance:" + a + ":" + b + ":" + since;
    }
}
