package dev.chancery.extract;

import dev.chancery.extract.EventPatterns.Hit;
import dev.chancery.model.Event;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a cue states an event at all. A sentence that denies it ("denied reports that"), negates it ("has not
 * recognized", "refused to recognize"), states an intention or a condition ("would recognize", "plans to", "if"),
 * an agreement to act, the content of a view ("which holds that"), or a standing state ("recognises only
 * Abkhazia", "is recognized by") states none; nor does a noun or infinitive cue that is the cause or object of
 * another cue in its clause, or one after "non-". A "will" that announces a present act ("will sever relations
 * as of this day") is the act.
 */
final class NoEvent {

    private NoEvent() {
    }

    static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not(?!\\s+only\\b)|never|neither|nor|refus\\w*|declin\\w*|reject\\w*"
            // "cannot re-establish", "was unable to recognize", "is unwilling to", "avoided recognizing", "rather than cut"
            + "|cannot|(?:un|in)ab(?:le|ility)\\s+to|unwilling(?:ness)?\\s+to|avoid\\w*|resist\\w*|abstain\\w*\\s+from"
            + "|rather\\s+than|far\\s+from"
            + "|den(?:y|ies|ied|ying)|yet\\s+to|oppos\\w*|without|fail\\w*|no\\s+(?:plans?|intention)"
            // "stopped short of recognizing", "refrained from", "shied away from", "balked at", "hesitated to": held back
            + "|stop(?:s|ped|ping)?\\s+short\\s+of|f(?:a|e)ll(?:s|ing|en)?\\s+short\\s+of|refrain\\w*\\s+from"
            + "|sh(?:y|ies|ied|ying)\\s+away\\s+from|h(?:o|e)ld(?:s|ing)?\\s+back\\s+from|balk\\w*\\s+at"
            // "hesitated to", "reluctant to", not "reluctantly recognized" or "after long hesitation": the act, done
            + "|hesitat(?:e|es|ed|ing)\\s+to|reluctan(?:t|ce)\\s+to"
            // "ruled out recognising", "decided against recognising", "postponed the recognition of": set aside
            + "|rul(?:e|es|ed|ing)\\s+out|against(?=\\s+(?:\\p{L}+ly\\s+)?$)"
            + "|(?:postpon\\w*|delay(?:s|ed|ing)?|put(?:s|ting)?\\s+off|shelv(?:e|es|ed|ing))(?=\\s+(?:(?:the|its|their|a|any)\\s+)?$))\\b"
            + "|n['’]t\\b");
    private static final Pattern IRREALIS = Pattern.compile("(?i)\\b(?:would|will|could|(?-i:may)|might(?!\\s*[,.;:)]|\\s+(?:of|in|and|to|as|on|with|for|at|over)\\b)|should|shall|must"
            + "|plans?|planning|planned|intends?|intending|intended|consider\\w*|urg\\w*|call(?:s|ed|ing)?\\s+(?:on|for|upon)"
            + "|ask(?:s|ed|ing)?|threat\\w*|ready|prepared|expected|expect(?:s|ing)?\\s+to|(?:un)?likely|set\\s+to|about\\s+to"
            + "|(?:vow|pledg|promis|offer)\\w*\\s+to|['’]ll"
            // "the impending recognition of Bangla Desh by Britain", "an eventual switch": what is still to come
            + "|impending|eventual|prospective|potential|forthcoming|upcoming"
            // "hinted at recognizing", "are working to restore": a signal or an effort, not the act
            + "|hint(?:s|ed|ing)?\\s+at|work(?:s|ed|ing)?\\s+(?:to|towards?)"
            + "|wants?|wanted|hop(?:es|ed|ing)|hope\\s+(?:to|that)|seek\\w*|sought|demand\\w*|propos\\w*|weigh\\w*|mull\\w*|poised|discuss\\w*"
            + "|prepar\\w*|agree(?:s|d|ing)?\\s+(?:[^;]{0,40}?\\s)?to|intent\\w*|steps\\s+towards?"
            // "The Cuban government accepted … “re-establishing diplomatic relations between Costa Rica and Cuba”": a proposal
            // accepted, not the act
            + "|accept(?:s|ed|ing)?"
            + "|procedures?\\s+to|process\\s+(?:to|of)|moves\\s+to|efforts?\\s+to|attempt(?:s|ed|ing)?\\s+to|bids?\\s+to|campaign\\w*\\s+to"
            // "a policy of recognizing both", "the right time for South Africa to … achieve a smooth transition to the
            // normalisation of relations": a policy, a moment or a way toward the act, not the act
            + "|polic(?:y|ies)\\s+of(?=\\s+(?:\\p{L}+ly\\s+)?$)|time\\s+(?:for\\s+[^,;]{1,40}?\\s+)?to|transition\\s+to(?:wards?)?"
            + "|(?:motion|proposal|bill|draft|initiative|request|intention)s?\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?to"
            // "It has long been the objective of the Labor Party to establish": an aim, not the act
            + "|(?:objective|goal|aim|ambition|dream)s?\\s+(?:of\\s+[^,;:]{1,60}?\\s+)?(?:(?:is|was|has\\s+been)\\s+)?to"
            // "China can resume", "move toward establishing", "a possible prelude to switching", "striving to establish",
            // "it was in Dominica's interest to establish": abilities, approaches, efforts and reasons
            + "|can|mov(?:e|es|ed|ing)\\s+towards?|prelude\\s+to|possib\\w*|striv\\w*\\s+to|tr(?:y|ies|ied|ying)\\s+to"
            + "|interests?\\s+to|need(?:s|ed)?\\s+to|willing\\w*\\s+to|right\\s+to|(?:certain|sure|bound)\\s+to"
            + "|aim(?:s|ed|ing)?\\s+(?:at|to)"
            // "are on the verge of fully restoring ties": an approach, not the act
            + "|on\\s+the\\s+(?:verge|brink|cusp)\\s+of|close\\s+to"
            // "is \"on its way\" to recognize", "a deadline for the country's recognition": still to come
            + "|on\\s+(?:its|their|the)\\s+way[\"”]?\\s+to|deadlines?\\s+(?:for|to)"
            // "the parliament voted on Monday to recognize", "was open to establishing", "openness to restoring": a vote or an
            // openness, not the act
            + "|vot(?:e|es|ed|ing)(?:\\s+[^,;]{1,40}?)?\\s+(?:to|in\\s+favou?r\\s+of)(?=\\s+(?:\\p{L}+ly\\s+)?$)"
            + "|open(?:ness)?\\s+to(?=\\s+(?:\\p{L}+ly\\s+)?$)"
            // "talks focused on the normalisation of ties", "a tweet about rescinding recognition": a topic, not the act
            + "|focus(?:ed|sed|es|ing)?\\s+on(?:\\s+[^;]{0,120}?\\s+and)?(?:\\s+(?:the|a))?(?=\\s+(?:\\p{L}+ly\\s+)?$)"
            + "|(?:about|regarding|concerning)(?=\\s+(?:\\p{L}+ly\\s+)?$)"
            // "appear to be in favor of opening diplomatic relations": a view, not the act
            + "|(?:be|is|are|was|were)\\s+in\\s+favou?r\\s+of(?=\\s+(?:\\p{L}+ly\\s+)?$)"
            // "lobbied for recognizing", "pushed for the restoration of", "is contemplating", "is studying the recognition
            // of", "the prospect of recognizing": an effort or a thought, not the act
            + "|(?:lobb(?:y|ies|ied|ying)|push(?:es|ed|ing)?|press(?:es|ed|ing)?|appeal(?:s|ed|ing)?|advocat\\w*)\\s+for"
            + "|contemplat\\w*|ponder\\w*|explor\\w*|stud(?:y|ies|ied|ying)|examin\\w*|(?:prospect|chance|talk)s?\\s+of"
            // "brushed aside the question of breaking ties with Moscow": a question raised, not the act
            + "|(?:question|issue|idea|subject)s?\\s+of(?=\\s+(?:\\p{L}+ly\\s+)?$)"
            // "Taiwan risks losing the recognition of Haiti", "is in danger of losing": a risk, not the act
            + "|(?:risk(?:s|ed|ing)?|danger)(?:\\s+of)?(?=\\s+(?:\\p{L}+ly\\s+)?$)"
            // "expressed his desire to establish diplomatic ties", "is keen to restore": a wish, not the act
            + "|(?:desire|wish|eager(?:ness)?|keen(?:ness)?|longing|ambition)s?\\s+to"
            // "Tonga is to cut ties with Taiwan and establish links with China", "relations are to be renewed": a plan
            + "|(?:is|are|was|were)\\s+(?:(?:now|also|soon|then)\\s+)?to\\b"
            // "are in talks to resume relations", "held talks on restoring ties": negotiations, not the act
            + "|talks\\s+(?:[^,;]{0,30}?\\s)?(?:to|on|about|over|for|aimed\\s+at)(?=\\s+(?:\\p{L}+ly\\s+)?$)"
            + "|negotiat\\w*\\s+(?:to|on|over|about)(?=\\s+(?:\\p{L}+ly\\s+)?$))\\b");
    /**
     * "the United States had pressured Gambia to cut relations", "lobbied Paraguay to switch", "has persuaded South
     * Africa, the Central African Republic and Tonga to break relations": pressure on an actor to act, not the act.
     * Read in the sentence before the cue, since the actors pressed may be a list in commas.
     */
    private static final Pattern PRESSED_TO = Pattern.compile("(?i)\\b(?:pressur\\w*|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)"
            + "|encourag\\w*|coax\\w*|cajol\\w*|persuad\\w*|convinc\\w*)"
            + "\\s+(?:[^,;]{1,40}?\\s|(?:(?:the\\s+)?\\S+,\\s+){1,8}(?:the\\s+)?\\S+,?\\s+and\\s+(?:the\\s+)?\\S+\\s+)?(?:in)?to\\s+(?:\\p{L}+ly\\s+)?$");
    /** Ties of another kind than diplomatic: "trade ties", "military links", "air relations". */
    private static final Pattern OTHER_TIES = Pattern.compile("(?i)\\b(?:trade|economic|commercial|military|air|transport|cultural"
            + "|sporting|security|business|flight|energy)\\s+(?:ties|links|relations)\\b");
    /** Relations named as diplomatic, alone or in a list: "diplomatic ties", "all diplomatic, economic and cultural ties". */
    private static final Pattern DIPLOMATIC_TIES = Pattern.compile("(?i)\\b(?:diplomatic|bilateral|political|consular|formal|official|full)"
            + "\\b[^.;:]{0,40}?\\b(?:ties|links|relations)\\b");

    private static final Pattern ANY_TIES = Pattern.compile("(?i)\\b(?:ties|links|relations)\\b");

    /**
     * "Trade ties between Iraq and Syria were restored": the clause names ties of another kind only, not relations ("cut
     * ties and transport links" names relations too).
     */
    static String otherTies(String clauseText) {
        List<String> others = OTHER_TIES.matcher(clauseText).results().map(MatchResult::group).toList();
        boolean relations = DIPLOMATIC_TIES.matcher(clauseText).find()
                || ANY_TIES.matcher(clauseText).results().count() > others.size();
        return others.isEmpty() || relations ? null : "ties of another kind (\"" + others.get(0) + "\")";
    }

    /** A noun cue that opens its clause and is the subject of a modal: "the re-establishment of ties ... would mark". */
    private static final Pattern NOUN_OPENS_CLAUSE = Pattern.compile("(?i)^\\s*[\"“″'‘]?(?:(?:the|a|an|its|their)\\s+)?"
            + "(?:[\\p{L}'’.-]+\\s+){0,3}$");
    /**
     * "reaffirmed its recognition of", "reiterated that it recognizes", "stands by its recognition": what is said again of a
     * recognition in force, not an act ("confirmed" may be the act, announced: not in the list).
     */
    private static final Pattern REAFFIRMED = Pattern.compile("(?i)\\b(?:re-?affirm\\w*|reiterat\\w*|restat\\w*|uph[eo]lds?|upholding"
            + "|maintain(?:s|ed|ing)?|st(?:and|ood|ands|anding)\\s+by|remain(?:s|ed)?\\s+committed\\s+to)"
            + "\\s+(?:(?:its|their)\\s+(?:\\p{L}+\\s+)?|that\\s+(?:it|they)\\s+(?:still\\s+)?)$");
    /** "Did Chad recognize Kosovo?", "Will Panama cut ties with Taiwan?": a question that asks whether, states nothing. */
    private static final Pattern YES_NO_QUESTION = Pattern.compile("^\\W*((?:Did|Does|Do|Will|Would|Could|Should|Can|Has|Have|Is|Are"
            + "|Was|Were|Might|May)\\b)[^?]*\\?\\W*$");
    private static final Pattern MODAL_AFTER = Pattern.compile("(?i)^[^,;:()–—]{0,80}?\\s(?:(?:would|could|might|(?-i:may)|will|should|can)"
            + "\\s+(?:(?:not|also|only|now|then|\\p{L}+ly)\\s+)*\\p{L}+"
            // "a recognition of Kosovo by Chad remains unlikely"
            // (not "is unlikely to influence": what it would do)
            + "|(?:is|are|was|were|remains?|seems?|looks?)\\s+(?:\\p{L}+ly\\s+)?(?:un)?likely\\b(?!\\s+to\\b)"
            // "the establishment of relations between China and Israel is expected before the end of this month"
            + "|(?:is|are)\\s+(?:now\\s+|also\\s+)?(?:expected|due|scheduled|slated|planned)\\b"
            // "a suspension of diplomatic ties between Nicaragua and the Vatican has been proposed": put forward, not done
            + "|(?:is|are|was|were|has\\s+been|have\\s+been)\\s+(?:now\\s+|also\\s+)?(?:being\\s+)?(?:proposed|suggested|considered|discussed|mooted|floated)\\b"
            // "the restoration of full diplomatic ties depends on a resolution of the conflict": a condition, not the act
            + "|(?:depends?|depended|hinges?|hinged)\\s+(?:up)?on\\b|(?:is|was|are|were|remains?)\\s+conditional\\s+(?:up)?on\\b"
            // "Chad's recognition of Kosovo remains in force": a standing state
            + "|(?:remains?|stays?|is\\s+still)\\s+(?:in\\s+force|valid|in\\s+place|intact|unchanged)\\b)");

    /**
     * A noun cue that is the subject of a modal states no event: "the re-establishment of ties between Riyadh and
     * Damascus would mark", "Russia's recognition of Abkhazia could anger Georgia".
     */
    static String modalAfterNoun(String sentence, int clause, int cueStart, int cueEnd, int clauseEnd) {
        if (!NOUN_OPENS_CLAUSE.matcher(sentence.substring(clause, cueStart)).find()) {
            return null;
        }
        return modalAfter(sentence, cueEnd, clauseEnd);
    }

    private static String modalAfter(String sentence, int cueEnd, int clauseEnd) {
        Matcher m = MODAL_AFTER.matcher(sentence.substring(cueEnd, Math.max(cueEnd, clauseEnd)));
        return m.find() ? "not stated as done (\"" + m.group().strip() + "\")" : null;
    }

    /** A noun phrase that opens the clause, then a participle cue: "The formal act re-establishing relations". */
    private static final Pattern NOUN_THEN_PARTICIPLE = Pattern.compile("(?i)^\\s*(?:the|a|an|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}"
            + "(?:act|agreement|accord|protocol|treaty|decision|decree|document|communiqu[eé]|statement|move|step)\\s+$");

    /**
     * A participle cue in the subject of a modal states no event either: "The formal act re-establishing relations
     * between Israel and Czechoslovakia will be concluded during the upcoming visit".
     */
    static String modalAfterParticiple(String sentence, int clause, int cueStart, int cueEnd, int clauseEnd) {
        if (!NOUN_THEN_PARTICIPLE.matcher(sentence.substring(clause, cueStart)).find()
                || !sentence.substring(cueStart, cueEnd).matches("(?is)\\S+ing\\b.*")) {
            return null;
        }
        return modalAfter(sentence, cueEnd, clauseEnd);
    }

    /** The nouns of an agreement: "agreement", "deal", "accord", "pact", "treaty". */
    private static final String AGREEMENT = "\\b(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies))";
    /** "reached a deal with Israel to normalise relations": an agreement to act, unless it is signed (that is the act). */
    private static final Pattern AGREEMENT_TO = Pattern.compile("(?i)" + AGREEMENT
            // "reached an agreement, brokered by China, to reestablish": an aside between the agreement and its purpose
            + "(?:\\s*,[^,;]{1,60},)?\\s+(?:[^;,]{0,60}?\\s)?to\\s+(?:\\p{L}+ly\\s+)?$");
    /** "reached agreement on a treaty to settle a border dispute and (restore)": the second verb of its purpose. */
    private static final Pattern AGREEMENT_TO_AND = Pattern.compile("(?i)" + AGREEMENT
            + "\\s+(?:[^;,]{0,60}?\\s)?to\\s+[^;,]{1,60}?\\s+and\\s+(?:\\p{L}+ly\\s+)?$");
    private static final Pattern SIGNED_JUST_BEFORE = Pattern.compile("(?i)\\bsign(?:ed|s|ing)?\\s+(?:\\S+\\s+){0,5}$");
    /** The content of a view or a principle, not an event: "the one-China principle, which holds that Taiwan ... recognizes". */
    private static final Pattern VIEW = Pattern.compile("(?i)\\b(?:holds?|maintains?|insists?|believes?)\\s+that\\b"
            // "There has been some suggestion in the media today that": a claim told, not the event stated
            + "|\\b(?:suggestions?|speculation|rumou?rs?|allegations?)\\s+(?:[^,;:]{0,40}?\\s)?that\\b"
            // "Both Israel and the United States view the establishment of full diplomatic relations … as a milestone"
            + "|\\b(?:view|views|viewed|regard|regards|regarded)\\s+(?:the|a|an)\\s+$");

    /**
     * "China demanded that Paraguay cut ties", "recommended that Honduras recognize": what is demanded, in the base
     * form of a mandative "that" clause, is not done.
     */
    private static final Pattern MANDATIVE = Pattern.compile("(?i)\\b(?:demand|insist|urg|ask|request|propos|recommend|suggest"
            + "|requir)\\w*\\s+(?:[^,;:]{0,30}?\\s)?that\\s+$");
    /** "insisted that Chad had cut": an auxiliary before the verb, no mandative. */
    private static final Pattern AUXILIARY = Pattern.compile("(?i)\\b(?:had|has|have|was|were|is|are|did|does|do)\\b");
    /** A verb in the base form: not "severed", "recognizes", "cutting". */
    private static final Pattern BASE_FORM = Pattern.compile("(?i)\\p{L}+(?<!ed|[^s]s|ing)\\b.*", Pattern.DOTALL);

    /** "Vanuatu recognises only Abkhazia": a standing state, not an event. */
    static final Pattern STANDING_AFTER = Pattern.compile("(?i)\\s+only\\b");
    static final Pattern PERFECT_PASSIVE = Pattern.compile("(?i)\\b(?:has|have)\\s+been\\s+(?:[\\p{L}-]+ly\\s+)?$");
    /**
     * "Only Russia, Nicaragua and Syria recognise Abkhazia", "Officially, only Turkey recognizes": the clause opens with
     * "only", a standing state.
     */
    static final Pattern ONLY_SUBJECT = Pattern.compile("(?i)^\\W*(?:(?:officially|formally|today|currently|still)\\s*,?\\s+)?only\\s+[^;:]*$");
    /** "only recognizes", "still recognise", "continue to recognize": a standing state. */
    static final Pattern ONLY_BEFORE = Pattern.compile("(?i)\\b(?:only|still|also|continue(?:s|d)?\\s+to)\\s+(?:\\p{L}+ly\\s+)?$");
    /** "Chad, which recognizes Taiwan,": the present of a relative clause in commas after a name, a standing state. */
    static final Pattern WHICH_BEFORE = Pattern.compile("(?i),\\s*(?:which|who)\\s+(?:\\p{L}+ly\\s+)?$");
    /** "because it also recognizes Kosovo": the present of a reason, a standing state. */
    static final Pattern BECAUSE_PRESENT = Pattern.compile("(?i)\\b(?:because|since|as)\\s+(?:it|they|(?-i:\\p{Lu})\\S*)\\s+"
            + "(?:(?:also|still|already|now)\\s+)?$");
    /** "has long recognized Kosovo": a standing state. */
    static final Pattern LONG_BEFORE = Pattern.compile("(?i)\\b(?:has|have|had)\\s+long\\s+(?:\\p{L}+ly\\s+)?$");
    /** "is the only South American country that recognizes Taiwan": who recognizes it, a standing state. */
    static final Pattern ONLY_ONE_THAT = Pattern.compile("(?i)\\bthe\\s+only\\s+(?:[\\p{L}-]+\\s+){0,3}"
            + "(?:country|state|nation|member|government)\\s+(?:that|which)\\s+$"
            // "Nauru was one of the few nations to officially recognise Taiwan": a standing state, in the past too
            + "|\\bone\\s+of\\s+(?:the\\s+)?(?:few|only|handful\\s+of)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:countries|states|nations|governments)"
            + "\\s+(?:to|that|which)\\s+(?:\\p{L}+ly\\s+)?$");
    /** "said it would switch": an announcement of a switch is the switch (a report verb, then would/will). */
    static final Pattern ANNOUNCED_WOULD = Pattern.compile("(?i)\\b(?:said|says|announced|announces|declared|confirmed"
            + "|stated|told\\s+\\S+)\\b[^;:]{0,80}?\\b(?:would|will)\\s+(?:(?:now|formally|officially)\\s+)?$");
    /** "joined the (growing) list of countries", "joins the ranks of nations": the subject becomes one of them. */
    static final Pattern JOINED_THOSE = Pattern.compile("(?i)\\bjoin(?:s|ed|ing)?\\s+(?:the\\s+)?(?:[\\p{L}\\d-]+\\s+){0,3}?"
            + "(?:(?:list|ranks|group|club|number|majority|camp)\\s+of\\s+(?:the\\s+)?(?:[\\p{L}\\d-]+\\s+){0,3}?)?"
            + "(?:countries|nations|states|governments|members|allies)\\s+(?:\\p{L}+ly\\s+|still\\s+|now\\s+)?$");
    /**
     * "X was the last major industrialised country to recognise Taiwan", "is the last remaining European state to
     * recognize": a subject, then the last of a class described by words, the first in lower case ("West African" is a
     * region of the act, not a class), then the infinitive.
     */
    static final Pattern LAST_OF_CLASS = Pattern.compile("(?i)\\p{L}\\s+(?:was|is|were|are)\\s+(?:(?:now|still|also)\\s+)?(?:the|its|their)\\s+"
            + "last\\s+(?-i:\\p{Ll}[\\p{L}-]*\\s+(?:[\\p{L}-]+\\s+){0,2})(?:countr(?:y|ies)|nations?|states?|powers?|democrac(?:y|ies)|governments?"
            + "|members?)\\s+(?:(?:in|of|on)\\s+[^,;]{1,40}?\\s+)?to\\s+(?:(?:still|formally|officially)\\s+)?$");
    /** "countries recognizing Taiwan", "nations still recognising Kosovo": a plural of states before a participle. */
    static final Pattern STATES_DOING = Pattern.compile("(?i)\\b(?:countries|nations|states|governments|members|allies)"
            + "\\s+(?:(?:still|currently|now|formally|officially|diplomatically)\\s+)?$");
    /** "is recognized as independent only by": a standing state, not an event. */
    static final Pattern STATUS_PASSIVE = Pattern.compile("(?i)\\b(?:is|are)\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:if|whether|unless|rumou?r\\w*|speculat\\w*|(?:pre)?conditions?)\\b");
    /** Before the cue: "denied reports that ..."; anywhere: "reports that ... were false". */
    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(?:den(?:y|ies|ied|ying)\\b"
            + "|(?:dismiss|refut|reject)\\w*\\s+(?:the\\s+|such\\s+)?(?:reports?|claims?|allegations?|rumou?rs?)\\b)");
    private static final Pattern FALSE_REPORT = Pattern.compile("(?i)\\b(?:reports?|claims?|allegations?|rumou?rs?)\\b"
            + "[^.;]{0,80}?\\b(?:was|were|is|are)\\s+(?:\\w+\\s+)?(?:false|untrue|fake|baseless|groundless|unfounded)\\b");

    private static final Pattern ASIDE_BEFORE_VERB = Pattern.compile("(?i)(?<=\\p{L}),[^,;:()]{1,60},(?=\\s*(?:(?:has|have|had|also|then"
            + "|\\p{L}+ly)\\s+)*$)");
    /** "despite opposition from Serbia,", "in spite of Serbia's refusal,": a concession closed by a comma. */
    private static final Pattern DESPITE = Pattern.compile("(?i)\\b(?:despite|in\\s+spite\\s+of|notwithstanding)\\b[^,;:()]{1,80},");
    /** "decided, suddenly without any explanation, to withdraw": a manner in commas, not a negation of the act. */
    private static final Pattern WITHOUT_ASIDE = Pattern.compile("(?i),[^,;:()]{0,20}?\\bwithout\\s+(?![\\p{L}-]+ing\\b)[^,;:()]{1,40},");
    /** "once Hungary": "once" before a name opens a condition, when its verb is in the present. */
    private static final Pattern ONCE_NAME = Pattern.compile("\\b(?i:once)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}"
            + "\\s+(?:\\p{L}+ly\\s+)?$");
    private static final Pattern PRESENT_VERB = Pattern.compile("(?i)[\\p{L}-]+(?<!ss)(?:s|es)\\b");
    private static final Pattern APPOSED_RELATIVE = Pattern.compile("(?i),\\s*(?:which|who)\\b[^,;:]*,");

    /** "non-recognition", "mutual recognition": not an event. */
    static boolean negativePrefix(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 4), at).toLowerCase(Locale.ROOT);
        return before.endsWith("non-") || before.endsWith("non ");
    }

    /**
     * A noun or an infinitive cue after another cue in its clause is that event's cause or object,
     * not an event of its own: "severed ties ... over the move to recognize", "refused to recognize
     * the annexation".
     */
    static boolean subordinate(String sentence, Hit hit, List<Hit> hits, int clause) {
        // "its decision to (formally) recognize": an adverb may stand between "to" and the cue
        boolean infinitive = INFINITIVE_BEFORE.matcher(sentence.substring(Math.max(0, hit.start() - 30), hit.start())).find();
        if (!hit.cue().nominal() && !infinitive) {
            return false;
        }
        if (infinitive && CONSEQUENCE.matcher(sentence.substring(clause, hit.start())).find()) {
            return false; // "recognised Abkhazia, prompting Tbilisi to cut ties": the consequence, an event of its own
        }
        if (hit.cue().nominal() && POSSESSED_CAUSE.matcher(sentence.substring(clause, hit.start())).find()) {
            return false; // "broke relations with North Korea following its recognition of": the partner's own event
        }
        // "cut ties with Taiwan to recognize China": the purpose of a severance, done with it
        boolean purpose = infinitive && PURPOSE_AFTER_PARTNER.matcher(sentence.substring(clause, hit.start())).find();
        return hits.stream().anyMatch(h -> h != hit && h.start() >= clause && h.start() < hit.start()
                && !(purpose && h.cue().type().equals(Event.SEVER) && !h.cue().nominal()));
    }

    /** "prompting Tbilisi to", "leading Serbia to": what another event made an actor do. */
    static final Pattern CONSEQUENCE = Pattern.compile("(?i),\\s*(?:prompting|leading|forcing|causing|pushing|spurring|driving)"
            + "\\s+(?:[^,;:]{1,40}?\\s)?to\\s+(?:\\p{L}+ly\\s+)?$");
    private static final Pattern POSSESSED_CAUSE = Pattern.compile("(?i)\\b(?:after|following|over|for|because\\s+of|due\\s+to"
            + "|in\\s+response\\s+to|in\\s+retaliation\\s+for)\\s+(?:its|their|(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}['’]s?)"
            + "\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    private static final Pattern PURPOSE_AFTER_PARTNER = Pattern.compile("\\b(?i:with)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}"
            // "cut ties with Taiwan in 2006 to establish relations with China": a time between
            + "(?:\\s+(?i:in|on|last|this)\\s+[\\p{L}\\d]+(?:\\s+\\d{4})?)?\\s+to\\s+(?:\\p{L}+ly\\s+)?$");
    /** "to " or "to formally " right before a cue: an infinitive. */
    private static final Pattern INFINITIVE_BEFORE = Pattern.compile("(?i)(?:^|\\s)to\\s(?:\\p{L}+ly\\s+)?$");

    /**
     * A "will" that announces a present act: "will sever relations with Taiwan as of this day", "will
     * terminate its ties effective the same day", "will no longer recognize". Only "will", "would" or
     * "shall" may stand between the clause and the cue.
     */
    static boolean willNow(String sentence, int clause, int cueStart, int cueEnd) {
        String window = sentence.substring(clause, cueStart);
        if (NEGATION.matcher(window).find() || DENIAL.matcher(sentence.substring(0, cueStart)).find()
                || HYPOTHETICAL.matcher(sentence.substring(0, cueStart)).find()) {
            return false;
        }
        Matcher m = IRREALIS.matcher(window);
        boolean any = false;
        while (m.find()) {
            if (!m.group().matches("(?i)will|would|shall")) {
                return false;
            }
            any = true;
        }
        if (!any || !Pattern.compile("(?i)\\b(?:will|would|shall)\\s+(?:(?:now|formally|officially|also|hereby)\\s+)*[\"“]?$").matcher(window).find()) {
            return false;
        }
        String after = sentence.substring(cueEnd, Math.min(sentence.length(), cueEnd + 120)).split("[;:]")[0];
        return sentence.substring(cueStart, cueEnd).matches("(?is)no\\s+longer\\b.*") || IMMEDIATE.matcher(after).find();
    }

    /** An act that takes effect now: "as of this day", "effective immediately", "with immediate effect". */
    static final Pattern IMMEDIATE = Pattern.compile("(?i)\\b(?:as\\s+(?:of|from)\\s+(?:this\\s+day|today|now)|from\\s+(?:this\\s+day|today)"
            + "|effective\\s+(?:immediately|today|(?:on\\s+)?the\\s+same\\s+day|from\\s+today)|with\\s+immediate\\s+effect"
            + "|with\\s+effect\\s+from\\s+today)\\b");

    /**
     * Why the clause says the event did not happen (or not yet), or null. Objecting to what a noun names does
     * not deny it: "Serbia has rejected its recognition by the United States".
     */
    /** A cause named by a noun cue: "following Russia's", "over the Kremlin's", "in response to Syria's". */
    private static final Pattern CAUSE_JUST_BEFORE = Pattern.compile("(?i)\\b(?:following|after|over|amid|because\\s+of|due\\s+to"
            + "|in\\s+(?:response|reaction|protest)\\s+(?:to|at|against|over)|in\\s+the\\s+wake\\s+of)\\s+(?:the\\s+)?"
            + "(?:[\\p{L}.-]+\\s+){0,3}?[\\p{L}.-]+['’]s?\\s+(?:(?:formal|official|full|diplomatic|unilateral|recent)\\s+)*$");

    static String rejection(String sentence, int clause, int cue, boolean nominal) {
        // "Chad, which would later join the alliance, recognized": a relative clause in commas is not the cue's
        String window = APPOSED_RELATIVE.matcher(sentence.substring(clause, cue)).replaceAll(", ");
        // "Chad, once expected to back Serbia, recognized": an aside between the subject and its verb is not the verb's
        window = ASIDE_BEFORE_VERB.matcher(window).replaceAll(",");
        // "Kosovo, ..., despite opposition from Serbia, was recognized": what the act overcame is not its negation
        window = DESPITE.matcher(window).replaceAll(",");
        window = WITHOUT_ASIDE.matcher(window).replaceAll(",");
        String prefix = sentence.substring(0, cue);
        Matcher m;
        if (nominal && (m = CAUSE_JUST_BEFORE.matcher(window)).find()) {
            // "said they would recall their staff following Russia's recognition of": the cause is a fact, not the modal's
            window = window.substring(m.end());
        }
        if ((m = ONCE_NAME.matcher(prefix)).find() && PRESENT_VERB.matcher(sentence.substring(cue)).lookingAt()) {
            return "a condition, not the act (\"" + m.group().strip() + "\")"; // "once Hungary re-establishes ties"
        }
        if ((m = DENIAL.matcher(prefix)).find() || (m = FALSE_REPORT.matcher(sentence)).find()) {
            return "denied (\"" + m.group() + "\")";
        }
        m = NEGATION.matcher(window);
        while (m.find()) {
            if (!(nominal && m.group().matches("(?i)(?:reject|oppos|condemn)\\w*"))) {
                return "negated (\"" + m.group() + "\")";
            }
        }
        if (!nominal && MANDATIVE.matcher(sentence.substring(0, clause)).find() && BASE_FORM.matcher(sentence.substring(cue)).matches()
                && !AUXILIARY.matcher(window).find()) {
            return "demanded, not done (\"" + sentence.substring(Math.max(0, clause - 40), clause).strip() + "\")";
        }
        if ((m = IRREALIS.matcher(window)).find()
                || (m = PRESSED_TO.matcher(sentence.substring(Math.max(0, cue - 200), cue))).find()) {
            return "not stated as done (\"" + m.group() + "\")";
        }
        if (((m = AGREEMENT_TO.matcher(window)).find()
                || (m = AGREEMENT_TO_AND.matcher(window)).find() && BASE_FORM.matcher(sentence.substring(cue)).matches())
                && !SIGNED_JUST_BEFORE.matcher(window.substring(0, m.start())).find()) {
            return "an agreement to act, not the act (\"" + m.group().strip() + "\")";
        }
        if ((m = VIEW.matcher(prefix)).find()) {
            return "the content of a view, not an event (\"" + m.group() + "\")";
        }
        if ((m = HYPOTHETICAL.matcher(prefix)).find()) {
            return "hypothetical (\"" + m.group() + "\")";
        }
        if ((m = REAFFIRMED.matcher(sentence.substring(Math.max(0, cue - 80), cue))).find()) {
            return "a standing state, not an event (\"" + m.group().strip() + "\")";
        }
        if ((m = YES_NO_QUESTION.matcher(sentence)).find()) {
            return "asked, not stated (\"" + m.group(1) + " …?\")";
        }
        return null;
    }
}
