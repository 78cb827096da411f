package dev.chancery.extract;

import dev.chancery.extract.ActorMentions.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the clauses of a sentence begin: after a semicolon, a colon, a conjunction ("that", "after", "because",
 * "but") or a speech verb before an actor ("the ministry said Syria had recognized"). The subject of a cue is
 * sought after the last boundary before it; its roles end at the next.
 */
final class Clauses {

    private Clauses() {
    }

    /** A span of time after "after" or "before": "after 41 years", "after nearly a decade" is no clause. */
    static final String SPAN = "\\s+(?:(?:nearly|almost|more\\s+than|over|some|about)\\s+)?(?:\\d+|a|an|one|two|three|four"
            + "|five|six|seven|eight|nine|ten|several|many)\\s+(?:\\S+\\s+)?(?:years?|decades?|months?|weeks?|days?)\\b";

    /** Clause boundaries: the subject of a cue is sought after the last one before it. */
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?i);|:\\s|\\s(?:that|after(?!" + SPAN + ")|before(?!" + SPAN + ")|when|whereas|although|though|because|until|while|but)\\s"
            // "once" as a conjunction, not the adverb of an apposition ("the Solomon Islands, once Taiwan's largest ally,")
            // nor before a participle ("Chad, once expected to back Serbia,")
            + "|\\sonce\\s(?!(?:a|an|the|its|their|\\S+['’]s|\\p{L}+(?:ed|en))\\s)");
    /** A speech verb opens a new clause when an actor follows it: "the ministry said Syria had recognized". */
    private static final Pattern SPEECH = Pattern.compile(
            "(?i)\\b(?:said|says|announced|reported|stated|declared|confirmed|added|noted|wrote)\\s+(?:that\\s+)?(?:the\\s+)?$");

    /**
     * "recognized that there is only one China and established ties with Beijing": a past verb after "and" that
     * follows a "that" clause in the present goes back to the main clause (a clause of its own, its subject elided).
     */
    private static final Pattern BACK_TO_MAIN = Pattern.compile("(?i)\\sthat\\s[^;:,]{1,80}?\\s(?:is|are)\\s[^;:,]{1,60}?\\sand\\s"
            + "(?=(?:\\p{L}+ly\\s+)?(?:\\p{L}+ed|cut|broke|withdrew|froze)\\b)");

    /** "the second country after Russia to recognise": "after" opens no clause. */
    private static final Pattern ORDINAL_AFTER = Pattern.compile("(?i)\\b(?:country|nation|state|member|government|one)s?,?\\s+after\\s+$");

    static List<Integer> boundaries(String sentence, List<Mention> mentions) {
        List<Integer> out = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(sentence);
        while (m.find()) {
            if (!ORDINAL_AFTER.matcher(sentence.substring(0, m.end())).find()) {
                out.add(m.end());
            }
        }
        Matcher back = BACK_TO_MAIN.matcher(sentence);
        while (back.find()) {
            out.add(back.end());
        }
        for (Mention mention : mentions) {
            if (SPEECH.matcher(sentence.substring(0, mention.start())).find()) {
                out.add(mention.start());
            }
        }
        return out;
    }

    /** Where the clause that goes on after {@code at} ends: the next boundary, or the sentence's end. */
    static int clauseEnd(List<Integer> boundaries, int at, int sentenceLength) {
        return boundaries.stream().filter(b -> b > at).mapToInt(b -> b).min().orElse(sentenceLength);
    }

    /** Where the part of {@code sentence} from {@code from} ends: its next semicolon, or the sentence's end. */
    static int beforeSemicolon(String sentence, int from) {
        int end = sentence.indexOf(';', from);
        return end < 0 ? sentence.length() : end;
    }

    static int clauseStart(List<Integer> boundaries, int at) {
        int start = 0;
        for (int b : boundaries) {
            if (b <= at && b > start) {
                start = b;
            }
        }
        return start;
    }
}
