package dev.chancery.model;

/**
 * One direction of an exclusive-recognition pair: recognizing {@code side} ends a recognition of
 * {@code other}. The loader inserts both directions of each pair.
 */
public record Exclusive(String side, String other, Origin origin) implements Stated, java.io.Serializable {

    public String describe() {
        return "policy exclusive-recognition " + side + " " + other;
    }
}
