package dev.chancery.engine;

import org.kie.api.KieBase;

/**
 * Rules compiled from a {@code rules/} folder, shareable across threads (one session each);
 * {@code partitions}, the passes of the partition rules of {@code rules/partition/} (a rule base a file, in the
 * order of their names), or null if there are none;
 * {@code contentKey}, the SHA-256 of every .drl it was compiled from, which any edit changes (a batch
 * records it to refuse resuming with other rules).
 */
public record RuleBase(KieBase kieBase, String rulesDir, java.util.List<KieBase> partitions, String contentKey) {
}
