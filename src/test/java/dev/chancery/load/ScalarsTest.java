package dev.chancery.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;

/** The scalars the loader reads by hand instead of with regular expressions. */
class ScalarsTest {
    @ParameterizedTest
    @ValueSource(strings = {"2022-02-21", "0000-01-01", "2024-02-29", "9999-12-31"})
    void aRealDateIsRead(String text) {
        assertThat(YamlFile.isoDate(text)).isEqualTo(LocalDate.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-02-30", "2023-02-29", "2022-13-01", "2022-00-10", "2022-01-00", "2022-1-01",
            "22-01-01", "2022/01/01", "2022-01-01 ", " 2022-01-01", "2022-01-0a", "２０２２-01-01", "+2022-01-0", ""})
    void anythingElseIsNot(String text) {
        assertThat(YamlFile.isoDate(text)).isNull();
    }

    /** The same answer as the regular expression and {@code LocalDate.parse} it replaces, on any text. */
    @Property(tries = 2000)
    void theSameAsTheParser(@ForAll @StringLength(max = 12) String text) {
        assertThat(YamlFile.isoDate(text)).isEqualTo(parsed(text));
    }

    @Property(tries = 2000)
    void theSameOnDateShapedText(@ForAll("dateShaped") String text) {
        assertThat(YamlFile.isoDate(text)).isEqualTo(parsed(text));
    }

    @Provide
    Arbitrary<String> dateShaped() {
        return Arbitraries.strings().withChars("0123456789-").ofLength(10);
    }

    private static LocalDate parsed(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "~", "null", "Null", "NULL", " "})
    void yamlsNullsAreNull(String text) {
        assertThat(new TextResolver().resolve(NodeId.scalar, text, true)).isEqualTo(Tag.NULL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nULL", "none", "no", "true", "2022-01-01", "12", "~~", "N"})
    void everythingElseIsText(String text) {
        assertThat(new TextResolver().resolve(NodeId.scalar, text, true)).isEqualTo(Tag.STR);
    }

    @Test
    void collectionsAndTaggedScalarsAreAsSnakeYamlSays() {
        assertThat(new TextResolver().resolve(NodeId.mapping, null, true)).isEqualTo(Tag.MAP);
        assertThat(new TextResolver().resolve(NodeId.sequence, null, true)).isEqualTo(Tag.SEQ);
        assertThat(new TextResolver().resolve(NodeId.scalar, "null", false)).isEqualTo(Tag.STR);
    }
}
