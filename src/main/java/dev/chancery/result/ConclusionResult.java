package dev.chancery.result;

import java.util.List;

/** A conclusion the rules drew, the rule that drew it and the facts it rests on. */
public record ConclusionResult(String id, String kind, String rule, String reason, List<String> because) implements java.io.Serializable {
}
