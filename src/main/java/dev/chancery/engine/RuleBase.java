package dev.chancery.engine;

import java.util.List;
import org.kie.api.KieBase;

/**
 * Rules compiled from a {@code rules/} folder, shareable across threads (one session each);
 * {@code passes}, one for each file of the partition rules of {@code rules/partition/}, in the order of their
 * names, or null if there are none;
 * {@code contentKey}, the SHA-256 of every .drl it was compiled from, which any edit changes (a batch
 * records it to refuse resuming with other rules).
 */
public record RuleBase(KieBase kieBase, String rulesDir, List<Pass> passes, String contentKey) {

    /** The rules that the parts of pass {@code pass} run, or all of them for {@link #WHOLE}. */
    public KieBase forPass(int pass) {
        return pass == WHOLE ? kieBase : passes.get(pass).rules();
    }

    /** Not a pass: the whole world in one session. */
    public static final int WHOLE = -1;
}
