package dev.chancery.partition;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What the partition rules say (the global {@code parts} of {@code rules/partition/}): which key each
 * fact is filed under, which facts are in every part, and which keys go together. Keys that go
 * together, directly or through others, form one group (a union-find over the keys); a fact is in
 * its key's group.
 */
public final class Parts {
    private final Map<Object, Key> filed = new IdentityHashMap<>();
    private final Map<Object, Boolean> everywhere = new IdentityHashMap<>();
    private final Map<Key, Key> parent = new HashMap<>();

    /** {@code fact} is reasoned about in the part of {@code key}'s group. */
    public void file(Object fact, Key key) {
        Key before = filed.put(fact, key);
        if (before != null && !before.equals(key)) {
            together(before, key); // filed twice: both keys must be in its part
        }
        root(key);
    }

    /** {@code fact} is in every part: reference data that the rules only look up. */
    public void everywhere(Object fact) {
        everywhere.put(fact, Boolean.TRUE);
    }

    /** {@code a} and {@code b} are in one part: some rule joins what is filed under them. */
    public void together(Key a, Key b) {
        Key ra = root(a);
        Key rb = root(b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    /** The group of {@code fact}: its key's root; null if it is in every part or filed nowhere. */
    Key groupOf(Object fact) {
        Key key = filed.get(fact);
        return key == null ? null : root(key);
    }

    boolean isEverywhere(Object fact) {
        return everywhere.containsKey(fact);
    }

    /** The root of {@code key}'s group, halving the path on the way (iterative: groups can be long chains). */
    private Key root(Key key) {
        Key at = key;
        while (true) {
            Key up = parent.get(at);
            if (up == null) {
                parent.put(at, at);
                return at;
            }
            if (up.equals(at)) {
                return at;
            }
            Key upper = parent.get(up);
            if (upper != null && !upper.equals(up)) {
                parent.put(at, upper);
            }
            at = up;
        }
    }
}
