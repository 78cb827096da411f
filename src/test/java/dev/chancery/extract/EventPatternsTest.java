package dev.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.extract.EventPatterns.Finding;
import dev.chancery.load.ActorIndex;
import dev.chancery.model.Actor;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventPatternsTest {
    private final ActorMentions mentions = new ActorMentions(new ActorIndex(Corpus.world().actors()), Corpus.world().actors());
    private final EventPatterns patterns = new EventPatterns();

    private List<Finding> find(String sentence) {
        return patterns.find(sentence, mentions.find(sentence), List.of());
    }

    private static String show(Finding f) {
        return f.type() + " " + ids(f.by()) + " " + ids(f.targets());
    }

    private static String ids(List<Actor> actors) {
        return actors.stream().map(Actor::id).collect(Collectors.joining(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Belarus recognized the Donetsk People's Republic.                       | recognize BLR DPR",
            "Russia and Syria recognized Abkhazia and South Ossetia.                 | recognize RUS,SYR ABK,SOS",
            "Abkhazia was recognized by Nicaragua and Venezuela.                     | recognize NIC,VEN ABK",
            "The foreign ministry said Nauru had recognized Kosovo.                  | recognize NRU XKX",
            "Russia's recognition of the DPR angered Kyiv.                           | recognize RUS DPR",
            "Ecuador withdrew its recognition of the SADR.                           | withdraw-recognition ECU ESH",
            "Paraguay derecognized the Sahrawi Republic.                             | withdraw-recognition PRY ESH",
            "Ukraine broke off diplomatic relations with Russia.                     | sever-relations UKR RUS",
            "Kyiv announced the severance of diplomatic relations with the DPRK.     | sever-relations UKR PRK",
            "Saudi Arabia and Iran restored diplomatic ties.                         | restore-relations SAU IRN",
            "Israel established diplomatic relations with Kosovo.                    | establish-relations ISR XKX",
            "Russia annexed the Donetsk People's Republic.                           | annex RUS DPR"})
    void findsTheEventAndItsActors(String sentence, String expected) {
        List<Finding> found = find(sentence);
        assertThat(found).as(sentence).hasSize(1);
        assertThat(found.get(0).accepted()).as(sentence + ": " + found.get(0).rejected()).isTrue();
        assertThat(show(found.get(0))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Belarus has not recognized the Donetsk People's Republic.",
            "Belarus hasn't recognized the Donetsk People's Republic.",
            "Belarus refused to recognize the Donetsk People's Republic.",
            "Belarus would not recognize the Donetsk People's Republic.",
            "Belarus has yet to recognize the Donetsk People's Republic.",
            "Belarus may recognize the Donetsk People's Republic.",
            "Moscow urged Belarus to recognize the Donetsk People's Republic.",
            "Minsk denied reports that Belarus had recognized the Donetsk People's Republic.",
            "Reports that Belarus recognized the Donetsk People's Republic were false, the ministry said.",
            "It is unclear whether Belarus recognized the Donetsk People's Republic.",
            "Ukraine threatened to sever diplomatic ties with Belarus."})
    void negationsDenialsAndIntentionsAreNoEvent(String sentence) {
        List<Finding> found = find(sentence);
        assertThat(found).as(sentence).isNotEmpty();
        assertThat(found).as(sentence).noneMatch(Finding::accepted);
    }

    @Test
    void aRecognitionThatCausesASeveranceIsNotAnEventOfItsOwn() {
        assertThat(find("Ukraine severed ties with North Korea over the move to recognize the DPR.")).extracting(EventPatternsTest::show)
                .containsExactly("sever-relations UKR PRK");
        assertThat(find("Ukraine cut ties with Syria after Damascus recognized the DPR.")).extracting(EventPatternsTest::show)
                .containsExactly("sever-relations UKR SYR", "recognize SYR DPR");
    }

    @Test
    void aDescriptionStandsForTheEntitiesNamedLast() {
        Actor dpr = Corpus.world().actorsById().get("DPR");
        String sentence = "Russia and Syria have already backed their independence.";
        List<Finding> found = patterns.find(sentence, mentions.find(sentence), List.of(List.of(dpr)));
        assertThat(found).extracting(EventPatternsTest::show).containsExactly("recognize RUS,SYR DPR");
        assertThat(found.get(0).targetsFrom()).contains("their independence");
    }

    @Test
    void findsOrdinalClaims() {
        assertThat(EventPatterns.ordinal("becoming the world's third nation to do so").value()).isEqualTo(3);
        assertThat(EventPatterns.ordinal("the 12th country to recognize Kosovo").value()).isEqualTo(12);
        assertThat(EventPatterns.ordinal("a third attempt")).isNull();
    }
}
