package dev.chancery.result;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The results of a world's parts (docs/decisions.md "A big world in parts") as one result, in the
 * order a reader of one session gives one session's. An entity or a pair that two parts both report means
 * that the partition rules split what a rule joins: that fails, rather than report either.
 */
public final class ResultMerge {
    private ResultMerge() {
    }

    public static Result merge(LocalDate asOf, List<Result> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<EntityResult> entities = all(parts, Result::entities);
        entities.sort(Result.ENTITY_ORDER);
        unique(entities, EntityResult::id, "entity");
        List<RelationResult> relations = all(parts, Result::relations);
        relations.sort(Result.RELATION_ORDER);
        unique(relations, r -> r.a().compareTo(r.b()) <= 0 ? r.a() + " " + r.b() : r.b() + " " + r.a(), "pair");
        List<ConclusionResult> conclusions = all(parts, Result::conclusions);
        conclusions.sort(Result.CONCLUSION_ORDER);
        return new Result(asOf, List.copyOf(entities), List.copyOf(relations), List.copyOf(conclusions),
                warnings(parts));
    }

    /** Warnings by their fact's file, line, then kind and message, as one session sorts its {@code Warning}s. */
    private static List<WarningResult> warnings(List<Result> parts) {
        record Placed(String file, int line, WarningResult warning) {
        }
        List<Placed> placed = new ArrayList<>();
        for (Result part : parts) {
            for (WarningResult w : part.warnings()) {
                int colon = w.at().lastIndexOf(':');
                placed.add(new Placed(w.at().substring(0, colon), Integer.parseInt(w.at().substring(colon + 1)), w));
            }
        }
        placed.sort(Comparator.comparing(Placed::file).thenComparingInt(Placed::line)
                .thenComparing(p -> p.warning().kind()).thenComparing(p -> p.warning().message()));
        return placed.stream().map(Placed::warning).toList();
    }

    private static <T> List<T> all(List<Result> parts, Function<Result, List<T>> list) {
        List<T> out = new ArrayList<>();
        parts.forEach(part -> out.addAll(list.apply(part)));
        return out;
    }

    private static <T> void unique(List<T> sorted, Function<T, String> key, String what) {
        Set<String> seen = new HashSet<>();
        for (T item : sorted) {
            if (!seen.add(key.apply(item))) {
                throw new IllegalStateException("two parts of the world both concluded about the " + what + " "
                        + key.apply(item) + ": the partition rules (rules/partition/) split facts that a rule joins");
            }
        }
    }
}
