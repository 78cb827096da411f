package dev.chancery.engine;

import org.kie.api.KieBase;

/** Rules compiled from a {@code rules/} folder, shareable across threads (one session each). */
public record RuleBase(KieBase kieBase, String rulesDir) {
}
