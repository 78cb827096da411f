package dev.chancery.model;

import java.util.List;

/**
 * How many UN members first recognized {@code entity} in {@code year}. The order of recognition counts
 * the earlier years' members through these, so that no recognition is compared with every other one.
 */
public record FirstsInYear(String entity, int year, int count) {
    /** The members counted in {@code years}, all together. */
    public static int total(List<FirstsInYear> years) {
        return years.stream().mapToInt(FirstsInYear::count).sum();
    }
}
