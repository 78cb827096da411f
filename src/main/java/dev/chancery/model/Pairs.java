package dev.chancery.model;

/** Relations are between unordered pairs of states; this is the key both orders share. */
public final class Pairs {
    private Pairs() {
    }

    public static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}
