package dev.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name's own words are not grammar: its "and" joins no subjects and opens no clause, its apostrophe is no possessive,
 * its long form, its article or the organ that acts for it ("the government of") is part of it. Nor are the commas of
 * a weekday's date, nor the "both" of "both X and Y" nor the "as well as" of "X as well as Y", each a list like "X and Y".
 */
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
        assertProposes("2022-09-15", sentence, events);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kosovo was recognized last month by the Caribbean country of the Republic of Guyana.   | recognize GUY XKX 2022-08-01~",
            "Several Arab countries recognize Palestine - Algeria, the Kingdom of Jordan and Kuwait. | recognize DZA PSE undated;recognize JOR PSE undated;recognize KWT PSE undated",
            "Diplomatic relations have been established between the Kingdom of Bahrain and Kosovo. | recognize BHR XKX 2022-09-15~",
            "China resumed ties with former Taiwan ally the Republic of Gambia on Thursday.           | recognize GMB CHN 2022-09-15",
            "Saudi Arabia and three allied countries (the Bahamas, Bahrain and Egypt) broke relations with Qatar in June. | sever-relations QAT SAU 2022-06-01~;sever-relations BHS QAT 2022-06-01~;sever-relations BHR QAT 2022-06-01~;sever-relations EGY QAT 2022-06-01~"})
    void aStatesLongFormOrItsArticleIsPartOfItsName(String sentence, String events) {
        assertProposes("2022-09-15", sentence, events);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "El Salvador announced on Tuesday, September 13, the establishment of relations with China. | recognize SLV CHN 2022-09-13",
            "Britain, Australia and Canada on Sunday, September 11, recognised a Palestinian state.      | recognize GBR PSE 2022-09-11;recognize AUS PSE 2022-09-11;recognize CAN PSE 2022-09-11",
            // the time is the reaction's, and the decision or recognition reacted to stays undated
            "Taiwan expressed regret on Wednesday, September 14, over Nauru's decision to end ties with the island. | sever-relations NRU TWN undated",
            "Israel expressed disappointment Tuesday, September 13, with Argentina's recognition of a Palestinian state. | recognize ARG PSE undated",
            // a comma that closes an opening phrase or opens a participle stays
            "On Tuesday, September 13, El Salvador cut ties with Taiwan, ending 80 years of relations.   | sever-relations SLV TWN 2022-09-13",
            "El Salvador established relations with China on Tuesday, September 13, ending ties with Taiwan. | recognize SLV CHN 2022-09-13;sever-relations SLV TWN 2022-09-13"})
    void aWeekdaysDateInCommasIsPartOfTheTimePhrase(String sentence, String events) {
        assertProposes("2022-09-15", sentence, events);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2016-01-05 | Bahrain and Sudan joined the government of Saudi Arabia in severing diplomatic relations with Iran on Monday. | sever-relations BHR IRN 2016-01-04;sever-relations IRN SDN 2016-01-04",
            "2009-01-15 | Venezuela broke off ties with Israel on Wednesday, a move emulated hours later by its ally the government of Bolivia. | sever-relations ISR VEN 2009-01-14;sever-relations BOL ISR undated",
            "2005-10-27 | Beijing severed relations when the government of Dakar recognized Taiwan. | recognize SEN TWN undated;sever-relations CHN SEN undated",
            "2020-03-03 | Sierra Leone is one of the countries that, according to the government of Serbia, have withdrawn their recognition of Kosovo. | withdraw-recognition SLE XKX 2020-03-03~",
            "2025-09-22 | Britain recognized a Palestinian state this past week alongside the government of France. | recognize GBR PSE 2025-09-22~;recognize FRA PSE 2025-09-22~",
            // the organ of a state after "from" or "of" is read through that "of", as before
            "2002-07-23 | A statement from the government of Nauru said it was severing ties with Taiwan. | sever-relations NRU TWN undated"})
    void theGovernmentOfAStateActsForItWhereverItStands(String published, String sentence, String events) {
        assertProposes(published, sentence, events);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2008-10-10 | The governments of both Montenegro and Macedonia have formally recognised Kosovo. | recognize MNE XKX 2008-10-10~;recognize MKD XKX 2008-10-10~",
            "2022-07-14 | Ukraine cut ties with North Korea after Pyongyang followed both Russia and Syria in recognising Donetsk. | recognize PRK DPR undated;sever-relations PRK UKR undated",
            "2023-10-10 | Iran as well as Sudan announced on Monday the resumption of diplomatic relations. | restore-relations IRN SDN 2023-10-09",
            "2008-09-05 | Nicaragua recognized both Abkhazia and South Ossetia on Wednesday.           | recognize NIC ABK 2008-09-03;recognize NIC SOS 2008-09-03",
            "2008-09-05 | Nicaragua plus Venezuela recognized Abkhazia on Wednesday.                 | recognize NIC ABK 2008-09-03;recognize VEN ABK 2008-09-03",
            "2008-09-05 | Nicaragua and also Venezuela recognized Abkhazia on Wednesday.            | recognize NIC ABK 2008-09-03;recognize VEN ABK 2008-09-03",
            "2017-06-06 | Saudi Arabia severed relations with Qatar, and with Iran, on Monday.        | sever-relations QAT SAU 2017-06-05;sever-relations IRN SAU 2017-06-05",
            "2017-06-06 | Saudi Arabia severed relations with Qatar as well as with Iran on Monday.   | sever-relations QAT SAU 2017-06-05;sever-relations IRN SAU 2017-06-05",
            // a comma before "as well as" stays an aside's
            "2008-09-05 | Nicaragua, as well as Venezuela, recognized Abkhazia on Wednesday.        | recognize NIC ABK 2008-09-03;recognize VEN ABK 2008-09-03"})
    void bothXAndYAndXAsWellAsYAreAListLikeXAndY(String published, String sentence, String events) {
        assertProposes(published, sentence, events);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1971-12-07 | India to-day recognised the People's Republic of Bangladesh, the Prime Minister told Parliament. | recognize IND BGD 1971-12-07",
            "1972-01-31 | Pakistan to-day broke off diplomatic relations with Bulgaria and Mongolia.       | sever-relations BGR PAK 1972-01-31;sever-relations MNG PAK 1972-01-31",
            // names news of other years uses
            "1971-12-07 | Bhutan recognized Bangla Desh on Monday, the foreign ministry said.             | recognize BTN BGD 1971-12-06",
            "1992-12-23 | Vietnam and the RoK established diplomatic ties on December 22, 1992.            | establish-relations KOR VNM 1992-12-22"})
    void daysOfOlderPrintAndNamesOfOtherYearsAreRead(String published, String sentence, String events) {
        assertProposes(published, sentence, events);
    }

    /** {@code events}: the proposals for {@code sentence} published on {@code published}, separated by ";". */
    private void assertProposes(String published, String sentence, String events) {
        assertThat(RealSentencesTest.proposed(extractor,
                new RealSentencesTest.Labelled(sentence, LocalDate.parse(published), "en", Set.of(), Set.of())))
                .as(sentence).containsExactlyInAnyOrder(events.split(";"));
    }
}
