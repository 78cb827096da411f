package dev.chancery.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Close-match suggestions for misspelt keys and ids ("did you mean ...?"). */
public final class Suggest {
    private Suggest() {
    }

    /** " (did you mean 'since'?)" or "" when nothing is close. */
    public static String hint(String given, Collection<String> candidates) {
        List<String> close = closest(given, candidates, 3);
        return close.isEmpty() ? "" : " (did you mean '" + String.join("' or '", close) + "'?)";
    }

    static List<String> closest(String given, Collection<String> candidates, int most) {
        String lower = given.toLowerCase();
        int limit = Math.max(1, Math.min(3, given.length() / 3));
        return candidates.stream()
                // lengths further apart than the limit are further apart in distance: a 5 MB key is not compared
                .filter(c -> Math.abs(c.length() - given.length()) <= limit && distance(lower, c.toLowerCase()) <= limit)
                .sorted(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase())).thenComparing(c -> c))
                .limit(most)
                .toList();
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
