package dev.chancery.cli;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.cli.CliTest.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A message quotes a value short and escaped, never whole: issue 20, point 12 (a 50 MB one-line value
 * went whole to stderr), and a value's escape sequences never reach the terminal raw (point 14).
 */
class QuotesTest {
    private static final String HUGE = "x".repeat(5_000_000);

    @TempDir
    Path dir;

    /** A scenario written as JSON is parsed by Jackson, fast: the 5 MB values cost no minutes of YAML scanning. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a bad date      | {\"asOf\": \"HUGE\"}                      | huge.json:1:10: bad date 'xxx",
        "a text for a map| {\"add\": \"HUGE\"}                       | huge.json:1:9: expected add (a mapping of keys to values), found 'xxx",
        "an unknown state| {\"add\": {\"events\": [{\"date\": \"2022-08-01\", \"type\": \"recognize\", \"by\": \"HUGE\", \"of\": \"DPR\"}]}}"
            + "| huge.json:1:71: unknown state 'XXX",
    })
    void aFiveMegabyteValueIsQuotedShort(String what, String json, String expected) {
        String huge = expected.endsWith("XXX") ? HUGE.toUpperCase() : HUGE;
        Path scenario = Fixtures.write(dir, "huge.json", json.replace("HUGE", huge));
        Run run = chancery("run", "--scenario", scenario.toString());
        assertThat(run.code()).as(run.err().substring(0, Math.min(500, run.err().length()))).isEqualTo(2);
        assertThat(run.err()).contains(expected, "… (5,000,000 characters)'");
        assertThat(run.err().length()).isLessThan(1000);
    }

    /** A facts file is scanned by SnakeYAML, which takes time over a long value: half a megabyte here. */
    @Test
    void aLongValueInAFactsFileIsQuotedShort() {
        Path facts = Fixtures.write(dir, "long.yaml", "actors:\n  - {id: ZZA, name: A, kind: " + "x".repeat(500_000) + "}\n");
        Run run = chancery("run", "--facts", facts.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("long.yaml:2:30: unknown actor kind '" + "x".repeat(60) + "… (500,000 characters)'");
        assertThat(run.err().length()).isLessThan(1000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an id        | events:\\n  - {date: 2020-01-01, type: recognize, by: \"\\e[2J\", of: UKR}\\n | unknown state '\\u001b[2J'",
        "a key        | actors:\\n  - {id: ZZA, \"\\e]0;owned\\a\": x}\\n                           | unknown key '\\u001b]0;owned\\u0007'",
        "a line break (its first line quoted) | actors: \"one\\rRUS is recognized\"\\n                                     | found 'one… (21 characters)'",
    })
    void aValueWithControlCharactersIsQuotedEscaped(String what, String yaml, String expected) {
        Path facts = Fixtures.write(dir, "esc.yaml", yaml.replace("\\n", "\n"));
        Run run = chancery("run", "--facts", facts.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(expected).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r");
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
    }
}
