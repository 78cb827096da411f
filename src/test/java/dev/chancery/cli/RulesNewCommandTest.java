package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** rules new: a rule skeleton and a failing test beside it, so that test-first is the easy path. */
class RulesNewCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int chancery(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(out, true));
        return cmd.execute(args);
    }

    @Test
    void aNewRuleComesWithATestThatFailsUntilItIsWritten() throws Exception {
        Path rules = Fixtures.copyOfTheRules(dir);
        String name = "Reciprocity: a state that recognizes an entity twice is noted #2";
        assertThat(chancery("rules", "new", name, "--in", "reciprocity", "--rules", rules.toString())).isZero();
        assertThat(Files.readString(rules.resolve("reciprocity.drl"))).startsWith("package chancery;")
                .contains("rule \"" + name + "\"\n");
        assertThat(Files.readString(rules.resolve("tests/reciprocity.yaml"))).startsWith("tests:\n")
                .contains("  - name: \"" + name + "\"\n");

        assertThat(chancery("check", "--rules", rules.toString())).isZero();
        assertThat(chancery("test", "--rules", rules.toString(), "--allow-root", dir.toString(),
                rules.resolve("tests/reciprocity.yaml").toString())).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL").contains("warnings missing: [my-kind]");

        assertThat(chancery("rules", "new", name, "--in", "checks", "--rules", rules.toString())).isEqualTo(2);
        assertThat(out.toString()).contains("reciprocity.drl:5:1: a rule named \"" + name + "\" is here already");
    }
}
