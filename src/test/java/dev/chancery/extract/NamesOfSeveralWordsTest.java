package dev.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name's own words are not grammar: its "and" joins no subjects and opens no clause, its apostrophe is no possessive. */
class NamesOfSeveralWordsTest {
    private final Extractor extractor = new Extractor(Corpus.world());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // one subject, so "cut" is a past, not a plural present dated by the publication
            "Somalia cut its diplomatic ties with Iran, accusing it of interference.             | sever-relations IRN SOM undated",
            "Trinidad and Tobago cut its diplomatic ties with Iran, accusing it of interference. | sever-relations IRN TTO undated",
            "Days after Saint Vincent and the Grenadines cut off ties with Taipei, Kiribati followed. | sever-relations TWN VCT undated;sever-relations KIR TWN undated",
            // "and Barbuda following ..." opens no clause: the war's year is not the break's
            "Guinea broke off diplomatic relations with Israel following the Six-Day War in 1967.              | sever-relations GIN ISR undated",
            "Guinea broke off diplomatic relations with Antigua and Barbuda following the Six-Day War in 1967. | sever-relations ATG GIN undated",
            "The government on Wednesday revoked Côte d'Ivoire’s recognition of Kosovo.                      | withdraw-recognition CIV XKX 2022-09-14",
            "Norway, Spain, and Saint Vincent and the Grenadines recognize Palestine as a state. | recognize NOR PSE 2022-09-15~;recognize ESP PSE 2022-09-15~;recognize VCT PSE 2022-09-15~"})
    void aNameOfSeveralWordsReadsAsOneName(String sentence, String events) {
        assertThat(RealSentencesTest.proposed(extractor,
                new RealSentencesTest.Labelled(sentence, LocalDate.parse("2022-09-15"), "en", Set.of(), Set.of())))
                .as(sentence).containsExactlyInAnyOrder(events.split(";"));
    }
}
