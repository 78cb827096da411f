package dev.chancery.extract;

import dev.chancery.extract.ActorMentions.Mention;
import dev.chancery.load.World;
import dev.chancery.model.Actor;
import dev.chancery.model.Event;
import dev.chancery.model.Pairs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
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
 *
 * <p>{@link Clauses} says where the clause of a cue begins and ends, {@link NoEvent} whether the cue states
 * an event at all, and {@link Doers} who did it to whom.
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

    record Cue(String type, Pattern pattern, boolean nominal, boolean switchCue) {
    }

    record Hit(Cue cue, int start, int end) {
        boolean overlaps(Hit o) {
            return start < o.end && o.start < end;
        }
    }

    /** A kind of ties in a list with a diplomatic one: "diplomatic and trade", "economic, political and social". */
    private static final String KIND = "(?:diplomatic|bilateral|political|economic|trade|commercial|consular|social|cultural|military|transport)";
    /** The nouns that name relations: "ties", "links", "relations", "relationship". */
    private static final String RELATIONS_NOUN = "(?:ties|links|relations?|relationships?)";
    /** The kind that makes ties diplomatic relations, after others in a list: "military and (full) diplomatic", "military and formal". */
    private static final String DIPLOMATIC_KIND = "(?:(?:all|full|formal|official)\\s+)?(?:diplomatic|bilateral|political|formal|official"
            + "|(?:ambassador|embassy|ambassadorial)(?:-|\\s+)level)";
    private static final String RELATIONS = "[\"'“‘]?(?:(?:" + KIND + "(?:\\s*,\\s*|\\s+(?:and|&)\\s+|\\s+))*" + DIPLOMATIC_KIND
            + "(?:\\s*,\\s*(?:and\\s+)?" + KIND + "|\\s+(?:and|&)\\s+" + KIND + ")*\\s+)?"
            + RELATIONS_NOUN + "\\b[\"'”’]?";
    // "the so-called 'formal ties'": a quote may open on a qualifier
    private static final String QUALIFIERS = "(?:[\"'“‘]?(?:all|its|their|the|full|formal|official|off|so-called|long-standing"
            // "announced severance of his country's diplomatic ties with Asuncion"
            + "|(?:his|her|our|its|their)\\s+(?:country|nation|government)['’]s"
            + "|longstanding|normal|full-?fledged|fully-?fledged|full-scale|(?:ambassador|embassy|ambassadorial)(?:-|\\s+)level"
            + "|long-?time|decades?-(?:old|long)|years?-long|(?:\\d+|[a-z]+)-year(?:[- ](?:old|long))?"
            // "ending 82 years of diplomatic ties", "ended more than four decades of relations": a span of the relations
            + "|(?:(?:nearly|almost|more\\s+than|over|some|about)\\s+)?(?:\\d+|an?|two|three|four|five|six|seven|eight|nine|ten|several"
            + "|many)?\\s*(?:years?|decades?|century|centuries)\\s+of)\\s+)*";
    /** "(diplomatic) relations between X and Y were": a passive relations cue, the verb its cue. */
    private static final String PASSIVE_AFTER_RELATIONS = "(?<=\\b" + RELATIONS_NOUN + "[\"'”’]?\\s"
            + "(?:between\\s[^;:.]{3,80}?\\s"
            // "Qatar's relations with Saudi Arabia were severed": the pair as the relations' owner and partner
            + "|with\\s[^;:.,()]{3,60}?\\s)?)"
            + "(?:(?:were|was|have\\s+been|has\\s+been|had\\s+been)\\s+(?:(?:formally|officially|finally|also)\\s+)?)";
    /** Between a verb and its relations, a time in commas: "had suspended, in October 2006, its relations with". */
    private static final String VERB_GAP = "(?:\\s*,\\s*(?:in|on|last|this|earlier)\\s[^,;]{1,30},\\s*|\\s+)";
    private static final List<Cue> CUES = List.of(
            cue(Event.WITHDRAW, false, "(?<=\\b|[\"'‘“])(?:withdr(?:ew|aw|awn|aws|awing)|revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?"
                    + "|suspend(?:s|ed|ing)?|fr(?:oze|eeze|eezes|eezing|ozen)|retract(?:s|ed|ing)?|cancel(?:s|led|ed|ling)?"
                    + "|pull(?:s|ed|ing)?(?:\\s+(?:back|out))?|lift(?:s|ed|ing)?|revers(?:e|es|ed|ing)|annull?(?:s|ed|ing)?"
                    + "|recall(?:s|ed|ing)?|overturn(?:s|ed|ing)?"
                    // "ended its recognition of the SADR", "dropped its recognition of Taiwan", "renounced its recognition",
                    // "repealed", "invalidated", "nullified" it
                    + "|end(?:s|ed|ing)?|drop(?:s|ped|ping)?|terminat(?:e|es|ed|ing)|abandon(?:s|ed|ing)?|scrap(?:s|ped|ping)?"
                    + "|renounc(?:e|es|ed|ing)|repeal(?:s|ed|ing)?|invalidat(?:e|es|ed|ing)|nullif(?:y|ies|ied|ying)"
                    // "took back its recognition", "has gone back on its recognition"
                    + "|t(?:ook|akes?|aking|aken)\\s+back|(?:go(?:es|ing|ne)?|went)\\s+back\\s+on)[\"'’”]?\\s+"
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
                    + "|\\bde-?recogni[sz](?:e|es|ed|ing)\\b|\\bno\\s+longer\\s+recogni[sz](?:e|es|ed|ing)\\b"
                    // "stopped recognising Kosovo", "ceased to recognise": the recognition ended
                    + "|\\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing))\\s+(?:to\\s+)?recogni[sz](?:e|es|ed|ing)\\b"
                    // "Kosovo lost the recognition of Sierra Leone", "lost recognition from Togo": the doer follows, the
                    // subject is the one no longer recognized
                    + "|\\blos(?:e|es|t|ing)\\s+(?:(?:the|its|their|diplomatic|formal|official)\\s+)*recognition\\s+(?:of|from|by)(?=\\s+(?:the\\s+)?\\p{Lu})"),
            // "revoked Kenya's recognition of the SADR": the recognition undone, its doer the possessive before it
            cue(Event.WITHDRAW, true, "(?<=\\b(?:revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|withdr(?:ew|aw|awn|aws|awing)"
                    + "|retract(?:s|ed|ing)?"
                    // "the withdrawal of Suriname's recognition of Kosovo": the noun of the undoing
                    + "|(?:withdrawal|revocation|suspension|retraction|cancell?ation|freezing|annulment|reversal)\\s{1,3}of)"
                    + "\\s{1,3}(?:the\\s{1,3})?\\p{Lu}[\\p{L} .-]{0,40}['’]s?\\s{1,3}"
                    + "(?:(?:formal|official|diplomatic)\\s{1,3})?)recognition\\s+of\\b"),
            // "the withdrawal by Paraguay of its recognition of the SADR": the doer after "by" (Doers.nominalSubject)
            cue(Event.WITHDRAW, true, "(?<=\\b(?:withdrawal|revocation|suspension|retraction|cancell?ation|freezing|annulment|reversal)"
                    + "\\s{1,3}by\\s{1,3}(?:the\\s{1,3})?\\p{Lu}[\\p{L} .-]{0,40}?\\s{1,3}of\\s{1,3}(?:its|their)\\s{1,3}"
                    + "(?:(?:formal|official|diplomatic)\\s{1,3})?)recognition\\s+of\\b"),
            // "Suriname's recognition of Kosovo was withdrawn", "the recognition of the SADR by Ecuador was revoked": the
            // recognition undone, in the passive
            // "Kosovo's recognition was withdrawn by Ghana": the recognition right before its passive verb
            cue(Event.WITHDRAW, true, "\\brecognition(?:\\s+of\\b|(?=\\s+by\\b)|(?<=['’]s?\\s{1,3}recognition)(?=\\s))(?=[^;:,()]{0,60}?\\s(?:was|were|has\\s+been|have\\s+been"
                    + "|had\\s+been)\\s+(?:\\p{L}+ly\\s+)?(?:withdrawn|revoked|rescinded|suspended|frozen|annull?ed|cancell?ed|retracted"
                    + "|reversed|terminated|ended|dropped)\\b)"),
            cue(Event.WITHDRAW, true, "\\b(?:withdrawal|revocation|suspension|retraction|cancell?ation|freezing|annulment|reversal)\\s+of\\s+"
                    + "(?:(?:its|their|the|diplomatic|formal|official|full)\\s+)*recognition\\b|\\bde-?recognition\\b"),
            cue(Event.RESTORE, false, "\\b(?:restor(?:e|es|ed|ing)|re-?establish(?:es|ed|ing)?|resum(?:e|es|ed|ing)"
                    + "|renew(?:s|ed|ing)?|reinstat(?:e|es|ed|ing)|relaunch(?:es|ed|ing)?|re-?open(?:s|ed|ing)?|reviv(?:e|es|ed|ing)|restart(?:s|ed|ing)?"
                    // "mended ties", "patched up relations": what was broken, repaired
                    + "|mend(?:s|ed|ing)?|patch(?:es|ed|ing)?\\s+up)"
                    + VERB_GAP + QUALIFIERS + RELATIONS),
            // "announced the restart of diplomatic ties with Israel"
            cue(Event.RESTORE, true, "\\b(?:restoration|re-?establishment|resumption|renewal|restart)\\s+of\\s+" + QUALIFIERS + RELATIONS),
            // "restored diplomacy", "resumed full diplomacy": relations restored
            cue(Event.RESTORE, false, "\\b(?:restor(?:e|es|ed|ing)|re-?establish(?:es|ed|ing)?|resum(?:e|es|ed|ing))\\s+(?:full\\s+)?diplomacy\\b"),
            cue(Event.SEVER, false, "\\b(?:sever(?:s|ed|ing)?|cut(?:s|ting)?|br(?:oke|oken|eaks?|eaking)(?:\\s+off)?"
                    + "|end(?:s|ed|ing)?|drop(?:s|ped|ping)?|rupture[sd]?|suspend(?:s|ed|ing)?|terminat(?:e|es|ed|ing)"
                    // "discontinued diplomatic relations", "halted", "scrapped", "froze": ended or suspended, as severed
                    + "|discontinu(?:e|es|ed|ing)|halt(?:s|ed|ing)?|scrap(?:s|ped|ping)?|fr(?:oze|eeze|eezes|eezing|ozen)"
                    // "ceased diplomatic relations with Taiwan", "snapped diplomatic ties with Taiwan"
                    + "|ceas(?:e|es|ed|ing)|snap(?:s|ped|ping)?"
                    + "|pull(?:s|ed|ing)?\\s+the\\s+plug\\s+on)" + VERB_GAP + QUALIFIERS + RELATIONS),
            // "broke off ties with Iran in 2009 and restored them in 2014": relations named before, as "them" (the partner
            // is the one of the relations named before)
            cue(Event.RESTORE, false, "(?<=\\b" + RELATIONS_NOUN + "\\b[^;.]{1,150}?)\\b(?:restor(?:e|es|ed|ing)|re-?establish(?:es|ed|ing)?"
                    + "|resum(?:e|es|ed|ing)|renew(?:s|ed|ing)?|reinstat(?:e|es|ed|ing))\\s+them\\b"),
            cue(Event.SEVER, false, "(?<=\\b" + RELATIONS_NOUN + "\\b[^;.]{1,150}?)\\b(?:(?:sever(?:s|ed|ing)?|cut(?:s|ting)?|suspend(?:s|ed|ing)?"
                    + "|terminat(?:e|es|ed|ing)|fr(?:oze|eeze|eezes|eezing|ozen))\\s+them\\b|br(?:oke|oken|eaks?|eaking)\\s+them\\s+off\\b)"),
            cue(Event.RESTORE, false, PASSIVE_AFTER_RELATIONS + "(?:restored|re-?established|resumed|renewed|reinstated)\\b"),
            cue(Event.SEVER, false, PASSIVE_AFTER_RELATIONS + "(?:severed|cut|broken(?:\\s+off)?|ended|terminated|ruptured|suspended)\\b"),
            // "Relations between China and CAR were normalised": established, as "normalised relations" is
            cue(Event.ESTABLISH, false, PASSIVE_AFTER_RELATIONS + "(?:established|forged|opened|formed|normali[sz]ed|formali[sz]ed)\\b"),
            // "relations between Qatar and Egypt ended on Thursday": relations that end between a pair are severed
            cue(Event.SEVER, false, "(?<=\\b" + RELATIONS_NOUN + "[\"'”’]?\\sbetween\\s[^;:.,]{3,80}?\\s)(?:(?:formally|officially|finally|abruptly)\\s+)?"
                    // not "ended a process of negotiations": what relations ended has no object
                    + "ended\\b(?!\\s+(?:up|a|an|the|its|their|years?|decades?|\\d+)\\b)"),
            // "Diplomatic ties between London and Tehran resumed in October 1990": relations that resume between a pair
            cue(Event.RESTORE, false, "(?<=\\b" + RELATIONS_NOUN + "[\"'”’]?\\sbetween\\s[^;:.,]{3,80}?\\s)(?:(?:formally|officially|finally)\\s+)?"
                    + "resumed\\b"),
            // "the restoration of their diplomatic relations, severed in 1972": a participle of the relations named
            // "Diplomatic ties between Chad and Niger, severed in 2008, were restored": the pair named before it
            cue(Event.SEVER, false, "(?<=\\b" + RELATIONS_NOUN + "[\"'”’]?(?:\\sbetween\\s[^;:.,()]{3,60}?)?,\\s{1,2})"
                    + "(?:\\p{L}+ly\\s+)?(?:severed|cut|broken(?:\\s+off)?|suspended|ruptured)"
                    + "(?=\\s+(?:in|on|since|after|during)\\b)"),
            // "broke with Taiwan", "announced its split with the R.O.C."
            cue(Event.SEVER, false, "\\b(?:br(?:oke|eaks?|eaking)\\s+(?:off\\s+)?|split(?:s|ting)?\\s+)(?=with\\s+(?:the\\s+)?\\p{Lu})"),
            // "announced the break of diplomatic relations with Ecuador"
            cue(Event.SEVER, true, "\\b(?:severance|severing|cutting|rupture|break|breaking(?:\\s+off)?|break-?off|termination|suspension)"
                    + "\\s+of\\s+" + QUALIFIERS + RELATIONS + "|\\ban\\s+end\\s+to\\s+" + QUALIFIERS + RELATIONS
                    // "announced a break in relations with Qatar", "the suspension in ties with Israel", "a freeze in its ties"
                    + "|\\b(?:a\\s+(?:diplomatic\\s+)?break|(?:the|a)\\s+(?:suspension|freeze))\\s+in\\s+" + QUALIFIERS + RELATIONS),
            cue(Event.ESTABLISH, false, "\\b(?:establish(?:es|ed|ing)?)\\s+" + QUALIFIERS + RELATIONS
                    + "|\\b(?:open(?:s|ed|ing)?|forg(?:e|es|ed|ing)|form(?:s|ed|ing)?|set(?:s|ting)?\\s+up|launch(?:es|ed|ing)?"
                    + "|enter(?:s|ed|ing)?\\s+into)\\s+" + QUALIFIERS + RELATIONS
                    + "|\\b(?:normali[sz]|formali[sz])(?:e|es|ed|ing)\\s+" + QUALIFIERS + RELATIONS),
            cue(Event.ESTABLISH, true, "\\b(?:establishment|normali[sz]ation)\\s+of\\s+" + QUALIFIERS + RELATIONS),
            // "marked the 30th anniversary of diplomatic ties": the relations established then (the date counts back)
            cue(Event.ESTABLISH, true, "(?<=\\banniversary\\s{1,3}of\\s{1,3})" + QUALIFIERS + "(?:" + DIPLOMATIC_KIND + "\\s+)?"
                    + RELATIONS_NOUN + "\\b"),
            // "signed a diplomatic relations agreement with", "signed a diplomatic resumption agreement with"
            cue(Event.ESTABLISH, false, "\\bsign(?:s|ed|ing)?\\s+(?:a|an|the)\\s+(?:joint\\s+)?diplomatic\\s+relations?\\s+"
                    + "(?:agreement|accord|communiqu[eé]|treaty)(?=\\s+with\\b)"),
            cue(Event.RESTORE, false, "\\bsign(?:s|ed|ing)?\\s+(?:a|an|the)\\s+(?:joint\\s+)?diplomatic\\s+resumption\\s+"
                    + "(?:agreement|accord|communiqu[eé]|treaty)(?=\\s+with\\b)"),
            cue(Event.ANNEX, false, "\\bannex(?:es|ed|ing)?\\b"),
            cue(Event.ANNEX, true, "\\bannexation\\b"),
            // "switched diplomatic recognition from Taiwan to China", "switched ties to Beijing", "switch its
            // allegiance": a recognition of what follows "to" (Extractor adds the end of the other side's).
            new Cue(Event.RECOGNIZE, Pattern.compile("(?i)\\b(?:switch(?:es|ed|ing)?|shift(?:s|ed|ing)?|mov(?:e|es|ed|ing)|transfer(?:s|red|ring)?)\\s+"
                    + QUALIFIERS + "(?:(?:diplomatic\\s+)?(?:recognition|allegiance)\\b|" + RELATIONS + ")"
                    // "defected to Beijing", "flipped to China", "switched sides to China": a switch too
                    + "|\\b(?:switch(?:es|ed|ing)?|defect(?:s|ed|ing)?|flip(?:s|ped|ping)?)(?:\\s+sides)?"
                    + "(?=\\s+(?:from\\s+[^,;.]{1,40}?\\s+)?to\\s+(?:diplomatic\\s+recognition\\s+of\\s+)?\\p{Lu})"
                    // "ditched Taiwan for China", "dumps Taipei for Beijing": a switch to what follows "for"
                    + "|\\b(?:ditch(?:es|ed|ing)?|dump(?:s|ed|ing)?|abandon(?:s|ed|ing)?|drop(?:s|ped|ping)?|swap(?:s|ped|ping)?|desert(?:s|ed|ing)?)"
                    // "ditched Taiwan in favour of Beijing"
                    + "(?=\\s+(?:the\\s+)?(?-i:\\p{Lu})[^,;.]{0,40}?\\s+(?:for|in\\s+favou?r\\s+of)\\s+(?:the\\s+)?(?-i:\\p{Lu}))"), false, true),
            // "Panama's switching of diplomatic recognition from Taipei to Beijing": the noun of a switch
            new Cue(Event.RECOGNIZE, Pattern.compile("(?i)\\bswitch(?:ing)?\\s+of\\s+" + QUALIFIERS
                    + "(?:(?:diplomatic\\s+)?(?:recognition|allegiance)\\b|" + RELATIONS + ")"), true, true),
            // not "the first internationally recognised country": an adjective
            cue(Event.RECOGNIZE, false, "(?<!\\b(?:internationally|widely|universally|generally)\\s{1,3})\\brecogni[sz](?:e|es|ed|ing)\\b"
                    + "|\\backnowledg(?:e|es|ed|ing)\\b"
                    + "|\\b(?:back(?:s|ed)?|endors(?:e|es|ed))\\s+(?:(?:the|their|its)\\s+)?"
                    + "(?:independence|sovereignty|statehood)\\b"
                    + "|\\b(?:back(?:s|ed)?|endors(?:e|es|ed))(?=\\s+(?:the\\s+)?\\p{Lu}[\\p{L} -]{0,40}?['’]s?\\s+(?:independence|sovereignty|statehood)\\b)"
                    + "|\\b(?:extend(?:s|ed|ing)?|grant(?:s|ed|ing)?|accord(?:s|ed|ing)?|gave|gives?|giving|offer(?:s|ed|ing)?"
                    + "|confer(?:s|red|ring)?)\\s+(?:(?:diplomatic|formal|official|full)\\s+)*"
                    + "recognition\\s+(?:to|on|upon)\\b"
                    // "granted Kosovo diplomatic recognition": the recognized between the verb and "recognition"
                    + "|\\b(?:extend(?:s|ed|ing)?|grant(?:s|ed|ing)?|accord(?:s|ed|ing)?|gave|gives?|giving)"
                    + "(?=\\s+(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}'-]*(?:\\s+(?:of\\s+)?(?-i:\\p{Lu})[\\p{L}'-]*){0,4}\\s+"
                    + "(?:(?:diplomatic|formal|official|full)\\s+)*recognition\\b)"
                    // "Kosovo receives recognition from Israel", "won recognition from": the doer follows "from"
                    + "|\\b(?:receiv(?:e|es|ed|ing)|w(?:on|ins?|inning)|gain(?:s|ed|ing)?|obtain(?:s|ed|ing)?"
                    + "|secur(?:e|es|ed|ing)|earn(?:s|ed|ing)?)\\s+(?:(?:diplomatic|formal|official|full)\\s+)*"
                    + "recognition\\s+(?:from|by)\\b"
                    // "Macedonia had formally resumed diplomatic recognition of China": a recognition given again
                    + "|\\b(?:resum(?:e|es|ed|ing)|restor(?:e|es|ed|ing)|renew(?:s|ed|ing)?|reinstat(?:e|es|ed|ing))\\s+"
                    + "(?:(?:its|their|the|diplomatic|formal|official|full)\\s+)*recognition\\s+of\\b"),
            cue(Event.RECOGNIZE, true, "\\brecognition\\s+(?:of|to)\\b|\\brecognition(?=\\s+by\\b)"));

    /** A place, not an object: "in eastern Ukraine", "from Serbia". */
    private static final Pattern LOCATION_BEFORE = Pattern.compile("(?i)\\b(?:in|from|within|inside|near|across|at|into|against"
            + "|eastern|western|northern|southern|central|east|west|north|south)\\s+(?:the\\s+)?$");
    /** What a possessive names as the state itself: "Croatia's independence". */
    private static final Pattern OWN_STATEHOOD = Pattern.compile("(?i)['’]s?\\s+(?:independence|sovereignty|statehood)\\b(?!\\s+(?:over|in)\\b)");
    /** What is not chosen: "recognized Beijing instead of Taipei". */
    private static final Pattern INSTEAD_OF_BEFORE = Pattern.compile("(?i)\\b(?:instead\\s+of|rather\\s+than|in\\s+place\\s+of)\\s+(?:the\\s+)?$");
    /** The state a region belongs to: "two regions of Georgia" (an entity after it is the region itself). */
    private static final Pattern PART_OF_BEFORE = Pattern.compile("(?i)\\b(?:regions?|parts?|territor(?:y|ies)"
            + "|provinces?|areas?|oblasts?|borders?|capital)\\s+of\\s+(?:the\\s+)?$");

    /** What is recognized is not an actor's statehood: "recognized the territorial integrity of Georgia". */
    private static final Pattern NOT_STATEHOOD = Pattern.compile("(?i)\\s*(?:the\\s+)?"
            // "Kosovo's right to", "Kosovo passports": something of the actor named first, not the actor
            + "(?:(?-i:\\p{Lu})[\\p{L}.-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}.-]*){0,3}(?:['’]s?)?\\s+(?=(?:rights?|need|importance|efforts?|role"
            + "|contributions?|passports?|(?:travel\\s+)?documents?|(?:vehicle\\s+)?licen[cs]e\\s+plates|diplomas?|certificates?|visas?"
            + "|(?:election\\s+)?results|elections?|referendum)\\b))?"
            + "(?:passports?|(?:travel\\s+)?documents?|(?:vehicle\\s+)?licen[cs]e\\s+plates|diplomas?|certificates?|visas?"
            + "|(?:election\\s+)?results|elections?|referendum"
            + "|(?:full\\s+)?territorial\\s+integrity"
            + "|(?:[\\p{L}-]+(?:['’‘]s)?\\s+)?sovereignty\\s+(?:over|in)\\b|borders|rights?\\b|need|importance|efforts?|role|contributions?"
            // "recognised the indivisible nature of the Chinese state", "the unity of China"
            + "|(?:[\\p{L}-]+\\s+){0,2}(?:nature|unity|indivisibility|integrity)\\s+of\\b"
            // "recognises the legitimate and long held aspirations of the people of Palestine"
            + "|(?:[\\p{L}-]+\\s+(?:and\\s+)?){0,4}(?:aspirations|claims?|interests|concerns|needs|rights|suffering|plight|desires?)\\b"
            + "|[\"“]?one[- ]China|(?:[\\p{L}-]+\\s+){0,2}(?:policy|principle)\\b|that\\s|there\\s+(?:is|are|was|were)\\b)");
    /** A reproach just before a noun of relations: "disappointed with the", "condemned the", "deplores this". */
    private static final Pattern CONDEMNED_BEFORE = Pattern.compile("(?i)\\b(?:disappoint|condemn|deplor|regrett?|criticis|criticiz"
            + "|protest|denounc|lament|decr[iy]|object|angr|slam)\\w*\\b[^,;:]{0,30}?\\b(?:the|a|this|that)\\s+(?:[\\p{L}-]+\\s+)?$");
    private static final Pattern BY_AGENTS = Pattern.compile("(?i)\\s+by\\s+(?:the\\s+)?");

    private static final Pattern COLON_BEFORE_LIST = Pattern.compile("\\s*:\\s*(?:the\\s+)?");

    /** The names listed right after a colon that closes a description: "the three Baltic states: Lithuania, Latvia". */
    private static List<Actor> listedAfterColon(String sentence, List<Mention> mentions, int end) {
        Matcher colon = COLON_BEFORE_LIST.matcher(sentence).region(end, sentence.length());
        Mention first = colon.lookingAt() ? Doers.firstAt(mentions, colon.end()) : null;
        return first == null || first.start() != colon.end() ? List.of()
                : Doers.actors(Doers.coordinated(sentence, mentions, first));
    }

    private static final Pattern GENERIC = Pattern.compile("(?i)\\b(?:their|its)\\s+(?:independence|sovereignty|statehood)\\b"
            + "|\\b(?:their|its)\\s+(?:(?:diplomatic|formal|official)\\s+)?recognition\\b"
            // "recognised Kosovo in 2016 but withdrew the (that) recognition in 2017": the recognition named before
            + "|\\b(?:the|that|this|such)\\s+recognition\\b(?!\\s+(?:of|to|by)\\b)"
            + "|\\bthem\\b|\\bboth\\b|\\bpeople['’]s\\s+republics\\b"
            + "|\\b(?:the|these|those|two|both|three|four|\\d+)\\s+(?:[\\p{L}'’\"“”-]+\\s+){0,4}?"
            + "(?:entities|regions|republics|territories|enclaves|provinces|states|areas)\\b"
            + "|\\b(?:the|this|that)\\s+(?:[\\p{L}'’\"“”-]+\\s+){0,3}?(?:entity|region|republic|territory|enclave|province)\\b");

    /** "the decision to recognise Abkhazia was influenced by Russia": "by" names the agent of another verb. */
    private static final Pattern OTHER_PASSIVE = Pattern.compile("(?i)\\b(?:was|were|is|are|been|being)\\s+(?:[\\p{L}-]+ly\\s+)?"
            + "(?!recogni[sz]ed\\b|acknowledged\\b)[\\p{L}-]+(?:ed|en)\\s*$");

    /** The passive verb of a withdrawal, before its "by": "was revoked", "has been formally withdrawn". */
    private static final Pattern WITHDRAWN_PASSIVE = Pattern.compile("(?i)\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+"
            + "(?:\\p{L}+ly\\s+)?(?:withdrawn|revoked|rescinded|suspended|frozen|annull?ed|cancell?ed|retracted|reversed|terminated"
            + "|ended|dropped)\\s*$");

    /** A noun cue that is what was signed or announced is the act itself: "signed a joint communique on the establishment of". */
    private static final Pattern SIGNED_BEFORE = Pattern.compile("(?i)\\b(?:sign(?:ed|s|ing)|announc(?:ed|es|ing)|formali[sz](?:ed|es|ing))\\b"
            + "(?:[^,;:]{0,80}?\\b(?:on|of|for|the|its|their|an?))?(?:\\s+(?:formal|official|full|diplomatic))*\\s+$"
            // "the parliament approved the recognition of": what a body approves or ratifies, right after the verb
            + "|\\b(?:approv(?:ed|es)|ratifi(?:ed|es))\\s+(?:the|its|their)\\s+(?:formal\\s+|official\\s+)?$");

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

    /** The sides of each exclusive pair ({@link Pairs#key}): China and Taiwan are no pair of relations. */
    private final Set<String> rivals;

    private EventPatterns(Set<String> rivals) {
        this.rivals = Set.copyOf(rivals);
    }

    /** The patterns, with what {@code world} knows of exclusive pairs. */
    public static EventPatterns of(World world) {
        return new EventPatterns(world.exclusives().stream().map(x -> Pairs.key(x.side(), x.other())).collect(Collectors.toSet()));
    }

    /**
     * The events {@code sentence} states or denies. {@code history} holds the entities each earlier
     * sentence named (the last is the sentence before this one), for descriptions like "the two regions".
     */
    public List<Finding> find(String text, List<Mention> mentions, List<List<Actor>> history) {
        // "However, Grenada, a Caribbean nation that …": a connective that opens the sentence is read as if absent
        // (blanked, one character for one, so that every position stays the same)
        Matcher connective = CONNECTIVE.matcher(text);
        String sentence = connective.lookingAt() ? " ".repeat(connective.end()) + text.substring(connective.end()) : text;
        mentions = Doers.withoutAllyOwners(sentence, mentions);
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
                if (hits.stream().noneMatch(hit::overlaps) && !NoEvent.negativePrefix(sentence, m.start())) {
                    hits.add(hit);
                }
            }
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Integer> boundaries = Clauses.boundaries(sentence, mentions);
        List<Finding> out = new ArrayList<>();
        for (Hit hit : hits) {
            int clause = Clauses.clauseStart(boundaries, hit.start());
            if (NoEvent.subordinate(sentence, hit, hits, clause)) {
                continue;
            }
            int nextCue = hits.stream().mapToInt(Hit::start).filter(st -> st > hit.start()).min().orElse(sentence.length());
            int clauseEnd = Clauses.clauseEnd(boundaries, hit.end(), sentence.length());
            Finding finding = roles(sentence, mentions, history, hit, clause, nextCue, clauseEnd, out);
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
            Mention favored = favor.find() ? Doers.firstAt(mentions, favor.end()) : null;
            if (favored != null && !f.by().contains(favored.actor()) && !f.targets().contains(favored.actor())) {
                out.add(new Finding(Event.RECOGNIZE, f.cueStart(), f.cueEnd(), f.by(), List.of(favored.actor()), null, false,
                        null, f.clauseStart(), f.clauseEnd(), false, f.dependent()));
            }
        }
        mutualRecognitions(out, sentence, mentions, boundaries);
        // "X recognized Y, and Z followed suit" (did so, did the same): Z did what the event before did.
        Matcher suit = FOLLOWED_SUIT.matcher(sentence);
        while (suit.find()) {
            int at = suit.start();
            Finding before = out.stream().filter(f -> f.accepted() && f.cueEnd() <= at && !f.dependent())
                    .reduce((a, b) -> b).orElse(null);
            if (before == null || hits.stream().anyMatch(h -> h.start() >= before.cueEnd() && h.start() < at)) {
                continue;
            }
            int clause = Clauses.clauseStart(boundaries, at);
            int clauseEnd = Clauses.clauseEnd(boundaries, suit.end(), sentence.length());
            List<Actor> doers = Doers.actors(Doers.subject(sentence, mentions, clause, at)).stream()
                    .filter(a -> !before.by().contains(a) && !before.targets().contains(a)).toList();
            if (!doers.isEmpty()) {
                out.add(new Finding(before.type(), at, suit.end(), doers, before.targets(), before.targetsFrom(), before.pending(),
                        // a switch repeated is a switch: "and Kiribati did the same" also leaves Taiwan
                        NoEvent.rejection(sentence, clause, at, false), clause, clauseEnd, before.announced(), false));
            }
        }
        // "recognized Palestine, joining Barbados and Jamaica as the third …": those joined did the same before,
        // at a time the sentence does not give
        sameEventBy(out, sentence, mentions, hits, JOINING,
                EventPatterns::ofRecognition,
                rest -> JOINED_AS.matcher(rest).find(), a -> !a.isEntity(), false);
        // "the third Caribbean nation to do so, following Barbados and Jamaica": those counted before did the same,
        // at a time the sentence does not give
        sameEventBy(out, sentence, mentions, hits, DID_SO_AFTER,
                EventPatterns::ofRecognition,
                EventPatterns::endsTheClause, a -> !a.isEntity(), false);
        // "Bolivia broke all ties with Israel at the same time as Venezuela": the list did the same, at that time
        // ("at the same time as Venezuela expelled its ambassador": the list did something else)
        sameEventBy(out, sentence, mentions, hits, SAME_TIME_AS, f -> true, EventPatterns::endsTheClause, a -> true, true);
        // "Barbados, followed by Jamaica and Trinidad & Tobago, announced their recognition": the list did the same later,
        // at a time the sentence does not give
        for (Finding f : List.copyOf(out)) {
            if (f.accepted() && !f.dependent() && ofRecognition(f)) {
                List<Actor> later = Doers.followedBy(sentence, mentions, f.clauseStart(), false).stream()
                        .filter(a -> !a.isEntity() && !f.by().contains(a) && !f.targets().contains(a)).toList();
                if (!later.isEmpty()) {
                    out.add(new Finding(f.type(), f.cueStart(), f.cueEnd(), later, f.targets(), f.targetsFrom(), f.pending(),
                            null, f.clauseStart(), f.clauseEnd(), false, true));
                }
            }
        }
        // "Jamaica recognised Palestine in April, followed by Trinidad and Tobago in May": the list did the same, at the
        // time that follows it
        for (Finding f : List.copyOf(out)) {
            if (!f.accepted() || f.dependent()) {
                continue;
            }
            Matcher followed = FOLLOWED_BY.matcher(sentence).region(f.cueEnd(), Clauses.beforeSemicolon(sentence, f.cueEnd()));
            if (!followed.find() || hits.stream().anyMatch(h -> h.start() > f.cueEnd() && h.start() < followed.start())) {
                continue;
            }
            List<Mention> list = Doers.listFrom(sentence, mentions, followed.end());
            List<Actor> doers = Doers.actors(list).stream()
                    .filter(a -> !a.isEntity() && !f.by().contains(a) && !f.targets().contains(a)).toList();
            if (!doers.isEmpty() && OWN_TIME.matcher(sentence.substring(list.get(list.size() - 1).end())).matches()) {
                out.add(new Finding(f.type(), followed.start(), followed.end(), doers, f.targets(), f.targetsFrom(), f.pending(),
                        null, f.clauseStart(), f.clauseEnd(), f.announced(), false));
            }
        }
        // "Panama cut ties with Taiwan in 2017, El Salvador in 2018 and the Solomon Islands in 2019": each actor after the
        // event, with a time of its own and no verb, did the same at that time
        for (Finding f : List.copyOf(out)) {
            if (!f.accepted() || f.dependent()) {
                continue;
            }
            Matcher gap = GAPPED.matcher(sentence).region(f.cueEnd(), Clauses.beforeSemicolon(sentence, f.cueEnd()));
            while (gap.find()) {
                int at = gap.end();
                Mention m = mentions.stream().filter(x -> x.start() == at).findFirst().orElse(null);
                // a time ends the part before it too ("in 2017, El Salvador in 2018"), or it is a list ("by Niger and Mali in May")
                boolean timed = m != null && GAPPED_TIME.matcher(sentence).region(m.end(), sentence.length()).lookingAt()
                        && TIME_ENDS.matcher(sentence.substring(f.cueEnd(), gap.start())).find();
                if (!timed || m.actor().isEntity() || f.by().contains(m.actor()) || f.targets().contains(m.actor())
                        || f.targets().stream().anyMatch(t -> rivals.contains(Pairs.key(t.id(), m.actor().id())))
                        || hits.stream().anyMatch(h -> h.start() >= f.cueEnd() && h.start() < at)) {
                    continue;
                }
                out.add(new Finding(f.type(), m.start(), m.end(), List.of(m.actor()), f.targets(), f.targetsFrom(), f.pending(),
                        null, f.clauseStart(), f.clauseEnd(), f.announced(), false));
            }
        }
        // "Ireland recognised Palestine on Tuesday, as did Spain and Norway" (", and so did"): the list did the same, then
        sameEventBy(out, sentence, mentions, hits, AS_DID, f -> true, EventPatterns::endsTheClause, a -> !a.isEntity(), true);
        // "recognized a Palestinian state this week alongside France (and several other countries)": the list did the same, then
        sameEventBy(out, sentence, mentions, hits, ALONGSIDE, f -> true,
                rest -> endsTheClause(rest) || OTHERS_TOO.matcher(rest).lookingAt(), a -> !a.isEntity(), true);
        // "…, a move emulated hours later by its regional ally Bolivia": the list did the same, at a time not given
        sameEventBy(out, sentence, mentions, hits, EMULATED_BY, f -> true, EventPatterns::endsTheClause, a -> true, false);
        severedBefore(out, sentence, hits);
        return out;
    }

    /**
     * "Pakistan and Bangladesh recognised each other", "accorded mutual recognition": each of the two recognizes the
     * other (the Extractor then leaves out a recognition of a UN member, as it leaves out any).
     */
    private static void mutualRecognitions(List<Finding> out, String sentence, List<Mention> mentions, List<Integer> boundaries) {
        Matcher mutual = MUTUAL.matcher(sentence);
        while (mutual.find()) {
            int at = mutual.start();
            int clause = Clauses.clauseStart(boundaries, at);
            int clauseEnd = Clauses.clauseEnd(boundaries, mutual.end(), sentence.length());
            List<Actor> sides = Doers.actors(Doers.subject(sentence, mentions, clause, at));
            if (sides.size() != 2) {
                continue;
            }
            out.removeIf(f -> f.cueStart() < mutual.end() && at < f.cueEnd());
            String rejected = NoEvent.rejection(sentence, clause, at, false);
            for (int i = 0; i < 2; i++) {
                out.add(new Finding(Event.RECOGNIZE, at, mutual.end(), List.of(sides.get(i)), List.of(sides.get(1 - i)), null, false,
                        rejected, clause, clauseEnd, false, false));
            }
        }
    }

    private static final Pattern MUTUAL = Pattern.compile("(?i)\\brecogni[sz]ed\\s+(?:each\\s+other|one\\s+another)\\b"
            + "|\\b(?:accorded|extended|granted|exchanged)\\s+(?:each\\s+other\\s+)?mutual\\s+(?:diplomatic\\s+)?recognition\\b");

    /**
     * Adds the severance that relations restored (or to be restored) had: "restored diplomatic relations, which had
     * been severed since 2016", "relations with Moscow, which it broke off in 2008", "relations, severed 14 years ago".
     * The severance is stated as a fact even when the restoration is denied ("has never restored"), not when it is
     * only agreed or intended; its clause, with its own time words, is cut from the restoration's.
     */
    private static void severedBefore(List<Finding> out, String sentence, List<Hit> hits) {
        for (Finding f : List.copyOf(out)) {
            // a restoration only agreed or intended names its severance as its background, as the corpus labels it
            // ("agreed to restore diplomatic relations that have been severed for eight years"); one denied does not
            boolean background = f.rejected() != null && !f.rejected().startsWith("negated");
            if (!f.type().equals(Event.RESTORE) || f.dependent() || f.by().isEmpty() || f.targets().isEmpty() || background) {
                continue;
            }
            int end = Clauses.beforeSemicolon(sentence, f.cueEnd());
            Matcher severed = SEVERED_BEFORE.matcher(sentence).region(f.cueEnd(), end);
            if (!severed.lookingAt() || hits.stream().anyMatch(h -> h.start() > f.cueEnd() && h.start() < severed.start("verb"))) {
                continue;
            }
            int clause = severed.start("clause");
            if (out.stream().anyMatch(g -> g.type().equals(Event.SEVER) && g.cueStart() < severed.end("verb")
                    && severed.start("verb") < g.cueEnd())) {
                continue; // read already: "the restoration of their relations, severed in 1972"
            }
            // the restoration's clause runs from the sentence's start to the severance's ("announced in January 2019 the
            // restoration of their relations, severed in 1972"): its time words are not the severance's
            out.set(out.indexOf(f), new Finding(f.type(), f.cueStart(), f.cueEnd(), f.by(), f.targets(), f.targetsFrom(),
                    f.pending(), f.rejected(), 0, Math.min(f.clauseEnd(), clause), f.announced(), f.dependent()));
            out.add(new Finding(Event.SEVER, severed.start("verb"), severed.end("verb"), f.by(), f.targets(), f.targetsFrom(),
                    f.pending(), null, clause, end, false, false));
        }
    }

    /** After restored relations and their partner: the relative clause, or the participle in commas, of their severance. */
    private static final Pattern SEVERED_BEFORE = Pattern.compile("(?i)[^;:]{0,80}?(?<clause>(?:,\\s*|\\s+)"
            // "which had been severed since 2016", "which it broke off in 2008" (not "with which": its own antecedent)
            + "(?:(?<!\\b(?:with|from|to|by|of|for|in)\\s)(?:which|that)\\s+(?:(?:it|they|the\\s+two(?:\\s+\\p{L}+)?)\\s+)?"
            + "(?:(?:had|have|has)\\s+)?(?:(?:been|were|was)\\s+)?"
            // "relations, severed exactly 14 years ago": a participle with its time, in commas
            + "|(?<=,\\s{0,3})(?=(?:severed|cut|broken(?:\\s+off)?|suspended|frozen|ruptured)\\s+(?:in|since|on|exactly|more|nearly"
            + "|some|over|after|during|at|\\d)\\b)))"
            + "(?:\\p{L}+ly\\s+)?(?<verb>severed|cut|broken|broke|suspended|frozen|froze|ruptured)(?:\\s+off)?\\b"
            // not "which had cut ties with Niger": relations of its own
            + "(?!\\s+(?:off\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:ties|relations|links)\\s+(?:with|between)\\b)");

    /**
     * Adds, for each accepted event that {@code applies} to, the same event by the actors listed right after
     * {@code cue} in its clause (before any other cue), if what follows the list {@code fits}: by those of the
     * list that {@code doerFits} and that are not already the event's. With {@code sameTime} the new event is
     * dated as the first one; otherwise it depends on it and takes no time of its own.
     */
    private static void sameEventBy(List<Finding> out, String sentence, List<Mention> mentions, List<Hit> hits, Pattern cue,
                                    Predicate<Finding> applies, Predicate<String> fits,
                                    Predicate<Actor> doerFits, boolean sameTime) {
        for (Finding f : List.copyOf(out)) {
            if (!f.accepted() || f.dependent() || !applies.test(f)) {
                continue;
            }
            Matcher found = cue.matcher(sentence).region(f.cueEnd(), Clauses.beforeSemicolon(sentence, f.cueEnd()));
            if (!found.find() || hits.stream().anyMatch(h -> h.start() > f.cueEnd() && h.start() < found.start())) {
                continue;
            }
            List<Mention> list = Doers.listFrom(sentence, mentions, found.end());
            int at = list.isEmpty() ? found.end() : list.get(list.size() - 1).end();
            if (list.isEmpty() || !fits.test(sentence.substring(at))) {
                continue;
            }
            List<Actor> doers = Doers.actors(list).stream()
                    .filter(a -> doerFits.test(a) && !f.by().contains(a) && !f.targets().contains(a)).toList();
            if (!doers.isEmpty()) {
                out.add(sameTime
                        ? new Finding(f.type(), f.cueStart(), f.cueEnd(), doers, f.targets(), f.targetsFrom(), f.pending(),
                                null, f.clauseStart(), f.clauseEnd(), f.announced(), false)
                        : new Finding(f.type(), found.start(), found.end(), doers, f.targets(), f.targetsFrom(), f.pending(),
                                null, found.start(), at, f.announced(), true));
            }
        }
    }

    /**
     * A present that states what holds, not what happened: of a relative clause in commas right after a name ("Chad,
     * which recognizes Taiwan, voted"), or of a reason ("because it also recognizes Kosovo").
     */
    private static boolean standingPresent(String sentence, List<Mention> mentions, int cueStart, int cueEnd) {
        if (!sentence.substring(cueStart, cueEnd).matches("(?i)\\S*s")) {
            return false;
        }
        Matcher which = NoEvent.WHICH_BEFORE.matcher(sentence.substring(0, cueStart));
        return which.find() && mentions.stream().anyMatch(m -> m.end() == which.start())
                || NoEvent.BECAUSE_PRESENT.matcher(sentence.substring(0, cueStart)).find();
    }

    /** Whether {@code f} recognizes or withdraws a recognition: what those joined or followed in a count did too. */
    private static boolean ofRecognition(Finding f) {
        return f.type().equals(Event.RECOGNIZE) || f.type().equals(Event.WITHDRAW);
    }

    /** Whether {@code rest}, what follows a list, ends its clause: no verb of the list's own follows. */
    private static boolean endsTheClause(String rest) {
        return rest.matches("(?s)\\s*(?:[.;,:)\"”].*)?") || Doers.TRAILING_ADJUNCT.matcher(rest).matches();
    }

    /** ", a move emulated (hours later) by (its ally) X": who repeated the event. */
    private static final Pattern EMULATED_BY = Pattern.compile("(?i),\\s*a\\s+(?:move|step|decision)\\s+(?:that\\s+was\\s+)?"
            + "(?:later\\s+|soon\\s+)?(?:emulated|followed|copied|mirrored|imitated|matched)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "by\\s+(?:(?:its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:ally|allies|neighbou?rs?|partners?)\\s+)?(?:the\\s+)?(?=\\p{Lu})");

    /** "at the same time as X", "on the same day as X": the list that acted with the event's doer. */
    private static final Pattern SAME_TIME_AS = Pattern.compile("(?i)\\b(?:at\\s+the\\s+same\\s+time|(?:on|in)\\s+the\\s+same"
            + "\\s+(?:day|week|month|year))\\s+as\\s+(?:the\\s+)?(?=\\p{Lu})");

    /** ", followed by X": the list that acted after the event's doer. */
    private static final Pattern FOLLOWED_BY = Pattern.compile("(?i)(?<=,\\s{0,3})followed\\s+by\\s+(?:the\\s+)?(?=\\p{Lu})");
    /** A time of its own after that list, ending its clause: "in May", "on April 23", "a week later". */
    private static final Pattern OWN_TIME = Pattern.compile("(?is)\\s*,?\\s+(?:(?:in|on)\\s+(?!the\\s+same\\b)|(?:a|an|one|two|three"
            + "|four|five|six|\\d+)\\s+(?:days?|weeks?|months?|years?)\\s+later\\b)[^,;:.]{0,30}?(?:[.;,:)].*)?");
    /** ", as did X", ", as have X", ", and so did X": the list that did the same. */
    private static final Pattern AS_DID = Pattern.compile("(?i),\\s*(?:as|and\\s+so)\\s+(?:did|have|has|had)\\s+(?:the\\s+)?(?=\\p{Lu})");

    /** "alongside X", "along with X", "together with X" after the cue: the list that acted with the event's doer. */
    private static final Pattern ALONGSIDE = Pattern.compile("(?i)\\b(?:alongside|along\\s+with|together\\s+with)\\s+(?:the\\s+)?(?=\\p{Lu})");
    /** What may follow such a list: "and several other Western countries", "and others". */
    private static final Pattern OTHERS_TOO = Pattern.compile("(?i)\\s*,?\\s*and\\s+(?:several|many|some|other|others|a\\s+(?:few|number|dozen|host))\\b");

    /** ", joining X and Y": the list that acted before. */
    private static final Pattern JOINING = Pattern.compile("(?i),\\s*joining\\s+(?:the\\s+)?(?=\\p{Lu})");
    /** "to do so after X and Y", "to do so, following X": the list counted before the event's doer. */
    private static final Pattern DID_SO_AFTER = Pattern.compile("(?i)\\bto\\s+do\\s+so\\s*,?\\s+(?:after|following)\\s+(?:the\\s+)?(?=\\p{Lu})");
    /** What "joining X" is joined in: "as the third …", "as one of", "in recognizing". */
    private static final Pattern JOINED_AS = Pattern.compile("(?i)^\\s*,?\\s*(?:as\\s+(?:the|one\\s+of)\\b|in\\s+\\p{L}+ing\\b)");

    /**
     * "President Castro's decision to": the possessive names a person, not an actor; "the union's decision to open
     * diplomatic relations": a body of states, no state either.
     */
    private static final Pattern DECISION_OF_NO_STATE = Pattern.compile("(\\p{Lu}[\\p{L}.-]+|(?i:(?<=\\bthe\\s)(?:union|bloc|alliance|league"
            + "|organi[sz]ation|council|federation|community|movement|party|front)))['’]s\\s+(?:(?:recent|latest|surprise|sudden"
            + "|earlier|controversial|unilateral)\\s+)?(?:decision|move|plan|bid|choice)\\s+to\\s+(?:\\p{L}+ly\\s+)?$");
    /**
     * An adverbial phrase or a relative clause before the subject, up to its last comma: "In exchange for ..., ",
     * "On Wednesday, during ..., ", "In a move that would anger Serbia, ".
     */
    private static final Pattern OPENING_PHRASE = Pattern.compile("(?i)^\\s*(?:in|on|during|at|after|amid|following|despite|with"
            + "|without|under|upon|for|through|as\\s+part\\s+of|in\\s+exchange\\s+for"
            // "Ignoring threats from Serbia, Chad recognized", "As expected, Chad recognized": what was feared or foreseen
            + "|\\p{L}+ing|as\\s+(?:had\\s+been\\s+)?(?:expected|planned|promised|agreed|announced|anticipated)"
            // "In a move that would anger Serbia, Chad recognized": the clause of the cue opens after the comma
            + "|that|which|where|who)\\b[^;:]*,\\s*(?=[^,;:]*$)");

    /** What may stand before the subject's name: "the", "the Pacific island nation of". */
    private static final Pattern SUBJECT_LEAD = Pattern.compile("(?i)(?:the\\s+)?(?:(?:[\\p{L}-]+\\s+){1,5}of\\s+(?:the\\s+)?)?");

    /** Before an actor in a gapped list: ", El Salvador in 2018", " and Burkina Faso on May 24". */
    private static final Pattern GAPPED = Pattern.compile("(?i)(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?(?=\\p{Lu})");
    /** A short time of a gapped list's part: "in 2018", "on May 24", "on 4 June 2019". */
    private static final String PART_TIME = "(?:in|on)\\s+(?:\\d{4}|\\d{1,2}\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\d{4})?"
            + "|\\p{Lu}\\p{Ll}+(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?)";
    /** The gapped actor's own time, then the end of its part: "in 2018,", "on May 24." */
    private static final Pattern GAPPED_TIME = Pattern.compile("\\s+" + PART_TIME + "(?=\\s*(?:[,.;]|and\\b|$))");
    /** The time that ends the part before a gapped actor: "cut ties with Taiwan in 2017". */
    private static final Pattern TIME_ENDS = Pattern.compile("\\b" + PART_TIME + "$");

    private static final Pattern IN_FAVOR_OF = Pattern.compile("(?i)^[^,;:]*?\\bin\\s+favou?r\\s+of\\s+(?:the\\s+)?(?=\\p{Lu})");

    /** A verb that repeats the event before it: "followed suit", "did so", "did it", "has done the same". */
    private static final Pattern FOLLOWED_SUIT = Pattern.compile("(?i)\\bfollow(?:ed|ing)\\s+suit\\b|\\bdid\\s+(?:so|it|the\\s+same)\\b"
            // "and Trinidad and Tobago followed in May", "Niger followed two days later": "followed" with no object
            + "|\\bfollowed(?=\\s+(?:(?:on|in)\\s+(?:(?-i:\\p{Lu})|\\d)|(?:a|an|one|two|three|four|five|six|\\d+)\\s+(?:days?|weeks?|months?|years?)\\s+later"
            + "|later\\b|soon\\s+after|shortly\\s+(?:after|afterwards)|the\\s+(?:next|following)\\s+(?:day|week|month|year))|\\s*[.;,])"
            // "with nearby Niue joining a month later": joining in the event before, at a time of its own
            + "|\\bjoining(?=\\s+(?:(?:a|an|one|two|three|four|five|six|\\d+)\\s+(?:days?|weeks?|months?|years?)\\s+later"
            + "|later|soon\\s+after|the\\s+(?:next|following)\\s+(?:day|week|month|year))\\b)"
            + "|\\b(?:has|have|had)\\s+(?:also\\s+)?done\\s+(?:so|the\\s+same)\\b"
            // "with Norway doing the same", "with Niger doing so a day later": an absolute phrase that repeats it
            + "|(?<=\\bwith\\s(?:the\\s)?\\p{Lu}[^,;:]{0,40}?\\s)doing\\s+(?:so|the\\s+same|likewise)\\b");

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

    private Finding roles(String sentence, List<Mention> mentions, List<List<Actor>> history, Hit hit, int clause,
                          int nextCue, int clauseEnd, List<Finding> earlier) {
        String type = hit.cue().type();
        int cueStart = hit.start();
        int cueEnd = hit.end();
        String rejected = NoEvent.rejection(sentence, clause, cueStart, hit.cue().nominal());
        boolean announced = false;
        if (hit.cue().switchCue() && rejected != null && NoEvent.ANNOUNCED_WOULD.matcher(sentence.substring(clause, cueStart)).find()
                && !NoEvent.NEGATION.matcher(sentence.substring(clause, cueStart)).find()) {
            rejected = null;
            announced = true;
        }
        if (rejected == null && hit.cue().nominal()) {
            rejected = NoEvent.modalAfterNoun(sentence, clause, cueStart, cueEnd, clauseEnd);
        }
        if (rejected == null && !hit.cue().nominal()) {
            rejected = NoEvent.modalAfterParticiple(sentence, clause, cueStart, cueEnd, clauseEnd);
        }
        if (rejected == null && (type.equals(Event.SEVER) || type.equals(Event.RESTORE) || type.equals(Event.ESTABLISH))) {
            rejected = NoEvent.otherTies(sentence.substring(clause, Math.max(clause, clauseEnd)));
        }
        Matcher person = DECISION_OF_NO_STATE.matcher(sentence.substring(clause, cueStart));
        if (person.find() && mentions.stream().noneMatch(m -> m.start() < clause + person.end(1) && clause + person.start(1) < m.end())) {
            return null; // "President Castro's decision to switch": a person's, whose state the sentence does not name
        }
        if (rejected != null) {
            // "In exchange for access to the sea where a base could be located, Ethiopia recognized": the opening
            // phrase's modal or negation is not the clause's
            Matcher opening = OPENING_PHRASE.matcher(sentence.substring(clause, cueStart));
            Matcher whole = OPENING_PHRASE.matcher(sentence.substring(0, cueStart)); // or the sentence opens with it
            int tail = opening.find() ? clause + opening.end() : whole.find() ? whole.end() : -1;
            int at = tail;
            Mention next = mentions.stream().filter(m -> m.start() >= at).findFirst().orElse(null);
            // the subject right after it: "As expected, Chad", "the Solomon Islands", "the Pacific island nation of Palau"
            if (tail > clause && next != null && SUBJECT_LEAD.matcher(sentence.substring(tail, next.start())).matches()) {
                String again = NoEvent.rejection(sentence, tail, cueStart, false);
                if (again == null) {
                    rejected = null;
                }
            }
        }
        if (rejected != null && NoEvent.willNow(sentence, clause, cueStart, cueEnd)) {
            rejected = null; // "will sever relations as of this day", "will no longer recognize": the act, now
        }
        if (rejected == null && type.equals(Event.RECOGNIZE) && !hit.cue().nominal()
                && (NoEvent.STATUS_PASSIVE.matcher(sentence.substring(clause, cueStart)).find()
                        && sentence.substring(cueStart, cueEnd).matches("(?is)\\S*(?:ed|en)\\b.*")
                    // "has been recognized only by Russia, Nicaragua, ...": who recognizes it, a standing state
                    || NoEvent.PERFECT_PASSIVE.matcher(sentence.substring(clause, cueStart)).find()
                        && NoEvent.STANDING_AFTER.matcher(sentence).region(cueEnd, sentence.length()).lookingAt()
                    // "only recognizes the People's Republic of China"
                    || (NoEvent.ONLY_BEFORE.matcher(sentence.substring(clause, cueStart)).find()
                            || NoEvent.ONLY_SUBJECT.matcher(sentence.substring(clause, cueStart)).find()
                            || NoEvent.ONLY_ONE_THAT.matcher(sentence.substring(0, cueStart)).find())
                        && sentence.substring(cueStart, cueEnd).matches("(?i)\\S*(?:s|e)$")
                    || NoEvent.LONG_BEFORE.matcher(sentence.substring(clause, cueStart)).find()
                    || standingPresent(sentence, mentions, cueStart, cueEnd)
                    || hit.cue().pattern().matcher(sentence).region(cueStart, cueEnd).lookingAt()
                        && sentence.substring(cueStart, cueEnd).matches("(?i).*(?:es|s)$")
                        && NoEvent.STANDING_AFTER.matcher(sentence).region(cueEnd, sentence.length()).lookingAt()
                    // "South Africa was the last major industrialised country to recognise Taiwan": the last of a class
                    // that still did, a standing state ("the last country to recognise Kosovo was Israel" stays the act)
                    || NoEvent.LAST_OF_CLASS.matcher(sentence.substring(clause, cueStart)).find()
                    // "the number of Pacific countries recognizing Taiwan": a description of who recognizes it
                    || sentence.substring(cueStart, cueEnd).matches("(?is)\\S*ing\\b.*")
                        && NoEvent.STATES_DOING.matcher(sentence.substring(clause, cueStart)).find()
                        // "joined the growing list of countries recognising Palestine": the subject joins them, the act
                        && !NoEvent.JOINED_THOSE.matcher(sentence.substring(clause, cueStart)).find())) {
            rejected = "a standing state, not an event (\"" + sentence.substring(clause, cueEnd).strip() + "\")";
        }
        int objectEnd = Math.min(Doers.objectEnd(sentence, cueEnd, mentions), nextCue);
        List<Mention> objects = Doers.between(mentions, cueEnd, objectEnd);

        // "by X" after the cue names the agent: "was recognized by Russia", "the annexation of X by Y".
        List<Actor> agents = List.of();
        Matcher by = Pattern.compile("(?i)\\bby\\s+(?:the\\s+)?(?:(?:[\\p{L}-]+\\s+){0,3}(?:country|nation|state|island|islands"
                + "|republic|kingdom|government)\\s+of\\s+(?:the\\s+)?"
                // "was recognised by 78 countries, including Cuba": the examples named
                + "|" + Doers.COUNTED_EXAMPLES + "\\s+(?:the\\s+)?)?").matcher(sentence).region(cueEnd, Math.max(objectEnd, Doers.byListEnd(sentence, cueEnd)));
        if (!type.equals(Event.SEVER) && !type.equals(Event.RESTORE) && !type.equals(Event.ESTABLISH) && by.find()
                && !(OTHER_PASSIVE.matcher(sentence.substring(cueEnd, by.start())).find()
                        // "Kosovo's recognition was revoked by Ghana": the passive of the withdrawal itself
                        && !(type.equals(Event.WITHDRAW) && WITHDRAWN_PASSIVE.matcher(sentence.substring(cueEnd, by.start())).find()))) {
            Mention first = Doers.firstAt(mentions, by.end());
            if (first != null) {
                List<Mention> group = Doers.coordinated(sentence, mentions, first);
                Matcher examples = EXAMPLES_AFTER.matcher(sentence).region(group.get(group.size() - 1).end(), sentence.length());
                Mention example = examples.lookingAt() ? Doers.firstAt(mentions, examples.end()) : null;
                Set<Actor> named = new LinkedHashSet<>(Doers.actors(group));
                if (example != null) {
                    named.addAll(Doers.actors(Doers.coordinated(sentence, mentions, example)));
                }
                agents = List.copyOf(named);
                int cut = by.start();
                objects = objects.stream().filter(m -> m.end() <= cut).toList();
            }
        }
        // "Togo announced the recognition of Kosovo": what is announced or signed has the verb's subject as doer.
        boolean announcedNoun = hit.cue().nominal() && SIGNED_BEFORE.matcher(sentence.substring(clause, cueStart)).find();
        List<Mention> subject = hit.cue().nominal() && !Extractor.isRelations(type) && !announcedNoun
                ? Doers.nominalSubject(sentence, mentions, clause, cueStart)
                : Doers.subject(sentence, mentions, clause, cueStart);
        Matcher purpose = PURPOSE_OF_SEVERANCE.matcher(sentence.substring(clause, cueStart));
        if ((type.equals(Event.RECOGNIZE) || type.equals(Event.ESTABLISH)) && !hit.cue().nominal() && purpose.find()) {
            // "… but cut ties with Taiwan to recognize China" (or "to establish relations with"): the purpose has the
            // severance's subject
            subject = Doers.subject(sentence, mentions, clause, clause + purpose.start(1));
        }
        Matcher nounOwner = NOUN_OWNER.matcher(sentence.substring(clause, cueStart));
        if (!hit.cue().nominal() && sentence.substring(cueStart, cueEnd).matches("(?is)(?:switch|shift|break|split)\\b.*") && nounOwner.find()) {
            // "preempting Managua's switch to Beijing", "Nicaragua's break with Taiwan": the verb is a noun, its doer the possessive
            int at = clause + nounOwner.start();
            List<Mention> owned = mentions.stream().filter(m -> m.end() == at).toList();
            if (!owned.isEmpty()) {
                subject = owned;
            }
        }

        List<Actor> doers;
        List<Actor> targets;
        String from = null;
        boolean pending = false;
        if (type.equals(Event.SEVER) || type.equals(Event.RESTORE) || type.equals(Event.ESTABLISH)) {
            doers = Doers.actors(subject);
            targets = Doers.relationsPartners(sentence, mentions, cueEnd, objectEnd);
            if (targets.isEmpty()) {
                targets = Doers.signedWith(sentence, mentions, clause, cueStart); // "signed a communique with Li Zhaoxing to resume ties"
            }
            if (targets.isEmpty() && !type.equals(Event.ESTABLISH)) {
                targets = Doers.sideVerbPartner(sentence, mentions, clause, cueStart, doers); // "recalled its envoy from Iran and cut ties"
            }
            if (targets.isEmpty()) {
                targets = Doers.reactingPartner(sentence, mentions, cueStart, doers); // "Ukraine condemned Mali's decision to sever relations"
            }
            if (targets.isEmpty() && !type.equals(Event.ESTABLISH)) {
                targets = Doers.recognizedBefore(sentence, mentions, cueStart, doers, type.equals(Event.SEVER)); // "recognised the SADR in 1984 but suspended relations"
            }
            if (targets.isEmpty() && type.equals(Event.SEVER) && !hit.cue().nominal()) {
                targets = Doers.causePartner(sentence, mentions, cueEnd, doers); // "Quito broke off ties after Colombia bombed"
            }
            if (targets.isEmpty() && type.equals(Event.SEVER)) {
                targets = Doers.loserPartner(sentence, mentions, cueStart, doers); // "Taiwan lost an ally when X severed ties"
            }
            if (targets.isEmpty()) {
                targets = Doers.toldPartner(sentence, mentions, cueStart, doers); // "notified Belgium of its decision to sever"
            }
            if (targets.isEmpty() && doers.size() == 1
                    && !Doers.WITH_OR_BETWEEN.matcher(sentence).region(cueEnd, objectEnd).find()
                    && !sentence.substring(0, cueStart).matches("(?is).*\\b(?:after|since|following)\\s+$")
                    // "Taiwan, with which it severed relations": the antecedent is the partner, not the one before
                    && !sentence.substring(0, cueStart).matches("(?is).*\\bwith\\s+(?:which|whom)\\b[^,;:]*$")) {
                // "Morocco broke off ties with Iran in 2009 and restored them (relations) in 2014": the partner of the
                // same doer's relations named before in the sentence (not when a partner is described: "with the African
                // nation", nor in a gerund of cause: "eight years after cutting off ties")
                Actor doer = doers.get(0);
                targets = earlier.stream().filter(f -> Extractor.isRelations(f.type()) && f.by().equals(List.of(doer)))
                        .reduce((a, b) -> b).map(Finding::targets).orElse(List.of());
            }
            if (targets.isEmpty()) {
                targets = Doers.pronounPartner(sentence, mentions, cueEnd, cueStart, doers); // "Chad had broken off relations with it"
            }
            Matcher between = RELATIONS_BETWEEN_BEFORE.matcher(sentence.substring(clause, cueStart));
            boolean passive = sentence.substring(cueStart, cueEnd).matches("(?is)(?:were|was|has|have|had)\\b.*|(?:\\p{L}+ly\\s+)?(?:ended|resumed)")
                    // "ties between Chad and Niger, severed in 2008, were restored": a participle of the pair's relations
                    || type.equals(Event.SEVER) && sentence.substring(cueStart, cueEnd).matches("(?is)(?:\\p{L}+ly\\s+)?(?:severed|cut|broken|suspended|ruptured)\\b.*")
                        && sentence.substring(clause, cueStart).matches("(?is).*\\bbetween\\s[^;:.,()]{3,60}?,\\s*");
            if (passive) {
                doers = List.of(); // "ties were cut": only "between X and Y" names the pair
                targets = List.of();
            }
            if (passive && between.find()) {
                int at = clause + between.start(1);
                Mention first = Doers.firstAt(mentions, at);
                if (first != null) {
                    List<Actor> pair = Doers.actors(Doers.coordinated(sentence, mentions, first));
                    if (pair.size() == 2) {
                        doers = pair.subList(0, 1);
                        targets = pair.subList(1, 2);
                    }
                }
            }
            Matcher owned = OWNED_RELATIONS_WITH.matcher(sentence.substring(clause, cueStart));
            if (passive && doers.isEmpty() && owned.find()) {
                // "Qatar's diplomatic relations with Saudi Arabia were severed": the owner and the partner
                Mention owner = mentions.stream().filter(m -> m.end() == clause + owned.start()).findFirst().orElse(null);
                Mention partner = Doers.firstAt(mentions, clause + owned.start(1));
                if (owner != null && partner != null && partner.start() == clause + owned.start(1) && !owner.actor().equals(partner.actor())) {
                    doers = List.of(owner.actor());
                    targets = List.of(partner.actor());
                }
            }
            Matcher agentBy = PASSIVE_BY.matcher(sentence).region(cueEnd, sentence.length());
            Matcher partnerWith = RELATIONS_WITH_BEFORE.matcher(sentence.substring(clause, cueStart));
            if (passive && doers.isEmpty() && agentBy.lookingAt() && partnerWith.find()) {
                // "Ties with Taiwan were severed by Nicaragua in 1985": the agent after "by", the partner after "with"
                Mention agent = Doers.firstAt(mentions, agentBy.end());
                Mention partner = Doers.firstAt(mentions, clause + partnerWith.start(1));
                if (agent != null && agent.start() == agentBy.end() && partner != null && partner.start() == clause + partnerWith.start(1)
                        && !agent.actor().equals(partner.actor()) && !Doers.possessive(sentence, partner)) {
                    doers = Doers.actors(Doers.coordinated(sentence, mentions, agent));
                    targets = List.of(partner.actor());
                }
            }
            Matcher pairAfter = PAIR_AFTER.matcher(sentence).region(cueEnd, sentence.length());
            if (passive && doers.isEmpty() && pairAfter.lookingAt()) {
                // "relations have been established between Singapore and Kosovo": the pair after the passive verb
                Mention first = Doers.firstAt(mentions, pairAfter.end());
                List<Actor> pair = first == null ? List.of() : Doers.actors(Doers.coordinated(sentence, mentions, first));
                if (pair.size() == 2) {
                    doers = pair.subList(0, 1);
                    targets = pair.subList(1, 2);
                }
            }
            if (targets.isEmpty() && doers.size() >= 2
                    // not "resumed diplomatic relations with the international community": a partner no actor names
                    && !PARTNER_UNNAMED.matcher(sentence).region(cueEnd, sentence.length()).lookingAt()) {
                targets = doers.subList(1, doers.size());
                doers = doers.subList(0, 1);
            }
            if ((doers.isEmpty() || hit.cue().nominal()) && targets.size() == 2
                    && PAIR_AFTER.matcher(sentence).region(cueEnd, objectEnd).lookingAt()) {
                // "the resumption of relations between Bolivia and Israel": the pair, not who welcomed it
                doers = targets.subList(0, 1);
                targets = targets.subList(1, 2);
            }
            Matcher asidePair = PAIR_AFTER_ASIDE.matcher(sentence).region(cueEnd, sentence.length());
            if ((doers.isEmpty() || hit.cue().nominal()) && asidePair.lookingAt()) {
                Mention first = Doers.firstAt(mentions, asidePair.end());
                List<Actor> pair = first == null || first.start() != asidePair.end() ? List.of()
                        : Doers.actors(Doers.coordinated(sentence, mentions, first));
                if (pair.size() == 2) {
                    doers = pair.subList(0, 1);
                    targets = pair.subList(1, 2);
                }
            }
            List<Actor> d = doers;
            targets = targets.stream().filter(t -> !d.contains(t)).toList();
            if ((doers.isEmpty() || targets.isEmpty()) && !AFTER_PREPOSITION.matcher(sentence.substring(clause, cueStart)).find()) {
                // "since the two countries established diplomatic relations": the two the sentence names
                List<Actor> pair = theTwoNamed(sentence, mentions, doers);
                if (pair.size() == 2) {
                    doers = pair.subList(0, 1);
                    targets = pair.subList(1, 2);
                }
            }
            if (hit.cue().nominal() && !objects.isEmpty() && CONDEMNED_BEFORE.matcher(sentence.substring(clause, cueStart)).find()
                    && !PAIR_AFTER.matcher(sentence).region(cueEnd, objectEnd).lookingAt()) {
                // "was very disappointed with the re-establishment of diplomatic relations with Cuba": a state does not
                // condemn its own act, so who did it is not named
                doers = List.of();
            }
            Matcher byAgents = objects.isEmpty() || !hit.cue().nominal() ? null
                    : BY_AGENTS.matcher(sentence).region(objects.get(0).end(), sentence.length());
            Mention agent = byAgents != null && byAgents.lookingAt() ? Doers.firstAt(mentions, byAgents.end()) : null;
            if (agent != null && agent.start() == byAgents.end()) {
                // "the restoration of diplomatic ties with Israel by Zaire, Liberia and the Ivory Coast": the doers after "by"
                Actor partner = objects.get(0).actor();
                targets = List.of(partner);
                doers = Doers.actors(Doers.coordinated(sentence, mentions, agent)).stream().filter(a -> !a.equals(partner)).toList();
            }
        } else {
            if (sentence.substring(cueStart, cueEnd).matches("(?is).*\\s(?:from|by)$|los\\p{L}*\\s.*")) {
                // "Kosovo receives recognition from Israel", "won recognition by": the doer after it, the subject recognized
                Mention first = Doers.firstAt(mentions, cueEnd + 1);
                agents = first == null ? List.of() : Doers.actors(Doers.coordinated(sentence, mentions, first));
                objects = List.of();
            }
            boolean passive = !agents.isEmpty() && objects.isEmpty();
            doers = !agents.isEmpty() ? agents : Doers.actors(subject);
            if (NOT_STATEHOOD.matcher(sentence).region(cueEnd, objectEnd).lookingAt()) {
                return null;
            }
            List<Mention> named = passive ? subject
                    : objects.stream().filter(m -> !(LOCATION_BEFORE.matcher(sentence.substring(0, m.start())).find()
                                    // "withdrew recognition from Kosovo": "from" names what the recognition is withdrawn from
                                    && !(type.equals(Event.WITHDRAW) && sentence.substring(cueEnd, m.start()).matches("(?i)\\s+from\\s+(?:the\\s+)?")))
                            // "recognized Beijing instead of Taipei": the other is not recognized
                            && !INSTEAD_OF_BEFORE.matcher(sentence.substring(0, m.start())).find()
                            && (m.actor().isEntity() || !PART_OF_BEFORE.matcher(sentence.substring(0, m.start())).find()
                                // "Croatia's independence", not "Georgia's breakaway regions": the state itself
                                && (!Doers.possessive(sentence, m) || OWN_STATEHOOD.matcher(sentence).region(m.end(), objectEnd).useTransparentBounds(true).lookingAt()))).toList();
            targets = Doers.actors(named);
            Actor owner = passive && hit.cue().nominal() ? Doers.possessedBefore(sentence, mentions, cueStart) : null;
            if (owner != null) {
                targets = List.of(owner); // "Kosovo's secession as well as its recognition by the United States"
            }
            if (hit.cue().switchCue()) {
                // "from Taiwan to China": what is switched to is recognized; "from" names what is left.
                boolean ditched = sentence.substring(cueStart, cueEnd).matches("(?i)(?:ditch|dump|abandon|drop|swap|desert)\\p{L}*");
                Matcher to = Pattern.compile(ditched ? "(?i)\\b(?:for|in\\s+favou?r\\s+of)\\s+(?:the\\s+)?"
                        : "(?i)\\bto\\s+(?:the\\s+)?(?:diplomatic\\s+recognition\\s+of\\s+)?").matcher(sentence)
                        .region(cueEnd, objectEnd);
                Mention first = to.find() ? Doers.firstAt(mentions, to.end()) : null;
                targets = first == null ? List.of() : List.of(first.actor());
            }
            if (type.equals(Event.RECOGNIZE) || type.equals(Event.WITHDRAW)) {
                List<Actor> entities = targets.stream().filter(Actor::isEntity).toList();
                targets = entities.isEmpty() ? targets : entities;
            }
            Mention antecedent = targets.isEmpty() ? Doers.antecedent(sentence, mentions, cueStart) : null;
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
                    List<Actor> here = Doers.actors(Doers.between(mentions, 0, cueStart)).stream().filter(Actor::isEntity).distinct().toList();
                    String described = generic.group();
                    List<Actor> before = described(described, history);
                    List<Actor> listed = listedAfterColon(sentence, mentions, generic.end());
                    if (!listed.isEmpty()) {
                        targets = listed; // "the three Baltic states: Lithuania, Latvia and Estonia"
                    } else if (!here.isEmpty()) {
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
            doers = Doers.listAfterDash(sentence, mentions, objectEnd);
        }
        if (doers.isEmpty() && !targets.isEmpty()) {
            // "The last country to recognise Kosovo was Israel": the doer is named after the verb "to be"
            doers = Doers.namedAfterBe(sentence, mentions, clause, cueStart, cueEnd);
            List<Actor> d = doers;
            targets = targets.stream().filter(t -> !d.contains(t)).toList();
        }
        if (doers.isEmpty() || targets.isEmpty() && !pending) {
            return null;
        }
        if (type.equals(Event.RECOGNIZE) || type.equals(Event.WITHDRAW)) {
            // "Guyana recognised Palestine in 2011, followed by Suriname and Belize the same year"
            List<Actor> more = new ArrayList<>(doers);
            for (Actor a : Doers.followedBy(sentence, mentions, clause, true)) {
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

    /** A connective opening the sentence, with no time in it: "However,", "Meanwhile,", "In addition,". */
    private static final Pattern CONNECTIVE = Pattern.compile("(?i)\\s*(?:however|meanwhile|moreover|furthermore|in\\s+addition|additionally"
            + "|also|separately|likewise|similarly|notably|indeed|nonetheless|nevertheless|still|instead|importantly|in\\s+turn"
            + "|as\\s+a\\s+result|consequently|thus|hence|therefore|for\\s+(?:its|their|his|her)\\s+part"
            // "As expected,", "Unsurprisingly,", "In a surprise move,": what was foreseen or not, said of the act
            + "|as\\s+(?:had\\s+been\\s+)?(?:expected|anticipated|predicted|planned|promised)|(?:un)?surprisingly|predictably"
            + "|in\\s+a\\s+(?:surprise|surprising|rare|landmark|historic|symbolic)\\s+(?:move|step|decision))\\s*,\\s*");

    /** A dateline opening the sentence: "Prishtina, 23 January 2012 – ", "Tripoli, 26 September 2013: ". */
    private static final Pattern DATELINE = Pattern.compile("\\p{Lu}[\\p{L} .'’-]{1,30},\\s*(?:\\d{1,2}\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2})"
            + "(?:,?\\s+\\d{4})?\\s*(?:[–—-]|:)\\s+");

    private static final Pattern PURPOSE_OF_SEVERANCE = Pattern.compile("(?i)\\b(" + Doers.SEVERED + "\\s)[^;:]{0,80}?"
            + "\\bwith\\s+(?:the\\s+)?\\p{Lu}[^;:,]{0,40}?\\s+to\\s+(?:\\p{L}+ly\\s+)?$");

    /** "between" after a passive verb, maybe past a time: "were restored in 2014 between". */
    private static final Pattern PAIR_AFTER = Pattern.compile("(?i)\\s+" + Doers.SHORT_TIME + "between\\s+(?:the\\s+)?");
    /** A possessive right before a cue that is a noun: "Managua's (sudden) switch". */
    private static final Pattern NOUN_OWNER = Pattern.compile("(?i)['’]s?\\s+(?:(?:sudden|surprise|recent|latest|planned|expected"
            + "|diplomatic|formal|official|abrupt)\\s+)?$");
    /** After a passive relations cue: "by" and its agent ("were severed by Nicaragua"). */
    private static final Pattern PASSIVE_BY = Pattern.compile("(?i)\\s+by\\s+(?:the\\s+)?");
    /** Before a passive relations cue: "ties between Chad and Niger ", the pair in group 1. */
    private static final Pattern RELATIONS_BETWEEN_BEFORE = Pattern.compile("(?i)\\b" + RELATIONS_NOUN
            + "[\"'”’]?\\s+between\\s+(?:the\\s+)?([^;:.]{3,80}?)\\s*(,\\s*)?$");
    /** Before a passive relations cue: "ties with Taiwan ", the partner in group 1. */
    private static final Pattern RELATIONS_WITH_BEFORE = Pattern.compile("(?i)\\b" + RELATIONS_NOUN + "[\"'”’]?\\s+with\\s+(?:the\\s+)?"
            + "([^;:.,()]{3,60}?)\\s*$");
    /** "Qatar's (diplomatic) relations with Saudi Arabia ": the owner's possessive ends before the match, the partner in group 1. */
    private static final Pattern OWNED_RELATIONS_WITH = Pattern.compile("(?i)['’]s?\\s+(?:[\\p{L}-]+\\s+){0,3}?" + RELATIONS_NOUN + "[\"'”’]?"
            + "\\s+with\\s+(?:the\\s+)?([^;:.,()]{3,60}?)\\s*$");

    /** A verb after a preposition is a noun's circumstance ("resulted in the severing of"), not the act. */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("(?i)\\b(?:on|of|for|about|over|after|by|in)\\s+(?:the\\s+)?$");
    /** A place where something happens: "in Damascus", "at Beijing" (not a source: "aid from Taiwan"). */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(?:in|at|near|inside|within|into)\\s+(?:the\\s+)?$");
    /** The pair a sentence speaks of: "the two countries", "both sides". */
    private static final Pattern THE_TWO = Pattern.compile("(?i)\\b(?:the\\s+two|both)\\s+(?:[\\p{L}-]+\\s+)?(?:countries|nations|states|governments|sides)\\b"
            + "|\\bbetween\\s+them\\b");

    /**
     * The two actors of relations whose pair the cue's clause does not name: the only two the sentence names, other than
     * as a place ("in Damascus", "the capital of Abkhazia"), with those already found among them; none otherwise.
     */
    private List<Actor> theTwoNamed(String sentence, List<Mention> mentions, List<Actor> found) {
        if (!THE_TWO.matcher(sentence).find()) {
            return List.of();
        }
        Set<Actor> named = new LinkedHashSet<>();
        for (Mention m : mentions) {
            String before = sentence.substring(0, m.start());
            if (!PLACE_BEFORE.matcher(before).find() && !PART_OF_BEFORE.matcher(before).find()) {
                named.add(m.actor());
            }
        }
        List<Actor> pair = List.copyOf(named);
        return pair.size() == 2 && named.containsAll(found) && !rivals.contains(Pairs.key(pair.get(0).id(), pair.get(1).id()))
                ? pair : List.of();
    }
    /** A partner named by a description after the relations: "with the international community", "with the West". */
    private static final Pattern PARTNER_UNNAMED = Pattern.compile("(?i)\\s+with\\s+(?:the\\s+)?(?:international\\s+community|world"
            + "|outside\\s+world|rest\\s+of\\s+the\\s+world|west|(?:many|most|all|other|several)\\s+(?:\\p{L}+\\s+)?(?:countries|states|nations))\\b");
    /** "relations, maintained until this day, between X and Y": the pair after an aside. */
    private static final Pattern PAIR_AFTER_ASIDE = Pattern.compile("(?i)\\s*,[^,;:]{1,40},\\s+between\\s+(?:the\\s+)?");

    /** After an agent: "and a majority of the EU's 27 members, including Italy, France and Germany". */
    private static final Pattern EXAMPLES_AFTER = Pattern.compile("(?i)\\s+and\\s+[^;:,]{0,60}?\\b(?:countries|members|states|nations"
            + "|governments)\\s*,\\s*" + Doers.EXAMPLES + "\\s+(?:the\\s+)?");
}
