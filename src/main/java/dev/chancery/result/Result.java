package dev.chancery.result;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What one run concludes, in the shape of the JSON contract (docs/semantics.md, "JSON output"); every
 * report format renders this.
 */
public record Result(LocalDate asOf, List<EntityResult> entities, List<RelationResult> relations,
                     List<ConclusionResult> conclusions, List<WarningResult> warnings) implements java.io.Serializable {

    /** The orders a result's lists are in, whoever reads them from a session or merges them from parts. */
    public static final Comparator<EntityResult> ENTITY_ORDER = Comparator.comparing(EntityResult::id);

    /** By date (unknown last), then by the pair. */
    public static final Comparator<RelationResult> RELATION_ORDER =
            Comparator.comparing((RelationResult r) -> r.since() == null ? LocalDate.MAX : r.since())
                    .thenComparing(RelationResult::a).thenComparing(RelationResult::b);

    /** By id; ids are unique but for claims repeated in two places, which their premises then tell apart. */
    public static final Comparator<ConclusionResult> CONCLUSION_ORDER = Comparator.comparing(ConclusionResult::id)
            .thenComparing(c -> String.join("|", c.because()));

    public EntityResult entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    public RelationResult relation(String x, String y) {
        List<RelationResult> found = relations(x, y);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every entry for the unordered pair: one at most, when the rules are right. */
    public List<RelationResult> relations(String x, String y) {
        return relations.stream()
                .filter(r -> r.a().equals(x) && r.b().equals(y) || r.a().equals(y) && r.b().equals(x))
                .toList();
    }

    public ConclusionResult conclusion(String id) {
        return conclusions.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }
}
