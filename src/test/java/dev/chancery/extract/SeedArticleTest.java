package dev.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.extract.Extraction.ClaimProposal;
import dev.chancery.extract.Extraction.Proposal;
import dev.chancery.model.Actor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The founding case's article (Yonhap, 14 July 2022), as the acceptance states it. */
class SeedArticleTest {
    static final String SEED = "yonhap-2022-07-14-nk-recognizes-dpr-lpr";

    private final ArticleText article = ArticleText.parse(Corpus.read(SEED + ".txt"));
    private final Extraction extraction = new Extractor(Corpus.world()).extract(article, LocalDate.parse("2022-07-14"));

    @Test
    void readsTheHeadlineCreditAndDateAndOnlyTheBody() {
        assertThat(article.title()).isEqualTo("N. Korea officially recognizes independence of 2 separatist regions in Ukraine");
        assertThat(article.publisher()).isEqualTo("Yonhap");
        assertThat(article.published()).isEqualTo(LocalDate.parse("2022-07-14"));
        assertThat(article.paragraphs()).hasSize(5);
        assertThat(article.sentences()).hasSize(8);
        assertThat(article.sentences().get(0)).startsWith("North Korea has formally recognized");
        assertThat(article.sentences().get(7)).endsWith("the United States and the West.");
        assertThat(String.join("\n", article.sentences()))
                .doesNotContain("Back To Top", "Copyright", "MOST POPULAR", "K-pop", "file photo", "Herald", "(Yonhap)");
    }

    @Test
    void northKoreaRecognizesBothRepublicsTheDayBefore() {
        Proposal p = event("recognize", "PRK");
        assertThat(ids(p.targets())).containsExactly("DPR", "LPR");
        assertThat(p.when().date()).isEqualTo(LocalDate.parse("2022-07-13"));
        assertThat(p.when().approximate()).isFalse();
        assertThat(p.when().phrase()).isEqualTo("the previous day");
        assertThat(p.quote()).isEqualTo("The North's Foreign Minister Choe Son-hui sent letters to her counterparts in the"
                + " Donetsk People's Republic and the Luhansk People's Republic the previous day and recognized the"
                + " entities, the official Korean Central News Agency (KCNA) said.");
    }

    @Test
    void russiaAndSyriaAlreadyRecognizedUndatedForReview() {
        for (String state : List.of("RUS", "SYR")) {
            Proposal p = event("recognize", state);
            assertThat(ids(p.targets())).containsExactly("DPR", "LPR");
            assertThat(p.dated()).isFalse();
            assertThat(p.needsReview()).isTrue();
            assertThat(p.quote()).isEqualTo("Russia and Syria have already backed their independence.");
        }
    }

    @Test
    void ukraineSeversWithNorthKoreaApproximately() {
        Proposal p = event("sever-relations", "UKR");
        assertThat(ids(p.targets())).containsExactly("PRK");
        assertThat(p.when().date()).isEqualTo(LocalDate.parse("2022-07-13"));
        assertThat(p.when().approximate()).isTrue();
        assertThat(p.quote()).startsWith("Earlier, Ukraine announced it severed diplomatic ties with North Korea");
    }

    @Test
    void nothingElseAndTheOrdinalClaim() {
        assertThat(extraction.events()).hasSize(4);
        assertThat(extraction.skipped()).isEmpty();
        assertThat(extraction.claims()).extracting(c -> c.by().id() + " " + c.of().id() + " " + c.value() + " " + c.when().date())
                .containsExactly("PRK DPR 3 2022-07-13", "PRK LPR 3 2022-07-13");
        ClaimProposal claim = extraction.claims().get(0);
        assertThat(claim.quote()).contains("becoming the world's third nation to do so");
    }

    @Test
    void theYamlNamesWhatToReview() {
        String yaml = FactsYamlWriter.write(extraction, SEED + ".txt");
        assertThat(yaml).contains("source:\n  title: \"N. Korea officially recognizes independence of 2 separatist regions in Ukraine\"\n"
                        + "  publisher: \"Yonhap\"\n  published: 2022-07-14\n")
                .contains("  - date: 2022-07-13   # \"the previous day\": the day before 2022-07-14 (published)\n"
                        + "    type: recognize\n    by: PRK\n    of: [DPR, LPR]\n")
                .contains("  # REVIEW: no date in the article (\"already\"): give the date, then uncomment.\n"
                        + "  # - date: YYYY-MM-DD\n  #   type: recognize\n  #   by: RUS\n")
                .contains("    approximate: true\n    type: sever-relations\n    by: UKR\n    with: PRK\n")
                .contains("# Uses actors declared in facts/cases/donbas-2022.yaml: DPR, LPR")
                .doesNotContain("/work/");
    }

    private Proposal event(String type, String by) {
        return extraction.events().stream().filter(e -> e.type().equals(type) && e.by().id().equals(by))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " by " + by));
    }

    private static List<String> ids(List<Actor> actors) {
        return actors.stream().map(Actor::id).toList();
    }
}
