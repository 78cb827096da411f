package dev.chancery.explain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A node of a derivation tree: a fact and, for a derived fact, every rule match that supports it
 * now; for a stated fact, its place, source and quote. {@code repeated} marks a fact already
 * explained higher in the tree (not expanded twice).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Derivation(String fact, String at, String source, String quote, Boolean repeated,
                         List<Support> supports) {

    /** One justification: the rule (name and file:line) and the facts it matched. */
    public record Support(String rule, String ruleAt, List<Derivation> premises) {
    }
}
