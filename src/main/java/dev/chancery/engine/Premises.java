package dev.chancery.engine;

import dev.chancery.model.Actor;
import dev.chancery.model.Claim;
import dev.chancery.model.Event;
import dev.chancery.model.Exclusive;
import dev.chancery.model.Origin;
import dev.chancery.model.SeverPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Follows a conclusion's justifications down to the stated facts it rests on (events, policies,
 * claims), as the "because" lines of a report. Actors are left out: they are the vocabulary, not
 * reasons.
 */
final class Premises {
    private final Grounds grounds;

    Premises(Reasoner reasoner) {
        this.grounds = reasoner.grounds(Premises::isStated, fact -> fact instanceof Actor);
    }

    /**
     * The "because" list of each conclusion: the stated facts under it, described, sorted and without
     * repeats. Every stated fact reached is described once and ranked once, so that each list is its
     * facts' ranks in order: sorted when it has fewer facts than the set of all ranks has words, else read
     * off that set.
     */
    List<List<String>> because(List<Object> conclusions) {
        List<int[]> ids = grounds.of(conclusions);
        int top = 0;
        for (int[] under : ids) {
            top = Math.max(top, under.length == 0 ? 0 : under[under.length - 1] + 1);
        }
        // by handle id: each stated fact reached, described once, then ranked in the order of its line
        String[] described = new String[top];
        int count = 0;
        for (int[] under : ids) {
            for (int id : under) {
                if (described[id] == null) {
                    described[id] = describeStated(grounds.leaf(id));
                    count++;
                }
            }
        }
        Line[] order = new Line[count];
        for (int id = 0, k = 0; id < top; id++) {
            if (described[id] != null) {
                order[k++] = new Line(described[id], id);
            }
        }
        Arrays.sort(order);
        int[] rank = new int[top];
        for (int k = 0; k < count; k++) {
            rank[order[k].id()] = k;
        }
        long[] bits = new long[(count + 63) / 64];
        List<List<String>> out = new ArrayList<>(conclusions.size());
        for (int[] under : ids) {
            out.add(List.of(lines(under.length < bits.length ? sortedRanks(under, rank) : ranksInOrder(under, rank, bits),
                    order)));
        }
        return out;
    }

    /** The ranks of {@code ids}, ascending, by sorting them: for a list of a few out of many facts. */
    private static int[] sortedRanks(int[] ids, int[] rank) {
        int[] ranks = new int[ids.length];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = rank[ids[i]];
        }
        Arrays.sort(ranks);
        return ranks;
    }

    /** The ranks of {@code ids}, ascending, read off a set of all ranks ({@code bits}, left empty): for a long list. */
    private static int[] ranksInOrder(int[] ids, int[] rank, long[] bits) {
        for (int id : ids) {
            bits[rank[id] >>> 6] |= 1L << rank[id];
        }
        int[] ranks = new int[ids.length];
        int size = 0;
        for (int w = 0; w < bits.length; w++) {
            for (long word = bits[w]; word != 0; word &= word - 1) {
                ranks[size++] = (w << 6) + Long.numberOfTrailingZeros(word);
            }
            bits[w] = 0;
        }
        return ranks;
    }

    /** The lines of ascending {@code ranks}, once each: two facts can have one line. */
    private static String[] lines(int[] ranks, Line[] order) {
        String[] lines = new String[ranks.length];
        int size = 0;
        for (int r : ranks) {
            String line = order[r].text();
            if (size == 0 || !lines[size - 1].equals(line)) {
                lines[size++] = line;
            }
        }
        return size == lines.length ? lines : Arrays.copyOf(lines, size);
    }

    /** A stated fact's line, and its handle id. */
    private record Line(String text, int id) implements Comparable<Line> {
        @Override
        public int compareTo(Line other) {
            return text.compareTo(other.text);
        }
    }

    /** The stated facts a "because" list names: events, policies and claims (actors are the vocabulary). */
    static boolean isStated(Object fact) {
        return fact instanceof Event || fact instanceof SeverPolicy || fact instanceof Exclusive || fact instanceof Claim;
    }

    /** A stated fact with its place, or null for derived facts and actors. */
    static String describeStated(Object fact) {
        if (fact instanceof Event e) {
            return placed(e.describe(), e.origin());
        }
        if (fact instanceof SeverPolicy p) {
            return placed(p.describe(), p.origin());
        }
        if (fact instanceof Exclusive x) {
            return placed(x.describe(), x.origin());
        }
        if (fact instanceof Claim c) {
            return placed(c.describe(), c.origin());
        }
        return null;
    }

    /** "event recognize PRK DPR 2022-07-13 (facts/cases/donbas-2022.yaml:48)": {@code Origin.at()}, written in place. */
    private static String placed(String text, Origin origin) {
        return text + " (" + origin.file() + ":" + origin.line() + ")";
    }
}
