package dev.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A UN member is recognized once for all: its recognition is an event only when dated before it joined, or, undated,
 * when the article was published before it joined or recognizes it as a new state.
 */
class RecognitionOfAMemberTest {
    private final Extractor extractor = new Extractor(Corpus.world());

    private String extract(String sentence) {
        return extract(sentence, LocalDate.of(2024, 2, 15));
    }

    private String extract(String sentence, LocalDate published) {
        ArticleText text = ArticleText.parse(sentence + "\n");
        return extractor.extract(text, published).events().stream()
                .map(p -> p.type() + " " + p.by().id() + " " + p.targets().get(0).id() + " " + (p.dated() ? p.when().date() : "undated"))
                .toList().toString();
    }

    @Test
    void aRecognitionBeforeTheStateJoinedTheUnIsAnEvent() {
        assertThat(extract("Chad officially recognized South Korea in 1961, long before it joined the United Nations."))
                .isEqualTo("[recognize TCD KOR 1961-01-01]");
    }

    @Test
    void aRecognitionOfAMemberAfterItJoinedOrUndatedIsNoEvent() {
        assertThat(extract("Chad recognized South Korea for its steadfast support in 2010.")).isEqualTo("[]");
        assertThat(extract("Chad already recognizes South Korea and Japan as partners.")).isEqualTo("[]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Croatia became one of the first countries to recognize Montenegro as an independent state. | [recognize HRV MNE undated]",
            "The Serbian government recognized newly independent Montenegro after the referendum.    | [recognize SRB MNE undated]",
            "Serbia acknowledged the independence of Montenegro after the referendum there.           | [recognize SRB MNE undated]",
            "Iceland was the first country to recognise Croatia's independence.                       | [recognize ISL HRV undated]",
            "The Soviet government announced its official recognition of the new Jewish State of Israel. | [recognize SUN ISR undated]",
            // no word of a new state: a member recognized, no event
            "Serbia recognized Montenegro for its support of the regional trade agreement.            | []",
            "Serbia recognized Croatia's contribution to the regional trade agreement.                 | []",
            "The United States recognized Morocco's sovereignty over the Western Sahara.               | []"})
    void anUndatedRecognitionOfAStateAsNewIsAnEvent(String sentence, String events) {
        assertThat(extract(sentence)).isEqualTo(events);
    }

    @Test
    void anUndatedRecognitionToldBeforeTheStateJoinedIsAnEvent() {
        String sentence = "Britain recognized Bangladesh after a long debate in the cabinet.";
        assertThat(extract(sentence, LocalDate.of(1972, 2, 5))).isEqualTo("[recognize GBR BGD undated]");
        assertThat(extract(sentence, LocalDate.of(1975, 2, 5))).isEqualTo("[]");
    }

    @Test
    void aStateBeforeItsMembershipContinuedAnothersIsThatOther() {
        // the Russian Federation continues the Soviet Union's membership since 1991-12-24
        assertThat(extract("Moscow established diplomatic ties with Seoul in 1990.")).isEqualTo("[establish-relations SUN KOR 1990-01-01]");
        assertThat(extract("Moscow established diplomatic ties with Seoul in 1992.")).isEqualTo("[establish-relations RUS KOR 1992-01-01]");
        // the United Arab Republic (1958-1961) continued as Egypt, a member before the union: before it, Egypt itself
        assertThat(extract("Egypt cut diplomatic ties with France in 1956.")).isEqualTo("[sever-relations EGY FRA 1956-01-01]");
        assertThat(extract("Egypt cut diplomatic ties with Jordan in 1959.")).isEqualTo("[sever-relations UAR JOR 1959-01-01]");
        // undated, in a paper of 1990: no later than that, the Soviet Union
        assertThat(extract("Moscow broke ties with Israel over the Six-Day War.", LocalDate.of(1990, 2, 10)))
                .isEqualTo("[sever-relations SUN ISR undated]");
    }

    @Test
    void theTwoSidesOfAnExclusivePairDoNotRecognizeEachOther() {
        assertThat(extract("China \"firmly denounces countries with which we have diplomatic ties to set up official relations with Taiwan.\""))
                .isEqualTo("[]");
    }
}
