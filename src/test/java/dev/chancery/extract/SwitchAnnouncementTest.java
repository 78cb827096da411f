package dev.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.extract.Extraction.Proposal;
import org.junit.jupiter.api.Test;

/** "X said on Monday it would switch diplomatic recognition from Taiwan to China", published on a Tuesday. */
class SwitchAnnouncementTest {

    @Test
    void anAnnouncedSwitchIsARecognitionAndTheEndOfTheOtherSideOnTheDayOfTheAnnouncement() {
        Extraction x = Corpus.extract("switch-announced");
        assertThat(Corpus.lines(x)).containsExactlyInAnyOrderElementsOf(Corpus.expected("switch-announced"));
        Proposal away = x.events().stream().filter(p -> p.type().equals("withdraw-recognition")).findFirst().orElseThrow();
        assertThat(away.needsReview()).isTrue();
    }

    @Test
    void aSwitchOnlyConsideredIsNoEvent() {
        ArticleText text = ArticleText.parse("The Solomon Islands is considering a switch of diplomatic recognition from Taiwan to"
                + " China, according to multiple reports in recent days.\n");
        assertThat(new Extractor(Corpus.world()).extract(text, java.time.LocalDate.of(2019, 9, 10)).events()).isEmpty();
    }
}
