package dev.chancery.cli;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names from facts, tests and rules reach the reader as they read, never as instructions: escape sequences
 * are written escaped in every output, and Markdown's punctuation in the rule catalogue (issue 20, point 14).
 */
class EscapingTest {
    /** An entity whose name colours the terminal red, and one whose name hides behind a bidi override and a C1 CSI. */
    private static final String WORLD = """
            actors:
              - {id: ZZE, name: "Red \\e[31mland\\e[0m", kind: entity, claimedFrom: UKR}
              - {id: ZZF, name: "Fake \\u202Egnp.exe \\x9B2J", kind: entity, claimedFrom: UKR}
            events:
              - {date: 2020-01-01, type: recognize, by: RUS, of: [ZZE, ZZF], source: "a test"}
            """;

    @TempDir
    Path dir;

    @Test
    void aNameWithEscapeSequencesIsPrintedEscaped() throws Exception {
        Path facts = Fixtures.write(dir, "world.yaml", WORLD);
        for (String format : new String[] {"text", "markdown", "html", "dot"}) {
            Run run = chancery("run", "--facts", facts.toString(), "--format", format);
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).as(format).contains("Red \\u001b", "land\\u001b", "\\u202egnp.exe \\u009b2J")
                    .doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\u009b");
        }
        Path out = dir.resolve("report.txt");
        assertThat(chancery("run", "--facts", facts.toString(), "--out", out.toString()).code()).isZero();
        assertThat(Files.readString(out)).contains("Red \\u001b[31mland").doesNotContain("\u001b");
    }

    @Test
    void aRuleTestsNameIsPrintedEscaped() {
        Path tests = Fixtures.write(dir, "t.yaml", """
                tests:
                  - name: "clears the screen \\e[2J"
                    given:
                      actors:
                        - {id: E1, name: Entity One, kind: entity, claimedFrom: UKR}
                      events:
                        - {date: 2020-01-01, type: recognize, by: RUS, of: E1}
                    expect:
                      tallies: {E1: 1}
                """);
        Run run = chancery("test", tests.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("PASS ", "clears the screen \\u001b[2J").doesNotContain("\u001b");
    }

    @Test
    void theMarkdownCatalogueEscapesNamesAndMetadata() {
        Fixtures.write(dir, "rules/r.drl", """
                package chancery;
                import dev.chancery.model.*;
                rule "A *bold* <b>claim</b> | [link](http://x) `tick` _under_"
                    @description("<script>alert(1)</script> & *more*")
                when
                    Event()
                then
                end
                """);
        Run run = chancery("rules", "--rules", dir.resolve("rules").toString(), "--format", "markdown");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains(
                "### A \\*bold\\* \\<b\\>claim\\</b\\> \\| \\[link\\](http://x) \\`tick\\` \\_under\\_\n",
                "- description: \\<script\\>alert(1)\\</script\\> \\& \\*more\\*\n")
                .doesNotContain("<b>", "<script>");
    }
}
