package dev.chancery.engine;

import org.kie.api.KieBase;

/**
 * Rules compiled from a {@code rules/} folder, shareable across threads (one session each);
 * {@code partitions}, the partition rules of {@code rules/partition/}, or null if there are none.
 */
public record RuleBase(KieBase kieBase, String rulesDir, KieBase partitions) {
}
