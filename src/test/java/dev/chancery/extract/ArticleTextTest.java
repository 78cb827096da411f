package dev.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void splitsSentencesButNotAfterInitialsAbbreviationsOrAcronyms() {
        assertThat(ArticleText.sentences("N. Korea said so on Jul. 14 to the U.S. envoy. Mr. Kim agreed! \"Is it?\" "
                + "he asked. The end."))
                .containsExactly("N. Korea said so on Jul. 14 to the U.S. envoy.", "Mr. Kim agreed!", "\"Is it?\" he asked.",
                        "The end.");
    }

    @Test
    void keepsQuotedSentencesWhole() {
        assertThat(ArticleText.sentences("\"We broke off diplomatic relations with Russia,\" Zelensky said. It was 2022."))
                .containsExactly("\"We broke off diplomatic relations with Russia,\" Zelensky said.", "It was 2022.");
    }

    @Test
    void dropsMenusCaptionsAndFootersAndJoinsWrappedLines() {
        String page = """
                Home
                World
                Politics

                Kosovo wins another recognition

                By Reuters
                Posted on 18 February 2008

                A file photo shows the parliament building in Pristina (AFP)

                Afghanistan recognized Kosovo on Monday, the foreign ministry in Kabul
                said in a statement released to reporters.

                Follow us
                Copyright 2008 Reuters. All rights reserved. Do not copy this text anywhere at all.
                """;
        ArticleText text = ArticleText.parse(page);
        assertThat(text.title()).isEqualTo("Kosovo wins another recognition");
        assertThat(text.publisher()).isEqualTo("Reuters");
        assertThat(text.published()).isEqualTo(LocalDate.parse("2008-02-18"));
        assertThat(text.sentences()).containsExactly(
                "Afghanistan recognized Kosovo on Monday, the foreign ministry in Kabul said in a statement released to reporters.");
    }

    @Test
    void aPersonsBylineIsNotAPublisher() {
        ArticleText text = ArticleText.parse("Title of the piece here\nBy Jane Doe\n\nA sentence that is long enough to be"
                + " part of the body of the article.\n");
        assertThat(text.publisher()).isNull();
        assertThat(text.published()).isNull();
        assertThat(text.title()).isEqualTo("Title of the piece here");
    }
}
