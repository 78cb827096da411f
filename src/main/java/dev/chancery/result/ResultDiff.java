package dev.chancery.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changes from one result (A, the scenario) to another (B, by default the base facts). In its
 * {@link #summary()} form the conclusions and warnings are left out (null, not written).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultDiff(String a, String b, List<TallyChange> tallies, List<RecognizerChange> recognizers,
                         List<RelationChange> relations, List<String> conclusionsGained, List<String> conclusionsLost,
                         List<WarningResult> warningsGained, List<WarningResult> warningsLost) {

    public record TallyChange(String entity, Integer before, Integer after) {
    }

    /** A recognizer (in force) that appears, disappears or changes rank; ordinals null when absent. */
    public record RecognizerChange(String entity, String state, Integer ordinalBefore, Integer ordinalAfter,
                                   boolean inForceBefore, boolean inForceAfter) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RelationChange(String a, String b, RelationResult before, RelationResult after) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return tallies.isEmpty() && recognizers.isEmpty() && relations.isEmpty() && none(conclusionsGained)
                && none(conclusionsLost) && none(warningsGained) && none(warningsLost);
    }

    private static boolean none(List<?> list) {
        return list == null || list.isEmpty();
    }

    /** Just the changed tallies, ranks and relations: a batch line of {@code --result summary}. */
    public ResultDiff summary() {
        return new ResultDiff(a, b, tallies, recognizers, relations, null, null, null, null);
    }

    /** Changes going from {@code before} (named {@code b}) to {@code after} (named {@code a}). */
    public static ResultDiff of(String a, Result after, String b, Result before) {
        List<TallyChange> tallies = new ArrayList<>();
        List<RecognizerChange> recognizers = new ArrayList<>();
        Set<String> entities = new LinkedHashSet<>();
        before.entities().forEach(e -> entities.add(e.id()));
        after.entities().forEach(e -> entities.add(e.id()));
        for (String id : entities.stream().sorted().toList()) {
            EntityResult was = before.entity(id);
            EntityResult now = after.entity(id);
            Integer t0 = was == null ? null : was.tally();
            Integer t1 = now == null ? null : now.tally();
            if (!Objects.equals(t0, t1)) {
                tallies.add(new TallyChange(id, t0, t1));
            }
            Map<String, Integer> r0 = ranks(was);
            Map<String, Integer> r1 = ranks(now);
            Set<String> f0 = inForce(was);
            Set<String> f1 = inForce(now);
            Set<String> states = new LinkedHashSet<>(r0.keySet());
            states.addAll(r1.keySet());
            for (String state : states) {
                if (!Objects.equals(r0.get(state), r1.get(state)) || f0.contains(state) != f1.contains(state)) {
                    recognizers.add(new RecognizerChange(id, state, r0.get(state), r1.get(state), f0.contains(state),
                            f1.contains(state)));
                }
            }
        }
        List<RelationChange> relations = new ArrayList<>();
        Map<String, RelationResult> p0 = pairs(before);
        Map<String, RelationResult> p1 = pairs(after);
        Set<String> keys = new LinkedHashSet<>(p1.keySet());
        keys.addAll(p0.keySet());
        for (String key : keys) {
            RelationResult r0 = p0.get(key);
            RelationResult r1 = p1.get(key);
            if (!Objects.equals(r0, r1)) {
                RelationResult any = r1 != null ? r1 : r0;
                relations.add(new RelationChange(any.a(), any.b(), r0, r1));
            }
        }
        Set<String> c0 = new LinkedHashSet<>(before.conclusions().stream().map(ConclusionResult::id).toList());
        Set<String> c1 = new LinkedHashSet<>(after.conclusions().stream().map(ConclusionResult::id).toList());
        return new ResultDiff(a, b, tallies, recognizers, relations,
                c1.stream().filter(id -> !c0.contains(id)).toList(), c0.stream().filter(id -> !c1.contains(id)).toList(),
                after.warnings().stream().filter(w -> !before.warnings().contains(w)).toList(),
                before.warnings().stream().filter(w -> !after.warnings().contains(w)).toList());
    }

    private static Map<String, Integer> ranks(EntityResult e) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (e != null) {
            e.recognizedBy().forEach(r -> out.put(r.state(), r.ordinal()));
            e.withdrawn().forEach(r -> out.putIfAbsent(r.state(), r.ordinal()));
            e.lapsed().forEach(r -> out.putIfAbsent(r.state(), r.ordinal()));
        }
        return out;
    }

    private static Set<String> inForce(EntityResult e) {
        Set<String> out = new LinkedHashSet<>();
        if (e != null) {
            e.recognizedBy().forEach(r -> out.add(r.state()));
        }
        return out;
    }

    private static Map<String, RelationResult> pairs(Result result) {
        Map<String, RelationResult> out = new LinkedHashMap<>();
        for (RelationResult r : result.relations()) {
            String key = r.a().compareTo(r.b()) <= 0 ? r.a() + "|" + r.b() : r.b() + "|" + r.a();
            out.put(key, r);
        }
        return out;
    }
}
