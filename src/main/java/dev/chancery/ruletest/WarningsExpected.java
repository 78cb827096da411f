package dev.chancery.ruletest;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rule test expects of the warnings, by kind. {@code warnings: [a, b]} is {@code exactly}: these kinds and
 * no other (in any order, each as often as listed). The mapping form says less, so that a test is about what it
 * tests: {@code includes} (these, and maybe others), {@code excludes} (none of these), and {@code exactly} with
 * {@code among} (of the warnings of these kinds, exactly these). A part not given is null.
 */
public record WarningsExpected(List<String> exactly, List<String> among, List<String> includes, List<String> excludes) {

    /** The differences from the warning kinds {@code got}, each a labelled line; none when they agree. */
    List<String> differences(List<String> got, List<String> described) {
        List<String> diffs = new ArrayList<>();
        List<String> seen = among == null ? sorted(got) : sorted(got.stream().filter(among::contains).toList());
        if (exactly != null && !sorted(exactly).equals(seen)) {
            List<String> missing = minus(sorted(exactly), seen);
            List<String> unexpected = minus(seen, sorted(exactly));
            diffs.add("warnings expected: " + sorted(exactly) + (among == null ? "" : " among " + among));
            diffs.add("warnings got: " + seen);
            diffs.add("warnings missing: " + missing);
            diffs.add("warnings unexpected: " + unexpected);
        }
        if (includes != null) {
            List<String> missing = minus(sorted(includes), sorted(got));
            if (!missing.isEmpty()) {
                diffs.add("warnings missing: " + missing + " (expected to be included; got " + sorted(got) + ")");
            }
        }
        if (excludes != null) {
            List<String> unexpected = got.stream().filter(excludes::contains).sorted().toList();
            if (!unexpected.isEmpty()) {
                diffs.add("warnings unexpected: " + unexpected + " (expected none of " + excludes + ")");
            }
        }
        if (!diffs.isEmpty()) {
            described.forEach(d -> diffs.add("warning got: " + d));
        }
        return diffs;
    }

    private static List<String> sorted(List<String> kinds) {
        return kinds.stream().sorted().toList();
    }

    /** {@code a} without one of each element of {@code b} (multisets). */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.forEach(out::remove);
        return out;
    }
}
