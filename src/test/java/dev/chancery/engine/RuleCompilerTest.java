package dev.chancery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chancery.Fixtures;
import dev.chancery.load.InputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCompilerTest {
    @TempDir
    Path dir;

    private InputException compileFails(String drl) {
        Fixtures.write(dir, "broken.drl", drl);
        try {
            new RuleCompiler(Fixtures.workspace()).compile(dir);
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("expected the rules to be rejected");
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn() {
        InputException e = compileFails("""
                package chancery;
                import dev.chancery.model.*;

                rule "broken"
                when
                    Event( type == "recognize" by == "PRK" )
                then
                end
                """);
        String file = Fixtures.workspace().display(dir.resolve("broken.drl"));
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.problems().get(0).toString()).startsWith(file + ":6:32: ");
        assertThat(e.getMessage()).doesNotContain("null Package");
    }

    private static final String HEADER = "package chancery;\nimport dev.chancery.model.*;\n\n";

    private String only(String body) {
        InputException e = compileFails(HEADER + body);
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0).toString().replace(Fixtures.workspace().display(dir.resolve("broken.drl")), "broken.drl");
    }

    @Test
    void anUnknownFactTypeIsReportedAtThePattern() {
        assertThat(only("rule \"a\"\nwhen\n    Recognitions( by == \"PRK\" )\nthen\nend\n"))
                .isEqualTo("broken.drl:6:5: Unable to resolve ObjectType 'Recognitions'");
    }

    @Test
    void anUnknownFieldIsReportedAtTheFieldWithTheFieldsThereAre() {
        assertThat(only("rule \"a\"\nwhen\n    Event( type == \"recognize\", byy == \"PRK\" )\nthen\nend\n"))
                .startsWith("broken.drl:6:33: unknown field 'byy' of Event (fields: seq, type, date, by,")
                .endsWith("did you mean 'by'?)");
    }

    @Test
    void aLiteralOfTheWrongTypeIsReportedThoughDroolsCompilesIt() {
        assertThat(only("rule \"a\"\nwhen\n    Tally( count == \"many\" )\nthen\nend\n"))
                .isEqualTo("broken.drl:6:12: type mismatch in Tally( count == \"many\" ): count is a number (int), compared with \"many\"");
    }

    @Test
    void aDateComparedWithTextIsReported() {
        assertThat(only("rule \"a\"\nwhen\n    Event( date == \"2022-02-21\" )\nthen\nend\n"))
                .startsWith("broken.drl:6:12: type mismatch in Event( date == \"2022-02-21\" ): date is a date (LocalDate)")
                .endsWith("write date == LocalDate.parse(\"2022-02-21\")");
    }

    @Test
    void aDuplicateRuleNameIsReportedOnceAtTheSecondRule() {
        assertThat(only("rule \"a\"\nwhen\n    Event( )\nthen\nend\n\nrule \"a\"\nwhen\n    Tally( )\nthen\nend\n"))
                .isEqualTo("broken.drl:10:1: Duplicate rule name: a");
    }

    @Test
    void aFolderWithoutRulesIsBadInput() {
        assertThatThrownBy(() -> new RuleCompiler(Fixtures.workspace()).compile(dir.resolve("missing")))
                .isInstanceOf(InputException.class).hasMessageContaining("no .drl files");
    }

    @Test
    void theShippedRulesCompile() {
        assertThat(Fixtures.rules().kieBase().getKiePackages()).isNotEmpty();
    }
}
