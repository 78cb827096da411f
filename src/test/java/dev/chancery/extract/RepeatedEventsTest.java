package dev.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An event one sentence states for more actors than its verb's subject: repeated ("did the same") or gapped. */
class RepeatedEventsTest {
    private final Extractor extractor = new Extractor(Corpus.world());

    private Set<String> extract(String sentence, String published) {
        return RealSentencesTest.proposed(extractor,
                new RealSentencesTest.Labelled(sentence, LocalDate.parse(published), "en", Set.of(), Set.of()));
    }

    @Test
    void aSwitchRepeatedIsASwitch() {
        assertThat(extract("The Solomon Islands switched recognition from Taiwan to China on Monday, and Kiribati did the same"
                + " on Friday.", "2019-09-21")).containsExactlyInAnyOrder(
                "recognize SLB CHN 2019-09-16", "withdraw-recognition SLB TWN 2019-09-16",
                "recognize KIR CHN 2019-09-20", "withdraw-recognition KIR TWN 2019-09-20");
    }

    @Test
    void eachGappedActorActsAtItsOwnTime() {
        assertThat(extract("Panama cut ties with Taiwan in 2017, El Salvador in 2018 and the Solomon Islands in 2019.", "2019-12-01"))
                .containsExactlyInAnyOrder("sever-relations PAN TWN 2017-01-01~", "sever-relations SLV TWN 2018-01-01~",
                        "sever-relations SLB TWN 2019-01-01~");
        assertThat(extract("The Dominican Republic cut ties with Taiwan on May 1 and Burkina Faso on May 24.", "2018-06-01"))
                .containsExactlyInAnyOrder("sever-relations DOM TWN 2018-05-01", "sever-relations BFA TWN 2018-05-24");
    }

    @Test
    void aGappedEntityOrTheOtherSideOfAnExclusivePairIsNoDoer() {
        assertThat(extract("Chad recognised Kosovo in 2008, and Abkhazia in 2009.", "2019-12-01"))
                .doesNotContain("recognize ABK XKX 2009-01-01~");
        assertThat(extract("Panama recognised China in 2017, and Taiwan in 1912.", "2019-12-01"))
                .doesNotContain("recognize TWN CHN 1912-01-01~");
    }
}
