package dev.chancery.engine;

import java.util.List;

/** One reason a derived fact holds: the rule that inserted it and the facts that rule matched. */
public record Justification(String rule, List<Object> premises) {
}
