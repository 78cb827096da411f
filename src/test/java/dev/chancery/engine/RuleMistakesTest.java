package dev.chancery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chancery.Fixtures;
import dev.chancery.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The usual mistakes of a rule author (src/test/resources/rule-mistakes/mistakes.yaml), each made in a copy of
 * rules/: the compiler's cascade becomes one message at the place of the mistake, saying what was meant.
 */
class RuleMistakesTest {
    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    static Stream<Map<String, String>> mistakes() {
        try (InputStream in = RuleMistakesTest.class.getResourceAsStream("/rule-mistakes/mistakes.yaml")) {
            return ((List<Map<String, String>>) new Yaml().load(in)).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeGivesOneMessageAtItsPlaceSayingWhatWasMeant(Map<String, String> mistake) throws IOException {
        Path rules = Fixtures.copyOfTheRules(dir);
        Path file = rules.resolve(mistake.get("file"));
        String text = Files.readString(file);
        assertThat(text.split(java.util.regex.Pattern.quote(mistake.get("find")), -1)).as("the text to replace, once")
                .hasSize(2);
        Files.writeString(file, text.replace(mistake.get("find"), mistake.get("replace")));
        String prefix = Fixtures.workspace().display(rules) + "/";
        assertThatThrownBy(() -> new RuleCompiler(Fixtures.workspace()).compile(rules))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.toString().replace(prefix, "")).containsExactly(mistake.get("message")));
    }

    @Test
    void theGuideShowsTheseMessages() throws IOException {
        String guide = Files.readString(Fixtures.workspace().home().resolve("docs/rule-authors.md"), StandardCharsets.UTF_8);
        mistakes().forEach(m -> assertThat(guide).as(m.get("mistake")).contains("rules/" + m.get("message")));
    }
}
