package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The worked example of docs/rule-authors.md, run as the guide writes it, in a copy of rules/: its test and rule
 * are the guide's code blocks, and what the guide says each step prints is what it prints.
 */
class RuleAuthorsGuideTest {
    @TempDir
    Path dir;

    private StringWriter out;

    private int chancery(String... args) {
        out = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(out, true));
        return cmd.execute(args);
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        assertThat(m.find()).as("the guide has %s", regex).isTrue();
        return m.group(1);
    }

    /** A fenced block of the guide, its three-space indent taken off. */
    private static String block(String text, String after) {
        return group(text, Pattern.quote(after) + ".*?```\\w*\\n(.*?)\\n\\s*```").replaceAll("(?m)^   ", "") + "\n";
    }

    @Test
    void theWorkedExampleRunsAsTheGuideSays() throws Exception {
        String guide = Files.readString(Fixtures.workspace().home().resolve("docs/rule-authors.md"));
        String example = guide.substring(guide.indexOf("## Worked example"));
        Path rules = Fixtures.copyOfTheRules(dir);
        Path facts = dir.resolve("facts/cases/donbas-2022.yaml");
        Files.createDirectories(facts.getParent());
        Files.copy(Fixtures.workspace().home().resolve("facts/cases/donbas-2022.yaml"), facts);
        Path test = rules.resolve("tests/reciprocity.yaml");
        String[] runTest = {"test", "--rules", rules.toString(), "--allow-root", dir.toString(), test.toString()};

        // 1. the test first: it fails as the guide says
        Files.writeString(test, block(example, "1. **Write the test first**"));
        assertThat(chancery(runTest)).isEqualTo(1);
        assertThat(out.toString()).contains(group(example, "fails:\\s*`([^`]+)`"));

        // 2.-3. the rule; check says ok, and the typo gives the message the guide shows
        String rule = block(example, "2. **Write the rule**");
        Files.writeString(rules.resolve("reciprocity.drl"), rule);
        assertThat(chancery("check", "--rules", rules.toString())).isZero();
        assertThat(out.toString()).startsWith(group(example, "prints `([^`]+?)\\.\\.\\.`"));
        String typo = group(example, "as `([^`]+)` gives");
        String typed = typo.replace("Severance( basis == \"policy\", ", "").replace(" )", "");
        Files.writeString(rules.resolve("reciprocity.drl"), rule.replace(typed.replace("aa", "a,"), typed + ","));
        assertThat(chancery("check", "--rules", rules.toString())).isEqualTo(2);
        assertThat(out.toString().trim()).endsWith(group(example, "gives\\s*`rules/([^`]+)`"));

        // 4. the test passes
        Files.writeString(rules.resolve("reciprocity.drl"), rule);
        assertThat(chancery(runTest)).as(out.toString()).isZero();
    }
}
