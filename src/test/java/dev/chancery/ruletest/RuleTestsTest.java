package dev.chancery.ruletest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chancery.Fixtures;
import dev.chancery.input.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import dev.chancery.engine.RuleCatalog;
import dev.chancery.engine.RuleCoverage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every YAML rule test under rules/tests/ as a JUnit test, so that {@code mvn test} runs them. */
class RuleTestsTest {
    @Test
    void everyShippedRuleIsFiredByAtLeastOneTest() {
        RuleTestRunner runner = new RuleTestRunner(Fixtures.rules(), Fixtures.workspace());
        RuleCoverage coverage = new RuleCoverage();
        for (Path file : RuleTestFile.find(List.of(Fixtures.workspace().rulesDir().resolve("tests")), Fixtures.workspace())) {
            RuleTestFile.read(file, Fixtures.workspace()).forEach(test -> runner.run(test, coverage));
        }
        RuleCatalog catalog = RuleCatalog.of(Fixtures.rules(), Fixtures.workspace().rulesDir(), Fixtures.workspace());
        assertThat(catalog.all()).hasSizeGreaterThan(40);
        assertThat(coverage.neverFired(Fixtures.rules(), catalog)).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> yamlRuleTests() {
        RuleTestRunner runner = new RuleTestRunner(Fixtures.rules(), Fixtures.workspace());
        List<Path> files = RuleTestFile.find(List.of(Fixtures.workspace().rulesDir().resolve("tests")), Fixtures.workspace());
        assertThat(files).isNotEmpty();
        return files.stream()
                .flatMap(file -> RuleTestFile.read(file, Fixtures.workspace()).stream())
                .map(test -> DynamicTest.dynamicTest(test.at() + " " + test.name(),
                        () -> assertThat(runner.run(test)).as(test.at()).isEmpty()));
    }

    @Test
    void aRuleTestNestedTooDeepIsRefusedWhereItGoesTooDeep(@TempDir Path dir) {
        // issue 20: 20,000 nested lists overflowed the stack; SnakeYAML's own limit said "max 50" at 1:1
        Path file = Fixtures.write(dir, "deep.yaml", "tests:\n  - name: x\n    given:\n      events: "
                + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        assertThatThrownBy(() -> RuleTestFile.read(file, Fixtures.workspace())).isInstanceOf(InputException.class)
                .hasMessage(Fixtures.workspace().display(file) + ":4:75: nested more than 64 deep");
    }

    @Test
    void aRuleTestThatIsNotUtf8IsRefusedAtItsFirstByteThatIsNot(@TempDir Path dir) throws Exception {
        // issue 20: "YAML syntax error: java.nio.charset.MalformedInputException: Input length = 1" at 1:1
        Path file = dir.resolve("latin.yaml");
        java.nio.file.Files.write(file, "tests:\n  - name: \"caf\u00e9\"\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> RuleTestFile.read(file, Fixtures.workspace())).isInstanceOf(InputException.class)
                .hasMessage(Fixtures.workspace().display(file) + ":2:15: the file is not UTF-8: byte 0xE9 at byte offset 21;"
                        + " save it as UTF-8");
    }
}
