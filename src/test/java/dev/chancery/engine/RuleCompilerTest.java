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
