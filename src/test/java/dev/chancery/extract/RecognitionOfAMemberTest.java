package dev.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A UN member is recognized once for all: its recognition is an event only when dated before it joined. */
class RecognitionOfAMemberTest {
    private final Extractor extractor = new Extractor(Corpus.world());

    private String extract(String sentence) {
        ArticleText text = ArticleText.parse(sentence + "\n");
        return extractor.extract(text, LocalDate.of(2024, 2, 15)).events().stream()
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
}
