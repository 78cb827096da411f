package dev.chancery.partition;

import dev.chancery.model.Pairs;

/**
 * What the partition rules file facts under: an actor, a pair of states, or a parent's claimed entities.
 * Keys are values, so two rules that name the same actor name the same key.
 */
public record Key(String kind, String id) {
    public static Key actor(String id) {
        return new Key("actor", id);
    }

    /** The unordered pair of two states (the key relations events carry). */
    public static Key pair(String a, String b) {
        return new Key("pair", Pairs.key(a, b));
    }

    /** A relations event's pair, already a pair key. */
    public static Key pair(String pairKey) {
        return new Key("pair", pairKey);
    }

    /** Every entity claimed from {@code state}: what a parent's precedents join. */
    public static Key parent(String state) {
        return new Key("parent", state);
    }

    @Override
    public String toString() {
        return kind + " " + id;
    }
}
