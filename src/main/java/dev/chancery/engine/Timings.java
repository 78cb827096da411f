package dev.chancery.engine;

/** Phase timings on stderr when {@code -Dchancery.timings=true} (CHANCERY_JAVA_OPTS), for benchmarking. */
public final class Timings {
    private static final boolean ON = Boolean.getBoolean("chancery.timings");

    private Timings() {
    }

    public static boolean on() {
        return ON;
    }

    public static void report(String format, Object... args) {
        if (ON) {
            System.err.printf("timing: " + format + "%n", args);
        }
    }
}
