package dev.chancery.ruletest;

import java.util.List;
import java.util.Map;

/** What a rule test expects. Each part is checked only when given; the warnings as {@link WarningsExpected} says. */
public record Expectations(Map<String, Integer> tallies,
                           Map<String, Map<String, Integer>> ordinals,
                           Map<String, List<String>> recognizedBy,
                           Map<String, List<String>> withdrawn,
                           Map<String, List<String>> lapsed,
                           Map<String, List<String>> nonMembers,
                           Map<String, String> status,
                           List<Map<String, String>> relations,
                           List<String> conclusions,
                           List<String> absent,
                           WarningsExpected warnings) {
}
