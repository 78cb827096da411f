package dev.chancery.ruletest;

import dev.chancery.engine.Evaluation;
import dev.chancery.engine.Reasoner;
import dev.chancery.engine.RuleBase;
import dev.chancery.load.FactsLoader;
import dev.chancery.input.Workspace;
import dev.chancery.load.World;
import dev.chancery.result.ConclusionResult;
import dev.chancery.result.EntityResult;
import dev.chancery.result.RelationResult;
import dev.chancery.result.Result;
import dev.chancery.result.WarningResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Runs one rule test on a compiled rule base and lists every way the result differs from the test. */
public final class RuleTestRunner {
    private final RuleBase rules;
    private final FactsLoader loader;

    public RuleTestRunner(RuleBase rules, Workspace workspace) {
        this.rules = rules;
        this.loader = new FactsLoader(workspace);
    }

    /** The differences, each "what: expected X, got Y"; empty when the test passes. */
    public List<String> run(RuleTest test) {
        return run(test, null);
    }

    /** As {@link #run(RuleTest)}, telling {@code listener} (may be null) of every rule fired. */
    public List<String> run(RuleTest test, org.kie.api.event.rule.AgendaEventListener listener) {
        World world = loader.load(test.files(), false,
                access -> access.readSections(test.yaml(), test.inline()));
        Result result = Evaluation.evaluate(rules, world, test.asOf(), Reasoner.DEFAULT_FIRING_LIMIT, true, listener);
        return compare(test.expect(), result);
    }

    static List<String> compare(Expectations expect, Result result) {
        List<String> diffs = new ArrayList<>();
        if (expect.tallies() != null) {
            expect.tallies().forEach((id, want) -> {
                EntityResult e = result.entity(id);
                check(diffs, "tally " + id, want, e == null ? null : e.tally());
            });
        }
        if (expect.ordinals() != null) {
            expect.ordinals().forEach((id, byState) -> byState.forEach((state, want) ->
                    check(diffs, "ordinal of " + state + " for " + id, want, ordinal(result.entity(id), state))));
        }
        states(diffs, "recognizedBy", expect.recognizedBy(), result,
                e -> e.recognizedBy().stream().map(EntityResult.Recognition::state).toList());
        states(diffs, "withdrawn", expect.withdrawn(), result,
                e -> e.withdrawn().stream().map(EntityResult.EndedRecognition::state).toList());
        states(diffs, "lapsed", expect.lapsed(), result,
                e -> e.lapsed().stream().map(EntityResult.EndedRecognition::state).toList());
        states(diffs, "nonMembers", expect.nonMembers(), result,
                e -> e.nonMemberRecognizers().stream().map(EntityResult.NonMemberRecognition::state).toList());
        if (expect.status() != null) {
            expect.status().forEach((id, want) -> {
                EntityResult e = result.entity(id);
                check(diffs, "status of " + id, want, e == null ? null : e.status());
            });
        }
        if (expect.relations() != null) {
            for (Map<String, String> want : expect.relations()) {
                List<RelationResult> found = result.relations(want.get("a"), want.get("b"));
                if (found.size() > 1) {
                    diffs.add("relations " + want.get("a") + "-" + want.get("b") + ": the pair has " + found.size()
                            + " entries, expected one: " + found);
                }
                relation(diffs, want, found.isEmpty() ? null : found.get(0));
            }
        }
        List<String> ids = result.conclusions().stream().map(ConclusionResult::id).toList();
        if (expect.conclusions() != null) {
            for (String id : expect.conclusions()) {
                if (!ids.contains(id)) {
                    diffs.add("conclusion " + id + ": expected, but absent (conclusions: " + ids + ")");
                }
            }
        }
        if (expect.absent() != null) {
            for (String id : expect.absent()) {
                if (ids.contains(id)) {
                    diffs.add("conclusion " + id + ": expected absent, but present");
                }
            }
        }
        if (expect.warnings() != null) {
            diffs.addAll(expect.warnings().differences(result.warnings().stream().map(WarningResult::kind).toList(),
                    result.warnings().stream().map(w -> w.kind() + " at " + w.at() + ": " + w.message()).toList()));
        }
        return diffs;
    }

    private static Integer ordinal(EntityResult e, String state) {
        if (e == null) {
            return null;
        }
        Integer inForce = e.ordinalOf(state);
        if (inForce != null) {
            return inForce;
        }
        return e.withdrawn().stream().filter(r -> r.state().equals(state)).map(EntityResult.EndedRecognition::ordinal)
                .filter(Objects::nonNull).findFirst()
                .orElse(e.lapsed().stream().filter(r -> r.state().equals(state))
                        .map(EntityResult.EndedRecognition::ordinal).filter(Objects::nonNull).findFirst().orElse(null));
    }

    private static void states(List<String> diffs, String what, Map<String, List<String>> expected, Result result,
                               Function<EntityResult, List<String>> actual) {
        if (expected == null) {
            return;
        }
        expected.forEach((id, want) -> {
            EntityResult e = result.entity(id);
            List<String> got = e == null ? null : actual.apply(e).stream().sorted().toList();
            check(diffs, what + " of " + id, want.stream().sorted().toList(), got);
        });
    }

    private static void relation(List<String> diffs, Map<String, String> want, RelationResult got) {
        String pair = want.get("a") + "-" + want.get("b");
        if ("none".equals(want.get("status"))) {
            if (got != null) {
                diffs.add("relations " + pair + ": expected none, got " + got);
            }
            return;
        }
        if (got == null) {
            diffs.add("relations " + pair + ": expected " + want + ", got none");
            return;
        }
        check(diffs, "relations " + pair + " status", want.get("status"), got.status());
        if (want.containsKey("basis")) {
            check(diffs, "relations " + pair + " basis", want.get("basis"), got.basis());
        }
        if (want.containsKey("since")) {
            check(diffs, "relations " + pair + " since", want.get("since"), String.valueOf(got.since()));
        }
        if (want.containsKey("confirmed")) {
            check(diffs, "relations " + pair + " confirmed", want.get("confirmed"), String.valueOf(got.confirmed()));
        }
    }

    private static void check(List<String> diffs, String what, Object want, Object got) {
        if (!Objects.equals(want, got)) {
            diffs.add(what + ": expected " + want + ", got " + got);
        }
    }
}
