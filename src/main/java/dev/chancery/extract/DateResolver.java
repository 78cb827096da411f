package dev.chancery.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates an event from the time words of its sentence, relative to the publication date ("the
 * previous day", "on Thursday", "yesterday") or to the article's last stated date ("earlier", "the
 * same day"). What the sentence leaves unsure is marked approximate and carries a review note.
 * One resolver serves one article at a time (it is not thread-safe).
 */
public final class DateResolver {

    /** How well a sentence dates its event, strongest first. */
    public enum Kind { EXACT, RELATIVE, APPROXIMATE, UNDATED }

    /**
     * When an event happened, as far as its sentence tells: {@code date} is null when undated;
     * {@code note} says how the date was found, and {@code review} whether a person should check it.
     */
    public record When(LocalDate date, boolean approximate, Kind kind, String phrase, String note, boolean review) {
        public boolean dated() {
            return date != null;
        }

        static When undated(String phrase, String note) {
            return new When(null, false, Kind.UNDATED, phrase, note, true);
        }
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    /** Adverbs between an auxiliary and its verb: "has formally", "has officially unilaterally", "have now also". */
    private static final String ADVERBS = "(?:(?:formally|officially|now|also|just|finally|today|already|hereby|\\p{L}+ly)\\s+)*";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /**
     * A weekday's date in commas after it, and the lower-case word that goes on after the date, not a conjunction
     * nor a participle: "announced on Tuesday, August 21, the establishment", "expressed regret on Wednesday,
     * December 21, over", "Britain and Canada on Sunday, September 21, recognised".
     */
    private static final Pattern WEEKDAY_DATE_IN_COMMAS = Pattern.compile("\\b" + WEEKDAY + "(,)\\s+(?:" + MONTH + "\\.?\\s+\\d{1,2}"
            + "(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ")(?:,\\s*\\d{4})?(?:(,)(?=\\s+(?!(?:and|but|or|while|which"
            + "|who|whom|whose|when|where|as|after|before|since|because)\\b)(?!\\p{Ll}+ing\\b)\\p{Ll}))?");

    private static final String NUMBER = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{4})[./](\\d{1,2})[./](\\d{1,2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:(?:,|\\s+of)?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:(?:,|\\s+of)?\\s+(\\d{4})\\b)?");
    /** A report verb between a time word and the event's cue: the time is the report's, not the event's. */
    private static final Pattern REPORT = Pattern.compile(
            "(?i)\\b(?:said|says|saying|reported|reports|reporting|told|according\\s+to|quoted|quoting|cited|citing"
            + "|tweeted|posted|added|noted|explained|revealed|disclosed|informed|re-?confirmed)\\b");

    private static final Pattern REPORT_JUST_BEFORE = Pattern.compile(
            "(?i)\\b(?:said|says|reported|reports|told\\s+\\S+|tweeted|posted|added|noted|revealed|disclosed|re-?confirmed)\\s+"
            // "said in a statement on its website on Tuesday that it had broken": the medium, then the report's time
            + "(?:(?:in|at|during|via|through)\\s+(?:a|an|the|its|his|her|their)\\s+[^,;:]{1,50}?\\s+)?"
            // "said late Monday", not "said Japan on Tuesday became": a name there is the reported clause's subject
            + "(?:(?:(?-i:(?!\\p{Lu}))|(?=" + WEEKDAY + "|" + MONTH + "))\\S+\\s+){0,2}\\(?$");
    /**
     * An announcement: its time dates the event when the announcement is the act ("announced on Thursday
     * that it is breaking", "announced on Wednesday his decision to cut"), the report when what it
     * announces is past ("announced on Saturday it had severed", "X recognised Y, the minister announced
     * on Sunday").
     */
    private static final Pattern ANNOUNCE = Pattern.compile("(?i)(?<!-)\\b(?:announc(?:ed|es|ing)|declar(?:ed|es|ing)"
            + "|confirm(?:ed|s|ing)|wrote|stated)\\b");
    private static final Pattern ANNOUNCE_JUST_BEFORE = Pattern.compile(
            "(?i)(?<!-)\\b(?:announc(?:ed|es)|declar(?:ed|es)|confirm(?:ed|s)|stated)\\s+"
            // "announced late Monday", not "announced the move last week" (an object: what was announced, then its time)
            + "(?:(?!(?:the|its|his|her|their|a|an|this|that|plans?|intentions?)\\b)\\S+\\s+){0,2}\\(?$");
    /** "as announced", "a decision (first, it) announced", "having announced", "after announcing": a prior announcement. */
    private static final Pattern ANNOUNCED_BEFORE = Pattern.compile("(?i)\\b(?:as\\s+(?:\\p{L}+\\s+){0,2}?(?:had\\s+)?(?:been\\s+)?announced"
            + "|(?:decision|move|step|plan|intention)\\s+(?:[\\p{L}'’]+\\s+){0,3}?(?:had\\s+)?announced|having\\s+announced"
            + "|after\\s+announcing)\\b");
    /** A time right after "as announced", "having announced the move", "after announcing it": the announcement's. */
    private static final Pattern ANNOUNCED_BEFORE_TIME = Pattern.compile("(?i)\\b(?:as\\s+(?:\\p{L}+\\s+){0,2}?(?:had\\s+)?(?:been\\s+)?announced"
            + "|having\\s+announced|after\\s+announcing)\\s+(?:[^,;:]{0,40}?\\s)?$");
    /**
     * Who a report verb says acts: a pronoun, "his government", or a name ("Taiwan", "the Solomon Islands").
     * The medium of the report may come first: "said in a statement that", "said on X his government".
     */
    private static final String SAID_SUBJECT = "\\s*(?:(?:in|on|at|during|to|via)\\s+(?!that\\b)[^,;:\"“”]{1,40}?\\s*"
            // "told reporters that Taiwan was severing"
            + "|(?:reporters|journalists|lawmakers|legislators|parliament|the\\s+(?:press|media|parliament|assembly|nation))\\s+)?"
            + ",?\\s*:?\\s*(?:that\\s+)?"
            + "(?:(?:it|they|we|he|she|(?:his|her|its|their|our|the)\\s+(?:government|country|nation|cabinet|administration|kingdom|island))"
            + "|(?-i:(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of\\s+|and\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,4}))";
    /** Between "said Monday" and a progressive cue: "said Monday it is cutting", "said Sunday that it was severing", "said Taiwan was ending". */
    private static final Pattern SAID_ACT = Pattern.compile("(?i)(?:" + SAID_SUBJECT + "\\s+(?:also\\s+|now\\s+)?"
            + "(?:is|was|are|were)|\\s*,?\\s*(?:that\\s+)?(?:it|he|she)['’]s|\\s*,?\\s*(?:that\\s+)?(?:they|we)['’]re)\\s+(?:also\\s+|now\\s+)?");
    /** Between "said Tuesday" and a present cue: "said Tuesday El Salvador recognises", "said on X his government 'recognises". */
    private static final Pattern SAID_PRESENT = Pattern.compile("(?i)" + SAID_SUBJECT
            + "\\s+" + ADVERBS + "['‘\"“]?");
    /** Between "said Thursday" and the cue: "that Kiev decides to", "Chad now decides to". */
    private static final Pattern SAID_DECIDES = Pattern.compile("(?i)\\s*,?\\s*(?:that\\s+)?(?:(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*\\s+"
            + "(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}|(?:it|they|we|he|she)\\s+)(?:also\\s+|now\\s+)?decides\\s+to\\s+");
    private static final Pattern DATELINE_BEFORE = Pattern.compile("\\s*\\p{Lu}[\\p{L} .'-]{1,30},\\s*");
    /** "TAIPEI, Sept 20 (Reuters) - ": the agency in parentheses may follow the dateline's date. */
    private static final Pattern DATELINE_AFTER = Pattern.compile("\\s*(?:\\((?:\\p{Lu}[\\p{L}.]*\\s*){1,3}\\)\\s*)?[–—:-]\\s");
    private static final Pattern PERFECT = Pattern.compile("(?i)\\b(?:had|has|have)\\b");

    /** One way of saying when: a pattern and what its match means. */
    private record Rule(Pattern pattern, Function<Ctx, When> when, boolean yields) {
    }

    /** A match of a rule, and the facts it is read with. */
    private record Ctx(Matcher m, LocalDate published, LocalDate narrative, LocalDate anchor, LocalDate stated, String sentence) {
        String g(int i) {
            return m.group(i);
        }

        String phrase() {
            return m.group();
        }
    }

    private record Candidate(int start, int end, Rule rule, boolean report) {
    }

    private static final Pattern PRESENT_CUE = Pattern.compile("(?i)(?:recogni[sz]es|severs|cuts|breaks|establishes|restores"
            + "|annexes|withdraws|revokes|rescinds|retracts|suspends|terminates|resumes|receives|wins|gains|obtains|secures|earns)\\b");
    private static final Pattern PRESENT_BEFORE = Pattern.compile("(?i)(?:\\b(?:has|have)\\s+(?:been\\s+)?" + ADVERBS
            // "has decided to \"immediately sever": a quote may open on the verb
            + "(?:decided\\s+to\\s+[\"“]?|(?:announced|publici[sz]ed|made\\s+public)\\s+(?:(?:its|his|her|their|the)\\s+)?decision\\s+to\\s+"
            // "has announced the termination of diplomatic relations": the perfect of a noun cue
            + "|(?:announced|declared)\\s+(?:(?:the|its|their|a|an)\\s+)?"
            + "|become\\s+[^,;]{0,60}?\\s+to\\s+"
            // "have signed an agreement to establish": the signing is the act
            + "|signed\\s+(?:(?:a|an|the)\\s+)?(?:joint\\s+)?(?:agreements?|communiqu[eé]s?|statements?|declarations?|protocols?|accords?"
            // "have signed an agreement establishing relations", "have signed a joint communique on the resumption of"
            // "have signed a Memorandum of Understanding (MoU) resuming"
            + "|treat(?:y|ies)|memorand(?:um|a)(?:\\s+of\\s+understanding)?(?:\\s+\\(MoU\\))?|MoUs?)\\s+(?:to\\s+|(?:on|for|of)\\s+(?:the\\s+)?|))?"
            + ADVERBS
            + "|\\b(?:announces|decides|declares)\\s+(?:(?:the|to|its)\\s+)?"
            // "I announce the decision of my government to break": the speaker's act, now
            + "|\\b(?:I|we)\\s+(?:hereby\\s+)?(?:announce|declare)\\s+(?:the|my|our)\\s+decision\\s+(?:of\\s+(?:my|our)\\s+government\\s+)?to\\s+"
            // "has broken ties with Taiwan after 60 years and formed relations with China": the perfect's second verb
            + "|\\b(?:has|have)\\s+" + ADVERBS + "\\p{L}+(?:ed|en|cut)\\b[^;:,]{0,80}?\\band\\s+"
            // "is the first country in the region to cut ties", "is the last of the countries to renew relations"
            + "|\\b(?:is|are|becomes)\\s+(?:the\\s+)?[^,;]{0,40}?\\b(?:countr(?:y|ies)|states?|nations?|members?)(?:\\s+number\\s+\\d+)?\\s+"
            + "(?:(?:in|of|from|on)\\s+(?:the\\s+)?[^,;]{1,30}?\\s+)?"
            + "(?:to|that\\s+(?:has|have))\\s+(?:(?:also|now|\\p{L}+ly)\\s+)?)$");

    /** A count of actors that opens the sentence, before the cue: "The latest state to", "The 100th country to". */
    private static final Pattern COUNT_OPENS = Pattern.compile("(?i)^\\W*(?:the\\s+)?(?:latest|newest|most\\s+recent|last|first"
            + "|\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:country|state|nation|member)\\s+to\\s+(?:\\p{L}+ly\\s+)?$");
    /** After that cue, its object, then "is" and the actor: "… Kosovo is Papua New Guinea". */
    private static final Pattern COUNT_IS = Pattern.compile("(?i)[^,;:]{1,80}?\\s(?:is|are)\\s+(?-i:(?:the\\s+)?\\p{Lu})");

    /** "has signed an agreement with China, establishing relations with the country and severed ties with Taiwan". */
    private static final Pattern PERFECT_PARTICIPLE_AND = Pattern.compile("(?i)\\b(?:has|have)\\s+" + ADVERBS
            + "\\p{L}+(?:ed|en)\\b[^;:,]{0,80}?,\\s*\\p{L}+ing\\b[^;:,]{0,80}?\\band\\s+$");

    /** "has made Saudi Arabia the second Middle Eastern state, after the United Arab Emirates, to recognise": the perfect's time. */
    private static final Pattern HAS_MADE_NTH = Pattern.compile("(?i)\\b(?:has|have)\\s+made\\s+[^;]{0,80}?"
            + "\\b(?:country|state|nation|member)\\b[^;]{0,40}?\\s+to\\s+(?:\\p{L}+ly\\s+)?$");
    /** A plural present: "Norway, Spain, and Ireland recognize", "we recognise". */
    private static final Pattern BASE_CUE = Pattern.compile("(?i)(?:recogni[sz]e|sever|cut|snap|break|establish|restore|withdraw"
            + "|revoke|suspend|terminate|resume)\\b");
    private static final Pattern PLURAL_SUBJECT_BEFORE = Pattern.compile("(?i)(?:\\p{L}+,?\\s+and\\s+[\\p{Lu}][^,;]{0,40}?|\\b(?:we|they))"
            + "\\s+" + ADVERBS + "$");
    /** A perfect, then a participle phrase of the cue: "has signed an agreement with China, establishing". */
    private static final Pattern PERFECT_THEN_PARTICIPLE = Pattern.compile("(?i)\\b(?:has|have)\\s+" + ADVERBS
            // "has signed an accord with Palestine ..., thereby formally recognizing"
            + "\\p{L}+(?:ed|en)\\b[^;:,]{0,80}?,\\s*(?:(?:thereby|thus)\\s+)?(?:\\p{L}+ly\\s+)?$");
    /** A past main verb before "that has/have": the perfect is of a description, not the news of the day. */
    /** "That same year", "at the time": a period of the story, not the news of the day. */
    private static final Pattern SAME_PERIOD = Pattern.compile("(?i)\\b(?:(?:that|the)\\s+same\\s+(?:year|month|week|day)|at\\s+the\\s+time)\\b");
    private static final Pattern PAST_MAIN = Pattern.compile("(?i)\\b(?:joined|became|was|were)\\b[^;:]{0,80}?\\b(?:that|which)\\s+"
            + "(?:has|have)\\s+(?:\\p{L}+ly\\s+)?$");

    /** "are among the countries to have recognized": a description of the past, not the news of the day. */
    private static final Pattern AMONG = Pattern.compile("(?i)\\bamong\\s+(?:the\\s+)?(?:[\\p{L}\\d-]+\\s+){0,3}?"
            + "(?:countries|states|nations|members|governments)\\s+(?:to\\s+have|that\\s+(?:have|had))\\s+(?:\\p{L}+ly\\s+)?$");

    private final List<Rule> rules = new ArrayList<>();
    /** The first explicit date of the sentence being resolved, for "the following day". */
    private LocalDate stated;
    private final LocalDate published;
    /** The rules of a day and its month, "June 26" and "26 June", whose year a year alone may give ({@link #dayInTheYear}). */
    private final Rule monthDayRule;
    private final Rule dayMonthRule;

    /**
     * {@code sentence} with the commas around a weekday's date made spaces, one character for one: they separate no
     * clause ("Israel expressed disappointment Tuesday, December 7, with Argentina's recognition" dates the
     * disappointment, as "… Tuesday with …" does). Another comma after the date stays: it may close an opening phrase
     * ("On Tuesday, August 21, Taiwan cut") or open a participle ("…, ending ties").
     */
    static String weekdayDatesJoined(String sentence) {
        Matcher m = WEEKDAY_DATE_IN_COMMAS.matcher(sentence);
        StringBuilder out = null;
        while (m.find()) {
            out = out == null ? new StringBuilder(sentence) : out;
            for (int g = 1; g <= m.groupCount(); g++) {
                if (",".equals(m.group(g))) {
                    out.setCharAt(m.start(g), ' ');
                }
            }
        }
        return out == null ? sentence : out.toString();
    }

    /**
     * {@code sentence} with the days of older print as one word, one character for one: "to-day" as "today ",
     * "to-morrow" and "to-night" too.
     */
    static String oldDaysAsOneWord(String sentence) {
        Matcher m = OLD_DAY.matcher(sentence);
        StringBuilder out = null;
        while (m.find()) {
            out = out == null ? new StringBuilder(sentence) : out;
            out.replace(m.start(), m.end(), m.group(1) + m.group(2) + " ");
        }
        return out == null ? sentence : out.toString();
    }

    private static final Pattern OLD_DAY = Pattern.compile("\\b((?i:to))-((?i:day|morrow|night))\\b");

    public DateResolver(LocalDate published) {
        this.published = published;
        rule(ISO.pattern(), c -> exact(c.phrase(), date(c.g(1), c.g(2), c.g(3)), null));
        // "June 5 last year": the year before the publication's
        rule(MONTH_DAY.pattern() + LAST_YEAR, c -> monthDay(c, c.g(1), c.g(2), c.g(3) != null ? c.g(3) : yearOf(c, c.g(4))));
        monthDayRule = rules.get(rules.size() - 1);
        rule(DAY_MONTH.pattern() + LAST_YEAR, c -> monthDay(c, c.g(2), c.g(1), c.g(3) != null ? c.g(3) : yearOf(c, c.g(4))));
        dayMonthRule = rules.get(rules.size() - 1);
        // "on this day in 1971", in an article of December 6: December 6, 1971
        rule("(?i)\\b(?:on\\s+)?this\\s+(?:day|date)\\s+in\\s+(\\d{4})\\b", c -> c.published == null ? unknownPublication(c.phrase())
                : exact(c.phrase(), date(c.g(1), String.valueOf(c.published.getMonthValue()), String.valueOf(c.published.getDayOfMonth())),
                        "\"" + c.phrase() + "\": the publication's day and month in that year"));
        // "in February of 2008": the year after "of" too
        // "last June" (the June before the publication's month), "in June last year"
        rule("\\b(?:(?i:in|since|during|by|from|until|early|late|mid-?|last|this|of)\\s+|(?i:mid-))" + MONTH
                // "in May of last year", "in Apr.1983"
                + "(?:(?:(?:,|\\s+of)?\\s+|(?<=\\.))(\\d{4}))?(?:\\s+(?:of\\s+)?((?i:last|this))\\s+(?i:year))?\\b",
                c -> c.g(3) != null ? month(c, c.g(1), yearOf(c, c.g(3)))
                        : c.phrase().toLowerCase(Locale.ROOT).startsWith("last") && c.g(2) == null ? lastMonth(c, c.g(1))
                        : month(c, c.g(1), c.g(2)));
        rule("\\b" + MONTH + ",?\\s+(\\d{4})\\b", c -> month(c, c.g(1), c.g(2)));
        rule("\\b(?:(?i:in|since|during|by|until|early|late|mid-?|(?:by\\s+|at\\s+|before\\s+|towards?\\s+)?the\\s+(?:end|beginning|start|turn)\\s+of"
                // "as early as 2008", "in the spring of 2010", "in the first half of 2023": the year
                + "|as\\s+early\\s+as|as\\s+far\\s+back\\s+as|(?:the\\s+)?(?:(?:first|second)\\s+half|(?:early\\s+|late\\s+)?(?:spring|summer|autumn|fall|winter))\\s+of"
                // "from 1997 until 2006" (the start of a span), "in autumn 2018", "in the year 2018", "in the final months of 2018"
                + "|from|in\\s+(?:early\\s+|late\\s+)?(?:spring|summer|autumn|winter)|(?:in\\s+)?the\\s+year"
                + "|(?:the\\s+)?(?:first|last|final|closing|opening|early|late)\\s+(?:days|weeks|months)\\s+of)\\s+|(?i:mid-))"
                + "((?:1[89]|20)\\d{2})\\b(?!\\s*[-–])", DateResolver::yearOnly);
        // not "today's North Macedonia": the name it has now
        rule("(?i)\\b(?:earlier|later)\\s+(?:today|in\\s+the\\s+day)\\b|\\b(?:today(?!['’]s\\s+(?:the\\s+)?(?-i:\\p{Lu}))|this\\s+(?:morning|afternoon|evening)|tonight)\\b",
                c -> relative(c, c.published, "the publication date"));
        // "dd.mm.yyyy", and "dd/mm/yyyy" where the day is over 12 (else the order is not known)
        rule("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b", c -> exact(c.phrase(), date(c.g(3), c.g(2), c.g(1)), null));
        rule("(?<![\\d/])(1[3-9]|2\\d|3[01])/(\\d{1,2})/(\\d{4})\\b", c -> exact(c.phrase(), date(c.g(3), c.g(2), c.g(1)), null));
        // "during the 2017 Gulf crisis", "in a 2017 statement", "Chad's 2017 decision to": the year; "after the 1967 Six-Day
        // War", "in the aftermath of the 1967 war": the year of what the act followed, approximately its own
        rule("(?i)\\b(?:(?:in|during|amid|after|following|over|in\\s+the\\s+(?:aftermath|wake)\\s+of)\\s+(?:the|a|an|its|their)|['’]s)"
                + "\\s+((?:1[89]|20)\\d{2})\\s+(?=\\p{L})(?!(?:and|or|to)\\b)",
                DateResolver::yearOnly);
        rule("(?i)\\byesterday\\b|\\blast\\s+night\\b", c -> relative(c, minusDays(c.published, 1), "the day before the publication date " + c.published));
        rule("(?i)\\bthe\\s+(?:previous|preceding)\\s+day\\b|\\bthe\\s+day\\s+before\\b",
                c -> relative(c, minusDays(c.anchor, 1), "the day before " + c.anchor
                        + (c.anchor != null && c.anchor.equals(c.published) ? " (published)" : " (the report's date)")));
        rule("(?i)\\b(?:on\\s+)?(?:the\\s+(?:following|next)\\s+day|the\\s+day\\s+after)\\b(?!\\s+(?:the|its|a)\\b)",
                c -> relative(c, c.stated != null ? c.stated.plusDays(1) : c.narrative == null ? null : c.narrative.plusDays(1),
                        "the day after " + (c.stated != null ? "the date stated in the sentence, " + c.stated
                                : "the article's last stated date" + (c.narrative == null ? "" : ", " + c.narrative))));
        narrativeRule("(?i)(?<!effective\\s)(?<!effective\\son\\s)\\b(?:later\\s+)?(?:on\\s+)?(?:the\\s+same\\s+day|that\\s+(?:same\\s+)?day)\\b",
                c -> relative(c, c.narrative, "the article's last stated date"));
        // "exactly 14 years ago": the day itself
        rule("(?i)(?:\\b(exactly|precisely)\\s+)?\\b" + NUMBER + "\\s+(day|week|month|year)s?\\s+(ago|earlier|later)\\b", this::span);
        // "later that year", "the same month", "the following year", "the previous month": a period next to the date
        // stated before it (in the sentence, else the article's last)
        narrativeRule("(?i)\\b(?:(?:in\\s+)?the\\s+same|(?:later\\s+|earlier\\s+)?(?:in\\s+)?that)\\s+(year|month)\\b",
                c -> nextTo(c, c.g(1), 0));
        narrativeRule("(?i)\\bthe\\s+(?:following|next|subsequent)\\s+(year|month)\\b|\\bthe\\s+(year|month)\\s+after\\b(?!\\s+(?:the|its|a)\\b)",
                c -> nextTo(c, c.g(1) != null ? c.g(1) : c.g(2), 1));
        narrativeRule("(?i)\\bthe\\s+(?:previous|preceding|prior)\\s+(year|month)\\b|\\bthe\\s+(year|month)\\s+before\\b(?!\\s+(?:the|its|a)\\b)",
                c -> nextTo(c, c.g(1) != null ? c.g(1) : c.g(2), -1));
        // "The move comes three weeks after Ukraine announced the severing": the news of the day, less the span
        rule("(?i)\\b(?:comes|is\\s+coming)\\s+(?:just\\s+|only\\s+)?(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten"
                + "|eleven|twelve)\\s+(day|week)s\\s+after\\b", this::comesAfter);
        // "followed suit by the end of the month": the last day of the month the sentence names before it
        rule("(?i)\\b(?:by|at|before|towards?)\\s+the\\s+end\\s+of\\s+(?:the|that)\\s+month\\b", this::endOfMonth);
        rule("(?i)\\b(?:earlier|later)\\s+this\\s+(week|month|year)\\b|\\bthis\\s+(?:past\\s+(?=week))?(week|month|year)\\b",
                c -> period(c, c.g(1) != null ? c.g(1) : c.g(2), 0));
        rule("(?i)\\b(?:last|past)\\s+(week|month|year)\\b", c -> period(c, c.g(1), 1));
        // "on Tuesday, May 1, 2018", "Thursday (June 29)": the date that follows a weekday is the day's (of any year)
        rule("\\b(?:(?i:last|this|on|late|early)\\s+)?" + WEEKDAY + "\\b(?!,?\\s*\\(?\\s*(?:" + MONTH + "\\s+\\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
                + MONTH + "))", this::weekday);
        // "over the weekend", "last weekend": its Saturday, approximately
        rule("(?i)\\b(?:(?:over|at|during|on)\\s+the|last|this|past)\\s+weekend\\b", this::weekend);
        narrativeRule("(?i)\\b(?:earlier(?!\\s+(?:in|on|this|that|last)\\b)|recently|shortly\\s+before|just\\s+before|hours\\s+earlier|before\\s+that)\\b",
                c -> c.narrative == null || c.narrative.equals(c.published) ? When.undated(c.phrase(), "no date in the article (\"" + c.phrase() + "\")")
                        : approximate(c.phrase(), c.narrative, "set to the article's last stated date "
                                + c.narrative + " (on or before it)"));
        // "Over the decades, most countries have switched", "in recent years": a long stretch, no date
        rule("(?i)\\b(?:already|previously|formerly|in\\s+the\\s+past(?!\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten"
                // "in the past two months": a span up to now, no past of its own
                + "|twelve|few|several|couple)\\b)|long\\s+ago|years\\s+ago"
                + "|over\\s+the\\s+(?:past\\s+|last\\s+)?(?:decades|years)|in\\s+recent\\s+(?:years|decades))\\b",
                c -> When.undated(c.phrase(), "no date in the article (\"" + c.phrase() + "\")"));
    }

    private void rule(String regex, Function<Ctx, When> when) {
        rules.add(new Rule(Pattern.compile(regex), when, false));
    }

    /** A rule that counts from the article's last stated date: an explicit date in the sentence wins over it. */
    private void narrativeRule(String regex, Function<Ctx, When> when) {
        rules.add(new Rule(Pattern.compile(regex), when, true));
    }

    /**
     * When the event whose cue starts at {@code cue} in {@code sentence} happened; {@code narrative}
     * is the article's last stated date (for "earlier", "the same day"), or null.
     */
    public When resolve(String sentence, int cue, LocalDate narrative) {
        return resolve(sentence, cue, narrative, List.of());
    }

    /**
     * As {@link #resolve(String, int, LocalDate)}, ignoring the time words in {@code otherClauses}
     * ([start, end) pairs): the clauses of the sentence's other events ("X recognized Y in 2011 but
     * later withdrew": 2011 does not date the withdrawal).
     */
    public When resolve(String sentence, int cue, LocalDate narrative, List<int[]> otherClauses) {
        return resolve(sentence, cue, narrative, otherClauses, List.of());
    }

    /**
     * As {@link #resolve(String, int, LocalDate, List)}, leaving out the time words that belong to
     * another cue of the sentence ({@code cues}: [start, end) of every cue, this one's included): a time
     * word after a cue is that cue's ("Moscow recognised them on Tuesday, and Georgia cut ties on
     * Friday"), unless a comma separates it from the cue and none from the next cue ("…, and on Friday
     * Georgia cut"); a time word before the first cue is every cue's. Cues joined as one subject's verbs
     * ("recognized China and cut ties", "established ties on Sunday, ending") share their time words.
     */
    public When resolve(String sentence, int cue, LocalDate narrative, List<int[]> otherClauses, List<int[]> cues) {
        When when = timeWords(sentence, cue, narrative, otherClauses, cues);
        Matcher anniversary = ANNIVERSARY.matcher(sentence.substring(0, cue));
        if (anniversary.find()) {
            // "celebrated on February 14 the 30th anniversary of the establishment": the day counted back, approximate
            String phrase = anniversary.group().strip();
            int years = Integer.parseInt(anniversary.group(1) != null ? anniversary.group(1) : anniversary.group(2));
            LocalDate from = when.dated() ? when.date() : published;
            return from == null ? When.undated(phrase, "\"" + phrase + "\": no date to count back from")
                    : approximate(phrase, from.minusYears(years), "\"" + phrase + "\": counted back from " + from);
        }
        if (when.dated() && published != null && when.date().isAfter(published)) {
            String words = when.phrase() == null ? "the sentence" : "\"" + when.phrase() + "\"";
            return When.undated(when.phrase(), words + " gives " + when.date()
                    + ", after the publication date: not the time of an event the article reports");
        }
        return when;
    }

    /** "the 30th anniversary of the", "50 years since the": a span back from the time of the sentence. */
    private static final Pattern ANNIVERSARY = Pattern.compile("(?i)\\b(?:(\\d{1,3})(?:st|nd|rd|th)\\s+anniversary\\s+of|(\\d{1,3})\\s+years"
            + "\\s+since)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}$");

    private When timeWords(String sentence, int cue, LocalDate narrative, List<int[]> otherClauses, List<int[]> cues) {
        if (REACTED_ON.matcher(sentence.substring(0, cue)).find() && sentence.substring(cue).matches("(?is)\\p{L}+ing\\b.*")) {
            return When.undated(null, "the sentence dates a reaction to the event, not the event");
        }
        List<Candidate> found = new ArrayList<>();
        List<Candidate> before = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                // "recognised Taiwan in 1996, when it cut ties with China": the time before ", when" is the when-clause's too
                boolean when = e <= cue && TIME_THEN_WHEN.matcher(sentence.substring(e, cue)).lookingAt();
                boolean elsewhere = !when && otherClauses.stream().anyMatch(r -> r[0] <= s && s < r[1])
                        || !when && ownedElsewhere(sentence, s, e, cue, cues)
                        || s > cue && OWN_CLAUSE.matcher(sentence.substring(cue, s)).find()
                        // "the 14th country to have withdrawn its recognition since 2010": the span of a count
                        || s > cue && (SINCE.matcher(m.group()).lookingAt() || SINCE_JUST_BEFORE.matcher(sentence.substring(cue, s)).find())
                                && COUNT_BEFORE.matcher(sentence.substring(0, cue)).find()
                        || e <= cue && MAIN_BEFORE_SUBORDINATE.matcher(sentence.substring(e, cue)).find()
                                && !TIME_THEN_WHEN.matcher(sentence.substring(e, cue)).lookingAt()
                                && !CLEFT.matcher(sentence.substring(0, s)).find()
                                && !ORDINAL_AFTER.matcher(sentence.substring(e, cue)).find()
                        // "Spain, as announced last week, recognised Palestine on Tuesday": the announcement's time
                        || ANNOUNCED_BEFORE_TIME.matcher(sentence.substring(0, s)).find()
                        // "After the Solomon Islands switched on Monday, Kiribati cut ties": the opening clause's time
                        || e <= cue && OPENING_CLAUSE.matcher(sentence.substring(0, s)).find()
                                && DATE_COMMA.matcher(sentence.substring(e, cue)).replaceAll(" ").contains(",")
                        || e <= cue && REACTION.matcher(sentence.substring(e, cue)).find()
                        // "Kosovo, which declared independence on February 17, 2008, ..., was recognized": the relative clause's time
                        || e <= cue && RELATIVE_OPEN.matcher(sentence.substring(0, s)).find()
                                && DATE_COMMA.matcher(sentence.substring(e, cue)).replaceAll(" ").contains(",")
                        // "Israel expressed disappointment Tuesday with X's recognition": the time follows the reaction
                        || e <= cue && REACTION_JUST_BEFORE.matcher(sentence.substring(0, s)).find()
                        || e <= cue && NoEvent.CONSEQUENCE.matcher(sentence.substring(e, cue)).find()
                        || e <= cue && BUT_AFTER.matcher(sentence.substring(e, cue)).find()
                                && !OPENING.matcher(sentence.substring(0, s)).matches();
                if (!elsewhere && found.stream().noneMatch(c -> c.start() < e && s < c.end())) {
                    found.add(new Candidate(s, e, rule, reportBetween(sentence, s, e, cue)));
                }
                if (elsewhere && e <= cue && SPAN_AFTER.matcher(sentence.substring(e, cue)).find()
                        && before.stream().noneMatch(c -> c.start() < e && s < c.end())) {
                    before.add(new Candidate(s, e, rule, false));
                }
            }
        }
        // "on Tuesday became the third country this year to cut ties": the time inside a count of actors bounds the
        // count; another time word of the sentence dates the cue
        List<Candidate> counting = found.stream().filter(c -> c.end() <= cue
                && COUNT_OPEN.matcher(sentence.substring(0, c.start())).find()
                && COUNT_CLOSE.matcher(sentence.substring(c.end(), cue)).matches()).toList();
        if (!counting.isEmpty() && found.size() > counting.size()) {
            found.removeAll(counting);
        }
        // "Israel recalled its ambassador last week, and Spain recognised Palestine on Tuesday": a time of the clause before
        // ", and" (or "but") and a new subject yields to a time after the cue
        List<Candidate> earlierClause = found.stream().filter(c -> c.end() <= cue
                && AND_NEW_SUBJECT.matcher(DATE_COMMA.matcher(sentence.substring(c.end(), cue)).replaceAll(" ")).find()
                && !OPENING.matcher(sentence.substring(0, c.start())).matches()).toList();
        if (!earlierClause.isEmpty() && found.stream().anyMatch(c -> c.start() >= cue && !c.report())) {
            found.removeAll(earlierClause);
        }
        stated = null;
        LocalDate reportDate = null;
        for (Candidate c : found) {
            if (c.report()) {
                When w = read(c, sentence, narrative, published);
                if (w.dated()) {
                    reportDate = w.date();
                }
            }
        }
        LocalDate anchor = reportDate != null ? reportDate : published;
        stated = found.stream().filter(c -> rules.indexOf(c.rule()) < 3)
                .map(c -> read(c, sentence, narrative, anchor)).filter(When::dated).map(When::date).findFirst().orElse(null);
        Comparator<Candidate> nearest = Comparator.comparingInt(c -> c.end() <= cue ? cue - c.end() : c.start() - cue);
        // "recognised Kosovo in 2016 and revoked that recognition in 2017": a time word of its own before one it shares
        // with another verb of its subject
        Comparator<Candidate> ownFirst = Comparator.<Candidate>comparingInt(c -> sharedFromAnother(sentence, c.start(), c.end(), cue, cues) ? 1 : 0)
                .thenComparing(nearest);
        Candidate best = found.stream().filter(c -> !c.report())
                .filter(c -> !(c.rule().yields() && stated != null))
                .filter(c -> read(c, sentence, narrative, anchor).dated()).min(ownFirst).orElse(null);
        if (best != null) {
            When chosen = read(best, sentence, narrative, anchor);
            When day = dayInTheYear(best, chosen, found, sentence, narrative, anchor);
            return day != null ? day : chosen;
        }
        Candidate report = found.stream().filter(Candidate::report).min(nearest).orElse(null);
        if (report != null) {
            When w = read(report, sentence, narrative, anchor);
            if (w.dated()) {
                return new When(w.date(), true, Kind.APPROXIMATE, w.phrase(), "\"" + w.phrase()
                        + "\" dates the report (" + w.date() + "): the event is on or before it", true);
            }
        }
        // "was issued on February 16, a year after Georgia established": a year before February 16
        for (Candidate c : before.stream().sorted(nearest).toList()) {
            When main = read(c, sentence, narrative, anchor);
            Matcher span = SPAN_AFTER.matcher(sentence.substring(c.end(), cue));
            if (main.dated() && main.kind() != Kind.UNDATED && span.find()) {
                int n = NUMBERS.getOrDefault(span.group(1).toLowerCase(Locale.ROOT), -1);
                n = n < 0 ? Integer.parseInt(span.group(1)) : n;
                if (n > 1 && span.group(2).equalsIgnoreCase("year")) {
                    // "announced on Monday the resumption, seven years after cutting ties": years too many to count back
                    return When.undated(span.group().strip(), "\"" + span.group().strip() + "\": a span of years, no date");
                }
                LocalDate date = switch (span.group(2).toLowerCase(Locale.ROOT)) {
                    case "day" -> main.date().minusDays(n);
                    case "week" -> main.date().minusWeeks(n);
                    case "month" -> main.date().minusMonths(n);
                    default -> main.date().minusYears(n);
                };
                return new When(date, true, Kind.APPROXIMATE, span.group(), "\"" + span.group().strip() + "\" " + main.phrase()
                        + ": counted back from " + main.date(), true);
            }
            break;
        }
        Candidate vague = found.stream().min(nearest).orElse(null);
        if (vague != null) {
            return read(vague, sentence, narrative, anchor);
        }
        if (published != null && present(sentence, cue)) {
            return new When(published, true, Kind.APPROXIMATE, null,
                    "no time word, and the present tense: set to the publication date", true);
        }
        return When.undated(null, "no date in the sentence");
    }

    /**
     * "In 1991, Slovenia recognised Croatia on 26 June", "Last year, … on 26 June": a year alone and a day after it with
     * no year of its own are one date, 26 June of that year; null when {@code best} (read as {@code year}) is not a year
     * alone or no such day follows it.
     */
    private When dayInTheYear(Candidate best, When year, List<Candidate> found, String sentence, LocalDate narrative,
                              LocalDate anchor) {
        String phrase = sentence.substring(best.start(), best.end());
        if (!YEAR_ALONE.matcher(phrase).matches() || !year.dated()) {
            return null;
        }
        for (Candidate c : found) {
            // the day after the year ("… on October 22 decided to suspend its recognition, granted in 1983": the day
            // is the suspension's)
            if (c.start() > best.end() && !c.report() && (c.rule() == monthDayRule || c.rule() == dayMonthRule)) {
                Matcher m = c.rule().pattern().matcher(sentence);
                m.find(c.start());
                if (m.group(3) == null && m.group(4) == null) {
                    Ctx ctx = new Ctx(m, published, narrative, anchor, stated, sentence);
                    String y = String.valueOf(year.date().getYear());
                    When w = c.rule() == monthDayRule ? monthDay(ctx, m.group(1), m.group(2), y)
                            : monthDay(ctx, m.group(2), m.group(1), y);
                    return !w.dated() ? null : new When(w.date(), false, Kind.EXACT, m.group(), "\"" + m.group() + "\" in \""
                            + phrase + "\"", false);
                }
            }
        }
        return null;
    }

    /** A year alone: "In 1991", "in 1991", "last year", "earlier this year". */
    private static final Pattern YEAR_ALONE = Pattern.compile("(?i)(?:(?:back\\s+)?in\\s+)?\\d{4}|(?:earlier\\s+|later\\s+)?(?:last|this)\\s+year");

    /** Whether the time word at [start, end) is another cue's, shared with this one ({@link #ownedElsewhere}: joined). */
    private static boolean sharedFromAnother(String text, int start, int end, int cue, List<int[]> cues) {
        int[] owner = owner(DATE_COMMA.matcher(text).replaceAll(" "), start, end, cues);
        return owner != null && owner[0] != cue;
    }

    /** The cue a time word at [start, end) belongs to by position, or null before the first cue. */
    private static int[] owner(String sentence, int start, int end, List<int[]> cues) {
        int[] before = null;
        int[] after = null;
        for (int[] c : cues) {
            if (c[1] <= start && (before == null || c[0] > before[0])) {
                before = c;
            }
            if (c[0] >= end && (after == null || c[0] < after[0])) {
                after = c;
            }
        }
        if (before == null) {
            return null;
        }
        return after != null && !sentence.substring(end, after[0]).contains(",")
                && sentence.substring(before[1], start).matches("(?s).*[,;][^,;]*\\p{L}[^,;]*")
                // "switched on Monday; four days later, Kiribati cut ties": a time opening the clause after a semicolon
                || after != null && sentence.substring(before[1], start).matches("(?s).*(?:;|,\\s*(?:and|but|while|whereas))\\s*")
                        && sentence.substring(end, after[0]).matches("(?s)\\s*,?[^,;]*") ? after : before;
    }

    /** The time word at [start, end) belongs to a cue other than {@code cue} and not joined to it. */
    private static boolean ownedElsewhere(String text, int start, int end, int cue, List<int[]> cues) {
        // "on October 25, 2005 and re-established": the comma of a date separates no clause (one character for one)
        String sentence = DATE_COMMA.matcher(text).replaceAll(" ");
        int[] owner = owner(sentence, start, end, cues);
        if (owner == null) {
            return false; // before the first cue: every cue's
        }
        if (owner[0] == cue) {
            return false;
        }
        int[] first = owner[0] < cue ? owner : cues.stream().filter(c -> c[0] == cue).findFirst().orElse(null);
        int[] second = owner[0] < cue ? cues.stream().filter(c -> c[0] == cue).findFirst().orElse(null) : owner;
        if (first == null || second == null) {
            return false;
        }
        String between = sentence.substring(first[1], second[0]);
        // "cut ties with Taiwan on May 1 and Burkina Faso on May 24": a gapped actor has a time of its own
        boolean joined = between.matches("(?s)[^,;]*\\band\\s+(?:\\p{L}+ly\\s+|also\\s+|then\\s+)*")
                        && !GAPPED_NAME.matcher(sentence.substring(second[0])).lookingAt()
                // "cut ties with Taiwan to recognize China in 1979": a severance and its purpose share their time
                || between.matches("(?s)\\s+with\\s+[^,;]{1,40}?\\s+to\\s+")
                || between.matches("(?s)[^;]*,\\s*(?:\\p{L}+ly\\s+|also\\s+|thereby\\s+)*") && sentence.substring(second[0]).matches("(?s)\\p{L}+ing\\b.*");
        return !joined;
    }

    /** A name, then its time, where a cue would be: the gapped actor of "… on May 1 and Burkina Faso on May 24". */
    private static final Pattern GAPPED_NAME = Pattern.compile("(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,4}"
            + "\\s+(?:in|on)\\s+");

    /** A relative clause or a participle in commas open before a time word: ", which declared independence on", ", severed in". */
    private static final Pattern RELATIVE_OPEN = Pattern.compile("(?i),\\s*(?:which|who|whose"
            // "Iraq, one of the architects of the Arab boycott of Egypt eight years ago, restored": an apposition
            + "|one\\s+of\\s+the"
            // "Diplomatic ties between X and Y, severed in 2008, were restored": a participle in commas
            + "|(?:\\p{L}+ly\\s+)?(?:severed|cut|broken(?:\\s+off)?|suspended|frozen|ruptured|established|restored|signed|founded"
            + "|proclaimed|declared|created|formed))\\s+[^,;:]*$");
    private static final Pattern DATE_COMMA = Pattern.compile("(?<=\\b\\d{1,2}),(?=\\s*\\d{4}\\b)");

    /** "Armenia recognizes", "Ukraine announces the severance", "has decided to terminate": news of the day. */
    private static boolean present(String sentence, int cue) {
        String before = sentence.substring(Math.max(0, cue - 80), cue);
        if (PAST_MAIN.matcher(before).find() || AMONG.matcher(before).find() || SAME_PERIOD.matcher(before).find()) {
            return false; // "Canada joined more than 140 other members that have recognised", "That same year … cut": the past
        }
        if (sentence.substring(cue).matches("(?is)\\p{L}+ing\\b.*") && Pattern.compile("(?i)(?:\\b(?:is|are)|\\b(?:he|she|it)['’]s"
                + "|\\b(?:they|we)['’]re)\\s+(?:now\\s+)?$").matcher(before).find()) {
            return true; // "says it is switching", "announced he's breaking"
        }
        if (sentence.substring(cue).matches("(?is)\\p{L}+ing\\b.*") && PERFECT_THEN_PARTICIPLE.matcher(before).find()) {
            return true; // "has signed an agreement with China, establishing relations": the perfect's time
        }
        if (sentence.substring(cue).matches("(?is)(?:has|have)\\s+been\\b.*")) {
            return true; // "relations have been established between Singapore and Kosovo": the perfect passive, news of the day
        }
        if (NoEvent.IMMEDIATE.matcher(sentence.substring(cue, Math.min(sentence.length(), cue + 160))).find()) {
            return true; // "will terminate its ties effective immediately": the act, now
        }
        if (COUNT_OPENS.matcher(before).find() && COUNT_IS.matcher(sentence).region(cue, sentence.length()).lookingAt()) {
            return true; // "The latest state to recognise Kosovo is Papua New Guinea": "is the latest state to", inverted
        }
        return PRESENT_CUE.matcher(sentence).region(cue, sentence.length()).lookingAt()
                // a longer window: "has formally established relations with the People's Republic of China and cut"
                || PRESENT_BEFORE.matcher(sentence.substring(Math.max(0, cue - 160), cue)).find()
                || HAS_MADE_NTH.matcher(sentence.substring(Math.max(0, cue - 160), cue)).find()
                || PERFECT_PARTICIPLE_AND.matcher(sentence.substring(Math.max(0, cue - 200), cue)).find()
                || BASE_CUE.matcher(sentence).region(cue, sentence.length()).lookingAt()
                        && PLURAL_SUBJECT_BEFORE.matcher(before).find()
                        && !before.matches("(?is).*\\bto\\s+(?:\\p{L}+ly\\s+)?$"); // "Sao Tome and Principe's decision to break": an infinitive
    }

    private When read(Candidate c, String sentence, LocalDate narrative, LocalDate anchor) {
        Matcher m = c.rule().pattern().matcher(sentence);
        m.find(c.start());
        return c.rule().when().apply(new Ctx(m, published, narrative, anchor, stated, sentence));
    }

    /**
     * A report verb lies between the time word and the cue ("recognized Y, state media said
     * Thursday"; "said Thursday that X recognized"), or just before a time word that precedes the
     * cue ("the ministry said on Thursday X had recognized").
     */
    private static boolean reportBetween(String sentence, int start, int end, int cue) {
        String between = end <= cue ? sentence.substring(end, cue) : start >= cue ? sentence.substring(cue, start) : "";
        Matcher report = REPORT.matcher(between);
        if (report.find()) {
            if (end <= cue) {
                int last = report.end();
                while (report.find()) {
                    last = report.end();
                }
                // "In a statement on Monday, Bahrain said it was cutting ties", "On Tuesday, Wu said Taiwan is ending ties":
                // the time is the report's, and what is said in the present is the act of that day
                return !saidNow(sentence, end + last, cue);
            }
            return true;
        }
        if (DATELINE_BEFORE.matcher(sentence.substring(0, start)).matches()
                && DATELINE_AFTER.matcher(sentence.substring(end)).lookingAt()) {
            return true; // "Prishtina, 08 June – X has recognized": the dateline dates the report
        }
        if (end <= cue && REPORT_JUST_BEFORE.matcher(sentence.substring(0, start)).find()) {
            // "Sudan said Monday it is cutting ties": what is said is the act, now; its day is the event's
            return !saidNow(sentence, end, cue);
        }
        if (start >= cue) {
            // "recognised Palestine on Tuesday, as announced last week", "a decision it announced on May 22": an announcement
            // before the act, not a report of it
            return ANNOUNCE.matcher(between).find() && !ANNOUNCED_BEFORE.matcher(between).find();
        }
        Matcher announce = ANNOUNCE.matcher(between);
        int verb = announce.find() ? end + announce.start() : -1;
        Matcher before = ANNOUNCE_JUST_BEFORE.matcher(sentence.substring(0, start));
        if (verb < 0 && before.find()) {
            verb = before.start();
        }
        // "announced on Saturday it had severed", "announced late Monday that it established": what is announced is past.
        return verb >= 0 && (PERFECT.matcher(sentence.substring(verb, cue)).find()
                || PAST_CUE.matcher(sentence).region(cue, sentence.length()).lookingAt());
    }

    /**
     * What a report verb says, from {@code from} to the cue, is the act now: a progressive ("it is cutting",
     * "Taiwan was ending"), a present ("El Salvador recognises") or a decision said in the present ("that
     * Kiev decides to sever relations").
     */
    private static boolean saidNow(String sentence, int from, int cue) {
        String said = sentence.substring(from, cue);
        return SAID_ACT.matcher(said).matches() && sentence.substring(cue).matches("(?is)\\p{L}+ing\\b.*")
                || SAID_PRESENT.matcher(said).matches() && PRESENT_CUE.matcher(sentence).region(cue, sentence.length()).lookingAt()
                || SAID_DECIDES.matcher(said).matches();
    }

    /**
     * A clause of its own between the cue and a time word: "the first to sever ties since President Tsai
     * assumed office in May", "Taiwan, an island nation ... who lost the civil war in 1949".
     */
    private static final Pattern OWN_CLAUSE = Pattern.compile("(?i)\\b(?:since|who|whose)\\s+(?:[^,;:]{0,60}?\\s)?"
            + "(?:\\p{L}+ed|lost|took|won|came|began|became|was|were|fought|rose|fell|left)\\b"
            // "a Palestinian state in territories Israel occupied in 1967": a relative clause without "which", a noun
            // followed by a subject of its own and its verb
            + "|(?-i:\\b\\p{Ll}{3,}s\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}\\s+(?:had\\s+)?"
            + "(?:\\p{Ll}+ed|took|seized|won|lost|held|captured|overran|gave|left|ruled|fought))\\b"
            // "the 10th Arab state to restore relations with Egypt since an Arab League summit last November": the summit's
            + "|\\bsince\\s+(?:an?|the|its|their)\\s+(?:[\\p{L}'’-]+\\s+){1,4}$"
            // "withdrew recognition of SADR, marking a shift after supporting the group since 1983"
            + "|\\b(?:after|before|since|while)\\s+\\p{L}+ing\\b"
            // "cut ties with Niger after the army suffered losses in July": a time of the clause of "after"
            + "|\\b(?:after|before|while|because|once)\\s+(?:[^,;:]{0,80}?\\s)?(?:\\p{L}+ed|lost|took|won|came|began|became|was|were"
            + "|fought|rose|fell|left|made|met|held|gave|sent|struck)\\b"
            // "broke ties with Taiwan following President Chen Shui-bian taking office in May 2000": the gerund's time
            // (a name: capitalised, whatever the case of the rest of the pattern)
            + "|\\b(?:after|before|since|following|upon)\\s+(?:(?-i:\\p{Lu})[\\p{L}'’.-]*\\s+){1,4}\\p{L}+ing\\b"
            // "restored relations after a three-year logjam with the two neighbors exchanging ambassadors … since 2019"
            + "|\\bwith\\s+(?:the\\s+)?(?:(?!(?:for|of|in|on|by|to|at|over|from|and)\\b)[\\p{L}-]+\\s+){1,4}(?-i:\\p{Ll}+ing)\\b"
            // "recognizes Kosovo since its declaration of independence on February 17, 2008": the declaration's time
            + "|\\b(?:since|after|following|before|upon)\\s+(?:its|their|his|her|the)\\s+(?:[\\p{L}-]+\\s+)?(?:declaration|independence"
            + "|secession|creation|founding|proclamation|formation|referendum)\\b[^,;]*$"
            // a participle of the recognition undone: "to withdraw the recognition granted in 1985 to the SADR"
            + "|^\\p{L}+\\s+(?:the|its|their)\\s+(?:[\\p{L}-]+\\s+)?recognition\\s+(?:granted|given|extended|accorded)\\s+(?:to\\s+[^,;]{1,40}?\\s+)?$"
            // an apposition of the object: "cut ties with Burkina Faso, its ally since 1994"
            + "|,\\s+(?:its|their|his|her|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:ally|allies|partner|friend|colony|province"
            + "|region|nation|country|state|island|republic|entity|territory)\\s+(?:[^,;]*\\s)?$"
            // a relative clause of the object: "the SADR, which has been under Moroccan rule since 1975"
            + "|,\\s+(?:which|who)\\s+[^,;]*$"
            // a participle or "following" phrase of the object: "the SADR ..., established in 1980", "following its secession in February"
            + "|,\\s+(?!(?:reported|announced|confirmed|stated|noted|added|tweeted|posted|quoted|cited|declared|revealed|disclosed)\\b)"
            + "(?:\\p{L}+ed|frozen|broken|kept|held)\\s+(?:[^,;]*\\s)?$|\\bfollowing\\s+(?:its|their|his|her)\\s+(?:[^,;]*\\s)?$");

    /**
     * The cue in a clause of "after", "before", "because" or "until" that follows the time word: the time is
     * the main clause's ("an order was issued on February 16, a year after Georgia established ties"); a clause
     * of "when" happens at that time ("Taiwan lost an ally on Tuesday when El Salvador cut ties").
     */
    private static final Pattern SINCE = Pattern.compile("(?i)since\\b");
    private static final Pattern SINCE_JUST_BEFORE = Pattern.compile("(?i)\\bsince\\s+(?:(?:early|late|mid-?)\\s*)?$");
    /** "the 14th country (in the region) to have", "the latest state to", "the first nation to": a count of actors. */
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?i)\\b(?:first|latest|last|second|third|fourth|fifth|sixth|seventh"
            + "|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)|\\p{L}+th)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:country|state|nation|government)"
            + "(?:\\s+(?:in|of|from)\\s+[^,;]{1,60}?)?\\s+to\\s+(?:have\\s+)?(?:\\p{L}+ly\\s+)?$");
    /** ", and Spain recognised", " but China severed": a clause of its own subject after the time word. */
    private static final Pattern AND_NEW_SUBJECT = Pattern.compile("(?:,\\s*(?i:and)|,?\\s+(?i:but))\\s+(?:the\\s+)?\\p{Lu}[^,;:]*$");
    /** "the third country this year to", "the first state in 2019 to": a time inside a count of actors. */
    private static final Pattern COUNT_OPEN = Pattern.compile("(?i)\\b(?:first|latest|last|second|third|fourth|fifth|sixth|seventh"
            + "|eighth|ninth|tenth|only|\\d+(?:st|nd|rd|th)|\\p{L}+th)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:country|state|nation|government)\\s+$");
    private static final Pattern COUNT_CLOSE = Pattern.compile("(?i)\\s+(?:so\\s+far\\s+|alone\\s+)?to\\s+(?:have\\s+)?(?:\\p{L}+ly\\s+)?");
    /** "since May 1997, when Sao Tome switched": the time word is the antecedent of "when", the clause's own time. */
    private static final Pattern TIME_THEN_WHEN = Pattern.compile("(?i)\\s*,\\s*when\\s+[^,;:]*$");
    /** An opening clause of "after", "before", "since", "because", "while" with a verb of its own, before a time word. */
    private static final Pattern OPENING_CLAUSE = Pattern.compile("(?i)^\\W*(?:(?:however|meanwhile|but|and),?\\s*)?"
            + "(?:(?:after|before|since|because|although|though|once|while|whereas)\\s+[^,;:]*?\\b(?:\\p{L}+ed|lost|took|won|came|began|became"
            + "|was|were|broke|cut|made|met|held|gave|sent|struck|did|had)\\b"
            // "After announcing the move last week,", "Having announced the move last week,": a participle phrase
            // "Having already expelled the Israeli Embassy last year,": its "already" too
            + "|(?:(?:after|before|since|while|upon)\\s+\\p{L}+ing|having)\\b)[^,;:]*$");
    /** "It was in 2018 when Morocco cut ties", "It was not until 2008 when": a cleft, the time is the clause's. */
    private static final Pattern CLEFT = Pattern.compile("(?i)\\b(?:it|this)\\s+(?:was|is)\\s+(?:only\\s+|not\\s+until\\s+)?$");
    /** "became the second country after Russia to recognise": "after" names who acted first, it opens no clause. */
    private static final Pattern ORDINAL_AFTER = Pattern.compile("(?i)\\b(?:country|nation|state|member|government|one)s?,?"
            + "\\s+after\\s+[^,;:]{1,60}?\\s+to\\s+(?:have\\s+)?(?:\\p{L}+ly\\s+)?$");
    private static final Pattern MAIN_BEFORE_SUBORDINATE = Pattern.compile("(?i)\\b(?:after(?!" + Clauses.SPAN + ")"
            + "|before(?!" + Clauses.SPAN + ")|because|until)\\s+[^,;:]*$"
            // "the end of the blockade came in 2021, after which Saudi Arabia, Egypt and the UAE decided to resume"
            + "|,\\s*(?:after|before|following)\\s+which\\b[^;:]*$");
    /**
     * "The blockade was lifted in 2021, but Bahrain is the last to renew relations": the time word of a clause
     * before ", but" is that clause's, unless it opens the sentence ("In 2021, X did A, but Y did B").
     */
    private static final Pattern BUT_AFTER = Pattern.compile("(?i),\\s*(?:but|yet|while|whereas)\\s+[^;:]*$");
    private static final Pattern OPENING = Pattern.compile("(?i)^\\W*(?:(?:in|on|by|since|back|early|late|as\\s+of)\\s+)?$");

    /**
     * A reaction between the time word and the cue: "the ministry on Wednesday expressed appreciation over X's
     * decision to break ties", "Kyiv on Friday condemned Y's recognition": the time is the reaction's.
     */
    private static final Pattern REACTION = Pattern.compile("(?i)\\b(?:welcom(?:ed|es|ing)|prais(?:ed|es|ing)|hail(?:ed|s|ing)"
            + "|congratulat(?:ed|es|ing)|thank(?:ed|s|ing)|commend(?:ed|s|ing)"
            + "|condemn(?:ed|s|ing)|criticiz(?:ed|es|ing)|criticis(?:ed|es|ing)|applaud(?:ed|s|ing)|protest(?:ed|s|ing)"
            + "|deplor(?:ed|es|ing)|denounc(?:ed|es|ing)|lament(?:ed|s|ing)|slam(?:med|s|ming)|decr(?:ied|ies|ying)"
            // "expressed disappointment Tuesday with X's recognition", "voiced its deep regret over": a feeling stated
            + "|(?:express|voic)(?:ed|es|ing)\\s+(?:its\\s+|their\\s+|his\\s+|her\\s+)?(?:(?:deep|strong|great|profound|serious|grave|sincere)\\s+)?"
            + "(?:appreciation|regret|concern|support|gratitude|satisfaction|anger|dismay|disappointment|displeasure|outrage"
            + "|surprise|indignation|opposition))\\b");

    /** Right after a reaction: "expressed disappointment (on) Tuesday", "… Tuesday, December 7," (the date of the weekday). */
    private static final Pattern REACTION_JUST_BEFORE = Pattern.compile(REACTION.pattern() + "\\s+(?:on\\s+|late\\s+|early\\s+)?"
            + "(?:" + WEEKDAY + ",?\\s+)?$");

    /** "congratulated Bolivia on renewing relations … on Monday": the time is the congratulation's. */
    private static final Pattern REACTED_ON = Pattern.compile("(?i)\\b(?:congratulat|prais|thank|commend|hail|welcom)\\w*\\s+"
            + "[^,;:]{0,50}?\\s(?:on|for)\\s+$");

    /** ", a year after X established": a span back from the main clause's date (an explicit number, not "days"). */
    private static final Pattern SPAN_AFTER = Pattern.compile("(?i)^[^;:]*?\\b" + NUMBER + "\\s+(day|week|month|year)s?\\s+after\\s+[^,;:]*$");

    /** A cue in the simple past: "established", "severed", "broke off". */
    private static final Pattern PAST_CUE = Pattern.compile("(?i)(?:\\p{L}+ed|broke|forged|gave)\\b");

    private static When exact(String phrase, LocalDate date, String note) {
        return date == null ? When.undated(phrase, "not a date: \"" + phrase + "\"")
                : new When(date, false, Kind.EXACT, phrase, note, false);
    }

    private static When approximate(String phrase, LocalDate date, String note) {
        return date == null ? unknownPublication(phrase)
                : new When(date, true, Kind.APPROXIMATE, phrase, "\"" + phrase + "\": " + note, true);
    }

    private static When relative(Ctx c, LocalDate date, String what) {
        return date == null ? unknownPublication(c.phrase())
                : new When(date, false, Kind.RELATIVE, c.phrase(), "\"" + c.phrase() + "\": " + what, false);
    }

    private static When unknownPublication(String phrase) {
        return When.undated(phrase, "\"" + phrase + "\" is relative to the publication date, which is unknown (give --published)");
    }

    private static LocalDate minusDays(LocalDate date, int days) {
        return date == null ? null : date.minusDays(days);
    }

    /** "last year", "this year" after a date with no year of its own. */
    private static final String LAST_YEAR = "(?:\\s+(?:of\\s+)?((?i:last|this|the\\s+same))\\s+(?i:year)\\b)?";

    /** The year of group 1 alone: approximately, its first day. */
    private static When yearOnly(Ctx c) {
        return approximate(c.phrase(), LocalDate.of(Integer.parseInt(c.g(1)), 1, 1), "the year only: set to 1 January");
    }

    /** The year "last year" or "this year" names, from the publication date; null for none. */
    private static String yearOf(Ctx c, String lastOrThis) {
        if (lastOrThis != null && lastOrThis.toLowerCase(Locale.ROOT).startsWith("the")) {
            // "on December 11 of the same year": the year named before it in the sentence
            Matcher year = YEAR.matcher(c.sentence().substring(0, c.m().start()));
            String last = null;
            while (year.find()) {
                last = year.group();
            }
            return last;
        }
        return lastOrThis == null || c.published == null ? null
                : String.valueOf(c.published.getYear() - (lastOrThis.equalsIgnoreCase("last") ? 1 : 0));
    }

    private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d{2}\\b");

    private When monthDay(Ctx c, String month, String day, String year) {
        int m = month(month);
        int d = Integer.parseInt(day);
        if (year != null) {
            return exact(c.phrase(), date(year, String.valueOf(m), day), null);
        }
        if (c.phrase().matches("(?is).*\\bsame\\s+year\\b.*")) {
            return When.undated(c.phrase(), "\"" + c.phrase() + "\": the sentence names no year before it");
        }
        if (c.published == null) {
            return When.undated(c.phrase(), "\"" + c.phrase() + "\" has no year and the publication date is unknown (give --published)");
        }
        LocalDate date = date(String.valueOf(c.published.getYear()), String.valueOf(m), String.valueOf(d));
        if (date == null) {
            return When.undated(c.phrase(), "not a date: \"" + c.phrase() + "\"");
        }
        if (date.isAfter(c.published)) {
            date = date.minusYears(1);
            return new When(date, false, Kind.EXACT, c.phrase(), "\"" + c.phrase() + "\": the year before publication", true);
        }
        return new When(date, false, Kind.EXACT, c.phrase(), "\"" + c.phrase() + "\": the year of publication", false);
    }

    private When month(Ctx c, String month, String year) {
        int m = month(month);
        if (year != null) {
            return approximate(c.phrase(), LocalDate.of(Integer.parseInt(year), m, 1), "the month only: set to its first day");
        }
        if (c.published == null) {
            return unknownPublication(c.phrase());
        }
        LocalDate date = LocalDate.of(c.published.getYear(), m, 1);
        if (date.isAfter(c.published)) {
            date = date.minusYears(1);
        }
        return approximate(c.phrase(), date, "the month only: set to its first day");
    }

    /** The year or month {@code offset} periods from the date stated before (in the sentence, else the article's last). */
    private static When nextTo(Ctx c, String unit, int offset) {
        LocalDate from = c.stated != null ? c.stated : c.narrative;
        if (from == null || from.equals(c.published) && c.stated == null) {
            return When.undated(c.phrase(), "no date before it in the article (\"" + c.phrase() + "\")");
        }
        boolean year = unit.equalsIgnoreCase("year");
        LocalDate date = year ? from.plusYears(offset).withDayOfYear(1) : from.plusMonths(offset).withDayOfMonth(1);
        return approximate(c.phrase(), date, "the first day of the " + unit.toLowerCase(Locale.ROOT) + (offset == 0 ? " of " : offset > 0
                ? " after that of " : " before that of ") + from + ", the date stated before it");
    }

    /** "last June": the June before the publication's month. */
    private When lastMonth(Ctx c, String month) {
        if (c.published == null) {
            return unknownPublication(c.phrase());
        }
        LocalDate date = LocalDate.of(c.published.getYear(), month(month), 1);
        if (!date.isBefore(c.published.withDayOfMonth(1))) {
            date = date.minusYears(1);
        }
        return approximate(c.phrase(), date, "the last such month before the publication's: set to its first day");
    }

    private When span(Ctx c) {
        int n = NUMBERS.getOrDefault(c.g(2).toLowerCase(Locale.ROOT), -1);
        if (n < 0) {
            n = Integer.parseInt(c.g(2));
        }
        boolean exactly = c.g(1) != null;
        String unit = c.g(3).toLowerCase(Locale.ROOT);
        String direction = c.g(4).toLowerCase(Locale.ROOT);
        boolean ago = direction.equals("ago");
        LocalDate before = ago ? null : earlierInSentence(c);
        LocalDate from = ago ? c.published : before != null ? before : c.narrative;
        if (from == null) {
            return ago ? unknownPublication(c.phrase())
                    : When.undated(c.phrase(), "\"" + c.phrase() + "\": no earlier date in the article to count from");
        }
        int sign = direction.equals("later") ? 1 : -1;
        LocalDate date = switch (unit) {
            case "day" -> from.plusDays((long) sign * n);
            case "week" -> from.plusWeeks((long) sign * n);
            case "month" -> from.plusMonths((long) sign * n);
            default -> from.plusYears((long) sign * n);
        };
        String what = (ago ? "counted back from the publication date " : before != null ? "counted from the date stated before it "
                : "counted from the article's last stated date ") + from;
        return unit.equals("day") || exactly ? relative(c, date, what) : approximate(c.phrase(), date, what);
    }

    /**
     * The date of the last time word before a "later" in its sentence ("in May, ..., with Niue joining a month
     * later": May), or null; "later" counts from it rather than from the article's last stated date.
     */
    private LocalDate earlierInSentence(Ctx c) {
        String prefix = c.sentence().substring(0, c.m().start());
        Candidate last = null;
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(prefix);
            while (m.find()) {
                // the last to end, and of those the longest: "15 October 1957", not the "October 1957" inside it
                if (!rule.yields() && (last == null || m.end() > last.end() || m.end() == last.end() && m.start() < last.start())) {
                    last = new Candidate(m.start(), m.end(), rule, false);
                }
            }
        }
        if (last == null) {
            return null;
        }
        When w = read(last, prefix, c.narrative(), c.anchor());
        return w.dated() ? w.date() : null;
    }

    private When endOfMonth(Ctx c) {
        Matcher month = Pattern.compile("\\b" + MONTH + "(?:,?\\s+(\\d{4}))?\\b").matcher(c.sentence().substring(0, c.m().start()));
        String name = null;
        String year = null;
        while (month.find()) {
            name = month.group(1);
            year = month.group(2);
        }
        if (name == null) {
            return When.undated(c.phrase(), "\"" + c.phrase() + "\": no month named before it");
        }
        When first = month(c, name, year);
        return first.dated() ? approximate(c.phrase(), first.date().withDayOfMonth(first.date().lengthOfMonth()),
                "the last day of " + name + " " + first.date().getYear()) : first;
    }

    /** "comes four days after": so many days or weeks before the publication date, approximate. */
    private When comesAfter(Ctx c) {
        if (c.published == null) {
            return unknownPublication(c.phrase());
        }
        int n = NUMBERS.getOrDefault(c.g(1).toLowerCase(Locale.ROOT), -1);
        n = n < 0 ? Integer.parseInt(c.g(1)) : n;
        boolean days = c.g(2).equalsIgnoreCase("day");
        LocalDate date = days ? c.published.minusDays(n) : c.published.minusWeeks(n);
        return approximate(c.phrase(), date, "counted back from the publication date " + c.published
                + " (the news it follows is of that day or near it)");
    }

    /** "this week" ({@code back} 0), "last month" (1): the period's first day (weeks begin on Monday), approximate. */
    private When period(Ctx c, String unit, int back) {
        if (c.published == null) {
            return unknownPublication(c.phrase());
        }
        String u = unit.toLowerCase(Locale.ROOT);
        LocalDate date = u.equals("week") ? c.published.minusWeeks(back).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : u.equals("month") ? c.published.minusMonths(back).withDayOfMonth(1) : c.published.minusYears(back).withDayOfYear(1);
        return approximate(c.phrase(), date, "the first day of the " + (back == 0 ? "publication's " : "previous ") + u);
    }

    /** The Saturday of the last weekend that began on or before the anchor (the publication, or a report's date). */
    private When weekend(Ctx c) {
        if (c.anchor == null) {
            return unknownPublication(c.phrase());
        }
        return approximate(c.phrase(), c.anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)),
                "the Saturday of the weekend on or before " + c.anchor + (c.anchor.equals(c.published) ? " (published)" : ""));
    }

    private When weekday(Ctx c) {
        if (c.anchor == null) {
            return unknownPublication(c.phrase());
        }
        DayOfWeek day = DayOfWeek.valueOf(c.g(1).toUpperCase(Locale.ROOT));
        boolean last = c.phrase().toLowerCase(Locale.ROOT).startsWith("last");
        LocalDate date = last ? c.anchor.with(TemporalAdjusters.previous(day))
                : c.anchor.with(TemporalAdjusters.previousOrSame(day));
        return relative(c, date, "the " + (last ? "last " : "") + c.g(1) + " on or before " + c.anchor
                + (c.anchor.equals(c.published) ? " (published)" : ""));
    }

    /** The first date a line states ("Jul 14, 2022 - 09:17", "14 July 2022", "2022-07-14"), or null. */
    public static LocalDate parseDate(String text) {
        record Found(int at, LocalDate date) {
        }
        List<Found> found = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            found.add(new Found(m.start(), date(m.group(1), m.group(2), m.group(3))));
        }
        m = DOTTED.matcher(text);
        if (m.find()) {
            found.add(new Found(m.start(), date(m.group(1), m.group(2), m.group(3))));
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            if (m.group(3) != null) {
                found.add(new Found(m.start(), date(m.group(3), String.valueOf(month(m.group(1))), m.group(2))));
                break;
            }
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            if (m.group(3) != null) {
                found.add(new Found(m.start(), date(m.group(3), String.valueOf(month(m.group(2))), m.group(1))));
                break;
            }
        }
        return found.stream().filter(f -> f.date() != null).min(Comparator.comparingInt(Found::at))
                .map(Found::date).orElse(null);
    }

    private static int month(String name) {
        String key = name.replace(".", "").substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key) + 1;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
