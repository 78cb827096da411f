package dev.chancery.partition;

import dev.chancery.model.Pairs;

/**
 * What the partition rules file facts under: an actor, a pair of states, a parent's claimed entities, or a
 * recognizer's stance toward an entity. Keys are values, so two rules that name the same actor name the same key.
 */
public record Key(String kind, String id) implements java.io.Serializable {
    public static final String ACTOR = "actor";
    public static final String PAIR = "pair";
    public static final String PARENT = "parent";
    public static final String STANCE = "stance";

    public static Key actor(String id) {
        return new Key(ACTOR, id);
    }

    /** The unordered pair of two states (the key relations events carry). */
    public static Key pair(String a, String b) {
        return new Key(PAIR, Pairs.key(a, b));
    }

    /** A relations event's pair, already a pair key. */
    public static Key pair(String pairKey) {
        return new Key(PAIR, pairKey);
    }

    /** Every entity claimed from {@code state}: what a parent's precedents join. */
    public static Key parent(String state) {
        return new Key(PARENT, state);
    }

    /** What {@code state} did toward {@code entity}: its recognitions, withdrawals and the steps between them. */
    public static Key stance(String state, String entity) {
        return new Key(STANCE, state + " " + entity);
    }

    @Override
    public String toString() {
        return kind + " " + id;
    }
}
