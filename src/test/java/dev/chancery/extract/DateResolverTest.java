package dev.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.extract.DateResolver.Kind;
import dev.chancery.extract.DateResolver.When;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateResolverTest {
    private static final LocalDate THURSDAY = LocalDate.parse("2022-07-14");
    private final DateResolver dates = new DateResolver(THURSDAY);

    private When resolve(String sentence, LocalDate narrative) {
        return dates.resolve(sentence, sentence.indexOf("recognized"), narrative);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "X recognized Y the previous day.                 | 2022-07-13 | false",
            "X recognized Y yesterday.                        | 2022-07-13 | false",
            "X recognized Y on Thursday.                      | 2022-07-14 | false",
            "On Monday, X recognized Y.                       | 2022-07-11 | false",
            "X recognized Y last Thursday.                    | 2022-07-07 | false",
            "X recognized Y on July 13.                       | 2022-07-13 | false",
            "X recognized Y on 21 February 2022.              | 2022-02-21 | false",
            "X recognized Y on 2022-06-29.                    | 2022-06-29 | false",
            "X recognized Y in March.                         | 2022-03-01 | true",
            "X recognized Y in 2008.                          | 2008-01-01 | true",
            "X recognized Y in February of 2008.              | 2008-02-01 | true",
            "X recognized Y on August 29 of 2008.             | 2008-08-29 | false",
            "On this day in 1971, X recognized Y.             | 1971-07-14 | false",
            "X recognized Y on this date in 1978.             | 1978-07-14 | false",
            "In 1991, X recognized Y on 26 June.              | 1991-06-26 | false",
            "In 1991 Y was recognized by X on June 26.        | 1991-06-26 | false",
            "Last year, X recognized Y on 26 June.            | 2021-06-26 | false",
            "Z reconfirmed on Tuesday that X recognized Y.    | 2022-07-12 | true",
            "X recognized Y on the 29th of August of 2008.    | 2008-08-29 | false",
            "X recognized Y three days ago.                   | 2022-07-11 | false",
            "X recognized Y last week.                        | 2022-07-04 | true",
            "X recognized Y this week.                        | 2022-07-11 | true",
            "X recognized Y this past week.                   | 2022-07-11 | true",
            "This past week, X recognized Y.                  | 2022-07-11 | true",
            "X recognized Y last month.                       | 2022-06-01 | true",
            "Earlier, X recognized Y.                         | 2022-07-13 | true",
            "X recognized Y the same day.                     | 2022-07-13 | false",
            "In March, X recognized Y.                        | 2022-03-01 | true",
            "In 2008 X recognized Y.                          | 2008-01-01 | true",
            "X has recognized Y, the ministry tweeted on Thursday. | 2022-07-14 | true",
            "On July 13, X became the second country after Z to recognized Y. | 2022-07-13 | false",
            "X recognized Y in mid-May.                       | 2022-05-01 | true",
            "X recognized Y over the weekend.                 | 2022-07-09 | true",
            "X recognized Y at the weekend.                   | 2022-07-09 | true",
            "X recognized Y last weekend.                     | 2022-07-09 | true",
            "X recognized Y last July.                        | 2021-07-01 | true",
            "X recognized Y last June.                        | 2022-06-01 | true",
            "X recognized Y in June last year.                | 2021-06-01 | true",
            "X recognized Y in March this year.               | 2022-03-01 | true",
            "X recognized Y in the spring of 2010.            | 2010-01-01 | true",
            "X recognized Y in the first half of 2019.        | 2019-01-01 | true",
            "X recognized Y as early as 2008.                 | 2008-01-01 | true",
            "X recognized Y from 1997 until 2006.             | 1997-01-01 | true",
            "X recognized Y from 1997 to 2006.                | 1997-01-01 | true",
            "X recognized Y in autumn 2018.                   | 2018-01-01 | true",
            "X recognized Y in the year 2018.                 | 2018-01-01 | true",
            "X recognized Y in the final months of 2018.      | 2018-01-01 | true",
            "X recognized Y towards the end of 2018.          | 2018-01-01 | true",
            "X recognized Y at the beginning of 2018.         | 2018-01-01 | true",
            "X recognized Y in May of last year.              | 2021-05-01 | true",
            "X recognized Y on May 3 of last year.            | 2021-05-03 | false",
            "X recognized Y on Tuesday, May 1, 2018.          | 2018-05-01 | false",
            "On Tuesday, 1 May 2018, X recognized Y.          | 2018-05-01 | false",
            "X recognized Y on Monday (May 2).                | 2022-05-02 | false",
            "X recognized Y as far back as 1975.              | 1975-01-01 | true",
            "X recognized Y on 18.02.2008.                    | 2008-02-18 | false",
            "X recognized Y on 18/02/2008.                    | 2008-02-18 | false",
            "X recognized Y last night.                       | 2022-07-13 | false",
            "X recognized Y on June 5 last year.              | 2021-06-05 | false",
            "X recognized Y on 5 June this year.              | 2022-06-05 | false",
            "X recognized Y during the 2017 Gulf crisis.      | 2017-01-01 | true",
            "In a 2008 statement, X recognized Y.             | 2008-01-01 | true",
            // "self-declared" and "self-proclaimed" describe the entity; they are no announcement that dates a report
            "X recognized the self-declared Y on Thursday.    | 2022-07-14 | false",
            "X recognized the self-proclaimed Y on Thursday.  | 2022-07-14 | false"})
    void resolvesRelativeToThePublicationDate(String sentence, String date, boolean approximate) {
        When when = resolve(sentence, LocalDate.parse("2022-07-13"));
        assertThat(when.date()).as(sentence).isEqualTo(LocalDate.parse(date));
        assertThat(when.approximate()).as(sentence).isEqualTo(approximate);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "X recognized Y later that year.         | 2008-01-01",
            "X recognized Y the same month.          | 2008-05-01",
            "X recognized Y the following year.      | 2009-01-01",
            "X recognized Y the next month.          | 2008-06-01",
            "X recognized Y the previous year.       | 2007-01-01",
            "X recognized Y the month before.        | 2008-04-01"})
    void aPeriodNextToTheDateStatedBefore(String sentence, String date) {
        When when = resolve(sentence, LocalDate.parse("2008-05-03"));
        assertThat(when.date()).as(sentence).isEqualTo(LocalDate.parse(date));
        assertThat(when.approximate()).as(sentence).isTrue();
        assertThat(resolve(sentence, null).dated()).as("no date before it: " + sentence).isFalse();
    }

    @Test
    void aDateWithSlashesWhoseOrderIsNotKnownDatesNothing() {
        assertThat(resolve("X recognized Y on 02/03/2008.", null).dated()).isFalse();
    }

    @Test
    void thePresentTenseWithNoTimeWordIsThePublicationDateApproximately() {
        String made = "The move has made X the second Middle Eastern state, after the United Arab Emirates, to recognise Y.";
        assertThat(dates.resolve(made, made.indexOf("recognise"), null).date()).isEqualTo(THURSDAY);
        String rescinds = "X rescinds its recognition of Y, he said.";
        assertThat(dates.resolve(rescinds, rescinds.indexOf("rescinds"), null).date()).isEqualTo(THURSDAY);
        String sentence = "Armenia recognizes the State of Palestine.";
        When when = dates.resolve(sentence, sentence.indexOf("recognizes"), null);
        assertThat(when.date()).isEqualTo(THURSDAY);
        assertThat(when.approximate()).isTrue();
        String announced = "Nicaragua has announced its decision to break diplomatic ties with Israel.";
        assertThat(dates.resolve(announced, announced.indexOf("break"), null).date()).isEqualTo(THURSDAY);
        String bare = "The government of Chad has announced decision to break diplomatic ties with Israel.";
        assertThat(dates.resolve(bare, bare.indexOf("break"), null).date()).isEqualTo(THURSDAY);
        String perfect = "Taiwan has decided to terminate diplomatic relations with Nauru.";
        assertThat(dates.resolve(perfect, perfect.indexOf("terminate"), null).date()).isEqualTo(THURSDAY);
        String receives = "Kosovo receives recognition from Israel.";
        assertThat(dates.resolve(receives, receives.indexOf("receives"), null).date()).isEqualTo(THURSDAY);
        String past = "Taiwan severed diplomatic relations with Nauru.";
        assertThat(dates.resolve(past, past.indexOf("severed"), null).dated()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "In 2010, Kosovo, which declared independence on February 17, 2008, was recognized by X.     | recognized | 2010-01-01",
            "Kosovo, which declared independence in 2008, was recognized by X on Monday.                 | recognized | 2022-07-11",
            "X, who took office in May, cut ties with Y last week.                                       | cut        | 2022-07-04",
            "Y, which X had recognised in 2008, was the first to be recognised.                          | recognised | 2008-01-01",
            "X, which on Tuesday recognized Y, hosted the summit.                                         | recognized | 2022-07-12",
            "Diplomatic ties between X and Y, severed in 2008, were restored on Monday.                  | were       | 2022-07-11",
            "Relations between X and Y, cut in March 2008, were renewed in May.                          | were       | 2022-05-01",
            "Diplomatic ties between X and Y, severed in 2008, were restored on Monday.                  | severed    | 2008-01-01"})
    void aTimeWordInARelativeClauseBeforeTheCueIsThatClauses(String sentence, String cue, String date) {
        assertThat(dates.resolve(sentence, sentence.indexOf(cue), null).date()).as(sentence).isEqualTo(LocalDate.parse(date));
    }

    @Test
    void aRelativeClauseBeforeTheCueLeavesItUndatedWhenItHasNoTimeOfItsOwn() {
        String sentence = "Kosovo, which declared independence in February 2008, was recognized by X.";
        assertThat(dates.resolve(sentence, sentence.indexOf("recognized"), null).dated()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "X and Y have signed an agreement establishing formal diplomatic relations.          | establishing",
            "X and Y have signed a joint communique on the resumption of diplomatic relations.   | resumption",
            "X has signed a protocol for the establishment of diplomatic relations with Y.       | establishment",
            "X has officially signed the accord restoring ties with Y.                           | restoring",
            "X has announced the termination of diplomatic relations with Y.                     | termination",
            "X has decided to \"immediately sever diplomatic relations with Y,\" a spokesman said. | sever"})
    void whatThePerfectSignsIsTheNewsOfTheDay(String sentence, String cue) {
        When when = dates.resolve(sentence, sentence.indexOf(cue), null);
        assertThat(when.date()).as(sentence).isEqualTo(THURSDAY);
        assertThat(when.approximate()).as(sentence).isTrue();
    }

    @Test
    void whatThePastSignsIsUndated() {
        String sentence = "X and Y signed an agreement establishing formal diplomatic relations.";
        assertThat(dates.resolve(sentence, sentence.indexOf("establishing"), null).dated()).isFalse();
        String communique = "X and Y signed a joint communique on the resumption of diplomatic relations.";
        assertThat(dates.resolve(communique, communique.indexOf("resumption"), null).dated()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "X is the first country to recognise Y in the past two months.",
            "X is the third state in the past few weeks to cut ties with Y.",
            "In the past 12 months, X becomes the fourth country to recognize Y."})
    void aSpanUpToNowLeavesThePresentTheNewsOfTheDay(String sentence) {
        int cue = sentence.indexOf(sentence.contains("cut") ? "cut" : sentence.contains("recognise") ? "recognise" : "recognize");
        When when = dates.resolve(sentence, cue, null);
        assertThat(when.date()).as(sentence).isEqualTo(THURSDAY);
        assertThat(when.approximate()).as(sentence).isTrue();
    }

    @Test
    void inThePastAloneIsStillUndated() {
        String sentence = "X recognized Y in the past.";
        assertThat(dates.resolve(sentence, sentence.indexOf("recognized"), null).dated()).isFalse();
        String perfect = "X has recognized Y in the past.";
        assertThat(dates.resolve(perfect, perfect.indexOf("recognized"), null).dated()).isFalse();
    }

    @Test
    void aPerfectPassiveIsTheNewsOfTheDay() {
        String sentence = "Diplomatic relations have been established between X and Y.";
        When when = dates.resolve(sentence, sentence.indexOf("have been"), null);
        assertThat(when.date()).isEqualTo(THURSDAY);
        assertThat(when.approximate()).isTrue();
        String past = "Diplomatic relations were established between X and Y.";
        assertThat(dates.resolve(past, past.indexOf("were"), null).dated()).isFalse();
    }

    @Test
    void aTimeWordAfterACueIsThatCues() {
        String sentence = "Moscow recognized Y on Tuesday, and Georgia cut ties with Moscow on Friday.";
        List<int[]> cues = List.of(new int[] {7, 17}, new int[] {44, 52});
        assertThat(dates.resolve(sentence, 44, null, List.of(), cues).date()).isEqualTo(LocalDate.parse("2022-07-08"));
        assertThat(dates.resolve(sentence, 7, null, List.of(), cues).date()).isEqualTo(LocalDate.parse("2022-07-12"));
        String joined = "X established ties with Y on Tuesday, ending ties with Z.";
        List<int[]> both = List.of(new int[] {2, 22}, new int[] {38, 49});
        assertThat(dates.resolve(joined, 38, null, List.of(), both).date()).isEqualTo(LocalDate.parse("2022-07-12"));
        // a severance and its purpose share their time
        String purpose = "X cut ties with Z to recognize Y in 1979.";
        List<int[]> pair = List.of(new int[] {2, 10}, new int[] {21, 30});
        assertThat(dates.resolve(purpose, 2, null, List.of(), pair).date()).isEqualTo(LocalDate.parse("1979-01-01"));
        assertThat(dates.resolve(purpose, 21, null, List.of(), pair).date()).isEqualTo(LocalDate.parse("1979-01-01"));
        // the comma of a date separates no clause: the verbs stay joined
        String dated = "X cut ties with Z on October 25, 2005 and recognized Y.";
        List<int[]> two = List.of(new int[] {2, 10}, new int[] {42, 52});
        assertThat(dates.resolve(dated, 42, null, List.of(), two).date()).isEqualTo(LocalDate.parse("2005-10-25"));
    }

    @Test
    void aJoinedVerbsOwnTimeWordWinsOverTheOneItShares() {
        String sentence = "X cut ties with Z on March 6, 2009 and restored them in 2014.";
        List<int[]> cues = List.of(new int[] {2, 10}, new int[] {39, 52});
        assertThat(dates.resolve(sentence, 39, null, List.of(), cues).date()).isEqualTo(LocalDate.parse("2014-01-01"));
        assertThat(dates.resolve(sentence, 2, null, List.of(), cues).date()).isEqualTo(LocalDate.parse("2009-03-06"));
        String years = "X recognised Y in 2016 and revoked that recognition in 2017.";
        List<int[]> two = List.of(new int[] {2, 12}, new int[] {27, 34});
        assertThat(dates.resolve(years, 27, null, List.of(), two).date()).isEqualTo(LocalDate.parse("2017-01-01"));
    }

    @Test
    void willWithAnImmediateEffectIsThePublicationDate() {
        String sentence = "X will terminate its ties with Y effective immediately.";
        When when = dates.resolve(sentence, sentence.indexOf("terminate"), null);
        assertThat(when.date()).isEqualTo(THURSDAY);
        assertThat(when.approximate()).isTrue();
    }

    @Test
    void theFollowingDayCountsFromTheDateStatedInTheSentence() {
        String sentence = "After Algeria on March 6 announced its recognition, Morocco on the following day broke off relations.";
        When when = dates.resolve(sentence, sentence.indexOf("broke off"), null);
        assertThat(when.date()).isEqualTo(LocalDate.parse("2022-03-07"));
    }

    @Test
    void anExplicitDateWinsOverTheSameDay() {
        String sentence = "Costa Rica recognized Kosovo on the same day of its declaration on February 17, 2008.";
        assertThat(dates.resolve(sentence, sentence.indexOf("recognized"), LocalDate.parse("2022-07-01")).date())
                .isEqualTo(LocalDate.parse("2008-02-17"));
    }

    @Test
    void aMonthDayAfterPublicationIsLastYears() {
        When when = resolve("X recognized Y on December 30.", null);
        assertThat(when.date()).isEqualTo(LocalDate.parse("2021-12-30"));
        assertThat(when.review()).isTrue();
    }

    @Test
    void alreadyAndNoTimeWordsAreUndated() {
        assertThat(resolve("Russia and Syria have already recognized them.", null).dated()).isFalse();
        assertThat(resolve("X recognized Y.", null).kind()).isEqualTo(Kind.UNDATED);
    }

    @Test
    void aLongStretchIsUndated() {
        assertThat(resolve("Over the decades, most countries have recognized Beijing.", null).dated()).isFalse();
        assertThat(resolve("In recent years, five countries have recognized Beijing.", null).dated()).isFalse();
    }

    @Test
    void theEndOfAYearLaterThanADateOfTheSentenceAndTheTimeOfAGerundAfterFollowing() {
        When end = resolve("By the end of 1988, Y was recognized by 78 countries.", null);
        assertThat(end.date()).isEqualTo(LocalDate.parse("1988-01-01"));
        assertThat(end.approximate()).isTrue();
        String later = "X recognized Y in May, with Z joining a month later.";
        When joining = dates.resolve(later, later.indexOf("joining"), null);
        assertThat(joining.date()).isEqualTo(LocalDate.parse("2022-06-01"));
        assertThat(joining.approximate()).isTrue();
        String following = "X broke ties with Y following President Chen Shui-bian taking office in May 2000.";
        assertThat(dates.resolve(following, following.indexOf("broke"), null).dated()).isFalse();
        String signed = "X and Y have signed an agreement to establish diplomatic relations.";
        assertThat(dates.resolve(signed, signed.indexOf("establish"), null).date()).isEqualTo(THURSDAY);
        String plural = "X, Y and Z have signed agreements to establish formal relations.";
        assertThat(dates.resolve(plural, plural.indexOf("establish"), null).date()).isEqualTo(THURSDAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // not a name's gerund ("following President Chen taking office"): the signing's time is the cue's
            "Relations between X and Y were normalised following the signing of a joint communique on 20 August 1976. | normalised | 1976-08-20",
            "X established relations with Y on November 20, 1998, and Z severed relations with X on December 11 of the same year. | severed | 1998-12-11",
            "Z thus announced its suspension of diplomatic relations with X on July 30 of the same year. | suspension | undated",
            "X, one of the architects of the boycott of Y eight years ago, formally restored relations with Y on Friday. | restored | 2022-07-08",
            "X severed ties with Y in the aftermath of the 1967 Six-Day War. | severed | 1967-01-01~",
            "X decided to withdraw the recognition granted in 1985 to Y. | withdraw | undated"})
    void aTimeWordDatesTheCueWhenItIsNotAnotherPhrasesOwn(String sentence, String cue, String expected) {
        When when = dates.resolve(sentence, sentence.indexOf(cue), null);
        assertThat(when.dated() ? when.date() + (when.approximate() ? "~" : "") : "undated").as(sentence).isEqualTo(expected);
    }

    @Test
    void whatIsSaidInTheProgressiveIsTheActAndATimeBeforeWhenIsTheWhenClauses() {
        String said = "Sudan said Monday it is cutting diplomatic relations with Iran.";
        When cutting = dates.resolve(said, said.indexOf("cutting"), null);
        assertThat(cutting.date()).isEqualTo(LocalDate.parse("2022-07-11"));
        assertThat(cutting.approximate()).isFalse();
        String when = "The two have been allies since May 1997, when X recognized Y.";
        When switched = resolve(when, null);
        assertThat(switched.date()).isEqualTo(LocalDate.parse("1997-05-01"));
        String parenthesis = "Taiwan announced Tuesday (Jul 12) that it had recognized Y.";
        When report = resolve(parenthesis, null);
        assertThat(report.date()).isEqualTo(LocalDate.parse("2022-07-12"));
        assertThat(report.approximate()).isTrue();
    }

    @Test
    void aSpanAfterACountOfActorsIsNotTheCues() {
        for (String counted : List.of("Chad is the 14th country in Africa to have recognized Kosovo since 2010.",
                "Chad became the latest state to have recognized Kosovo since May 2019.",
                "Chad was the first nation to have formally recognized Kosovo since 2015.")) {
            When when = dates.resolve(counted, counted.indexOf("recognized"), null);
            assertThat(when.kind()).as(counted).isNotEqualTo(Kind.EXACT);
            assertThat(when.date()).as(counted).isNotIn(LocalDate.parse("2010-01-01"), LocalDate.parse("2019-05-01"), LocalDate.parse("2015-01-01"));
        }
        When standing = resolve("The Solomon Islands has recognized Taipei since 1983.", null);
        assertThat(standing.date()).isEqualTo(LocalDate.parse("1983-01-01"));
    }

    @Test
    void aDecisionSaidInThePresentIsTheActThatDay() {
        for (String said : List.of("The president said Monday that Kiev decides to sever diplomatic relations with Moscow.",
                "Chad said on Monday it decides to sever diplomatic relations with Niger.",
                "Chad's foreign minister said Monday that the Republic of Chad now decides to sever its ties with Niger.")) {
            When when = dates.resolve(said, said.indexOf("sever"), null);
            assertThat(when.date()).as(said).isEqualTo(LocalDate.parse("2022-07-11"));
            assertThat(when.approximate()).as(said).isFalse();
        }
        String progressive = "Kiev is severing diplomatic relations with Moscow, the president said on Monday.";
        assertThat(dates.resolve(progressive, progressive.indexOf("severing"), null).approximate()).isTrue();
        String past = "Kiev severed diplomatic relations with Moscow, the president said on Monday.";
        When report = dates.resolve(past, past.indexOf("severed"), null);
        assertThat(report.date()).isEqualTo(LocalDate.parse("2022-07-11"));
        assertThat(report.approximate()).isTrue();
        String decided = "The president said Monday that Kiev decided to sever relations with Moscow in May.";
        assertThat(dates.resolve(decided, decided.indexOf("sever relations"), null).date()).isEqualTo(LocalDate.parse("2022-05-01"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "In a statement on Monday, Chad said it was severing diplomatic ties with Niger.       | severing",
            "On Monday, the foreign minister said Chad is severing diplomatic ties with Niger.     | severing",
            "Speaking to reporters on Monday, the minister said the Republic of Chad was severing ties. | severing",
            "At a news conference on Monday, the president said his government was severing ties. | severing",
            "In an announcement Monday, the prime minister said on X his government 'recognizes Niger. | recognizes",
            "The minister said on Monday Chad recognizes Niger.                                   | recognizes",
            "The minister said Monday that Chad was severing diplomatic ties with Niger.          | severing",
            "Chad said in a statement on Monday that it was severing diplomatic ties with Niger.  | severing",
            "On Monday, the minister told reporters that Chad was severing diplomatic ties with Niger. | severing",
    })
    void whatAReportSaysInThePresentIsTheActOfTheReportsDay(String sentence, String cue) {
        When when = dates.resolve(sentence, sentence.indexOf(cue), null);
        assertThat(when.date()).as(sentence).isEqualTo(LocalDate.parse("2022-07-11"));
        assertThat(when.approximate()).as(sentence).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "In a statement on Monday, Chad said it had severed diplomatic ties with Niger.  | severed",
            "Chad said in a statement on its website on Monday that it had severed ties with Niger. | severed",
            "Chad said in a statement on Monday that it had severed diplomatic ties with Niger. | severed",
            "On Monday, the foreign minister said Chad severed diplomatic ties with Niger.   | severed",
            "On Monday, the foreign minister said Chad has severed diplomatic ties with Niger. | severed",
    })
    void whatAReportSaysInThePastIsDatedByTheReport(String sentence, String cue) {
        When when = dates.resolve(sentence, sentence.indexOf(cue), null);
        assertThat(when.date()).as(sentence).isEqualTo(LocalDate.parse("2022-07-11"));
        assertThat(when.approximate()).as(sentence).isTrue();
    }

    @Test
    void aTimeBeforeCommaWhenIsTheWhenClausesTooAndACleftsTimeIsItsClauses() {
        String when = "X recognized Z from 1997 until 2006, when it cut ties with Y.";
        int cut = when.indexOf("cut");
        List<int[]> cues = List.of(new int[] {when.indexOf("recognized"), when.indexOf(" Z")}, new int[] {cut, when.indexOf(" ties")});
        When severed = dates.resolve(when, cut, null, List.<int[]>of(new int[] {0, when.indexOf(", when")}), cues);
        assertThat(severed.date()).isEqualTo(LocalDate.parse("2006-01-01"));
        assertThat(dates.resolve(when, when.indexOf("recognized"), null, List.of(), cues).date()).isEqualTo(LocalDate.parse("1997-01-01"));
        assertThat(resolve("It was in 2018 when X recognized Y.", null).date()).isEqualTo(LocalDate.parse("2018-01-01"));
        // not a time before the clause of "after": "in 2018, after X recognized Y" stays the main clause's
        assertThat(resolve("Z cut ties in 2018, after X recognized Y.", null).dated()).isFalse();
    }

    @Test
    void aClauseOfWhenHappensAtTheMainClausesTime() {
        When monday = resolve("Z lost an ally on Monday when X recognized Y.", null);
        assertThat(monday.date()).isEqualTo(LocalDate.parse("2022-07-11"));
        assertThat(monday.approximate()).isFalse();
        assertThat(resolve("Z cut ties in 1997 when X recognized Y.", null).date()).isEqualTo(LocalDate.parse("1997-01-01"));
        assertThat(resolve("Z cut ties on Monday after X recognized Y.", null).dated()).isFalse();
        assertThat(resolve("Z cut ties on Monday because X recognized Y.", null).dated()).isFalse();
    }

    @Test
    void aTimeInsideACountOfActorsYieldsToAnotherTimeWord() {
        String counted = "Chad on Monday became the third country this year to recognize Kosovo.";
        When monday = dates.resolve(counted, counted.indexOf("recognize"), null);
        assertThat(monday.date()).isEqualTo(LocalDate.parse("2022-07-11"));
        assertThat(monday.approximate()).isFalse();
        String in2019 = "Chad on Monday became the first state in 2022 to recognize Kosovo.";
        assertThat(dates.resolve(in2019, in2019.indexOf("recognize"), null).date()).isEqualTo(LocalDate.parse("2022-07-11"));
        // alone, it still dates the count's event
        String alone = "Chad became the third country this year to recognize Kosovo.";
        assertThat(dates.resolve(alone, alone.indexOf("recognize"), null).date()).isEqualTo(LocalDate.parse("2022-01-01"));
    }

    @Test
    void aDatelineWithTheAgencyDatesTheReportAndWhoseOpensARelativeClause() {
        When dateline = resolve("TAIPEI, July 13 (Reuters) - X has recognized Y.", null);
        assertThat(dateline.date()).isEqualTo(LocalDate.parse("2022-07-13"));
        assertThat(dateline.approximate()).isTrue();
        When whose = resolve("X, whose president visited Z in 2018, recognized Y on Monday.", null);
        assertThat(whose.date()).isEqualTo(LocalDate.parse("2022-07-11"));
    }

    @Test
    void aTimeInAnOpeningClauseOfAfterIsThatClauses() {
        When friday = resolve("After Z switched to Beijing on Monday, X recognized Y on Wednesday.", null);
        assertThat(friday.date()).isEqualTo(LocalDate.parse("2022-07-13"));
        assertThat(resolve("After Z cut ties with Taiwan on Monday, X recognized Y.", null).dated()).isFalse();
        // an opening time before the clause of "after" is the main clause's
        assertThat(resolve("On Wednesday, after Z cut ties, X recognized Y.", null).date()).isEqualTo(LocalDate.parse("2022-07-13"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Moscow recognized Y on Tuesday; on Wednesday, Georgia cut ties with Moscow.",
            "Moscow recognized Y on Tuesday, and on Wednesday, Georgia cut ties with Moscow.",
            "Moscow recognized Y on Tuesday; a day later, Georgia cut ties with Moscow."})
    void aTimeOpeningTheClauseAfterASemicolonOrAndIsTheNextCues(String sentence) {
        int cut = sentence.indexOf("cut");
        List<int[]> cues = List.of(new int[] {7, 17}, new int[] {cut, cut + 8});
        When cutTies = dates.resolve(sentence, cut, null, List.of(), cues);
        assertThat(cutTies.date()).as(sentence).isEqualTo(LocalDate.parse("2022-07-13"));
        assertThat(dates.resolve(sentence, 7, null, List.of(), cues).date()).as(sentence).isEqualTo(LocalDate.parse("2022-07-12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"X recognized Y on Tuesday, as announced last week.",
            "As announced last week, X recognized Y on Tuesday.",
            "X, as announced last week, recognized Y on Tuesday.",
            "Having announced the move last week, X recognized Y on Tuesday.",
            "After announcing the move last week, X recognized Y on Tuesday.",
            "X recognized Y on Tuesday, a decision it announced on June 22.",
            "X recognized Y on Tuesday in a decision announced on June 22."})
    void anAnnouncementBeforeTheActIsNoReportOfIt(String sentence) {
        When when = resolve(sentence, null);
        assertThat(when.date()).as(sentence).isEqualTo(LocalDate.parse("2022-07-12"));
        assertThat(when.approximate()).as(sentence).isFalse();
    }

    @Test
    void anAnnouncementAfterTheActStillDatesTheReport() {
        When when = resolve("X recognized Y, the minister announced on Tuesday.", null);
        assertThat(when.date()).isEqualTo(LocalDate.parse("2022-07-12"));
        assertThat(when.approximate()).isTrue();
    }

    @Test
    void aTimeOfTheClauseBeforeAndANewSubjectYieldsToATimeAfterTheCue() {
        When tuesday = resolve("Z recalled its ambassador last week, and X recognized Y on Tuesday.", null);
        assertThat(tuesday.date()).isEqualTo(LocalDate.parse("2022-07-12"));
        assertThat(tuesday.approximate()).isFalse();
        // an opening time is the whole sentence's
        assertThat(resolve("Last week, Z recalled its ambassador, and X recognized Y on Tuesday.", null).date())
                .isEqualTo(LocalDate.parse("2022-07-12"));
    }

    @Test
    void midYearAnAbsolutePhrasesTimeAndTheTimeOfACongratulation() {
        When mid = resolve("In mid-2017, X recognized Y.", null);
        assertThat(mid.date()).isEqualTo(LocalDate.parse("2017-01-01"));
        assertThat(mid.approximate()).isTrue();
        String absolute = "X recognized Y after a long wait with the two neighbours exchanging envoys since 2019.";
        assertThat(resolve(absolute, null).dated()).isFalse();
        String partner = "X recognized Y in favor of Beijing in 2017.";
        assertThat(resolve(partner, null).date()).isEqualTo(LocalDate.parse("2017-01-01"));
        String congratulated = "Pompeo congratulated X on recognizing Y on Monday.";
        assertThat(dates.resolve(congratulated, congratulated.indexOf("recognizing"), null).dated()).isFalse();
    }

    @Test
    void theSecondVerbOfAPerfectSharesItsTime() {
        String sentence = "X has broken ties with Y after 60 years and formed relations with Z.";
        When when = dates.resolve(sentence, sentence.indexOf("formed"), null);
        assertThat(when.date()).isEqualTo(THURSDAY);
        assertThat(when.approximate()).isTrue();
        String participle = "X has signed an agreement with Y, establishing diplomatic relations.";
        assertThat(dates.resolve(participle, participle.indexOf("establishing"), null).date()).isEqualTo(THURSDAY);
        String thereby = "X has signed an accord with Y, thereby formally recognizing Y.";
        assertThat(dates.resolve(thereby, thereby.indexOf("recognizing"), null).date()).isEqualTo(THURSDAY);
        String announced = "X announced on Tuesday that it has broken ties with Y after 60 years and established relations with Z.";
        List<int[]> cues = List.of(new int[] {announced.indexOf("broken"), announced.indexOf(" with Y")},
                new int[] {announced.indexOf("established"), announced.indexOf(" with Z")});
        When report = dates.resolve(announced, announced.indexOf("established"), null, List.of(), cues);
        assertThat(report.date()).isEqualTo(LocalDate.parse("2022-07-12"));
        assertThat(report.approximate()).isTrue();
    }

    @Test
    void earlierWithNoDateStatedBeforeThePublicationIsUndated() {
        assertThat(resolve("Earlier, X recognized Y.", THURSDAY).dated()).isFalse();
        assertThat(resolve("Earlier, X recognized Y.", LocalDate.parse("2022-07-13")).date()).isEqualTo(LocalDate.parse("2022-07-13"));
    }

    @Test
    void aTimeAfterAReportVerbDatesTheReportNotTheEvent() {
        When when = resolve("X has recognized Y, according to state media Thursday.", null);
        assertThat(when.date()).isEqualTo(THURSDAY);
        assertThat(when.approximate()).isTrue();
        assertThat(when.note()).contains("dates the report");
        // the previous day is counted from the report's date
        When before = new DateResolver(LocalDate.parse("2022-07-16"))
                .resolve("State media said Thursday that X recognized Y the previous day.",
                        "State media said Thursday that X recognized Y the previous day.".indexOf("recognized"), null);
        assertThat(before.date()).isEqualTo(LocalDate.parse("2022-07-13"));
    }

    @Test
    void anAnnouncementOfWhatIsPastDatesTheReport() {
        When past = resolve("X announced on Thursday that it recognized Y.", null);
        assertThat(past.date()).isEqualTo(THURSDAY);
        assertThat(past.approximate()).isTrue();
        When act = dates.resolve("X announced on Thursday that it is recognizing Y.",
                "X announced on Thursday that it is recognizing Y.".indexOf("recognizing"), null);
        assertThat(act.date()).isEqualTo(THURSDAY);
        assertThat(act.approximate()).isFalse();
    }

    @Test
    void theNewsThatComesDaysOrWeeksAfterAnEventDatesItBackFromThePublication() {
        When weeks = resolve("The move comes three weeks after X recognized Y.", null);
        assertThat(weeks.date()).isEqualTo(THURSDAY.minusWeeks(3));
        assertThat(weeks.approximate()).isTrue();
        assertThat(resolve("The cut in ties comes four days after X recognized Y.", null).date()).isEqualTo(THURSDAY.minusDays(4));
        assertThat(resolve("The move comes two years after X recognized Y.", null).dated()).isFalse();
        assertThat(resolve("The move comes a week after X recognized Y.", null).dated()).isFalse();
    }

    @Test
    void byTheEndOfTheMonthIsTheLastDayOfTheMonthNamedBefore() {
        String sentence = "Z recognized W in June, and X recognized Y by the end of the month.";
        int second = sentence.lastIndexOf("recognized");
        When when = dates.resolve(sentence, second, null, List.of(),
                List.of(new int[] {2, 12}, new int[] {second, second + "recognized".length()}));
        assertThat(when.date()).isEqualTo(LocalDate.parse("2022-06-30"));
        assertThat(when.approximate()).isTrue();
        String none = "X recognized Y by the end of the month.";
        assertThat(dates.resolve(none, none.indexOf("recognized"), null).dated()).isFalse();
    }

    @Test
    void aTimeOfAReactionIsNotTheEventsItReactsTo() {
        String welcomed = "The ministry on Wednesday expressed appreciation over Sao Tome and Principe's decision to break ties with Z.";
        assertThat(dates.resolve(welcomed, welcomed.indexOf("break"), null).dated()).isFalse();
        String condemned = "Kyiv on Friday condemned the decision of X to recognize Y.";
        assertThat(dates.resolve(condemned, condemned.indexOf("recognize"), null).dated()).isFalse();
        String disappointed = "Israel expressed disappointment Tuesday with X's recognition of Y.";
        assertThat(dates.resolve(disappointed, disappointed.indexOf("recognition"), null).dated()).isFalse();
        String deep = "Tbilisi on Monday voiced its deep regret over the decision of X to recognize Y.";
        assertThat(dates.resolve(deep, deep.indexOf("recognize"), null).dated()).isFalse();
        String deplored = "Belgrade on Friday deplored X's decision to recognize Y.";
        assertThat(dates.resolve(deplored, deplored.indexOf("recognize"), null).dated()).isFalse();
        String slammed = "Morocco on Sunday slammed X's recognition of Y.";
        assertThat(dates.resolve(slammed, slammed.indexOf("recognition"), null).dated()).isFalse();
        String condemnedOn = "Georgia condemned on Friday X's recognition of Y.";
        assertThat(dates.resolve(condemnedOn, condemnedOn.indexOf("recognition"), null).dated()).isFalse();
        String own = "X on Friday recognized Y, and Z expressed disappointment.";
        assertThat(dates.resolve(own, own.indexOf("recognized"), null).dated()).isTrue();
        String plural = "Norway and Spain recognize Y.";
        assertThat(dates.resolve(plural, plural.indexOf("recognize"), null).date()).isEqualTo(THURSDAY);
    }

    @Test
    void aTimeOfTheMainClauseDoesNotDateACueInAClauseOfAfterOrBefore() {
        assertThat(resolve("Z cut ties on Monday after X recognized Y.", null).dated()).isFalse();
        assertThat(resolve("On Monday, after long talks, X recognized Y.", null).dated()).isTrue();
        When year = resolve("An order was issued on February 16, a year after X recognized Y.", null);
        assertThat(year.date()).isEqualTo(LocalDate.parse("2021-02-16"));
        assertThat(year.approximate()).isTrue();
        assertThat(resolve("Z cut ties on Monday, two days after X recognized Y.", null).date()).isEqualTo(LocalDate.parse("2022-07-09"));
        assertThat(resolve("Z cut ties on Monday, days after X recognized Y.", null).dated()).isFalse();
        // a span of years is too coarse to count back from the main clause's time
        assertThat(resolve("Z cut ties on Monday, seven years after X recognized Y.", null).dated()).isFalse();
        assertThat(resolve("Z cut ties on Monday, two years after X recognized Y.", null).dated()).isFalse();
        // a time word of the clause of "after" that follows the cue is that clause's
        assertThat(resolve("X recognized Y after the army suffered losses in July.", null).dated()).isFalse();
        assertThat(resolve("X recognized Y after Z's forces were defeated in 2019.", null).dated()).isFalse();
        assertThat(resolve("X recognized Y after talks in July.", null).date()).isEqualTo(LocalDate.parse("2022-07-01"));
        // a relative clause without "which": a noun, a subject of its own and its verb
        assertThat(resolve("X recognized Y in territories Z occupied in 1967.", null).dated()).isFalse();
        assertThat(resolve("X recognized Y within the lands Morocco had annexed in 1975.", null).dated()).isFalse();
        assertThat(resolve("X recognized Y over islands Japan seized in 1895.", null).dated()).isFalse();
        assertThat(resolve("X recognized Y in the borders Z held in June 1967.", null).dated()).isFalse();
        assertThat(resolve("X recognized Y in territories on Monday.", null).date()).isEqualTo(LocalDate.parse("2022-07-11"));
    }

    @Test
    void aTimeInAClauseOfItsOwnAfterTheCueIsNotTheCues() {
        assertThat(resolve("X recognized Y, the first since President Z took office in May.", null).dated()).isFalse();
        assertThat(resolve("X had recognized Taiwan, an island ruled by people who lost the civil war in 1949.", null).dated()).isFalse();
        assertThat(resolve("X has recognized Y since 2008.", null).date()).isEqualTo(LocalDate.parse("2008-01-01"));
        assertThat(resolve("X recognized Y after backing it since 1983.", null).dated()).isFalse();
        assertThat(resolve("X recognized Y since an Arab League summit last November left the decision to each state.", null)
                .dated()).isFalse();
        assertThat(resolve("X recognized Y, its ally since 1994.", null).dated()).isFalse();
        assertThat(resolve("X recognized Y, which has been under Z's rule since 1975.", null).dated()).isFalse();
        assertThat(resolve("X recognized Y, which has been under Z's rule since 1975, in March.", null).date())
                .isEqualTo(LocalDate.parse("2022-03-01"));
        assertThat(resolve("X and Z are among the countries to have recognized Y.", null).dated()).isFalse();
        assertThat(resolve("X recognized Y as independent following its secession from Z in February.", null).dated()).isFalse();
        assertThat(resolve("X recognized the SADR and hosted its first embassy, established in 1980.", null).dated()).isFalse();
        assertThat(resolve("X recognized Y, reported Reuters on Thursday.", null).date()).isEqualTo(THURSDAY);
        assertThat(resolve("X recognized Y after its declaration of independence on February 17, 2008.", null).dated()).isFalse();
        String entity = "X has suspended its recognition of Y, a separatist entity it first acknowledged in 1983.";
        assertThat(dates.resolve(entity, entity.indexOf("suspended"), null).date()).isEqualTo(THURSDAY); // the present perfect
        assertThat(resolve("X recognized Y on February 18, 2008.", null).date()).isEqualTo(LocalDate.parse("2008-02-18"));
    }

    @Test
    void aPeriodOfTheStoryIsNoPresent() {
        String now = "Iran and Jordan cut diplomatic ties.";
        assertThat(dates.resolve(now, now.indexOf("cut"), null).dated()).isTrue(); // a plural present: the news of the day
        String then = "That same year Iran and Jordan cut diplomatic ties.";
        assertThat(dates.resolve(then, then.indexOf("cut"), null).dated()).isFalse();
    }

    @Test
    void withoutAPublicationDateRelativeWordsAreUndatedForReview() {
        When when = new DateResolver(null).resolve("X recognized Y on Thursday.", 2, null);
        assertThat(when.dated()).isFalse();
        assertThat(when.note()).contains("--published");
        assertThat(new DateResolver(null).resolve("X recognized Y on July 13, 2022.", 2, null).date())
                .isEqualTo(LocalDate.parse("2022-07-13"));
    }

    @Test
    void aTimeOfAClauseBeforeButOrAfterWhichIsNotTheCues() {
        assertThat(resolve("The blockade was lifted in 2021, but X recognized Y.", null).dated()).isFalse();
        assertThat(resolve("Talks failed in May, yet X recognized Y.", null).dated()).isFalse();
        assertThat(resolve("The war ended in 2019, after which X, Z, and W recognized Y.", null).dated()).isFalse();
        assertThat(resolve("The war ended in 2019, after which X recognized Y on July 13.", null).date())
                .isEqualTo(LocalDate.parse("2022-07-13"));
        // a time word that opens the sentence is every clause's
        assertThat(resolve("In 2019, Z cut ties with X, but X recognized Y.", null).date()).isEqualTo(LocalDate.parse("2019-01-01"));
    }

    @Test
    void aVerbJoinedToAPerfectAfterItsParticiplePhraseSharesItsTime() {
        String joined = "X has signed an agreement with Z, establishing diplomatic relations with it and severed ties with Y.";
        When when = dates.resolve(joined, joined.indexOf("severed"), null);
        assertThat(when.date()).isEqualTo(THURSDAY);
        assertThat(when.approximate()).isTrue();
        String also = "X is the first country in the region to also cut ties with Y.";
        assertThat(dates.resolve(also, also.indexOf("cut"), null).date()).isEqualTo(THURSDAY);
        String far = "X has formally established diplomatic relations with the People's Republic of Z and cut long-standing ties with Y.";
        assertThat(dates.resolve(far, far.indexOf("cut"), null).date()).isEqualTo(THURSDAY);
        String past = "X signed an agreement with Z, establishing diplomatic relations with it and severed ties with Y.";
        assertThat(dates.resolve(past, past.indexOf("severed"), null).dated()).isFalse();
    }

    @Test
    void aSpeakersAnnouncedDecisionIsTheNewsOfTheDayAndAFrozenAsideIsNotTheCues() {
        String speech = "I announce the decision of my government to break diplomatic relations with Y.";
        When now = dates.resolve(speech, speech.indexOf("break"), null);
        assertThat(now.date()).isEqualTo(THURSDAY);
        assertThat(now.approximate()).isTrue();
        String frozen = "Z welcomed the restoration of relations, frozen since 2019, between X and Y.";
        assertThat(dates.resolve(frozen, frozen.indexOf("restoration"), null).dated()).isFalse();
    }

    @Test
    void aTimeOfTheMainClauseDoesNotDateWhatItPromptedAnActorToDo() {
        String prompted = "Z on Tuesday recognised W, prompting X to cut diplomatic ties with Y.";
        assertThat(dates.resolve(prompted, prompted.indexOf("cut"), null).dated()).isFalse();
        String own = "Z recognised W, leading X to cut diplomatic ties with Y on Friday.";
        assertThat(dates.resolve(own, own.indexOf("cut"), null).date()).isEqualTo(LocalDate.parse("2022-07-08"));
    }

    @Test
    void theNthCountryInARegionAndAContractedProgressiveAreTheNewsOfTheDay() {
        String first = "X is the first country in the region to cut ties with Y.";
        When region = dates.resolve(first, first.indexOf("cut"), null);
        assertThat(region.date()).isEqualTo(THURSDAY);
        assertThat(region.approximate()).isTrue();
        String last = "X is the last of the countries to renew relations with Y.";
        assertThat(dates.resolve(last, last.indexOf("renew"), null).date()).isEqualTo(THURSDAY);
        String past = "X was the first country in Africa to recognize Y.";
        assertThat(dates.resolve(past, past.indexOf("recognize"), null).dated()).isFalse();
        String contracted = "X's president announced he's breaking all diplomatic ties with Y.";
        When he = dates.resolve(contracted, contracted.indexOf("breaking"), null);
        assertThat(he.date()).isEqualTo(THURSDAY);
        assertThat(he.approximate()).isTrue();
        String said = "X said Monday it's cutting diplomatic ties with Y.";
        When monday = dates.resolve(said, said.indexOf("cutting"), null);
        assertThat(monday.date()).isEqualTo(LocalDate.parse("2022-07-11"));
        assertThat(monday.approximate()).isFalse();
        String they = "X and Z said they're cutting diplomatic ties with Y.";
        assertThat(dates.resolve(they, they.indexOf("cutting"), null).date()).isEqualTo(THURSDAY);
    }

    @Test
    void parsesPublishedLines() {
        assertThat(DateResolver.parseDate("Jul 14, 2022 - 09:17       Updated : Jul 15, 2022")).isEqualTo(THURSDAY);
        assertThat(DateResolver.parseDate("14 July 2022")).isEqualTo(THURSDAY);
        assertThat(DateResolver.parseDate("2022-07-14T09:17")).isEqualTo(THURSDAY);
        assertThat(DateResolver.parseDate("sometime")).isNull();
    }

    @Test
    void daysLaterCountFromTheWholeDateBeforeThem() {
        String later = "X recognized Y on 15 October 1957, with Z joining four days later.";
        When when = dates.resolve(later, later.indexOf("joining"), null);
        assertThat(when.date()).isEqualTo(LocalDate.parse("1957-10-19"));
        assertThat(when.approximate()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X has unilaterally recognized Y.", "X has officially unilaterally recognized Y.",
            "X has decided to finally recognize Y.", "X and Z have formally jointly recognized Y."})
    void anyAdverbAfterThePerfectKeepsItTheNewsOfTheDay(String sentence) {
        When when = dates.resolve(sentence, sentence.indexOf("recogni"), null);
        assertThat(when.date()).as(sentence).isEqualTo(THURSDAY);
        assertThat(when.approximate()).as(sentence).isTrue();
    }

    @Test
    void aTimeAfterTheReportedSubjectIsTheEventsNotTheReports() {
        String subject = "Officials said Chad on Tuesday recognized Y.";
        When when = dates.resolve(subject, subject.indexOf("recognized"), null);
        assertThat(when.date()).isEqualTo(LocalDate.parse("2022-07-12"));
        assertThat(when.approximate()).isFalse();
        String report = "The ministry said late Tuesday that Chad had recognized Y.";
        assertThat(dates.resolve(report, report.indexOf("recognized"), null).approximate()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The latest state to recognise Y is Chad.", "The 100th country to formally recognise Y is Chad.",
            "Chad is the latest state to recognise Y."})
    void aCountOfActorsInThePresentIsTheNewsOfTheDayInvertedToo(String sentence) {
        When when = dates.resolve(sentence, sentence.indexOf("recognise"), null);
        assertThat(when.date()).as(sentence).isEqualTo(THURSDAY);
        assertThat(when.approximate()).as(sentence).isTrue();
        String past = "The latest state to recognise Y was Chad.";
        assertThat(dates.resolve(past, past.indexOf("recognise"), null).dated()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X and Z have signed a memorandum resuming diplomatic relations.",
            "X and Z have signed a Memorandum of Understanding (MoU) resuming diplomatic relations.",
            "X has now publicized its decision to cut off ties with Z."})
    void aMemorandumSignedOrADecisionMadePublicInThePerfectIsTheNewsOfTheDay(String sentence) {
        When when = dates.resolve(sentence, sentence.indexOf(sentence.contains("cut") ? "cut" : "resuming"), null);
        assertThat(when.date()).as(sentence).isEqualTo(THURSDAY);
        assertThat(when.approximate()).as(sentence).isTrue();
    }

    @Test
    void todaysBeforeANameIsItsNameNowNotATime() {
        String now = "X was the first to recognize the independence of today's North Macedonia.";
        assertThat(dates.resolve(now, now.indexOf("recognize"), null).dated()).isFalse();
        String news = "Today's recognition of Y by X surprised many.";
        assertThat(dates.resolve(news, news.indexOf("recognition"), null).date()).isEqualTo(THURSDAY);
    }

    @Test
    void exactlyNYearsAgoIsThatDay() {
        String exactly = "X and Y restored relations, severed exactly 14 years ago.";
        When when = dates.resolve(exactly, exactly.indexOf("severed"), null);
        assertThat(when.date()).isEqualTo(THURSDAY.minusYears(14));
        assertThat(when.approximate()).isFalse();
        String about = "X and Y restored relations, severed 14 years ago.";
        assertThat(dates.resolve(about, about.indexOf("severed"), null).approximate()).isTrue();
    }

    @Test
    void anAnniversaryCountsBackFromTheTimeOfItsSentence() {
        String celebrated = "On July 12, X and Y celebrated the 30th anniversary of the establishment of diplomatic relations.";
        When when = dates.resolve(celebrated, celebrated.indexOf("establishment"), null);
        assertThat(when.date()).isEqualTo(LocalDate.parse("1992-07-12"));
        assertThat(when.approximate()).isTrue();
        String since = "X and Y mark 50 years since the establishment of diplomatic relations.";
        assertThat(dates.resolve(since, since.indexOf("establishment"), null).date()).isEqualTo(THURSDAY.minusYears(50));
    }

    @Test
    void aTimeAfterThePublicationIsNoEventsTime() {
        String later = "Washington was to use the same formula when it normalised relations with Beijing six years later.";
        assertThat(dates.resolve(later, later.indexOf("normalised"), THURSDAY).dated()).isFalse();
    }

    @Test
    void aMonthWithItsYearAfterADotAndATimeBeforeButAndANewSubject() {
        String dotted = "X and Y established diplomatic relations in Apr.1983.";
        assertThat(dates.resolve(dotted, dotted.indexOf("established"), null).date()).isEqualTo(LocalDate.parse("1983-04-01"));
        String but = "The two countries established links in 1972 but X severed diplomatic relations with Y in 1997.";
        assertThat(dates.resolve(but, but.indexOf("severed"), null).date()).isEqualTo(LocalDate.parse("1997-01-01"));
    }

    @Test
    void aTimeOfAnOpeningPerfectParticiplePhraseIsItsOwn() {
        String having = "Having already expelled the embassy last year, X has now formally severed diplomatic relations with Y.";
        When when = dates.resolve(having, having.indexOf("severed"), null);
        assertThat(when.date()).isEqualTo(THURSDAY);
        assertThat(when.approximate()).isTrue();
    }

    @Test
    void theAnniversaryOfTiesCountsBackFromItsDay() {
        String marked = "X and Y marked the 30th anniversary of diplomatic ties on Wednesday.";
        When when = dates.resolve(marked, marked.indexOf("diplomatic"), null);
        assertThat(when.date()).isEqualTo(LocalDate.parse("1992-07-13"));
        assertThat(when.approximate()).isTrue();
    }
}
