package dev.chancery.partition;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What the partition rules say (the global {@code parts} of {@code rules/partition/}): which key each
 * fact is filed under, which facts are in every part, and which keys go together. Keys that go
 * together, directly or through others, form one group; a fact is in its key's group. The groups are
 * a union-find over the keys' numbers (union by size, paths halved), since a million events file
 * millions of facts and joins.
 */
public final class Parts {
    private final Map<Key, Integer> numbers = new HashMap<>();
    private int[] parent = new int[1024];
    private int[] size = new int[1024];
    private final Map<Object, Integer> filed = new IdentityHashMap<>();
    private final Map<Object, Boolean> everywhere = new IdentityHashMap<>();

    /** {@code fact} is reasoned about in the part of {@code key}'s group. */
    public void file(Object fact, Key key) {
        int number = number(key);
        Integer before = filed.put(fact, number);
        if (before != null) {
            union(before, number); // filed twice: both keys must be in its part
        }
    }

    /** {@code fact} is in every part: reference data that the rules only look up. */
    public void everywhere(Object fact) {
        everywhere.put(fact, Boolean.TRUE);
    }

    /** {@code a} and {@code b} are in one part: some rule joins what is filed under them. */
    public void together(Key a, Key b) {
        union(number(a), number(b));
    }

    /** The group of {@code fact}, a number; -1 if it is in every part or filed nowhere. */
    int groupOf(Object fact) {
        Integer number = filed.get(fact);
        return number == null ? -1 : root(number);
    }

    boolean isEverywhere(Object fact) {
        return everywhere.containsKey(fact);
    }

    private int number(Key key) {
        Integer known = numbers.get(key);
        if (known != null) {
            return known;
        }
        int next = numbers.size();
        if (next == parent.length) {
            parent = Arrays.copyOf(parent, next * 2);
            size = Arrays.copyOf(size, next * 2);
        }
        parent[next] = next;
        size[next] = 1;
        numbers.put(key, next);
        return next;
    }

    private void union(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb]) {
            int swap = ra;
            ra = rb;
            rb = swap;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
    }

    private int root(int number) {
        int at = number;
        while (parent[at] != at) {
            parent[at] = parent[parent[at]];
            at = parent[at];
        }
        return at;
    }
}
