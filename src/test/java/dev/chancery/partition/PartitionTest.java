package dev.chancery.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chancery.Fixtures;
import dev.chancery.engine.Evaluation;
import dev.chancery.engine.Reasoner;
import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RuleCompiler;
import dev.chancery.load.World;
import dev.chancery.report.JsonReport;
import dev.chancery.result.Result;
import dev.chancery.result.ResultMerge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A world reasoned about in parts gives the result of one session, reasons and order included: the
 * partition rules (rules/partition/) put together every fact that a rule joins.
 */
class PartitionTest {
    private static final long LIMIT = Reasoner.DEFAULT_FIRING_LIMIT;

    @Property(tries = 100)
    void partsGiveTheResultOfOneSession(@ForAll @IntRange(min = 1, max = 1_000_000) int seed,
                                        @ForAll @IntRange(min = 0, max = 2) int asOfChoice) throws IOException {
        World world = generated(seed);
        LocalDate asOf = asOfChoice == 0 ? null : LocalDate.of(1995, 1, 1).plusDays(asOfChoice * 3000L);
        RuleBase rules = Fixtures.rules();

        for (int pass = 0; pass < rules.passes().size(); pass++) {
            assertThat(split(rules, pass, world.asOf(asOf), 100).parts())
                    .as("seed %d is split in pass %d", seed, pass + 1).hasSizeGreaterThan(1);
        }
        assertThat(json(rules, world, asOf, 100)).as("seed %d", seed).isEqualTo(json(rules, world, asOf, 0));
    }

    @Test
    void theKnowledgeBaseInPartsGivesTheResultOfOneSession() {
        World world = Fixtures.bundled();
        RuleBase rules = Fixtures.rules();

        Partitioner.Split entities = split(rules, 0, world, 20);

        assertThat(entities.unfiled()).isNull();
        assertThat(entities.parts()).hasSizeGreaterThan(5);
        // an event about an entity is in one part of the first pass; relations events are read where a parent reads them
        assertThat(entities.parts().stream().mapToLong(p -> p.world().events().stream().filter(e -> !e.isRelationsEvent()).count()).sum())
                .isEqualTo(world.events().stream().filter(e -> !e.isRelationsEvent()).count());
        assertThat(json(rules, world, null, 20)).isEqualTo(json(rules, world, null, 0));
    }

    @Test
    void aWorldNoBiggerThanAPartIsOneSession() {
        World world = Fixtures.bundled();

        Partitioner.Split split = split(Fixtures.rules(), 0, world, world.events().size());

        assertThat(split.parts()).containsExactly(Part.whole(world));
    }

    @Test
    void aFactThatNoPartitionRuleFilesKeepsTheWorldWhole(@TempDir Path dir) throws IOException {
        // partition rules that forgot severances: reasoning apart about them could be wrong
        RuleBase rules = rulesWithPartition(dir, text -> text.replace("type in ( \"sever-relations\", ", "type in ( "));
        World world = Fixtures.bundled();

        Partitioner.Split split = split(rules, 0, world, 20);

        assertThat(split.parts()).containsExactly(Part.whole(world));
        assertThat(split.unfiled()).isInstanceOfSatisfying(dev.chancery.model.Event.class,
                e -> assertThat(e.isRelationsEvent()).isTrue());
        assertThat(json(rules, world, null, 20)).isEqualTo(json(Fixtures.rules(), world, null, 0));
    }

    @Test
    void aResultIsGivenByThePartThatOwnsItsKeyAlone(@TempDir Path dir) throws IOException {
        // every entity in every part: each part tallies it, and only the part of its own key gives the tally
        RuleBase rules = rulesWithPartition(dir, text -> text.replace(
                "parts.file( $a, Key.actor( $id ) );", "parts.everywhere( $a );"));
        World world = Fixtures.bundled();

        assertThat(json(rules, world, null, 20)).isEqualTo(json(Fixtures.rules(), world, null, 0));
    }

