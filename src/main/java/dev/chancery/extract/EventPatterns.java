package dev.chancery.extract;

import dev.chancery.extract.ActorMentions.Mention;
import dev.chancery.model.Actor;
import dev.chancery.model.Event;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cues of a sentence that state an event (a recognition, a withdrawal of recognition, a
 * severance, restoration or establishment of relations, an annexation), who did it to whom, and
 * whether the sentence in fact says it did not happen ("has not recognized", "denied reports that",
 * "refused to recognize", "would not recognize", "may recognize").
 *
 * <p>Roles come from the clause of the cue: the actor it opens with is the subject (with those
 * joined to it by "and" or commas: "Russia and Syria"), the actors after the cue are the objects
 * (recognized, annexed; relations "with"), and "by X" names the agent of a passive. An object that
 * is a description ("the entities", "their independence", "two separatist regions") stands for the
 * entities named last.
 */
public final class EventPatterns {

    /**
     * One event a sentence states: its type, its cue at [cueStart, cueEnd), the actors that did it
     * and those it was done to. {@code targetsFrom} says where the targets came from when the
     * sentence only describes them (else null); {@code pending} is true when it describes them and
     * nothing named them yet. {@code rejected} says why the sentence does not state it as done.
     * [clauseStart, clauseEnd) is the clause of the cue. {@code dependent} is true for a noun cue or a
     * gerund after a preposition ("the Russian recognition of", "for recognizing"): the cause or the
     * circumstance of another event, which the sentence's time words do not date when it states one.
     */
    public record Finding(String type, int cueStart, int cueEnd, List<Actor> by, List<Actor> targets,
                          String targetsFrom, boolean pending, String rejected, int clauseStart, int clauseEnd,
                          boolean announced, boolean dependent) {
        public boolean accepted() {
            return rejected == null;
        }

        public String cue(String sentence) {
            return sentence.substring(cueStart, cueEnd);
        }
    }

    /** A number a sentence claims: "the world's third nation to do so". */
    public record OrdinalClaim(int value, int start, int end) {
    }

    private record Cue(String type, Pattern pattern, boolean nominal, boolean switchCue) {
    }

    private record Hit(Cue cue, int start, int end) {
        boolean overlaps(Hit o) {
            return start < o.end && o.start < end;
        }
    }

    private static final String RELATIONS = "[\"'“‘]?(?:(?:diplomatic|bilateral)\\s+(?:and\\s+consular\\s+)?)?"
            + "(?:ties|links|relations?|relationships?)\\b[\"'”’]?";
    private static final String QUALIFIERS = "(?:(?:all|its|their|the|full|formal|official|off|so-called|long-standing|longstanding"
            + "|long-?time|decades?-old|(?:\\d+|[a-z]+)-year(?:[- ]old)?)\\s+)*";
    /** "(diplomatic) relations between X and Y were": a passive relations cue, the verb its cue. */
    private static final String PASSIVE_AFTER_RELATIONS = "(?<=\\b(?:ties|relations)[\"'”’]?\\s(?:between\\s[^;:.]{3,80}?\\s)?)"
            + "(?:(?:were|was|have\\s+been|has\\s+been|had\\s+been)\\s+(?:(?:formally|officially|finally|also)\\s+)?)";
    /** Between a verb and its relations, a time in commas: "had suspended, in October 2006, its relations with". */
    private static final String VERB_GAP = "(?:\\s*,\\s*(?:in|on|last|this|earlier)\\s[^,;]{1,30},\\s*|\\s+)";
    private static final List<Cue> CUES = List.of(
            cue(Event.WITHDRAW, false, "\\b(?:withdr(?:ew|aw|awn|aws|awing)|revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?"
                    + "|suspend(?:s|ed|ing)?|fr(?:oze|eeze|eezes|eezing|ozen)|retract(?:s|ed|ing)?|cancel(?:s|led|ed|ling)?"
                    + "|pull(?:s|ed|ing)?(?:\\s+back)?|lift(?:s|ed|ing)?|revers(?:e|es|ed|ing)|annull?(?:s|ed|ing)?"
                    + "|recall(?:s|ed|ing)?|overturn(?:s|ed|ing)?)\\s+"
                    + "(?:(?:its|their|the|his|her|this|that|diplomatic|formal|official|earlier|previous|\\d{4})\\s+)*"
                    // "has withdrawn its decision to recognise", "lifted its decision to recognize", "revoked a decision by Tuvalu in 2011 to recognize"
                    + "(?:recognition\\b|decision\\s+(?:by\\s+\\p{Lu}\\p{L}+\\s+)?(?:in\\s+\\d{4}\\s+)?to\\s+recogni[sz]e\\b)"
                    // "reversed a controversial decision to establish diplomatic links with Taiwan", "withdrawn a communique
                    // signed in Taipei to establish ties with": undoing the establishment of relations
                    + "|\\b(?:withdr(?:ew|awn)|revok(?:e|es|ed)|revers(?:e|es|ed)|rescind(?:s|ed)?|annull?(?:s|ed)?|scrap(?:s|ped)?)\\s+"
                    + "(?:(?:its|their|the|a|an|controversial|earlier|previous)\\s+)*(?:decision|communiqu[eé]|agreement|deal)\\s+"
                    + "(?:[^,;]{0,30}?\\s)?to\\s+(?:establish|forge|open)\\s+(?:diplomatic\\s+)?(?:ties|relations|links)\\s+with\\b"
                    // "rescind their earlier decisions regarding Kosovo": a decision on a state named after it, undone
                    + "|\\b(?:withdr(?:ew|aw|awn|aws|awing)|revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|retract(?:s|ed|ing)?"
                    + "|revers(?:e|es|ed|ing)|annull?(?:s|ed|ing)?|overturn(?:s|ed|ing)?)\\s+"
                    + "(?:(?:its|their|the|earlier|previous|\\d{4})\\s+)*decisions?\\s+(?:regarding|on|about|concerning)"
                    + "(?=\\s+(?:the\\s+)?\\p{Lu})"
                    + "|\\bde-?recogni[sz](?:e|es|ed|ing)\\b|\\bno\\s+longer\\s+recogni[sz](?:e|es|ed|ing)\\b"),
            // "revoked Kenya's recognition of the SADR": the recognition undone, its doer the possessive before it
            cue(Event.WITHDRAW, true, "(?<=\\b(?:revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|withdr(?:ew|aw|awn|aws|awing)"
                    + "|retract(?:s|ed|ing)?)\\s{1,3}(?:the\\s{1,3})?\\p{Lu}[\\p{L} .-]{0,40}['’]s\\s{1,3}"
                    + "(?:(?:formal|official|diplomatic)\\s{1,3})?)recognition\\s+of\\b"),
            cue(Event.WITHDRAW, true, "\\b(?:withdrawal|revocation|suspension|retraction|cancell?ation)\\s+of\\s+"
                    + "(?:(?:its|their|the|diplomatic)\\s+)*recognition\\b|\\bde-?recognition\\b"),
            cue(Event.RESTORE, false, "\\b(?:restor(?:e|es|ed|ing)|re-?establish(?:es|ed|ing)?|resum(?:e|es|ed|ing)"
                    + "|renew(?:s|ed|ing)?|reinstat(?:e|es|ed|ing)|relaunch(?:es|ed|ing)?)" + VERB_GAP + QUALIFIERS + RELATIONS),
            cue(Event.RESTORE, true, "\\b(?:restoration|re-?establishment|resumption|renewal)\\s+of\\s+" + QUALIFIERS + RELATIONS),
            cue(Event.SEVER, false, "\\b(?:sever(?:s|ed|ing)?|cut(?:s|ting)?|br(?:oke|oken|eaks?|eaking)(?:\\s+off)?"
                    + "|end(?:s|ed|ing)?|drop(?:s|ped|ping)?|rupture[sd]?|suspend(?:s|ed|ing)?|terminat(?:e|es|ed|ing))" + VERB_GAP + QUALIFIERS + RELATIONS),
            cue(Event.RESTORE, false, PASSIVE_AFTER_RELATIONS + "(?:restored|re-?established|resumed|renewed|reinstated)\\b"),
            cue(Event.SEVER, false, PASSIVE_AFTER_RELATIONS + "(?:severed|cut|broken(?:\\s+off)?|ended|terminated|ruptured|suspended)\\b"),
            cue(Event.ESTABLISH, false, PASSIVE_AFTER_RELATIONS + "(?:established|forged|opened|formed)\\b"),
            // "broke with Taiwan", "announced its split with the R.O.C."
            cue(Event.SEVER, false, "\\b(?:br(?:oke|eaks?|eaking)\\s+(?:off\\s+)?|split(?:s|ting)?\\s+)(?=with\\s+(?:the\\s+)?\\p{Lu})"),
            cue(Event.SEVER, true, "\\b(?:severance|severing|cutting|rupture|breaking(?:\\s+off)?|break-?off|termination|suspension)"
                    + "\\s+of\\s+" + QUALIFIERS + RELATIONS + "|\\ban\\s+end\\s+to\\s+" + QUALIFIERS + RELATIONS),
            cue(Event.ESTABLISH, false, "\\b(?:establish(?:es|ed|ing)?)\\s+" + QUALIFIERS + RELATIONS
                    + "|\\b(?:open(?:s|ed|ing)?|forg(?:e|es|ed|ing)|form(?:s|ed|ing)?)\\s+" + QUALIFIERS + RELATIONS
                    + "|\\bnormali[sz](?:e|es|ed|ing)\\s+" + QUALIFIERS + RELATIONS),
            cue(Event.ESTABLISH, true, "\\b(?:establishment|normali[sz]ation)\\s+of\\s+" + QUALIFIERS + RELATIONS),
            // "signed a diplomatic relations agreement with", "signed a diplomatic resumption agreement with"
            cue(Event.ESTABLISH, false, "\\bsign(?:s|ed|ing)?\\s+(?:a|an|the)\\s+(?:joint\\s+)?diplomatic\\s+relations?\\s+"
                    + "(?:agreement|accord|communiqu[eé]|treaty)(?=\\s+with\\b)"),
            cue(Event.RESTORE, false, "\\bsign(?:s|ed|ing)?\\s+(?:a|an|the)\\s+(?:joint\\s+)?diplomatic\\s+resumption\\s+"
                    + "(?:agreement|accord|communiqu[eé]|treaty)(?=\\s+with\\b)"),
            cue(Event.ANNEX, false, "\\bannex(?:es|ed|ing)?\\b"),
            cue(Event.ANNEX, true, "\\bannexation\\b"),
            // "switched diplomatic recognition from Taiwan to China", "switched ties to Beijing", "switch its
            // allegiance": a recognition of what follows "to" (Extractor adds the end of the other side's).
            new Cue(Event.RECOGNIZE, Pattern.compile("(?i)\\b(?:switch(?:es|ed|ing)?|shift(?:s|ed|ing)?|mov(?:e|es|ed|ing))\\s+"
                    + "(?:(?:its|their|the|formal|official)\\s+)*(?:diplomatic\\s+)?(?:recognition|allegiance|ties|relations?)\\b"
                    + "|\\bswitch(?:es|ed|ing)?(?=\\s+(?:from\\s+[^,;.]{1,40}?\\s+)?to\\s+(?:diplomatic\\s+recognition\\s+of\\s+)?\\p{Lu})"
                    // "ditched Taiwan for China", "dumps Taipei for Beijing": a switch to what follows "for"
                    + "|\\b(?:ditch(?:es|ed|ing)?|dump(?:s|ed|ing)?|abandon(?:s|ed|ing)?|drop(?:s|ped|ping)?)"
                    + "(?=\\s+(?:the\\s+)?\\p{Lu}[^,;.]{0,40}?\\s+for\\s+(?:the\\s+)?\\p{Lu})"), false, true),
            cue(Event.RECOGNIZE, false, "\\brecogni[sz](?:e|es|ed|ing)\\b|\\backnowledg(?:e|es|ed|ing)\\b"
                    + "|\\b(?:back(?:s|ed)?|endors(?:e|es|ed))\\s+(?:(?:the|their|its)\\s+)?"
                    + "(?:independence|sovereignty|statehood)\\b"
                    + "|\\b(?:back(?:s|ed)?|endors(?:e|es|ed))(?=\\s+(?:the\\s+)?\\p{Lu}[\\p{L} -]{0,40}?['’]s?\\s+(?:independence|sovereignty|statehood)\\b)"
                    + "|\\b(?:extend(?:s|ed|ing)?|grant(?:s|ed|ing)?|accord(?:s|ed|ing)?|gave|gives?|giving|offer(?:s|ed|ing)?)"
                    + "\\s+(?:(?:diplomatic|formal|official|full)\\s+)*"
                    + "recognition\\s+to\\b"
                    // "Kosovo receives recognition from Israel", "won recognition from": the doer follows "from"
                    + "|\\b(?:receiv(?:e|es|ed|ing)|w(?:on|ins?|inning)|gain(?:s|ed|ing)?|obtain(?:s|ed|ing)?"
                    + "|secur(?:e|es|ed|ing)|earn(?:s|ed|ing)?)\\s+(?:(?:diplomatic|formal|official|full)\\s+)*"
                    + "recognition\\s+from\\b"),
            cue(Event.RECOGNIZE, true, "\\brecognition\\s+(?:of|to)\\b|\\brecognition(?=\\s+by\\b)"));

