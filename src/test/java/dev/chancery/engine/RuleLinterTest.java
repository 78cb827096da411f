package dev.chancery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.lint.RuleLinter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLinterTest {
    @TempDir
    Path dir;

    @Test
    void aPatternOnATypeNothingInsertsIsWarnedAbout() {
        Path file = Fixtures.write(dir, "r.drl", """
                package chancery;
                import dev.chancery.model.*;

                rule "Waits for a tally nobody makes"
                when
                    Tally( count > 3 )
                then
                end
                """);
        RuleLinter.Findings findings = new RuleLinter(Fixtures.workspace()).lint(RuleLinter.parse(List.of(file)));
        assertThat(findings.errors()).isEmpty();
        assertThat(findings.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(6);
            assertThat(w.column()).isEqualTo(5);
            assertThat(w.message()).contains("matches Tally, but no fact of that type is ever inserted or derived");
        });
    }

    /** The shipped rules and one file of {@code body}, linted together: the values fields take come from all of them. */
    private List<String> errorsWith(String body) {
        Path probe = Fixtures.write(dir, "probe.drl", "package chancery;\nimport dev.chancery.model.*;\n\n" + body);
        List<Path> files = new java.util.ArrayList<>(RuleCompiler.ruleAndQueryFiles(Fixtures.workspace().rulesDir()));
        files.add(probe);
        return new RuleLinter(Fixtures.workspace()).lint(RuleLinter.parse(files)).errors().stream()
                .map(p -> p.line() + ":" + p.column() + ": " + p.message()).toList();
    }

    @Test
    void aTextComparedWithAnEnumFieldIsAnErrorNamingTheConstantMeant() {
        assertThat(errorsWith("rule \"a\"\nwhen\n    Span( ending == \"withdrawn\" )\nthen\nend\n")).containsExactly(
                "6:11: Span( ending == \"withdrawn\" ): ending is an Ending (withdraw, exclusive, lapse), never the text"
                        + " \"withdrawn\"; write ending == Ending.WITHDRAW (did you mean 'withdraw'?)");
    }

    @Test
    void aValueTheLoaderNeverGivesIsAnErrorWithASuggestion() {
        assertThat(errorsWith("rule \"a\"\nwhen\n    Event( type == \"recognise\" )\nthen\nend\n")).singleElement()
                .asString().startsWith("6:12: Event( type == \"recognise\" ): no Event has type \"recognise\" (it is one of:"
                        + " annex, dissolve, establish-relations, recognize,").endsWith("(did you mean 'recognize'?)");
        assertThat(errorsWith("rule \"a\"\nwhen\n    Actor( kind in ( \"state\", \"entiy\" ) )\nthen\nend\n"))
                .singleElement().asString().contains("no Actor has kind \"entiy\"");
    }

    @Test
    void aValueNoRuleMakesIsAnError() {
        // Relation.basis comes from RelationChange.basis (via $c.basis()), which comes from Severance.basis
        // (Severance.POLICY, Severance.EXCLUSIVE, through $basis) and from "reported"
        assertThat(errorsWith("rule \"a\"\nwhen\n    Relation( basis == \"polcy\" )\nthen\nend\n")).singleElement()
                .asString().isEqualTo("6:15: Relation( basis == \"polcy\" ): no Relation has basis \"polcy\" (it is one of:"
                        + " exclusive, policy, reported) (did you mean 'policy'?)");
        assertThat(errorsWith("rule \"a\"\nwhen\n    Relation( basis == \"policy\", status != \"active\" )\nthen\nend\n"))
                .isEmpty();
    }

    @Test
    void theShippedRulesHaveNoFindings() {
        RuleLinter.Findings findings = new RuleLinter(Fixtures.workspace())
                .lint(RuleLinter.parse(RuleCompiler.drlFiles(Fixtures.workspace().rulesDir())));
        assertThat(findings.errors()).isEmpty();
        assertThat(findings.warnings()).isEmpty();
    }
}