    @Test
    void twoPartsThatBothReportAnEntityFailRatherThanReportTwice() {
        Result one = Evaluation.evaluate(Fixtures.rules(), Fixtures.bundled(), null, LIMIT, true, null, 0);

        assertThatThrownBy(() -> ResultMerge.merge(null, List.of(one, one)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two parts of the world both concluded about the entity")
                .hasMessageContaining("rules/partition/");
    }

    @Test
    void aFactThatTheSecondPassDoesNotPlaceKeepsTheWorldWhole(@TempDir Path dir) throws IOException {
        RuleBase rules = rulesWithPartition(dir, "2-pairs.drl", text -> text.replace("    $c : Claim()\n", "    $c : Claim( kind == \"tally\" )\n"));
        World world = Fixtures.bundled();

        assertThat(json(rules, world, null, 20)).isEqualTo(json(Fixtures.rules(), world, null, 0));
    }

    @Test
    void anErrorInThePartitionRulesNamesFileLineAndColumn(@TempDir Path dir) {
        assertThatThrownBy(() -> rulesWithPartition(dir, text -> text.replace(
                "$e : Event( type in ( \"sever-relations\"", "$e : Event( type in ( \"sever-relations\" by")))
                .isInstanceOfSatisfying(dev.chancery.input.InputException.class, e -> assertThat(e.problems().get(0).toString())
                        .matches(".*rules/partition/1-entities\\.drl:\\d+:\\d+: .*"));
    }

    @Test
    void eachPassRunsTheRulesButTheFilesItLeavesOut() {
        RuleBase rules = Fixtures.rules();

        assertThat(rules.passes().get(0).leftOut()).containsExactly("predictions.drl");
        assertThat(rules.passes().get(1).leftOut()).containsExactlyInAnyOrder("tallies.drl", "membership.drl");
        assertThat(ruleNames(rules.forPass(0)))
                .doesNotContain("A parent that severed with an earlier recognizer is expected to sever with a new one (precedent)")
                .contains("A parent's earliest precedent dates its precedent", "A tally counts the UN members whose recognition is in force");
        assertThat(ruleNames(rules.forPass(1)))
                .doesNotContain("A tally counts the UN members whose recognition is in force", "A UN member on the as-of date holds its seat")
                .contains("A parent that severed with an earlier recognizer is expected to sever with a new one (precedent)");
        assertThat(ruleNames(rules.forPass(RuleBase.WHOLE))).containsAll(ruleNames(rules.forPass(0)))
                .containsAll(ruleNames(rules.forPass(1)));
    }

    @Test
    void aPassThatLeavesOutRulesItNeedsGivesOtherResults(@TempDir Path dir) throws IOException {
        // what the comparison with one session guards against: the pairs' pass without the spans it reads
        RuleBase rules = rulesWithPartition(dir, "2-pairs.drl", text -> text.replace(
                "@withoutRulesOf(\"membership.drl\")", "@withoutRulesOf(\"recognition.drl\")"));
        World world = Fixtures.bundled();

        assertThat(json(rules, world, null, 20)).isNotEqualTo(json(Fixtures.rules(), world, null, 0));
    }

    @Test
    void aFileLeftOutThatIsNotARuleFileIsAnErrorAtItsRule(@TempDir Path dir) {
        assertThatThrownBy(() -> rulesWithPartition(dir, "2-pairs.drl", text -> text.replace(
                "@withoutRulesOf(\"tallies.drl\")", "@withoutRulesOf(\"talies.drl\")")))
                .isInstanceOfSatisfying(dev.chancery.input.InputException.class, e -> assertThat(e.problems().get(0).toString())
                        .matches(".*rules/partition/2-pairs\\.drl:\\d+:1: @withoutRulesOf\\(\"talies.drl\"\\) names no file of the rules .*"));
    }

    @Test
    void aPassCompilesItsRulesAfterTheFolderItWasCompiledFromIsGone(@TempDir Path dir) throws IOException {
        // rule bases are cached by content: a second folder with the same files gets the first one's, whose pass
        // rules are compiled only when a big world needs them
        String mark = "// " + System.nanoTime() + "\n"; // content of this test's own
        Path first = copyRules(dir.resolve("first"));
        Files.writeString(first.resolve("checks.drl"), mark + Files.readString(first.resolve("checks.drl")));
        RuleBase compiled = new RuleCompiler(Fixtures.workspace()).compile(first);
        try (Stream<Path> files = Files.walk(first)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Path second = copyRules(dir.resolve("second"));
        Files.writeString(second.resolve("checks.drl"), mark + Files.readString(second.resolve("checks.drl")));
        RuleBase again = new RuleCompiler(Fixtures.workspace()).compile(second);

        assertThat(again).isSameAs(compiled);
        assertThat(json(again, Fixtures.bundled(), null, 20)).isEqualTo(json(Fixtures.rules(), Fixtures.bundled(), null, 0));
    }

    private static List<String> ruleNames(org.kie.api.KieBase kieBase) {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream()).map(r -> r.getName()).toList();
    }

    @Test
    void rulesWithNoPartitionFolderAreNeverSplit(@TempDir Path dir) throws IOException {
        Path rulesDir = copyRules(dir);
        try (Stream<Path> files = Files.walk(rulesDir.resolve(RuleCompiler.PARTITION_DIR))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        RuleBase rules = new RuleCompiler(Fixtures.workspace()).compile(rulesDir);

        assertThat(rules.passes()).isNull();
        assertThat(json(rules, Fixtures.bundled(), null, 20)).isEqualTo(json(Fixtures.rules(), Fixtures.bundled(), null, 0));
    }

    private static World generated(int seed) {
        return Fixtures.generated(400, 40, 800, seed);
    }

    private static String json(RuleBase rules, World world, LocalDate asOf, int partEvents) {
        return JsonReport.write(Evaluation.evaluate(rules, world, asOf, LIMIT, true, null, partEvents));
    }

    private static Partitioner.Split split(RuleBase rules, int pass, World world, int partEvents) {
        return new Partitioner(rules.passes().get(pass).partition()).split(world, partEvents, Map.of());
    }

    private static RuleBase rulesWithPartition(Path dir, java.util.function.UnaryOperator<String> edit) throws IOException {
        return rulesWithPartition(dir, "1-entities.drl", edit);
    }

    private static RuleBase rulesWithPartition(Path dir, String file, java.util.function.UnaryOperator<String> edit)
            throws IOException {
        Path rulesDir = copyRules(dir);
        Path parts = rulesDir.resolve(RuleCompiler.PARTITION_DIR).resolve(file);
        String text = Files.readString(parts);
        String edited = edit.apply(text);
        assertThat(edited).as("the edit applies").isNotEqualTo(text);
        Files.writeString(parts, edited);
        return new RuleCompiler(Fixtures.workspace()).compile(rulesDir);
    }

    private static Path copyRules(Path dir) throws IOException {
        Path from = Fixtures.workspace().rulesDir();
        Path to = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        return to;
    }
}
