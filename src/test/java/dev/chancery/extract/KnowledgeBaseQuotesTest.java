package dev.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.extract.Extraction.Proposal;
import dev.chancery.model.Actor;
import dev.chancery.model.Event;
import dev.chancery.model.Pairs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A measure on text nobody wrote for the extractor: the quotes of the knowledge base's own events
 * (facts/cases/), real sentences from the cited sources. Each English sentence-like quote is
 * extracted on its own, dated by its source's publication date, and compared with the events that
 * cite it (recall) and with every event of the knowledge base (precision: a proposal the knowledge
 * base does not hold counts as wrong, though the quote may state it truly, so this is a lower bound).
 * docs/extract.md reports the figures; the floors below are a little under them.
 */
class KnowledgeBaseQuotesTest {

    @Test
    void extractsTheKnowledgeBasesEventsFromTheirOwnQuotes() {
        Map<String, List<Event>> byQuote = new LinkedHashMap<>();
        for (Event e : Corpus.world().events()) {
            String quote = e.origin().quote();
            if (e.origin().file().startsWith("facts/cases/") && quote != null && englishSentence(quote)) {
                byQuote.computeIfAbsent(quote, k -> new ArrayList<>()).add(e);
            }
        }
        Set<String> known = new LinkedHashSet<>();
        Corpus.world().events().forEach(e -> known.add(key(e.type(), e.by(), e.target())));
        Extractor extractor = new Extractor(Corpus.world());
        int expected = 0;
        int recovered = 0;
        int datesRight = 0;
        int proposed = 0;
        int inKnowledgeBase = 0;
        for (Map.Entry<String, List<Event>> entry : byQuote.entrySet()) {
            String quote = entry.getKey();
            Event first = entry.getValue().get(0);
            LocalDate published = first.origin().source() == null ? null : first.origin().source().published();
            ArticleText text = new ArticleText(null, null, published, List.of(quote), ArticleText.sentences(quote));
            Map<String, Proposal> got = new LinkedHashMap<>();
            for (Proposal p : extractor.extract(text, published).events()) {
                for (Actor target : p.targets()) {
                    got.put(key(p.type(), p.by().id(), target.id()), p);
                }
            }
            Set<String> cited = new LinkedHashSet<>();
            for (Event e : entry.getValue()) {
                String k = key(e.type(), e.by(), e.target());
                if (cited.add(k)) {
                    expected++;
                    Proposal p = got.get(k);
                    if (p != null) {
                        recovered++;
                        if (p.dated() && p.when().date().equals(e.date())) {
                            datesRight++;
                        }
                    }
                }
            }
            proposed += got.size();
            inKnowledgeBase += (int) got.keySet().stream().filter(known::contains).count();
        }
        double recall = (double) recovered / expected;
        double precision = (double) inKnowledgeBase / proposed;
        System.out.printf(Locale.ROOT, "knowledge-base quotes: %d English sentences citing %d events; recovered %d"
                        + " (recall %.3f), dated as in the knowledge base %d; proposed %d, in the knowledge base %d"
                        + " (precision at least %.3f)%n", byQuote.size(), expected, recovered, recall, datesRight,
                proposed, inKnowledgeBase, precision);
        assertThat(recall).isGreaterThanOrEqualTo(0.40);
        assertThat(precision).isGreaterThanOrEqualTo(0.80);
    }

    /** Type, actor and target; relations events by their unordered pair. */
    private static String key(String type, String by, String target) {
        return Extractor.isRelations(type) ? type + " " + Pairs.key(by, target) : type + " " + by + " " + target;
    }

    /** A quote that reads as an English sentence, not a table row ("Chad July 4, 1980 (revoked May 9, 1997)"). */
    static boolean englishSentence(String quote) {
        long letters = quote.chars().filter(Character::isLetter).count();
        long ascii = quote.chars().filter(c -> c < 128 && Character.isLetter(c)).count();
        return ArticleText.words(quote) >= 8 && ascii >= 0.97 * letters && !quote.contains("|")
                && quote.matches("(?s).*\\b(?:the|and|of|has|have|was|with|to)\\b.*");
    }
}
