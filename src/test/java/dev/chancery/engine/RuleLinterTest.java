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

    @Test
    void theShippedRulesHaveNoFindings() {
        RuleLinter.Findings findings = new RuleLinter(Fixtures.workspace())
                .lint(RuleLinter.parse(RuleCompiler.drlFiles(Fixtures.workspace().rulesDir())));
        assertThat(findings.errors()).isEmpty();
        assertThat(findings.warnings()).isEmpty();
    }
}
