package dev.chancery.partition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the partition rules of one pass say (the global {@code parts} of a file of {@code rules/partition/}):
 * which key each fact is filed under, which facts are also copied under other keys, which are in every part
 * and which the pass leaves out, which keys go together, and which kinds of key the pass concludes about.
 * Keys that go together, directly or through others, form one group; a fact is in its key's group and in
 * the groups of its copies. The groups are a union-find over the keys' numbers (union by size, paths
 * halved), since a million events file millions of facts and joins.
 */
public final class Parts {
    private final Map<Key, Integer> numbers = new HashMap<>();
    private final List<Key> keys = new ArrayList<>();
    private int[] parent = new int[1024];
    private int[] size = new int[1024];
    private final Map<Object, Integer> filed = new IdentityHashMap<>();
    private final Map<Object, Boolean> everywhere = new IdentityHashMap<>();
    private final Map<Object, Boolean> leftOut = new IdentityHashMap<>();
    /** The facts copied under other keys, numbered in the order first copied, and (fact number, key number) pairs. */
    private final Map<Object, Integer> copiedFacts = new IdentityHashMap<>();
    private long[] copies = new long[1024];
    private int copyCount;
    private final Set<String> concluded = new HashSet<>();

    /** {@code fact} is reasoned about in the part of {@code key}'s group (twice: both keys go together). */
    public void file(Object fact, Key key) {
        int number = number(key);
        Integer before = filed.put(fact, number);
        if (before != null) {
            union(before, number);
        }
    }

    /**
     * {@code fact} is in the part of {@code key}'s group as well, a copy: a fact that several groups read
     * without joining them (an entity's own facts, for each recognizer's stance toward it).
     */
    public void alsoIn(Object fact, Key key) {
        Integer factNumber = copiedFacts.get(fact);
        if (factNumber == null) {
            factNumber = copiedFacts.size();
            copiedFacts.put(fact, factNumber);
        }
        if (copyCount == copies.length) {
            copies = Arrays.copyOf(copies, copyCount * 2);
        }
        copies[copyCount++] = ((long) factNumber << 32) | number(key);
    }

    /** {@code fact} is in every part: reference data that the rules only look up. */
    public void everywhere(Object fact) {
        everywhere.put(fact, Boolean.TRUE);
    }

    /** No result of this pass reads {@code fact}, unless a rule copies it into a group ({@link #alsoIn}). */
    public void leaveOut(Object fact) {
        leftOut.put(fact, Boolean.TRUE);
    }

    /** {@code a} and {@code b} are in one part: some rule joins what is filed under them. */
    public void together(Key a, Key b) {
        union(number(a), number(b));
    }

    /**
     * This pass gives the results about keys of {@code kind} ({@link Key#ACTOR}, {@link Key#PAIR}...): each from
     * the part that holds the key's group. Its results about other keys are another pass's.
     */
    public void concludeAbout(String kind) {
        concluded.add(kind);
    }

    Set<String> concluded() {
        return concluded;
    }

    /** The group of {@code fact}'s own key, a number; -1 if it has none (in every part, left out, only copied). */
    int groupOf(Object fact) {
        Integer number = filed.get(fact);
        return number == null ? -1 : root(number);
    }

    /** The key {@code fact} is filed under; null if none. */
    Key keyOf(Object fact) {
        Integer number = filed.get(fact);
        return number == null ? null : keys.get(number);
    }

    /** The group of {@code key}; -1 if no rule named it. */
    int groupOf(Key key) {
        Integer number = numbers.get(key);
        return number == null ? -1 : root(number);
    }

    /** How many numbers a group may have: groups are numbered below it. */
    int groupCount() {
        return keys.size();
    }

    /** Every key named, with its group. */
    Map<Key, Integer> keys() {
        Map<Key, Integer> groups = new HashMap<>();
        numbers.forEach((key, number) -> groups.put(key, root(number)));
        return groups;
    }

    boolean isEverywhere(Object fact) {
        return everywhere.containsKey(fact);
    }

    /** Whether some rule of the pass said where {@code fact} goes, or that it is not needed. */
    boolean isPlaced(Object fact) {
        return filed.containsKey(fact) || everywhere.containsKey(fact) || leftOut.containsKey(fact)
                || copiedFacts.containsKey(fact);
    }

    /** The groups {@code fact} is copied into, by fact: each copied fact's groups, as their numbers. */
    Map<Object, int[]> copies() {
        long[] sorted = Arrays.copyOf(copies, copyCount);
        Arrays.sort(sorted);
        Object[] byNumber = new Object[copiedFacts.size()];
        copiedFacts.forEach((fact, number) -> byNumber[number] = fact);
        Map<Object, int[]> out = new IdentityHashMap<>();
        int i = 0;
        while (i < sorted.length) {
            int fact = (int) (sorted[i] >>> 32);
            int j = i;
            while (j < sorted.length && (int) (sorted[j] >>> 32) == fact) {
                j++;
            }
            int[] groups = new int[j - i];
            for (int k = i; k < j; k++) {
                groups[k - i] = root((int) sorted[k]);
            }
            out.put(byNumber[fact], Arrays.stream(groups).sorted().distinct().toArray());
            i = j;
        }
        return out;
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
        keys.add(key);
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