    /** A span of time after "after" or "before": "after 41 years", "after nearly a decade" is no clause. */
    static final String SPAN = "\\s+(?:(?:nearly|almost|more\\s+than|over|some|about)\\s+)?(?:\\d+|a|an|one|two|three|four"
            + "|five|six|seven|eight|nine|ten|several|many)\\s+(?:\\S+\\s+)?(?:years?|decades?|months?|weeks?|days?)\\b";

    /** Clause boundaries: the subject of a cue is sought after the last one before it. */
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?i);|:\\s|\\s(?:that|after(?!" + SPAN + ")|before(?!" + SPAN + ")|when|whereas|although|though|because|until|while|but)\\s"
            // "once" as a conjunction, not the adverb of an apposition ("the Solomon Islands, once Taiwan's largest ally,")
            + "|\\sonce\\s(?!(?:a|an|the|its|their|\\S+['’]s)\\s)");
    /** A speech verb opens a new clause when an actor follows it: "the ministry said Syria had recognized". */
    private static final Pattern SPEECH = Pattern.compile(
            "(?i)\\b(?:said|says|announced|reported|stated|declared|confirmed|added|noted|wrote)\\s+(?:that\\s+)?(?:the\\s+)?$");
    private static final Pattern OBJECT_STOP = Pattern.compile("(?i)[;:]|\\s[—–-]\\s|\\s(?:after|before|when|while|whereas|although"
            + "|because|but|which|who|becoming|according\\s+to|said|says|saying|citing|following|amid|despite|over"
            + "|in\\s+response|in\\s+protest|as\\s+part)\\b");
    /**
     * Between two actors of a list; "his" or "her" for a person's counterpart ("Wang Yi and his Chadian counterpart",
     * "Wang Yi and his counterpart in Sao Tome and Principe").
     */
    private static final Pattern COORDINATION = Pattern.compile("(?i)^\\s*(?:,\\s*)?(?:(and|as\\s+well\\s+as|&|or|nor)\\s+)?"
            + "(?:the\\s+|his\\s+|her\\s+|(?:his|her)\\s+counterparts?\\s+(?:in|from|of)\\s+(?:the\\s+)?"
            // "China and the island nation of Sao Tome and Principe"
            + "|the\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:nation|country|state|island|islands|republic|kingdom)\\s+of\\s+(?:the\\s+)?)?$");
    /** After an actor in a list: another comma, a conjunction, or the end. */
    private static final Pattern LIST_GOES_ON = Pattern.compile("(?i)^(?:['’]s\\b.*?)?(?:\\s*[,.;]|\\s+(?:and|or|as\\s+well\\s+as)\\b|\\s*$)");
    /** A place, not an object: "in eastern Ukraine", "from Serbia". */
    private static final Pattern LOCATION_BEFORE = Pattern.compile("(?i)\\b(?:in|from|within|inside|near|across|at|into|against"
            + "|eastern|western|northern|southern|central|east|west|north|south)\\s+(?:the\\s+)?$");
    /** The state a region belongs to: "two regions of Georgia" (an entity after it is the region itself). */
    private static final Pattern PART_OF_BEFORE = Pattern.compile("(?i)\\b(?:regions?|parts?|territor(?:y|ies)"
            + "|provinces?|areas?|oblasts?|borders?|capital)\\s+of\\s+(?:the\\s+)?$");
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "to", "with", "on", "of", "for", "by",
            "near", "into", "against", "toward", "towards", "between", "within", "inside", "across", "over", "about",
            "like", "than", "via", "among", "amid", "despite", "after", "before", "under", "following", "unlike",
            "alongside", "besides", "including", "except", "through", "upon", "around", "beyond", "behind", "joining");
    /** "The Republic of Somalia", "the Pacific island nation of Palau", "the government of Turkey": the state itself. */
    private static final Set<String> STATE_NOUNS = Set.of("republic", "kingdom", "state", "states", "government",
            "island", "islands", "nation", "country", "federation", "principality", "sultanate", "emirate", "commonwealth",
            "people", "authorities", "leadership", "president", "king", "emir", "ministry", "parliament", "cabinet", "governments",
            "kingdoms", "republics", "ministries", "parliaments", "presidents", "leaders", "leader");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:it|they|he|she|we)\\b"
            + "|\\b(?:his|her|its|their|our)\\s+(?:country|government|nation|state)\\b");
    /** What is recognized is not an actor's statehood: "recognized the territorial integrity of Georgia". */
    private static final Pattern NOT_STATEHOOD = Pattern.compile("(?i)\\s*(?:the\\s+)?(?:(?:full\\s+)?territorial\\s+integrity"
            + "|(?:[\\p{L}-]+(?:['’‘]s)?\\s+)?sovereignty\\s+(?:over|in)\\b|borders|rights?\\b|need|importance|efforts?|role|contributions?"
            // "recognises the legitimate and long held aspirations of the people of Palestine"
            + "|(?:[\\p{L}-]+\\s+(?:and\\s+)?){0,4}(?:aspirations|claims?|interests|concerns|needs|rights|suffering|plight|desires?)\\b"
            + "|[\"“]?one[- ]China|(?:[\\p{L}-]+\\s+){0,2}(?:policy|principle)\\b|that\\s|there\\s+(?:is|are|was|were)\\b)");
    private static final Pattern GENERIC = Pattern.compile("(?i)\\b(?:their|its)\\s+(?:independence|sovereignty|statehood)\\b"
            + "|\\b(?:their|its)\\s+(?:(?:diplomatic|formal|official)\\s+)?recognition\\b"
            + "|\\bthem\\b|\\bboth\\b|\\bpeople['’]s\\s+republics\\b"
            + "|\\b(?:the|these|those|two|both|three|four|\\d+)\\s+(?:[\\p{L}'’\"“”-]+\\s+){0,4}?"
            + "(?:entities|regions|republics|territories|enclaves|provinces|states|areas)\\b"
            + "|\\b(?:the|this|that)\\s+(?:[\\p{L}'’\"“”-]+\\s+){0,3}?(?:entity|region|republic|territory|enclave|province)\\b");

    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|neither|nor|refus\\w*|declin\\w*|reject\\w*"
            + "|den(?:y|ies|ied|ying)|yet\\s+to|oppos\\w*|without|fail\\w*|no\\s+(?:plans?|intention))\\b|n['’]t\\b");
    private static final Pattern IRREALIS = Pattern.compile("(?i)\\b(?:would|will|could|(?-i:may)|might(?!\\s*[,.;:)]|\\s+(?:of|in|and|to|as|on|with|for|at|over)\\b)|should|shall|must"
            + "|plans?|planning|planned|intends?|intending|intended|consider\\w*|urg\\w*|call(?:s|ed|ing)?\\s+(?:on|for|upon)"
            + "|ask(?:s|ed|ing)?|threat\\w*|ready|prepared|expected|likely|set\\s+to|about\\s+to|(?:vow|pledg|promis)\\w*\\s+to"
            + "|wants?|wanted|hop(?:es|ed|ing)|hope\\s+(?:to|that)|seek\\w*|sought|demand\\w*|propos\\w*|weigh\\w*|mull\\w*|poised|discuss\\w*"
            + "|prepar\\w*|agree(?:s|d|ing)?\\s+(?:[^;]{0,40}?\\s)?to|intent\\w*|steps\\s+towards?"
            + "|procedures?\\s+to|process\\s+(?:to|of)|moves\\s+to|efforts?\\s+to|attempts?\\s+to|bids?\\s+to|campaign\\w*\\s+to"
            + "|(?:motion|proposal|bill|draft|initiative|request|intention)s?\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?to"
            // "China can resume", "move toward establishing", "a possible prelude to switching", "striving to establish",
            // "it was in Dominica's interest to establish": abilities, approaches, efforts and reasons
            + "|can|mov(?:e|es|ed|ing)\\s+towards?|prelude\\s+to|possib\\w*|striv\\w*\\s+to|tr(?:y|ies|ied|ying)\\s+to"
            + "|interests?\\s+to|need(?:s|ed)?\\s+to|willing\\w*\\s+to|right\\s+to|(?:certain|sure|bound)\\s+to"
            + "|aim(?:s|ed|ing)?\\s+(?:at|to)"
            // "are on the verge of fully restoring ties": an approach, not the act
            + "|on\\s+the\\s+(?:verge|brink|cusp)\\s+of|close\\s+to)\\b");
    /** "reached a deal with Israel to normalise relations": an agreement to act, unless it is signed (that is the act). */
    private static final Pattern AGREEMENT_TO = Pattern.compile("(?i)\\b(?:agreements?|deals?|accords?|pacts?)"
            // "reached an agreement, brokered by China, to reestablish": an aside between the agreement and its purpose
            + "(?:\\s*,[^,;]{1,60},)?\\s+(?:[^;,]{0,60}?\\s)?to\\s+$");
    private static final Pattern SIGNED_JUST_BEFORE = Pattern.compile("(?i)\\bsign(?:ed|s|ing)?\\s+(?:\\S+\\s+){0,5}$");
    /** The content of a view or a principle, not an event: "the one-China principle, which holds that Taiwan ... recognizes". */
    private static final Pattern VIEW = Pattern.compile("(?i)\\b(?:holds?|maintains?|insists?|believes?)\\s+that\\b");
    /** "that" after "the Nth country", "country number 86", "joined ... other members": the clause's subject is the main one. */
    private static final Pattern NTH_THAT = Pattern.compile("(?i)\\b(?:(?:is|was|has\\s+become|had\\s+become|became|becomes)\\s+"
            + "(?:the\\s+)?(?:[\\p{L}\\d-]+\\s+){0,3}(?:country|state|nation|member)(?:\\s+number\\s+\\d+)?"
            + "|join(?:s|ed|ing)\\s+[^,;]{0,60}?(?:countries|states|nations|members)(?:\\s+of\\s+the\\s+[\\p{L} ]{2,30}?)?)"
            + "\\s*,?\\s+(?:that|which)\\s+$");
    /** An aside between commas whose actors are not the subject: ", in response to Syria's recognition of ..., breaks off". */
    private static final Pattern ASIDE = Pattern.compile("(?i),\\s*(?:in\\s+response\\s+to|in\\s+protest\\s+(?:at|against|over)"
            + "|following|after|over|despite|amid|because\\s+of|as\\s+a\\s+result\\s+of)\\b[^,;]*,");
    /** "X's decision to", "the decision of X('s government) to": X is the doer of the cue that follows. */
    private static final Pattern DECISION_AFTER = Pattern.compile("(?i)^(?:['’]s?\\s+|\\s+)(?:[\\p{L}-]+\\s+)?(?:decision|move|choice)\\s+to\\s+"
            + "(?:[^,;]{0,80}?\\s)?$");
    private static final Pattern DECISION_OF = Pattern.compile("(?i)\\b(?:decision|move|choice)\\s+(?:of|by)\\s+(?:the\\s+)?$");
    /** After X in "the decision of X to": X's government, or an apposition ("the decision by Chad, one of …, to recognize"). */
    private static final Pattern DECIDER_AFTER_OF = Pattern.compile("(?i)^(?:['’]s?\\s+(?:government|cabinet|authorities|leadership))?"
            + "(?:\\s*,[^,;:]{1,80},)?\\s+to\\s+(?:[^,;]{0,80}?\\s)?$");
    /** "the decision to recognise Abkhazia was influenced by Russia": "by" names the agent of another verb. */
    private static final Pattern OTHER_PASSIVE = Pattern.compile("(?i)\\b(?:was|were|is|are|been|being)\\s+(?:[\\p{L}-]+ly\\s+)?"
            + "(?!recogni[sz]ed\\b|acknowledged\\b)[\\p{L}-]+(?:ed|en)\\s*$");
    /** "severed relations with Syria for recognizing": the partner is the doer of the cause. */
    private static final Pattern PARTNER_FOR = Pattern.compile("(?i)^\\s+(?:for|over)\\s+$");
    /** A subject that is a description right before the cue: ", six countries have switched". */
    private static final Pattern DESCRIBED_SUBJECT = Pattern.compile("(?i),\\s*(?:the\\s+)?(?:[\\p{L}\\d-]+\\s+){0,2}"
            + "(?:countries|nations|states|governments)\\s+(?:(?:have|has|had|also|all|now)\\s+)*$");
    /** What follows an object before a second verb of the same subject: "recognized China and cut". */
    private static final Pattern OBJECT_THEN_AND = Pattern.compile("(?i)\\s*,?\\s+and\\s+(?:(?:also|then|later|subsequently|immediately"
            + "|\\p{L}+ly)\\s+)*");
    /** "the second country after Russia to recognise": "after" opens no clause. */
    private static final Pattern ORDINAL_AFTER = Pattern.compile("(?i)\\b(?:country|nation|state|member|government|one)s?,?\\s+after\\s+$");
    /** "joined Russia in recognising", "followed Russia's lead in recognising": Russia is not the subject. */
    private static final Pattern FOLLOWED = Pattern.compile("(?i)\\b(?:join(?:s|ed)?|follow(?:s|ed)?|after|like|as)\\s+(?:the\\s+)?$");
    private static final Pattern FOLLOWED_THEN = Pattern.compile("(?i)^(?:['’]s?\\s+(?:lead|example|footsteps|move))?"
            + "(?:\\s*,)?\\s+(?:in|by|to|and)\\s+(?:(?:formally|officially|also)\\s+)?$");
    /** A noun cue that is what was signed or announced is the act itself: "signed a joint communique on the establishment of". */
    private static final Pattern SIGNED_BEFORE = Pattern.compile("(?i)\\b(?:sign(?:ed|s|ing)|announc(?:ed|es|ing)|formali[sz](?:ed|es|ing))\\b"
            + "(?:[^,;:]{0,80}?\\b(?:on|of|for|the|its|their|an?))?\\s+$");
    /** "Vanuatu recognises only Abkhazia": a standing state, not an event. */
    private static final Pattern STANDING_AFTER = Pattern.compile("(?i)\\s+only\\b");
    private static final Pattern PERFECT_PASSIVE = Pattern.compile("(?i)\\b(?:has|have)\\s+been\\s+(?:[\\p{L}-]+ly\\s+)?$");
    /** "only recognizes", "still recognise", "continue to recognize": a standing state. */
    private static final Pattern ONLY_BEFORE = Pattern.compile("(?i)\\b(?:only|still|continue(?:s|d)?\\s+to)\\s+(?:\\p{L}+ly\\s+)?$");
    /** "is the only South American country that recognizes Taiwan": who recognizes it, a standing state. */
    private static final Pattern ONLY_ONE_THAT = Pattern.compile("(?i)\\bthe\\s+only\\s+(?:[\\p{L}-]+\\s+){0,3}"
            + "(?:country|state|nation|member|government)\\s+(?:that|which)\\s+$");
    /** "said it would switch": an announcement of a switch is the switch (a report verb, then would/will). */
    private static final Pattern ANNOUNCED_WOULD = Pattern.compile("(?i)\\b(?:said|says|announced|announces|declared|confirmed"
            + "|stated|told\\s+\\S+)\\b[^;:]{0,80}?\\b(?:would|will)\\s+(?:(?:now|formally|officially)\\s+)?$");
    /** "is recognized as independent only by": a standing state, not an event. */
    private static final Pattern STATUS_PASSIVE = Pattern.compile("(?i)\\b(?:is|are)\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:if|whether|unless|rumou?r\\w*|speculat\\w*|(?:pre)?conditions?)\\b");
    /** Before the cue: "denied reports that ..."; anywhere: "reports that ... were false". */
    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(?:den(?:y|ies|ied|ying)\\b"
            + "|(?:dismiss|refut|reject)\\w*\\s+(?:the\\s+|such\\s+)?(?:reports?|claims?|allegations?|rumou?rs?)\\b)");
    private static final Pattern FALSE_REPORT = Pattern.compile("(?i)\\b(?:reports?|claims?|allegations?|rumou?rs?)\\b"
            + "[^.;]{0,80}?\\b(?:was|were|is|are)\\s+(?:\\w+\\s+)?(?:false|untrue|fake|baseless|groundless|unfounded)\\b");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(?:the\\s+)?(?:world['’]s\\s+|globe['’]s\\s+)?"
            + "(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th))\\s+"
            + "(?:(?:UN|U\\.N\\.)\\s+)?(?:nation|country|state|member\\s+state|member|government)s?\\s+"
            + "(?:in\\s+the\\s+world\\s+)?(?:after\\s+[^,;.]{1,60}?\\s+)?to\\s+(?:(?:formally|officially)\\s+)?"
            + "(?:do\\s+so|recogni[sz]e)\\b");
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "fifth", 5, "sixth", 6, "seventh", 7, "eighth", 8, "ninth", 9, "tenth", 10);

    private static Cue cue(String type, boolean nominal, String regex) {
        return new Cue(type, Pattern.compile("(?i)" + regex), nominal, false);
    }

    /**
     * The events {@code sentence} states or denies. {@code history} holds the entities each earlier
     * sentence named (the last is the sentence before this one), for descriptions like "the two regions".
     */
    public List<Finding> find(String sentence, List<Mention> mentions, List<List<Actor>> history) {
        mentions = withoutAllyOwners(sentence, mentions);
        Matcher dateline = DATELINE.matcher(sentence);
        if (dateline.lookingAt()) {
            int end = dateline.end(); // "Prishtina, 23 January 2012 – Ghana is": the place of the report is no actor
            mentions = mentions.stream().filter(m -> m.start() >= end).toList();
        }
        List<Hit> hits = new ArrayList<>();
        for (Cue cue : CUES) {
            Matcher m = cue.pattern().matcher(sentence);
            while (m.find()) {
                Hit hit = new Hit(cue, m.start(), m.end());
                if (hits.stream().noneMatch(hit::overlaps) && !negativePrefix(sentence, m.start())) {
                    hits.add(hit);
                }
            }
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Integer> boundaries = boundaries(sentence, mentions);
        List<Finding> out = new ArrayList<>();
        for (Hit hit : hits) {
            int clause = clauseStart(boundaries, hit.start());
            if (subordinate(sentence, hit, hits, clause)) {
                continue;
            }
            int nextCue = hits.stream().mapToInt(Hit::start).filter(st -> st > hit.start()).min().orElse(sentence.length());
            int clauseEnd = boundaries.stream().filter(b -> b > hit.end()).mapToInt(b -> b).min().orElse(sentence.length());
            Finding finding = roles(sentence, mentions, history, hit, clause, nextCue, clauseEnd);
            if (finding != null) {
                out.add(finding);
            }
        }
        // "severed ties with Taiwan in favor of China": a switch, the recognition of what is favoured
        for (Finding f : List.copyOf(out)) {
            if (!f.accepted() || !(f.type().equals(Event.SEVER) || f.type().equals(Event.WITHDRAW))) {
                continue;
            }
            Matcher favor = IN_FAVOR_OF.matcher(sentence).region(f.cueEnd(), f.clauseEnd());
            Mention favored = favor.find() ? firstAt(mentions, favor.end()) : null;
            if (favored != null && !f.by().contains(favored.actor()) && !f.targets().contains(favored.actor())) {
                out.add(new Finding(Event.RECOGNIZE, f.cueStart(), f.cueEnd(), f.by(), List.of(favored.actor()), null, false,
                        null, f.clauseStart(), f.clauseEnd(), false, f.dependent()));
            }
        }
        // "X recognized Y, and Z followed suit" (did so, did the same): Z did what the event before did.
        Matcher suit = FOLLOWED_SUIT.matcher(sentence);
        while (suit.find()) {
            int at = suit.start();
            Finding before = out.stream().filter(f -> f.accepted() && f.cueEnd() <= at && !f.dependent())
                    .reduce((a, b) -> b).orElse(null);
            if (before == null || hits.stream().anyMatch(h -> h.start() >= before.cueEnd() && h.start() < at)) {
                continue;
            }
            int clause = clauseStart(boundaries, at);
            int clauseEnd = boundaries.stream().filter(b -> b > suit.end()).mapToInt(b -> b).min().orElse(sentence.length());
            List<Actor> doers = actors(subject(sentence, mentions, clause, at)).stream()
                    .filter(a -> !before.by().contains(a) && !before.targets().contains(a)).toList();
            if (!doers.isEmpty()) {
                out.add(new Finding(before.type(), at, suit.end(), doers, before.targets(), before.targetsFrom(), before.pending(),
                        rejection(sentence, clause, at, false), clause, clauseEnd, false, false));
            }
        }
        return out;
    }

    /**
     * The actor that opens the sentence when {@code first}..{@code last} lie in its apposition: in "Vanuatu, a
     * Pacific island nation that lies northeast of Sydney, Australia, has become the fifth country to
     * recognize", Vanuatu, not Australia.
     */
    private static Mention appositionHead(String sentence, List<Mention> mentions, Mention first, Mention last, int cue) {
        Mention head = mentions.isEmpty() ? null : mentions.get(0);
        if (head == null || head == first || head.start() >= first.start()
                || !sentence.substring(0, head.start()).matches("(?i)\\s*(?:the\\s+)?")) {
            return null;
        }
        boolean apposition = sentence.substring(head.end(), first.start()).matches("(?is)\\s*,\\s+(?:a|an)\\s[^;:()]*")
                && sentence.substring(last.end(), cue).matches("(?is)\\s*,\\s+[^,;:]*");
        return apposition ? head : null;
    }

    private static final Pattern INCLUDING = Pattern.compile("(?i)\\b(?:countries|nations|states|governments)"
            // "most countries, including the United States, have", "Islamic countries like Senegal and Malaysia have"
            + "(?:\\s*,\\s*(?:including|such\\s+as|among\\s+them)|\\s+(?:like|such\\s+as))\\s+(?:the\\s+)?$");

    /**
     * The sentence's opening actor when the cue is in or right after its apposition with a relative clause
     * ("Grenada, a Caribbean nation that recognized", "Grenada, a Caribbean nation that recognized the Taiwan regime
     * for 15 years, resumed"), else null.
     */
    private static Mention apposedHead(String sentence, List<Mention> mentions, int cue) {
        if (mentions.isEmpty() || mentions.get(0).end() > cue || possessive(sentence, mentions.get(0))
                || !sentence.substring(0, mentions.get(0).start()).matches("(?i)\\s*(?:the\\s+)?")) {
            return null;
        }
        return APPOSED.matcher(sentence.substring(mentions.get(0).end(), cue)).matches() ? mentions.get(0) : null;
    }

    private static final Pattern PLURAL_PRONOUN = Pattern.compile("(?i)\\b(?:we|they)\\b");

    private static final Pattern WITH_ING = Pattern.compile("(?i)\\s+(?:now\\s+|also\\s+)?(?:becoming|having|being|joining)\\b");

    private static final Pattern IN_FAVOR_OF = Pattern.compile("(?i)^[^,;:]*?\\bin\\s+favou?r\\s+of\\s+(?:the\\s+)?(?=\\p{Lu})");

    /** A verb that repeats the event before it: "followed suit", "did so", "has done the same". */
    private static final Pattern FOLLOWED_SUIT = Pattern.compile("(?i)\\bfollowed\\s+suit\\b|\\bdid\\s+(?:so|the\\s+same)\\b"
            // "with nearby Niue joining a month later": joining in the event before, at a time of its own
            + "|\\bjoining(?=\\s+(?:(?:a|an|one|two|three|four|five|six|\\d+)\\s+(?:days?|weeks?|months?|years?)\\s+later"
            + "|later|soon\\s+after|the\\s+(?:next|following)\\s+(?:day|week|month|year))\\b)"
            + "|\\b(?:has|have|had)\\s+(?:also\\s+)?done\\s+(?:so|the\\s+same)\\b");

    /** Between "Taiwan" and "Gambia" in "former Taiwan ally Gambia", "Taiwan's ally Nauru". */
    private static final Pattern ALLY_BETWEEN = Pattern.compile("(?i)^(?:['’]s?)?\\s+(?:(?:former|longtime|long-time|long-standing"
            + "|last|only|largest|biggest|remaining|diplomatic|closest|key|main|major|old|staunch|traditional|erstwhile)\\s+)*"
            + "(?:ally|partner|friend)\\s+(?:,\\s*)?$");

    private static final Pattern ALLY_DESCRIBED = Pattern.compile("(?i)\\b(?:the|a|its|their)\\s+(?:(?:former|longtime|long-time"
            + "|last|only|largest|biggest|remaining|diplomatic|closest|key|main|major|old|staunch|traditional|erstwhile)\\s+)*$");
    private static final Pattern ALLY_AFTER = Pattern.compile("(?i)\\s+(?:ally|allies|partner|partners|friend)\\b");

    /**
     * Whose ally an actor is names no actor of the event: "resumed ties with former Taiwan ally Gambia"
     * is Gambia's, "Taiwan's ally Nauru cut ties" Nauru's.
     */
    static List<Mention> withoutAllyOwners(String sentence, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (ALLY_DESCRIBED.matcher(sentence.substring(0, m.start())).find()
                    && ALLY_AFTER.matcher(sentence.substring(m.end())).lookingAt()) {
                continue; // "resumed relations with the former Taiwan ally": whose ally it was, not a partner
            }
            if (i + 1 < mentions.size() && mentions.get(i + 1).start() >= m.end()
                    && ALLY_BETWEEN.matcher(sentence.substring(m.end(), mentions.get(i + 1).start())).matches()) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** The ordinal a sentence claims for its recognizer, or null. */
    public static OrdinalClaim ordinal(String sentence) {
        Matcher m = ORDINAL.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        Integer value = ORDINALS.get(word);
        if (value == null) {
            value = Integer.parseInt(word.replaceAll("\\D", ""));
        }
        return new OrdinalClaim(value, m.start(), m.end());
    }

    /** "non-recognition", "mutual recognition": not an event. */
    private static boolean negativePrefix(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 4), at).toLowerCase(Locale.ROOT);
        return before.endsWith("non-") || before.endsWith("non ");
    }

    /**
     * A noun or an infinitive cue after another cue in its clause is that event's cause or object,
     * not an event of its own: "severed ties ... over the move to recognize", "refused to recognize
     * the annexation".
     */
    private static boolean subordinate(String sentence, Hit hit, List<Hit> hits, int clause) {
        boolean infinitive = sentence.substring(Math.max(0, hit.start() - 3), hit.start()).equalsIgnoreCase("to ");
        if (!hit.cue().nominal() && !infinitive) {
            return false;
        }
        // "cut ties with Taiwan to recognize China": the purpose of a severance, done with it
        boolean purpose = infinitive && PURPOSE_AFTER_PARTNER.matcher(sentence.substring(clause, hit.start())).find();
        return hits.stream().anyMatch(h -> h != hit && h.start() >= clause && h.start() < hit.start()
                && !(purpose && h.cue().type().equals(Event.SEVER) && !h.cue().nominal()));
    }

    private static final Pattern PURPOSE_AFTER_PARTNER = Pattern.compile("\\b(?i:with)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}\\s+to\\s+$");

    private Finding roles(String sentence, List<Mention> mentions, List<List<Actor>> history, Hit hit, int clause,
                          int nextCue, int clauseEnd) {
        String type = hit.cue().type();
        int cueStart = hit.start();
        int cueEnd = hit.end();
        String rejected = rejection(sentence, clause, cueStart, hit.cue().nominal());
        boolean announced = false;
        if (hit.cue().switchCue() && rejected != null && ANNOUNCED_WOULD.matcher(sentence.substring(clause, cueStart)).find()
                && !NEGATION.matcher(sentence.substring(clause, cueStart)).find()) {
            rejected = null;
            announced = true;
        }
        if (rejected != null && willNow(sentence, clause, cueStart, cueEnd)) {
            rejected = null; // "will sever relations as of this day", "will no longer recognize": the act, now
        }
        if (rejected == null && type.equals(Event.RECOGNIZE) && !hit.cue().nominal()
                && (STATUS_PASSIVE.matcher(sentence.substring(clause, cueStart)).find()
                        && sentence.substring(cueStart, cueEnd).matches("(?is)\\S*(?:ed|en)\\b.*")
                    // "has been recognized only by Russia, Nicaragua, ...": who recognizes it, a standing state
                    || PERFECT_PASSIVE.matcher(sentence.substring(clause, cueStart)).find()
                        && STANDING_AFTER.matcher(sentence).region(cueEnd, sentence.length()).lookingAt()
                    // "only recognizes the People's Republic of China"
                    || (ONLY_BEFORE.matcher(sentence.substring(clause, cueStart)).find()
                            || ONLY_ONE_THAT.matcher(sentence.substring(0, cueStart)).find())
                        && sentence.substring(cueStart, cueEnd).matches("(?i)\\S*(?:s|e)$")
                    || hit.cue().pattern().matcher(sentence).region(cueStart, cueEnd).lookingAt()
                        && sentence.substring(cueStart, cueEnd).matches("(?i).*(?:es|s)$")
                        && STANDING_AFTER.matcher(sentence).region(cueEnd, sentence.length()).lookingAt())) {
            rejected = "a standing state, not an event (\"" + sentence.substring(clause, cueEnd).strip() + "\")";
        }
        int objectEnd = Math.min(objectEnd(sentence, cueEnd, mentions), nextCue);
        List<Mention> objects = between(mentions, cueEnd, objectEnd);

        // "by X" after the cue names the agent: "was recognized by Russia", "the annexation of X by Y".
        List<Actor> agents = List.of();
        Matcher by = Pattern.compile("(?i)\\bby\\s+(?:the\\s+)?(?:(?:[\\p{L}-]+\\s+){0,3}(?:country|nation|state|island|islands"
                + "|republic|kingdom|government)\\s+of\\s+(?:the\\s+)?"
                // "was recognised by 78 countries, including Cuba": the examples named
                + "|(?:[\\p{L}\\d-]+\\s+){1,3}(?:countries|nations|states|governments)\\s*,\\s*(?:including|among\\s+them|such\\s+as)"
                + "\\s+(?:the\\s+)?)?").matcher(sentence).region(cueEnd, Math.max(objectEnd, byListEnd(sentence, cueEnd)));
        if (!type.equals(Event.SEVER) && !type.equals(Event.RESTORE) && !type.equals(Event.ESTABLISH) && by.find()
                && !OTHER_PASSIVE.matcher(sentence.substring(cueEnd, by.start())).find()) {
            Mention first = firstAt(mentions, by.end());
            if (first != null) {
                List<Mention> group = coordinated(sentence, mentions, first);
                Matcher examples = EXAMPLES_AFTER.matcher(sentence).region(group.get(group.size() - 1).end(), sentence.length());
                Mention example = examples.lookingAt() ? firstAt(mentions, examples.end()) : null;
                Set<Actor> named = new LinkedHashSet<>(actors(group));
                if (example != null) {
                    named.addAll(actors(coordinated(sentence, mentions, example)));
                }
                agents = List.copyOf(named);
                int cut = by.start();
                objects = objects.stream().filter(m -> m.end() <= cut).toList();
            }
        }
        // "Togo announced the recognition of Kosovo": what is announced or signed has the verb's subject as doer.
        boolean announcedNoun = hit.cue().nominal() && SIGNED_BEFORE.matcher(sentence.substring(clause, cueStart)).find();
        List<Mention> subject = hit.cue().nominal() && !Extractor.isRelations(type) && !announcedNoun
                ? nominalSubject(sentence, mentions, clause, cueStart)
                : subject(sentence, mentions, clause, cueStart);

        List<Actor> doers;
        List<Actor> targets;
        String from = null;
        boolean pending = false;
        if (type.equals(Event.SEVER) || type.equals(Event.RESTORE) || type.equals(Event.ESTABLISH)) {
            doers = actors(subject);
            targets = relationsPartners(sentence, mentions, cueEnd, objectEnd);
            if (targets.isEmpty()) {
                targets = signedWith(sentence, mentions, clause, cueStart); // "signed a communique with Li Zhaoxing to resume ties"
            }
            Matcher between = Pattern.compile("(?i)\\b(?:ties|relations)[\"'”’]?\\s+between\\s+(?:the\\s+)?([^;:.]{3,80}?)\\s*$").matcher(sentence.substring(clause, cueStart));
            boolean passive = sentence.substring(cueStart, cueEnd).matches("(?is)(?:were|was|has|have|had)\\b.*");
            if (passive) {
                doers = List.of(); // "ties were cut": only "between X and Y" names the pair
                targets = List.of();
            }
            if (passive && between.find()) {
                int at = clause + between.start(1);
                Mention first = firstAt(mentions, at);
                if (first != null) {
                    List<Actor> pair = actors(coordinated(sentence, mentions, first));
                    if (pair.size() == 2) {
                        doers = pair.subList(0, 1);
                        targets = pair.subList(1, 2);
                    }
                }
            }
            if (targets.isEmpty() && doers.size() >= 2) {
                targets = doers.subList(1, doers.size());
                doers = doers.subList(0, 1);
            }
            if ((doers.isEmpty() || hit.cue().nominal()) && targets.size() == 2
                    && PAIR_AFTER.matcher(sentence).region(cueEnd, objectEnd).lookingAt()) {
                // "the resumption of relations between Bolivia and Israel": the pair, not who welcomed it
                doers = targets.subList(0, 1);
                targets = targets.subList(1, 2);
            }
            List<Actor> d = doers;
            targets = targets.stream().filter(t -> !d.contains(t)).toList();
        } else {
            if (sentence.substring(cueStart, cueEnd).matches("(?is).*\\sfrom$")) {
                // "Kosovo receives recognition from Israel": the doer after "from", the subject recognized
                Mention first = firstAt(mentions, cueEnd + 1);
                agents = first == null ? List.of() : actors(coordinated(sentence, mentions, first));
                objects = List.of();
            }
            boolean passive = !agents.isEmpty() && objects.isEmpty();
            doers = !agents.isEmpty() ? agents : actors(subject);
            if (NOT_STATEHOOD.matcher(sentence).region(cueEnd, objectEnd).lookingAt()) {
                return null;
            }
            List<Mention> named = passive ? subject
                    : objects.stream().filter(m -> !LOCATION_BEFORE.matcher(sentence.substring(0, m.start())).find()
                            && (m.actor().isEntity() || !PART_OF_BEFORE.matcher(sentence.substring(0, m.start())).find()
                                && !possessive(sentence, m))).toList();
            targets = actors(named);
            Actor owner = passive && hit.cue().nominal() ? possessedBefore(sentence, mentions, cueStart) : null;
            if (owner != null) {
                targets = List.of(owner); // "Kosovo's secession as well as its recognition by the United States"
            }
            if (hit.cue().switchCue()) {
                // "from Taiwan to China": what is switched to is recognized; "from" names what is left.
                boolean ditched = sentence.substring(cueStart, cueEnd).matches("(?i)(?:ditch|dump|abandon|drop)\\p{L}*");
                Matcher to = Pattern.compile(ditched ? "(?i)\\bfor\\s+(?:the\\s+)?"
                        : "(?i)\\bto\\s+(?:the\\s+)?(?:diplomatic\\s+recognition\\s+of\\s+)?").matcher(sentence)
                        .region(cueEnd, objectEnd);
                Mention first = to.find() ? firstAt(mentions, to.end()) : null;
                targets = first == null ? List.of() : List.of(first.actor());
            }
            if (type.equals(Event.RECOGNIZE) || type.equals(Event.WITHDRAW)) {
                List<Actor> entities = targets.stream().filter(Actor::isEntity).toList();
                targets = entities.isEmpty() ? targets : entities;
            }
            Mention antecedent = targets.isEmpty() ? antecedent(sentence, mentions, cueStart) : null;
            if (antecedent != null) {
                targets = List.of(antecedent.actor()); // "the SADR, which it recognized on March 6, 2014"
            }
            if (targets.isEmpty()) {
                Matcher generic = GENERIC.matcher(sentence).region(cueStart, objectEnd);
                Matcher it = Pattern.compile("(?i)\\s+it\\b").matcher(sentence).region(cueEnd, objectEnd);
                if (it.lookingAt() || generic.find() && generic.start() <= cueEnd + 60) {
                    if (it.lookingAt()) {
                        generic = Pattern.compile("(?i)\\bit\\b").matcher(sentence).region(cueEnd, objectEnd);
                        generic.find();
                    }
                    List<Actor> here = actors(between(mentions, 0, cueStart)).stream().filter(Actor::isEntity).distinct().toList();
                    String described = generic.group();
                    List<Actor> before = described(described, history);
                    if (!here.isEmpty()) {
                        targets = here;
                        from = "\"" + described + "\": named earlier in the sentence";
                    } else if (!before.isEmpty()) {
                        targets = before;
                        from = "\"" + described + "\": the entities named last before this sentence that fit it";
                    } else {
                        pending = true;
                        from = "\"" + described + "\": nothing named before it";
                    }
                }
            }
            List<Actor> d = doers;
            targets = targets.stream().filter(t -> !d.contains(t)).toList();
        }
        if (doers.isEmpty() && !targets.isEmpty()) {
            doers = listAfterDash(sentence, mentions, objectEnd);
        }
        if (doers.isEmpty() || targets.isEmpty() && !pending) {
            return null;
        }
        if (type.equals(Event.RECOGNIZE) || type.equals(Event.WITHDRAW)) {
            // "Guyana recognised Palestine in 2011, followed by Suriname and Belize the same year"
            List<Actor> more = new ArrayList<>(doers);
            for (Actor a : followedBy(sentence, mentions, clause)) {
                if (!more.contains(a) && !targets.contains(a) && !a.isEntity()) {
                    more.add(a);
                }
            }
            doers = more;
        }
        boolean signed = hit.cue().nominal() && SIGNED_BEFORE.matcher(sentence.substring(clause, cueStart)).find();
        boolean dependent = hit.cue().nominal() && !signed || sentence.substring(clause, cueStart)
                .matches("(?is).*\\b(?:for|over|after|by|of|in)\\s+$") && sentence.substring(cueStart, cueEnd).matches("(?is)\\S+ing\\b.*");
        return new Finding(type, cueStart, cueEnd, doers, targets, from, pending, rejected, clause, clauseEnd,
                hit.cue().switchCue() || announced, dependent);
    }

    /**
     * The entities a description stands for: of the last five sentences that named entities, the
     * most recent that named as many as it says ("the two regions": two; "their", "the republics":
     * two or more), else the most recent.
     */
    static List<Actor> described(String description, List<List<Actor>> history) {
        String d = description.toLowerCase(Locale.ROOT);
        Matcher number = Pattern.compile("\\b(two|both|three|four|\\d+)\\b").matcher(d);
        int wanted = 0;
        if (number.find()) {
            String n = number.group(1);
            wanted = n.equals("two") || n.equals("both") ? 2 : n.equals("three") ? 3 : n.equals("four") ? 4 : Integer.parseInt(n);
        }
        boolean plural = wanted > 1 || d.matches("(?s).*\\b(?:their|them|both)\\b.*") || d.matches("(?s).*s[\"”]?$");
        List<List<Actor>> recent = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0 && recent.size() < 5; i--) {
            if (!history.get(i).isEmpty()) {
                recent.add(history.get(i));
            }
        }
        for (List<Actor> named : recent) {
            if (wanted > 0 ? named.size() == wanted : !plural || named.size() >= 2) {
                return named;
            }
        }
        return recent.isEmpty() ? List.of() : recent.get(0);
    }

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
        if (!any || !Pattern.compile("(?i)\\b(?:will|would|shall)\\s+(?:(?:now|formally|officially|also|hereby)\\s+)*$").matcher(window).find()) {
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
     * The object of a cue in a relative clause is the clause's antecedent: "the SADR, which it
     * recognized on March 6, 2014", "SADR, initially acknowledged in 1983", "the SADR, a separatist
     * entity it first acknowledged in 1983". Null when the cue is not in such a clause.
     */
    private static Mention antecedent(String sentence, List<Mention> mentions, int cue) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.end() > cue) {
                continue;
            }
            String between = sentence.substring(m.end(), cue);
            boolean relative = RELATIVE.matcher(between).matches()
                    || REDUCED_RELATIVE.matcher(between).matches() && sentence.substring(cue).matches("(?is)\\S+ed\\b.*");
            return relative && m.actor().isEntity() ? m : null;
        }
        return null;
    }

    private static final String PARENTHESIS = "(?:\\s*\\([^)]{1,40}\\))?";
    private static final String ADVERBS = "(?:(?:had|has|have|first|initially|originally|previously|formerly|already|once|formally"
            + "|officially|later)\\s+)*";
    private static final String ADVERBS_PATTERN = "(?:(?:had|has|have|also|first|initially|originally|previously|formerly|already"
            + "|once|formally|officially|later|\\p{L}+ly)\\s+)*";
    /** See {@link #apposedHead}. */
    private static final Pattern APPOSED = Pattern.compile("(?is)\\s*,\\s+(?:a|an)\\s+[^,;:()]{0,60}?\\s(?:that|which|who)\\s+"
            + "(?:" + ADVERBS_PATTERN + "|[^;:()]{0,100}?,\\s*" + ADVERBS_PATTERN + ")");
    private static final Pattern RELATIVE = Pattern.compile("(?i)" + PARENTHESIS + "\\s*,?\\s*(?:(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?:entity|state|republic|region|territory)\\s+)?(?:(?:which|that|whom)\\s+)?(?:it|they|he|she|we)\\s+" + ADVERBS);
    private static final Pattern REDUCED_RELATIVE = Pattern.compile("(?i)" + PARENTHESIS + "\\s*,\\s*" + ADVERBS);

    private static final Pattern RELATIVE_SUBJECT = Pattern.compile("(?i)" + PARENTHESIS + "\\s*,?\\s*(?:which|who)\\s+" + ADVERBS);
    /**
     * "who" or "which" right before the cue with no comma before it, its antecedent no actor (an actor is the
     * case above): "countries who recognize"; after a comma it may stand for the subject ("the 53rd country, the UN
     * member, which recognizes").
     */
    private static final Pattern RELATIVE_NOT_NAMED = Pattern.compile("(?i)\\p{L}\\s+(?:which|who)\\s+" + ADVERBS + "$");

    /**
     * Why the clause says the event did not happen (or not yet), or null. Objecting to what a noun names does
     * not deny it: "Serbia has rejected its recognition by the United States".
     */
    private static String rejection(String sentence, int clause, int cue, boolean nominal) {
        String window = sentence.substring(clause, cue);
        String prefix = sentence.substring(0, cue);
        Matcher m;
        if ((m = DENIAL.matcher(prefix)).find() || (m = FALSE_REPORT.matcher(sentence)).find()) {
            return "denied (\"" + m.group() + "\")";
        }
        m = NEGATION.matcher(window);
        while (m.find()) {
            if (!(nominal && m.group().matches("(?i)(?:reject|oppos|condemn)\\w*"))) {
                return "negated (\"" + m.group() + "\")";
            }
        }
        if ((m = IRREALIS.matcher(window)).find()) {
            return "not stated as done (\"" + m.group() + "\")";
        }
        if ((m = AGREEMENT_TO.matcher(window)).find() && !SIGNED_JUST_BEFORE.matcher(window.substring(0, m.start())).find()) {
            return "an agreement to act, not the act (\"" + m.group().strip() + "\")";
        }
        if ((m = VIEW.matcher(prefix)).find()) {
            return "the content of a view, not an event (\"" + m.group() + "\")";
        }
        if ((m = HYPOTHETICAL.matcher(prefix)).find()) {
            return "hypothetical (\"" + m.group() + "\")";
        }
        return null;
    }

    private static List<Integer> boundaries(String sentence, List<Mention> mentions) {
        List<Integer> out = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(sentence);
        while (m.find()) {
            if (!ORDINAL_AFTER.matcher(sentence.substring(0, m.end())).find()) {
                out.add(m.end());
            }
        }
        for (Mention mention : mentions) {
            if (SPEECH.matcher(sentence.substring(0, mention.start())).find()) {
                out.add(mention.start());
            }
        }
        return out;
    }

    private static int clauseStart(List<Integer> boundaries, int at) {
        int start = 0;
        for (int b : boundaries) {
            if (b <= at && b > start) {
                start = b;
            }
        }
        return start;
    }

    /**
     * The subject: in the clause of the cue, the last group of actors ("Russia and Syria") before
     * the cue that is not the object of a preposition, a possessive ("the North's minister") only
     * when there is no other; failing that (a pronoun: "it severed"), the sentence's first such group.
     */
    private static List<Mention> subject(String sentence, List<Mention> mentions, int clause, int cue) {
        // The subject may be left to the main clause: a pronoun ("that it had severed"), or none after
        // "but"/"and" ("X recognized Y but later withdrew"); not after "that" ("states that recognize").
        String window = sentence.substring(clause, cue);
        boolean elided = clause > 0 && !sentence.substring(0, clause).matches("(?is).*\\bthat\\s+$")
                && window.matches("(?:\\s*\\p{Ll}[\\p{L}-]*){0,2}\\s*") && !window.matches("(?is).*\\b(?:the|a|an)\\b.*");
        boolean pronoun = PRONOUN.matcher(window).find();
        Mention partner = pronoun ? severedPartner(sentence, mentions, clause) : null;
        if (partner != null) {
            return List.of(partner); // "Georgia cut ties with Tuvalu after it recognised Abkhazia": it is Tuvalu
        }
        if (DESCRIBED_SUBJECT.matcher(window).find()) {
            return List.of(); // "Since X took office in 2016, six countries have switched"
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.end() <= cue) {
                // "Georgia restored relations with Tuvalu, which had recognized Abkhazia": Tuvalu
                if (RELATIVE_SUBJECT.matcher(sentence.substring(m.end(), cue)).matches() && !possessive(sentence, m)) {
                    return List.of(m);
                }
                break;
            }
        }
        Mention apposed = apposedHead(sentence, mentions, cue);
        if (apposed != null) {
            return List.of(apposed);
        }
        List<Mention> opening = openingParticipleSubject(sentence, mentions, cue);
        if (opening != null) {
            return opening;
        }
        if (RELATIVE_NOT_NAMED.matcher(window).find()) {
            return List.of(); // "the number of countries who recognize Taiwan": the subject is the description
        }
        List<Mention> decided = decider(sentence, mentions, cue);
        if (decided != null) {
            return decided;
        }
        // "Grenada has become the ninth country that has retracted", "Canada joined ... members ... that have recognised"
        if (clause > 0 && NTH_THAT.matcher(sentence.substring(0, clause)).find()) {
            elided = true;
        }
        List<int[]> asides = new ArrayList<>();
        Matcher aside = ASIDE.matcher(sentence);
        while (aside.find()) {
            asides.add(new int[] {aside.start(), aside.end()});
        }
        for (int from : pronoun || elided ? new int[] {clause, 0} : new int[] {clause}) {
            List<Mention> plain = null;
            List<Mention> possessive = null;
            List<Mention> candidates = between(mentions, from, cue).stream()
                    .filter(m -> asides.stream().noneMatch(a -> a[0] <= m.start() && m.end() <= a[1])).toList();
            for (List<Mention> group : groups(sentence, candidates)) {
                // "With Togo becoming the fifteenth country", "with Panama severing ties": the subject of an absolute phrase
                int groupEnd = group.get(group.size() - 1).end();
                boolean absolute = previousWord(sentence, from, group.get(0).start()).equals("with")
                        && (WITH_ING.matcher(sentence).region(groupEnd, sentence.length()).lookingAt()
                            || sentence.substring(groupEnd, cue).matches("\\s+(?:\\p{L}+ly\\s+)?")
                                && sentence.substring(cue).matches("(?is)\\p{L}+ing\\b.*"));
                // "most countries, including the United States, have switched": the examples of a described subject
                String closing = sentence.substring(group.get(group.size() - 1).end(), cue);
                boolean example = INCLUDING.matcher(sentence.substring(from, group.get(0).start())).find()
                        && closing.matches("(?is)(?:[^;:]*,)?\\s*(?:(?:have|has|had|also|all|\\p{L}+ly)\\s+)*")
                        && (closing.matches("(?is).*\\b(?:have|has|had)\\s+(?:\\p{L}+ly\\s+)?") || sentence.substring(cue).matches("(?is)\\p{L}+ed\\b.*"));
                if (governed(sentence, from, group.get(0).start()) && !absolute && !example
                        || FOLLOWED.matcher(sentence.substring(from, group.get(0).start())).find()
                                && FOLLOWED_THEN.matcher(sentence.substring(group.get(group.size() - 1).end(), cue)).matches()
                        || OBJECT_THEN_AND.matcher(sentence.substring(group.get(group.size() - 1).end(), cue)).matches()) {
                    continue; // "X recognized China and cut ties with Taiwan": China is an object, X the subject of both
                }
                if (possessive(sentence, group.get(group.size() - 1))) {
                    possessive = possessive == null || from == clause ? group : possessive;
                } else if (plain == null || from == clause) {
                    plain = group;
                }
            }
            if (from == 0 && from != clause && PLURAL_PRONOUN.matcher(window).find()) {
                // "Today Ireland, Norway and Spain are announcing that we recognise": "we" is the last group of several
                List<List<Mention>> several = groups(sentence, candidates).stream().filter(g -> g.size() >= 2).toList();
                if (!several.isEmpty()) {
                    return several.get(several.size() - 1);
                }
            }
            if (plain != null || possessive != null) {
                List<Mention> found = plain != null ? plain : possessive;
                Mention head = appositionHead(sentence, mentions, found.get(0), found.get(found.size() - 1), cue);
                return head != null ? List.of(head) : found;
            }
        }
        return List.of();
    }

    private static final Pattern OPENING_PARTICIPLE = Pattern.compile("^\\s*(?:(?:By|After|Before|On|Upon|While|In)\\s+)?\\p{L}+ing\\b");

    /**
     * The subject of a participle phrase that opens the sentence is the main clause's, named right after its comma
     * ("Announcing its decision to recognize a Palestinian state, Portugal said", "After cutting its relations with
     * Tehran, Saudi Arabia asked"), or null when the cue is not in such a phrase.
     */
    private static List<Mention> openingParticipleSubject(String sentence, List<Mention> mentions, int cue) {
        int comma = sentence.indexOf(',');
        if (comma < cue || !OPENING_PARTICIPLE.matcher(sentence).lookingAt()) {
            return null;
        }
        Mention first = mentions.stream().filter(m -> m.start() > comma).findFirst().orElse(null);
        if (first == null || possessive(sentence, first)
                || !sentence.substring(comma + 1, first.start()).matches("(?i)\\s*(?:the\\s+)?")) {
            return null;
        }
        return coordinated(sentence, mentions, first);
    }

    private static final Pattern SEVERED_WITH = Pattern.compile("(?i)\\b(?:cut|severed|broke|broken|suspended|ended|terminated)"
            + "\\b[^;:]{0,60}?\\bwith\\s+");
    private static final Pattern CAUSE_OPENS = Pattern.compile("(?i)\\b(?:after|because|when|since|as)\\s+$");

    /**
     * In a clause of cause after a severance, a pronoun stands for the partner it was severed with ("Georgia has
     * cut ties with the tiny Pacific island state of Tuvalu after it recognised"), or null.
     */
    private static Mention severedPartner(String sentence, List<Mention> mentions, int clause) {
        String main = sentence.substring(0, clause);
        Matcher with = SEVERED_WITH.matcher(main);
        if (!CAUSE_OPENS.matcher(main).find() || !with.find()) {
            return null;
        }
        int at = with.end();
        return mentions.stream().filter(m -> m.start() >= at && m.end() <= clause && m.start() - at <= 50).findFirst().orElse(null);
    }

    /**
     * The doers a described subject stands for, listed after a dash: "Several Arab countries recognize
     * the State of Palestine - Algeria, Saudi Arabia, Tunisia".
     */
    /** The actors listed after ", followed by" (to the next semicolon) when they acted "the same year", else none. */
    private static List<Actor> followedBy(String sentence, List<Mention> mentions, int from) {
        int end = sentence.indexOf(';', from);
        Matcher f = Pattern.compile("(?i),\\s*followed\\s+by\\s+(?:the\\s+)?").matcher(sentence)
                .region(from, end < 0 ? sentence.length() : end);
        if (!f.find()) {
            return List.of();
        }
        List<Mention> list = new ArrayList<>();
        int at = f.end();
        for (Mention m : mentions) {
            if (m.start() < at) {
                continue;
            }
            if (!sentence.substring(at, m.start()).matches("(?i)\\s*(?:,\\s*)?(?:(?:and|&)\\s+)?(?:the\\s+)?")) {
                break;
            }
            list.add(m);
            at = m.end();
        }
        // "followed by" is later: the list shares the event's date only "the same year" (or day, week, month)
        boolean same = Pattern.compile("(?i)^\\s*,?\\s*(?:on\\s+|in\\s+)?the\\s+same\\s+(?:day|week|month|year)\\b")
                .matcher(sentence.substring(at)).find();
        return same ? actors(list) : List.of();
    }

    private static List<Actor> listAfterDash(String sentence, List<Mention> mentions, int from) {
        Matcher dash = Pattern.compile("^\\s*[-–—]\\s+(?:the\\s+)?").matcher(sentence.substring(from));
        if (!dash.find()) {
            return List.of();
        }
        List<Mention> list = new ArrayList<>();
        int at = from + dash.end();
        for (Mention m : mentions) {
            if (m.start() < at) {
                continue;
            }
            if (!sentence.substring(at, m.start()).matches("(?i)\\s*(?:,\\s*)?(?:(?:and|&)\\s+)?(?:the\\s+)?")) {
                break;
            }
            list.add(m);
            at = m.end();
        }
        return list.size() >= 2 ? actors(list) : List.of();
    }

    /** The doer named by "X's decision to", "the decision of X to", "with X for recognizing", or null. */
    private static List<Mention> decider(String sentence, List<Mention> mentions, int cue) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.end() > cue) {
                continue;
            }
            String after = sentence.substring(m.end(), cue);
            String before = sentence.substring(0, m.start());
            if (DECISION_AFTER.matcher(after).find() && possessive(sentence, m)
                    || DECISION_OF.matcher(before).find() && DECIDER_AFTER_OF.matcher(after).find()
                    || PARTNER_FOR.matcher(after).find() && before.matches("(?is).*\\bwith\\s+(?:the\\s+)?$")
                            && sentence.substring(cue).matches("(?is)^\\S+ing\\b.*")) {
                return List.of(m);
            }
        }
        return null;
    }

    /**
     * The doer of a noun cue: "Russia's recognition of", "its recognition of" (the clause's subject),
     * or none ("concern over recognition of Abkhazia": "by X" may still name it).
     */
    private static List<Mention> nominalSubject(String sentence, List<Mention> mentions, int clause, int cue) {
        String before = sentence.substring(clause, cue);
        for (Mention m : between(mentions, clause, cue)) {
            if (sentence.substring(m.end(), cue).isBlank()) {
                return List.of(m); // "the Russian recognition of"
            }
            if (possessive(sentence, m) && sentence.substring(m.end() + 2, cue).matches("\\s*(?:[\\p{L}-]+\\s+){0,2}")) {
                return List.of(m);
            }
        }
        if (Pattern.compile("(?i)\\b(?:its|their|his|her|our)\\s+(?:[\\p{L}'’-]+\\s+){0,2}$").matcher(before).find()) {
            return subject(sentence, mentions, clause, cue);
        }
        return List.of();
    }

    /** The actor at {@code at} is the object of a preposition ("with Russia"), not "the Republic of Somalia". */
    private static boolean governed(String sentence, int from, int at) {
        String word = previousWord(sentence, from, at);
        if (!PREPOSITIONS.contains(word)) {
            return false;
        }
        if (word.equals("of")) {
            if (sentence.substring(from, at).matches("(?is).*\\bon\\s+behalf\\s+of\\s+(?:the\\s+)?")) {
                return false; // "Gu, on behalf of the Chinese government, announced": the government acts
            }
            String before = sentence.substring(from, at).replaceAll("(?i)\\s*\\bof\\s+(?:the\\s+)?$", "");
            Matcher head = Pattern.compile("([\\p{L}]+)$").matcher(before);
            return !(head.find() && STATE_NOUNS.contains(head.group(1).toLowerCase(Locale.ROOT)));
        }
        return true;
    }

    private static boolean possessive(String sentence, Mention m) {
        String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 2));
        return after.equals("'s") || after.equals("’s")
                || m.text().endsWith("s") && (after.startsWith("' ") || after.startsWith("’ ")); // "Damascus' recognition"
    }

    /** The mentions in runs joined by "and", "or" or commas. */
    private static List<List<Mention>> groups(String sentence, List<Mention> mentions) {
        List<List<Mention>> out = new ArrayList<>();
        int i = 0;
        while (i < mentions.size()) {
            List<Mention> group = coordinated(sentence, mentions, mentions.get(i));
            out.add(group);
            i += group.size();
        }
        return out;
    }

    private static List<Actor> relationsPartners(String sentence, List<Mention> mentions, int cueEnd, int objectEnd) {
        Matcher with = Pattern.compile("(?i)\\b(?:with|between)\\s+").matcher(sentence).region(cueEnd, objectEnd);
        if (with.find()) {
            // "with Russia", "with the tiny South Pacific island nation of Tuvalu"
            for (Mention m : mentions) {
                if (m.start() >= with.end() && m.start() < objectEnd) {
                    if (possessive(sentence, m)) {
                        continue; // "with Russia's main ally Syria"
                    }
                    String between = sentence.substring(with.end(), m.start());
                    if (between.length() <= 50 && !between.matches("(?s).*[,;()].*")) {
                        return actors(coordinated(sentence, mentions, m));
                    }
                    break;
                }
            }
        }
        return List.of();
    }

    /** "its recognition by", "Kosovo's recognition by": the recognized is the possessive before the noun. */
    private static final Pattern POSSESSED_BEFORE = Pattern.compile("(?i)(?:\\b(its|their)|['’]s)\\s+"
            + "(?:(?:formal|official|diplomatic|international)\\s+)?$");

    /** The actor whose recognition it is: the one before "'s", or for "its"/"their" the entity named last before it. */
    private static Actor possessedBefore(String sentence, List<Mention> mentions, int cueStart) {
        Matcher m = POSSESSED_BEFORE.matcher(sentence.substring(0, cueStart));
        if (!m.find()) {
            return null;
        }
        if (m.group(1) == null) {
            return mentions.stream().filter(x -> x.end() == m.start()).map(Mention::actor).findFirst().orElse(null);
        }
        return mentions.stream().filter(x -> x.end() <= m.start() && x.actor().isEntity())
                .reduce((a, b) -> b).map(Mention::actor).orElse(null);
    }

    /** A dateline opening the sentence: "Prishtina, 23 January 2012 – ", "Tripoli, 26 September 2013: ". */
    private static final Pattern DATELINE = Pattern.compile("\\p{Lu}[\\p{L} .'’-]{1,30},\\s*(?:\\d{1,2}\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2})"
            + "(?:,?\\s+\\d{4})?\\s*(?:[–—-]|:)\\s+");

    private static final Pattern PAIR_AFTER = Pattern.compile("(?i)\\s+between\\b");

    /** After an agent: "and a majority of the EU's 27 members, including Italy, France and Germany". */
    private static final Pattern EXAMPLES_AFTER = Pattern.compile("(?i)\\s+and\\s+[^;:,]{0,60}?\\b(?:countries|members|states|nations"
            + "|governments)\\s*,\\s*(?:including|among\\s+them|such\\s+as)\\s+(?:the\\s+)?");

    /** The end of "by N countries, including X, Y and Z" after the cue (the comma ends the object before it), or the cue's end. */
    private static int byListEnd(String sentence, int cueEnd) {
        Matcher m = Pattern.compile("(?i)^\\s+by\\s+(?:[\\p{L}\\d-]+\\s+){1,3}(?:countries|nations|states|governments)\\s*,\\s*"
                + "(?:including|among\\s+them|such\\s+as)\\s+[^;:]*").matcher(sentence.substring(cueEnd));
        return m.find() ? cueEnd + m.end() : cueEnd;
    }

    private static final Pattern SIGNED_WITH = Pattern.compile("(?i)\\bsign(?:ed|s|ing)?\\b[^;:]{0,80}?\\bwith\\s+(?:the\\s+)?");

    /** The partner of "signed (a communique, an agreement) with Y" before a relations cue in its clause, or none. */
    private static List<Actor> signedWith(String sentence, List<Mention> mentions, int clause, int cue) {
        Matcher with = SIGNED_WITH.matcher(sentence).region(clause, cue);
        Mention first = with.find() ? firstAt(mentions, with.end()) : null;
        return first == null ? List.of() : List.of(first.actor());
    }

    /** The actor named right at {@code at} (a few characters of leeway), or null. */
    private static Mention firstAt(List<Mention> mentions, int at) {
        for (Mention m : mentions) {
            if (m.start() >= at) {
                return m.start() - at <= 4 ? m : null;
            }
        }
        return null;
    }

    /**
     * The mention and those that follow it joined by "and", "or" or commas: "Russia, Syria and
     * North Korea". A conjunction closes the list: in "Russia and Syria, and Ukraine severs" Ukraine
     * starts another.
     */
    private static List<Mention> coordinated(String sentence, List<Mention> mentions, Mention first) {
        List<Mention> group = new ArrayList<>(List.of(first));
        int i = mentions.indexOf(first);
        for (int k = i + 1; k < mentions.size(); k++) {
            Mention prev = mentions.get(k - 1);
            Mention next = mentions.get(k);
            Matcher joint = COORDINATION.matcher(sentence.substring(prev.end(), next.start()));
            if (!joint.matches()) {
                break;
            }
            group.add(next);
            if (joint.group(1) != null) {
                return group;
            }
        }
        // "The United States, Japan, Canada, and 22 European Union states": a description closes the list.
        if (group.size() >= 2 && LIST_CLOSED_BY_DESCRIPTION.matcher(sentence).region(group.get(group.size() - 1).end(),
                sentence.length()).lookingAt()) {
            return group;
        }
        // Commas with no conjunction to close them are no list: "DPR, the Holy See recognizing ...".
        return group.subList(0, 1);
    }

    /**
     * A list closed by a description ("and 22 European Union states") or by a name the facts do not hold, a
     * misspelt one among them ("Papua New Guinea and Lessoto all decided").
     */
    private static final Pattern LIST_CLOSED_BY_DESCRIPTION = Pattern.compile("(?i),?\\s+(?:and|as\\s+well\\s+as)\\s+(?:(?:\\d+"
            + "|two|three|four|five|six|seven|eight|nine|ten|several|other|many|some|most|all|a\\s+(?:few|dozen|number))\\s"
            + "|(?-i:\\p{Lu}\\p{Ll}+)(?:\\s+(?-i:\\p{Lu}\\p{Ll}+)){0,2}(?=\\s+(?:all|both|have|has|had|also|then|later|\\p{Ll}+ed)\\b))");

    /** Where the cue's object ends: at a clause word or a comma not followed by another actor. */
    private static int objectEnd(String sentence, int cueEnd, List<Mention> mentions) {
        Matcher stop = OBJECT_STOP.matcher(sentence).region(cueEnd, sentence.length());
        int end = stop.find() ? stop.start() : sentence.length();
        for (int i = cueEnd; i < end; i++) {
            if (sentence.charAt(i) == ',') {
                int next = i + 1;
                String rest = sentence.substring(next);
                Matcher lead = Pattern.compile("^\\s*(?:and\\s+|or\\s+)?(?:the\\s+)?").matcher(rest);
                int skip = lead.find() ? lead.end() : 0;
                int at = next + skip;
                Mention listed = mentions.stream().filter(m -> m.start() == at).findFirst().orElse(null);
                if (listed == null || !LIST_GOES_ON.matcher(sentence.substring(listed.end())).find()) {
                    return i;
                }
            }
        }
        return end;
    }

    private static List<Mention> between(List<Mention> mentions, int from, int to) {
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    }

    /** The word before {@code at} within the clause that starts at {@code from}, lower case, or "". */
    private static String previousWord(String sentence, int from, int at) {
        String before = sentence.substring(from, at).stripTrailing();
        before = before.replaceAll("(?i)(?:\\s*\\b(?:the|both|so-called))+$", "").stripTrailing(); // "of the so-called SADR"
        Matcher m = Pattern.compile("([\\p{L}]+)$").matcher(before);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static List<Actor> actors(List<Mention> mentions) {
        Set<Actor> out = new LinkedHashSet<>();
        mentions.forEach(m -> out.add(m.actor()));
        return List.copyOf(out);
    }
}
