package dev.chancery.extract;

import dev.chancery.extract.ActorMentions.Mention;
import dev.chancery.model.Actor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who did it to whom: the subject of a cue's clause with the actors joined to it ("Russia and Syria"), the doer
 * of a noun cue or a decision ("Russia's recognition of", "X's decision to"), the partners of relations ("with
 * X"), the antecedent of a relative clause, the head of an apposition, the lists after "followed by" or a dash,
 * and where the objects after a cue end. Whose ally an actor is names no actor of the event.
 */
final class Doers {

    private Doers() {
    }

    private static final Pattern OBJECT_STOP = Pattern.compile("(?i)[;:]|\\s[—–-]\\s|\\s(?:after|before|when|while|whereas|although"
            + "|because|but|which|who|becoming|according\\s+to|said|says|saying|citing|following|amid|despite|over"
            + "|in\\s+response|in\\s+protest|as\\s+part|alongside)\\b");
    /**
     * Between two actors of a list; "his" or "her" for a person's counterpart ("Wang Yi and his Chadian counterpart",
     * "Wang Yi and his counterpart in Sao Tome and Principe").
     */
    private static final Pattern COORDINATION = Pattern.compile("(?i)^\\s*(?:,\\s*)?(?:(and|as\\s+well\\s+as|&|or|nor)\\s+)?"
            // "the GDR and socialist Cuba": an adjective of the name
            + "(?:the\\s+|his\\s+|her\\s+|(?:socialist|communist|neighbou?ring|nearby|fellow|tiny|small|newly\\s+independent)\\s+"
            + "|(?:his|her)\\s+counterparts?\\s+(?:in|from|of)\\s+(?:the\\s+)?"
            // "Chad and its neighbour Niger", "Russia and its ally Syria": a relation of the name before
            + "|(?:its|their)\\s+(?:(?:close|long-?time|regional|traditional|key|main)\\s+)?(?:neighbou?rs?|ally|allies|partners?)\\s+"
            // "Qatar and fellow Arab League member Mauritania", "Saudi Arabia and fellow Gulf state Bahrain"
            + "|fellow\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}(?:members?|states?|nations?|countries|monarch(?:y|ies)|allies|ally)\\s+(?:the\\s+)?"
            // "China and the island nation of Sao Tome and Principe"
            + "|the\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:nation|country|state|island|islands|archipelago|republic|kingdom)\\s+of\\s+(?:the\\s+)?)?$");
    /** After an actor in a list: another comma, a conjunction, or the end. */
    private static final Pattern LIST_GOES_ON = Pattern.compile("(?i)^(?:['’]s\\b.*?)?(?:\\s*[,.;]|\\s+(?:and|or|as\\s+well\\s+as)\\b|\\s*$)");

    /** Verbs whose object is the addressee of a message, not the doer of what it says: "informed Serbia of its decision". */
    private static final Set<String> ADDRESSEE_VERBS = Set.of("informed", "informs", "inform", "informing", "notified", "notifies",
            "notify", "notifying", "told", "tells", "assured", "assures", "briefed", "briefs");
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "to", "with", "on", "of", "for", "by",
            "near", "into", "against", "toward", "towards", "between", "within", "inside", "across", "over", "about",
            "like", "than", "via", "among", "amid", "despite", "after", "before", "under", "following", "unlike",
            "alongside", "besides", "including", "except", "through", "upon", "around", "beyond", "behind", "joining");
    /**
     * "The Republic of Somalia", "the Pacific island nation of Palau", "the government of Turkey", "Georgia's breakaway
     * province of Abkhazia": the state or entity itself.
     */
    private static final Set<String> STATE_NOUNS = Set.of("republic", "kingdom", "state", "states", "government",
            "province", "region", "territory", "enclave",
            "island", "islands", "archipelago", "nation", "country", "federation", "principality", "sultanate", "emirate", "commonwealth",
            "people", "authorities", "leadership", "junta", "president", "king", "emir", "ministry", "parliament", "cabinet", "governments",
            "kingdoms", "republics", "ministries", "parliaments", "presidents", "leaders", "leader",
            // "Director General of the Israeli Foreign Ministry Dore Gold signed": an office of the actor acts for it
            "minister", "general", "spokesman", "spokesperson", "ambassador", "envoy", "representative", "chief", "head",
            // "the Ministry of Foreign Affairs of Chad", "the embassy of Chad"
            "affairs", "embassy", "mission", "delegation");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:it|they|he|she|we)\\b"
            + "|\\b(?:his|her|its|their|our)\\s+(?:country|government|nation|state)\\b");
    /** "announced Monday that the country has recognized": the country of the clause that says it, as a pronoun. */
    private static final Pattern THAT_THE_COUNTRY = Pattern.compile("(?i)\\bthat\\s+the\\s+(?:country|government|nation)\\b(?!\\s+of\\b)");

    /** "his country", "her government": the country of a person named before. */
    private static final Pattern PERSONS_COUNTRY = Pattern.compile("(?i)\\b(?:his|her)\\s+(?:country|government|nation)\\b");
    /** The offices that name a person. */
    private static final String OFFICES = "envoy|ambassador|minister|president|premier|chancellor|king|queen|emir|sultan"
            + "|spokes(?:man|woman|person)|leader|representative|diplomat";
    /** A mention that names a person by office: "Malaysian envoy Saw Ching Hong", "the Chadian Foreign Minister". */
    private static final Pattern PERSON_MENTION = Pattern.compile("(?i)\\b(?:" + OFFICES + "|counterpart|official)\\b");

    /** An office after a possessive: "Chad's foreign minister". */
    private static final Pattern POSSESSED_OFFICE = Pattern.compile("(?i)['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:" + OFFICES + ")\\b");

    /**
     * "his country" or "her government" as the subject of a clause, with no actor in it: the actor of the last person
     * named by office before the clause, when that mention is not the sentence's first ("Serbia's Foreign Ministry said
     * that Malaysian envoy Saw Ching Hong had 48 hours to leave because his country had recognized Kosovo"); or null.
     */
    private static Mention personsCountry(String sentence, List<Mention> mentions, int clause, String window) {
        if (clause == 0 || !PERSONS_COUNTRY.matcher(window).find()) {
            return null;
        }
        Mention last = null;
        for (Mention m : mentions) {
            if (m.end() <= clause) {
                last = m;
            }
        }
        if (last == null || last == mentions.get(0)) {
            return null;
        }
        // "Malaysian envoy Saw Ching Hong", or "Chad's foreign minister"
        boolean person = PERSON_MENTION.matcher(last.text()).find()
                || POSSESSED_OFFICE.matcher(sentence).region(last.end(), clause).lookingAt();
        return person ? last : null;
    }

    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:we|I|our\\s+(?:country|government|nation|state)"
            + "|my\\s+(?:country|government))\\b");
    /** After a closing quote: the attribution, up to its speech verb ("” Nauru's foreign minister said"). */
    private static final Pattern ATTRIBUTION = Pattern.compile("^[^\"”]*[\"”]\\s*,?\\s*([^\"“”;:]{1,80}?)\\s(?:said|says|told|announced"
            + "|stated|added|wrote|declared)\\b");

    /**
     * The speaker of a quotation the cue stands in, named in its attribution after the closing quote (the first
     * actor there), or none.
     */
    private static List<Mention> speaker(String sentence, List<Mention> mentions, int cue) {
        String before = sentence.substring(0, cue);
        boolean quoted = before.chars().filter(c -> c == '"').count() % 2 == 1
                || before.chars().filter(c -> c == '“').count() > before.chars().filter(c -> c == '”').count();
        if (!quoted) {
            return List.of(); // not in a quotation
        }
        Matcher attribution = ATTRIBUTION.matcher(sentence.substring(cue));
        if (!attribution.find()) {
            return List.of();
        }
        int from = cue + attribution.start(1);
        int to = cue + attribution.end(1);
        Mention first = mentions.stream().filter(m -> m.start() >= from && m.end() <= to).findFirst().orElse(null);
        return first == null ? List.of() : coordinated(sentence, mentions, first);
    }

    /** "that" after "the Nth country", "country number 86", "joined ... other members": the clause's subject is the main one. */
    private static final Pattern NTH_THAT = Pattern.compile("(?i)\\b(?:(?:is|was|has\\s+become|had\\s+become|became|becomes)\\s+"
            + "(?:the\\s+)?(?:[\\p{L}\\d-]+\\s+){0,3}(?:country|state|nation|member)(?:\\s+number\\s+\\d+)?"
            + "|join(?:s|ed|ing)\\s+[^,;]{0,60}?(?:countries|states|nations|members)(?:\\s+of\\s+the\\s+[\\p{L} ]{2,30}?)?)"
            + "\\s*,?\\s+(?:that|which)\\s+$");
    /**
     * A short time, maybe, and its space: between a decision and its infinitive ("Bolivia's decision on Tuesday to
     * sever"), an apposition and its verb ("Bahrain, a close Saudi ally, on Monday cut"), a passive verb and its pair
     * ("were restored in 2014 between").
     */
    static final String SHORT_TIME = "(?:(?:on|last|this|earlier|in)\\s+\\p{L}+(?:\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s+|in\\s+\\d{4}\\s+"
            + "|(?:yesterday|today)\\s+)?";
    /** Where relations name their partner or pair: "with Russia", "between Chad and Niger". */
    static final Pattern WITH_OR_BETWEEN = Pattern.compile("(?i)\\b(?:with|between)\\s+");
    /** An aside between commas whose actors are not the subject: ", in response to Syria's recognition of ..., breaks off". */
    private static final Pattern ASIDE = Pattern.compile("(?i),\\s*(?:in\\s+response\\s+to|in\\s+protest\\s+(?:at|against|over)"
            + "|following|after|over|despite|amid|because\\s+of|as\\s+a\\s+result\\s+of)\\b(?!\\s+which\\b)[^,;]*,");
    private static final Pattern APPOSITION_BEFORE_VERB = Pattern.compile("(?i),[^,;:()]{1,60},(?=\\s*(?:(?:has|have|had|also|then"
            + "|\\p{L}+ly)\\s+)*"
            // "Bahrain, a close Saudi ally, on Monday cut ties": a time between the apposition and the verb
            + SHORT_TIME + "(?:(?:has|have|had|also|then|\\p{L}+ly)\\s+)*$)");
    private static final Pattern RELATIVE_ASIDE = Pattern.compile("(?i),\\s*(?:which|who|whose)\\b[^,;:]*,");
    /** "X's decision to", "the decision of X('s government) to": X is the doer of the cue that follows. */
    private static final Pattern DECISION_AFTER = Pattern.compile("(?i)^(?:['’]s?\\s+|\\s+)(?:[\\p{L}-]+\\s+)?(?:decision|move|choice)\\s+"
            + SHORT_TIME + "to\\s+(?:[^,;]{0,80}?\\s)?$");
    private static final Pattern DECISION_OF = Pattern.compile("(?i)\\b(?:decision|move|choice)\\s+(?:(?:announced|taken|made)\\s+)?(?:of|by)"
            + "\\s+(?:the\\s+)?$");
    /** After X in "the decision of X to": X's government, or an apposition ("the decision by Chad, one of …, to recognize"). */
    private static final Pattern DECIDER_AFTER_OF = Pattern.compile("(?i)^(?:['’]s?\\s+(?:government|cabinet|authorities|leadership))?"
            + "(?:\\s*,[^,;:]{1,80},)?\\s+" + SHORT_TIME + "to\\s+(?:[^,;]{0,80}?\\s)?$");

    /** Between two owners of governments: "('s) internationally recognised government and (Libya)". */
    private static final Pattern OWNED_GOVERNMENT_AND = Pattern.compile("(?i)['’]s?\\s+(?:[\\p{L}-]+\\s+){0,3}"
            + "(?:government|administration|authorities|leadership|cabinet)\\s*,?\\s+and\\s+(?:the\\s+)?");

    /** A message and its sender: "a (diplomatic) note from (the) ". */
    private static final Pattern MESSAGE_FROM = Pattern.compile("(?i)\\b(?:notes?|letters?|messages?|notifications?|notices?"
            + "|communications?|communiqu[eé]s?|cables?)\\s+from\\s+(?:the\\s+)?$");
    /** After the sender, up to the gerund: a time ("on Wednesday") and an adverb. */
    private static final Pattern MESSAGE_THEN = Pattern.compile("(?i)(?:['’]s\\s+(?:government|foreign\\s+ministry|ministry|president))?"
            + "(?:\\s+(?:on|in|last|this|earlier)\\s+[\\p{L}\\d]+(?:\\s+\\d{1,4})?)?\\s*,?\\s+"
            + "((?:saying|stating|announcing|indicating|confirming)\\s+(?:that\\s+)?it\\s+(?:(?:had|has|was|is)\\s+)?)?(?:\\p{L}+ly\\s+)?");

    /** "severed relations with Syria for recognizing": the partner is the doer of the cause. */
    private static final Pattern PARTNER_FOR = Pattern.compile("(?i)^\\s+(?:for|over)\\s+$");
    /** A subject that is a description right before the cue: ", six countries have switched". */
    private static final Pattern DESCRIBED_SUBJECT = Pattern.compile("(?i),\\s*(?:the\\s+)?(?:[\\p{L}\\d-]+\\s+){0,2}"
            + "(?-i:countries|nations|states|governments)\\s+(?:(?:have|has|had|also|all|now)\\s+)*$");
    /** What follows an object before a second verb of the same subject: "recognized China and cut". */
    private static final Pattern OBJECT_THEN_AND = Pattern.compile("(?i)"
            // "recognised Kosovo in 2016 and revoked": a time of the first verb before "and"
            + "(?:\\s+(?:in|on)\\s+(?:\\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?))?"
            + "\\s*,?\\s+and\\s+(?:(?:also|then|later|subsequently|immediately"
            + "|\\p{L}+ly)\\s+)*");

    /** What follows an object before a participle of the same subject: "recognised China in 1998, ending". */
    private static final Pattern OBJECT_THEN_PARTICIPLE = Pattern.compile("(?i)[^,;:]*,\\s*(?:(?:also|thereby|thus|so|\\p{L}+ly)\\s+)*");

    /** "joined Russia in recognising", "followed Russia's lead in recognising": Russia is not the subject. */
    private static final Pattern FOLLOWED = Pattern.compile("(?i)\\b(?:join(?:s|ed)?|follow(?:s|ed)?|after|like|as)\\s+(?:the\\s+)?$");
    private static final Pattern FOLLOWED_THEN = Pattern.compile("(?i)^(?:['’]s?\\s+(?:lead|example|footsteps|move))?"
            // "followed Saudi Arabia and its allies to cut", "followed Riyadh and its allies by cutting"
            + "(?:\\s+and\\s+(?:its|their)\\s+(?:allies|partners|neighbou?rs))?"
            + "(?:\\s*,)?\\s+(?:in|by|to|and)\\s+(?:(?:also|\\p{L}+ly)\\s+)?$");
    /** "followed Saudi Arabia on Monday in cutting": a time between whom one followed and "in". */
    private static final Pattern FOLLOWED_AT_A_TIME = Pattern.compile("(?i)\\b(?:join(?:s|ed)?|follow(?:s|ed)?)\\s+(?:the\\s+)?$");
    private static final Pattern AT_A_TIME_IN = Pattern.compile("(?i)^\\s+(?:on|last|this|earlier|later)\\s+\\p{L}+\\s+in\\s+$");

    /**
     * The actor that opens the sentence when {@code first}..{@code last} lie in its apposition: in "Vanuatu, a
     * Pacific island nation that lies northeast of Sydney, Australia, has become the fifth country to
     * recognize", Vanuatu, not Australia.
     */
    private static Mention appositionHead(String sentence, List<Mention> mentions, Mention first, Mention last, int cue) {
        Mention head = mentions.isEmpty() ? null : mentions.get(0);
        if (head == null || head == first || head.start() >= first.start()
                || !OPENS_THE_SENTENCE.matcher(sentence.substring(0, head.start())).matches()) {
            return null;
        }
        boolean apposition = sentence.substring(head.end(), first.start()).matches("(?is)\\s*,\\s+(?:a|an)\\s[^;:()]*")
                && sentence.substring(last.end(), cue).matches("(?is)\\s*,\\s+[^,;:]*");
        return apposition ? head : null;
    }

    /** Before the sentence's head: nothing, or an opening phrase in a comma ("On Thursday, ", "In a statement, "). */
    private static final Pattern OPENS_THE_SENTENCE = Pattern.compile("(?i)\\s*(?:(?:in|on|at|during|according\\s+to|earlier|later"
            + "|last|this)\\b[^,;:]{0,40},\\s*)?(?:the\\s+)?");

    /** The words that introduce examples of a group: "countries, including Cuba". */
    static final String EXAMPLES = "(?:including|among\\s+them|such\\s+as)";
    /** A count of states, then its examples: "78 countries, including", "93 states of the world, among them". */
    static final String COUNTED_EXAMPLES = "(?:[\\p{L}\\d-]+\\s+){1,3}(?:countries|nations|states|governments)"
            + "(?:\\s+(?:of|in|around|across)\\s+the\\s+world)?\\s*,\\s*" + EXAMPLES;
    private static final Pattern INCLUDING = Pattern.compile("(?i)\\b(?:countries|nations|states|governments|powers|members|allies"
            + "|neighbou?rs|partners|monarchies|kingdoms|republics)"
            // "most countries, including the United States, have", "Islamic countries like Senegal and Malaysia have"
            // "Many European countries, along with China and the US, have now recognised": examples joined to the description
            + "(?:\\s*,\\s*(?:" + EXAMPLES + "|along\\s+with|together\\s+with|as\\s+well\\s+as)|\\s+(?:like|such\\s+as))\\s+(?:the\\s+)?$");

    /**
     * The sentence's opening actor when the cue is in or right after its apposition with a relative clause
     * ("Grenada, a Caribbean nation that recognized", "Grenada, a Caribbean nation that recognized the Taiwan regime
     * for 15 years, resumed"), else null.
     */
    private static Mention apposedHead(String sentence, List<Mention> mentions, int cue) {
        if (mentions.isEmpty() || mentions.get(0).end() > cue || possessive(sentence, mentions.get(0))
                || !OPENS_THE_SENTENCE.matcher(sentence.substring(0, mentions.get(0).start())).matches()) {
            return null;
        }
        return APPOSED.matcher(sentence.substring(mentions.get(0).end(), cue)).matches() ? mentions.get(0) : null;
    }

    private static final Pattern PLURAL_PRONOUN = Pattern.compile("(?i)\\b(?:we|they)\\b");

    private static final Pattern RESULTING_IN = Pattern.compile("(?i)\\b(?:resulting|resulted|results)\\s+in\\s+(?:the\\s+)?$"
            + "|\\bleading\\s+to\\s+(?:the\\s+)?$");
    /** Between a subject and its verb: "(after Niger) had formally (recognized)". */
    private static final Pattern SUBORDINATE_VERB_GAP = Pattern.compile("(?i)\\s+(?:(?:had|has|have|also|\\p{L}+ly)\\s+)*");

    private static final Pattern WITH_ING = Pattern.compile("(?i)\\s+(?:now\\s+|also\\s+)?(?:becoming|having|being|joining)\\b");

    /** Between "Taiwan" and "Gambia" in "former Taiwan ally Gambia", "Taiwan's ally Nauru". */
    private static final Pattern ALLY_BETWEEN = Pattern.compile("(?i)^(?:['’]s?)?\\s+(?:(?:former|longtime|long-time|long-standing"
            + "|last|only|largest|biggest|remaining|diplomatic|closest|key|main|major|old|staunch|traditional|erstwhile)\\s+)*"
            + "(?:ally|partner|friend)\\s+(?:,\\s*)?(?:the\\s+)?$");

    private static final Pattern ALLY_DESCRIBED = Pattern.compile("(?i)\\b(?:the|a|its|their)\\s+(?:(?:former|longtime|long-time"
            + "|last|only|largest|biggest|remaining|diplomatic|close|closest|key|main|major|old|staunch|traditional|erstwhile)\\s+)*$");
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

    /**
     * The object of a cue in a relative clause is the clause's antecedent: "the SADR, which it
     * recognized on March 6, 2014", "SADR, initially acknowledged in 1983", "the SADR, a separatist
     * entity it first acknowledged in 1983". Null when the cue is not in such a clause.
     */
    static Mention antecedent(String sentence, List<Mention> mentions, int cue) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.end() > cue) {
                continue;
            }
            String between = sentence.substring(m.end(), cue);
            boolean relative = RELATIVE.matcher(between).matches()
                    || REDUCED_RELATIVE.matcher(between).matches() && sentence.substring(cue).matches("(?is)\\S+ed\\b.*");
            if (!relative && i > 0 && !m.actor().isEntity() && SUBJECT_THEN_VERB.matcher(between).matches()) {
                // "Abkhazia, which Russia recognised in 2008": the relative clause has a subject named before its verb
                Mention antecedent = mentions.get(i - 1);
                boolean named = antecedent.end() <= m.start()
                        && RELATIVE_BEFORE_SUBJECT.matcher(sentence.substring(antecedent.end(), m.start())).matches();
                return named && antecedent.actor().isEntity() ? antecedent : null;
            }
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
    /** Between the antecedent and the subject of its relative clause: "Abkhazia, which Russia", "the SADR (…) which the". */
    private static final Pattern RELATIVE_BEFORE_SUBJECT = Pattern.compile("(?i)" + PARENTHESIS + "\\s*,?\\s*(?:which|whom)\\s+(?:the\\s+)?");
    /** Between that subject and its verb: "Russia had formally". */
    private static final Pattern SUBJECT_THEN_VERB = Pattern.compile("(?i)\\s+" + ADVERBS);
    private static final Pattern REDUCED_RELATIVE = Pattern.compile("(?i)" + PARENTHESIS + "\\s*,\\s*" + ADVERBS);

    private static final Pattern RELATIVE_SUBJECT = Pattern.compile("(?i)" + PARENTHESIS + "\\s*,?\\s*(?:which|who)\\s+" + ADVERBS_PATTERN);
    /**
     * "who" or "which" right before the cue with no comma before it, its antecedent no actor (an actor is the
     * case above): "countries who recognize"; after a comma it may stand for the subject ("the 53rd country, the UN
     * member, which recognizes").
     */
    private static final Pattern RELATIVE_NOT_NAMED = Pattern.compile("(?i)\\p{L}\\s+(?:which|who)\\s+" + ADVERBS + "$");

    /**
     * The subject: in the clause of the cue, the last group of actors ("Russia and Syria") before
     * the cue that is not the object of a preposition, a possessive ("the North's minister") only
     * when there is no other; failing that (a pronoun: "it severed"), the sentence's first such group.
     */
    static List<Mention> subject(String sentence, List<Mention> mentions, int clause, int cue) {
        // The subject may be left to the main clause: a pronoun ("that it had severed"), or none after
        // "but"/"and" ("X recognized Y but later withdrew"); not after "that" ("states that recognize").
        String window = sentence.substring(clause, cue);
        boolean elided = clause > 0 && !sentence.substring(0, clause).matches("(?is).*\\bthat\\s+$")
                && window.matches("(?:\\s*\\p{Ll}[\\p{L}-]*){0,2}\\s*") && !window.matches("(?is).*\\b(?:the|a|an)\\b.*");
        boolean pronoun = PRONOUN.matcher(window).find()
                || THAT_THE_COUNTRY.matcher(sentence.substring(Math.max(0, clause - 6), cue)).find();
        if (between(mentions, clause, cue).isEmpty() && FIRST_PERSON.matcher(window).find()) {
            List<Mention> speaker = speaker(sentence, mentions, cue);
            if (!speaker.isEmpty()) {
                return speaker; // "“We have decided to sever relations with Taiwan,” Nauru's foreign minister said"
            }
        }
        Mention person = pronoun && between(mentions, clause, cue).isEmpty() ? personsCountry(sentence, mentions, clause, window) : null;
        if (person != null) {
            return List.of(person); // "that Malaysian envoy Saw Ching Hong had 48 hours to leave because his country had recognized"
        }
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
            int end = aside.end();
            // "after Spain, Ireland and Norway did so": the comma goes on with a list, it closes no aside
            boolean list = mentions.stream().anyMatch(m -> m.end() == end - 1 && coordinated(sentence, mentions, m).size() > 1);
            // ", after Syria recognised Abkhazia, officials said": the cue's own clause is no aside to it
            boolean own = aside.start() < cue && cue < end;
            if (!list && !own) {
                asides.add(new int[] {aside.start(), end});
            }
        }
        // "Chad, once expected to back Serbia, recognized": the subject's apposition right before its verb
        Matcher apposition = APPOSITION_BEFORE_VERB.matcher(sentence.substring(0, cue));
        if (apposition.find() && mentions.stream().anyMatch(m -> m.end() == apposition.start())
                && mentions.stream().noneMatch(m -> m.start() > apposition.start()
                        && sentence.substring(apposition.start(), m.start()).matches(",\\s*(?:the\\s+)?"))) {
            asides.add(new int[] {apposition.start(), apposition.end()});
        }
        // "Honduras and Taiwan, which Beijing considers its province, have severed": a relative clause in commas
        Matcher relative = RELATIVE_ASIDE.matcher(sentence);
        while (relative.find()) {
            if (relative.end() <= cue) {
                asides.add(new int[] {relative.start(), relative.end()});
            }
        }
        // "all Arab states except Oman, Somalia and the Sudan severed": those excepted did not
        Matcher except = EXCEPT.matcher(sentence);
        while (except.find()) {
            List<Mention> excepted = listFrom(sentence, mentions, except.end());
            if (!excepted.isEmpty()) {
                asides.add(new int[] {except.start(), excepted.get(excepted.size() - 1).end()});
            }
        }
        for (int from : pronoun || elided ? new int[] {clause, 0} : new int[] {clause}) {
            List<Mention> plain = null;
            List<Mention> possessive = null;
            List<Mention> candidates = between(mentions, from, cue).stream()
                    .filter(m -> asides.stream().noneMatch(a -> a[0] <= m.start() && m.end() <= a[1])).toList();
            for (List<Mention> group : groups(sentence, candidates)) {
                if (group.size() >= 2 && governed(sentence, from, group.get(0).start())
                        && sentence.substring(group.get(0).end(), group.get(1).start()).contains(",")
                        && OPENING_ADVERBIAL.matcher(sentence.substring(from, group.get(0).start())).lookingAt()
                        // "In 2008, countries like Chad, Niger and Mali recognised": examples, not a place
                        && !EXAMPLES_BEFORE.matcher(sentence.substring(from, group.get(0).start())).find()) {
                    // "On Wednesday, during talks in Riyadh, Bahrain and Qatar announced": the place ends the opening phrase
                    group = group.subList(1, group.size());
                }
                // "With Togo becoming the fifteenth country", "with Panama severing ties": the subject of an absolute phrase
                int groupEnd = group.get(group.size() - 1).end();
                boolean absolute = (previousWord(sentence, from, group.get(0).start()).equals("with")
                            // "resulting in Beijing severing relations with The Gambia": the subject of the gerund
                            || RESULTING_IN.matcher(sentence.substring(from, group.get(0).start())).find()
                                && sentence.substring(group.get(group.size() - 1).end(), cue).isBlank())
                        && (WITH_ING.matcher(sentence).region(groupEnd, sentence.length()).lookingAt()
                            || sentence.substring(groupEnd, cue).matches("\\s+(?:\\p{L}+ly\\s+)?")
                                && sentence.substring(cue).matches("(?is)\\p{L}+ing\\b.*"));
                // "most countries, including the United States, have switched": the examples of a described subject
                String closing = sentence.substring(group.get(group.size() - 1).end(), cue);
                boolean example = INCLUDING.matcher(sentence.substring(from, group.get(0).start())).find()
                        && closing.matches("(?is)(?:[^;:]*,)?\\s*(?:(?:have|has|had|also|all|now|\\p{L}+ly)\\s+)*")
                        && (closing.matches("(?is).*\\b(?:have|has|had)\\s+(?:(?:now|\\p{L}+ly)\\s+)?") || sentence.substring(cue).matches("(?is)\\p{L}+ed\\b.*")
                            // "The Arab world's biggest powers, including Saudi Arabia and Egypt, cut diplomatic relations"
                            || sentence.substring(cue).matches("(?is)(?:cut|broke|split|withdrew|froze)\\b.*"));
                // "After the Solomon Islands switched recognition to China, Kiribati cut ties": "after" opens a clause
                // whose subject is right before its verb, the cue
                boolean clauseSubject = Set.of("after", "before").contains(previousWord(sentence, from, group.get(0).start()))
                        && SUBORDINATE_VERB_GAP.matcher(closing).matches() && !sentence.substring(cue).matches("(?is)\\p{L}+ing\\b.*");
                if (governed(sentence, from, group.get(0).start()) && !absolute && !example && !clauseSubject
                        // "Suriname informed Serbia of its decision to withdraw": whom a message is addressed to
                        || ADDRESSEE_VERBS.contains(previousWord(sentence, from, group.get(0).start()))
                        || FOLLOWED.matcher(sentence.substring(from, group.get(0).start())).find()
                                && FOLLOWED_THEN.matcher(sentence.substring(group.get(group.size() - 1).end(), cue)).matches()
                        || FOLLOWED_AT_A_TIME.matcher(sentence.substring(from, group.get(0).start())).find()
                                && AT_A_TIME_IN.matcher(sentence.substring(group.get(group.size() - 1).end(), cue)).matches()
                        || OBJECT_THEN_AND.matcher(sentence.substring(group.get(group.size() - 1).end(), cue)).matches()
                        // "Tonga recognised China in 1998, ending relations with Taiwan": the participle is the subject's
                        || group.get(0).start() > candidates.get(0).start()
                                && OBJECT_THEN_PARTICIPLE.matcher(sentence.substring(group.get(group.size() - 1).end(), cue)).matches()
                                && sentence.substring(cue).matches("(?is)\\p{L}+ing\\b.*")
                        // "X, along with the leaders of Y and Z, recognized": Y and Z join the subject before them
                        || !example && ALONG_WITH_BEFORE.matcher(sentence.substring(from, group.get(0).start())).find()) {
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
                // "Yemen's internationally recognised government and Libya's eastern-based administration": the
                // owners of governments joined by "and" all act
                List<Mention> owners = new ArrayList<>(found);
                for (Mention first = owners.get(0); ; first = owners.get(0)) {
                    int at = first.start();
                    Mention owner = mentions.stream().filter(m -> m.end() < at && possessive(sentence, m)
                            && OWNED_GOVERNMENT_AND.matcher(sentence.substring(m.end(), at)).matches()).findFirst().orElse(null);
                    if (owner == null || owner.start() < from) {
                        break;
                    }
                    owners.add(0, owner);
                }
                found = owners;
                Matcher described = DESCRIBED_THEN_LIST.matcher(sentence.substring(from, found.get(0).start()));
                if (described.find()) {
                    // "Saudi Arabia and three allied countries (United Arab Emirates, Bahrain and Egypt) broke"
                    int at = from + described.start();
                    Mention last = mentions.stream().filter(m -> m.end() <= at && sentence.substring(m.end(), at).isBlank())
                            .findFirst().orElse(null);
                    if (last != null) {
                        List<Mention> named = new ArrayList<>(listClosedBy(sentence, mentions, last));
                        named.addAll(found);
                        return named;
                    }
                }
                Mention head = appositionHead(sentence, mentions, found.get(0), found.get(found.size() - 1), cue);
                if (head == null) {
                    List<Mention> joined = alongWith(sentence, mentions, found, cue);
                    if (joined != null) {
                        return joined;
                    }
                }
                return head != null ? List.of(head) : found;
            }
        }
        return List.of();
    }

    /** ", along with (the leaders of) X, Y and Z," between a subject and its verb. */
    private static final Pattern ALONG_WITH = Pattern.compile("(?i)^\\s*,\\s*(?:along\\s+with|together\\s+with|alongside|as\\s+well\\s+as)\\s+"
            + "(?:the\\s+(?:leaders?|governments?|presidents?|heads?\\s+of\\s+(?:state|government))\\s+of\\s+)?(?:the\\s+)?$");
    private static final Pattern ALONG_WITH_BEFORE = Pattern.compile(ALONG_WITH.pattern().replace("(?i)^", "(?i)"));
    private static final Pattern ALONG_WITH_CLOSED = Pattern.compile("(?i)^\\s*,\\s*(?:(?:has|have|had|also|all|jointly|\\p{L}+ly)\\s+)*$");

    /**
     * The subject and the actors joined to it by an aside of "along with" before the cue: "Saudi Arabia, along with the
     * United Arab Emirates, Bahrain and Egypt, cut ties with Qatar"; null when there is no such aside.
     */
    private static List<Mention> alongWith(String sentence, List<Mention> mentions, List<Mention> found, int cue) {
        Mention last = found.get(found.size() - 1);
        Mention next = mentions.stream().filter(m -> m.start() >= last.end() && m.end() <= cue).findFirst().orElse(null);
        if (next == null || !ALONG_WITH.matcher(sentence.substring(last.end(), next.start())).matches()) {
            return null;
        }
        List<Mention> joined = coordinated(sentence, mentions, next);
        if (!ALONG_WITH_CLOSED.matcher(sentence.substring(joined.get(joined.size() - 1).end(), cue)).matches()) {
            return null;
        }
        List<Mention> all = new ArrayList<>(found);
        all.addAll(joined);
        return all;
    }

    /** Before a list in parentheses that a description announces: "and three allied countries (". */
    private static final Pattern DESCRIBED_THEN_LIST = Pattern.compile("(?i)\\s+and\\s+(?:[\\p{L}\\d-]+\\s+){0,3}"
            + "(?:countries|states|nations|allies|governments|partners)\\s*\\(\\s*(?:the\\s+)?$");
    /** An adverbial phrase that opens the clause: "On Wednesday, during talks in", "In exchange for access to". */
    private static final Pattern OPENING_ADVERBIAL = Pattern.compile("(?i)^\\W*(?:in|on|during|at|after|amid|following|despite"
            + "|under|upon|for|through)\\b");

    private static final Pattern EXAMPLES_BEFORE = Pattern.compile("(?i)\\b(?:" + EXAMPLES + "|like|notably)\\s+(?:the\\s+)?$");

    private static final Pattern OPENING_PARTICIPLE = Pattern.compile("^\\s*(?:(?:By|After|Before|Since|On|Upon|While|In)\\s+)?\\p{L}+ing\\b");

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

    /** The past and participle of the verbs that sever relations: "cut", "severed", "snapped", "broken". */
    static final String SEVERED = "(?:cut|severed|snapped|ruptured|broke|broken|suspended|ended|terminated|dropped)";
    private static final Pattern SEVERED_WITH = Pattern.compile("(?i)\\b" + SEVERED + "\\b[^;:]{0,60}?\\bwith\\s+");
    private static final Pattern NOUN_OF_CAUSE = Pattern.compile("(?i)\\b(?:after|following|over|for|because\\s+of|due\\s+to"
            + "|in\\s+response\\s+to|in\\s+retaliation\\s+for)\\s+(?:its|their)\\s+(?:[\\p{L}'’-]+\\s+){0,2}$");
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
     * The actors listed after ", followed by" (to the next semicolon) when they acted "the same year" ({@code sameTime}),
     * or, without {@code sameTime}, when the list ends its clause with no time of its own ("Barbados, followed by Jamaica,
     * announced"); else none.
     */
    static List<Actor> followedBy(String sentence, List<Mention> mentions, int from, boolean sameTime) {
        int end = sentence.indexOf(';', from);
        Matcher f = Pattern.compile("(?i),\\s*followed\\s+by\\s+(?:the\\s+)?").matcher(sentence)
                .region(from, end < 0 ? sentence.length() : end);
        if (!f.find()) {
            return List.of();
        }
        List<Mention> list = listFrom(sentence, mentions, f.end());
        int at = list.isEmpty() ? f.end() : list.get(list.size() - 1).end();
        // "followed by" is later: the list shares the event's date only "the same year" (or day, week, month)
        boolean same = Pattern.compile("(?i)^\\s*,?\\s*(?:on\\s+|in\\s+)?the\\s+same\\s+(?:day|week|month|year)\\b")
                .matcher(sentence.substring(at)).find();
        boolean later = !list.isEmpty() && sentence.substring(at).matches("(?s)\\s*(?:[.;,:)].*)?");
        return (sameTime ? same : later) ? actors(list) : List.of();
    }

    /** The mentions listed from {@code from} on, joined by commas and "and" ("Barbados, Jamaica and the Bahamas"). */
    static List<Mention> listFrom(String sentence, List<Mention> mentions, int from) {
        List<Mention> list = new ArrayList<>();
        int at = from;
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
        return list;
    }

    /**
     * The doers a described subject stands for, listed after a dash: "Several Arab countries recognize
     * the State of Palestine - Algeria, Saudi Arabia, Tunisia".
     */
    static List<Actor> listAfterDash(String sentence, List<Mention> mentions, int from) {
        // "Several countries recognized Kosovo, including Chad and Niger": the examples the description names
        Matcher including = EXAMPLES_AFTER_OBJECT.matcher(sentence.substring(from));
        if (including.find() && DESCRIBED_DOERS.matcher(sentence.substring(0, from)).find()) {
            return actors(listFrom(sentence, mentions, from + including.end()));
        }
        Matcher dash = Pattern.compile("^\\s*[-–—]\\s+(?:the\\s+)?").matcher(sentence.substring(from));
        if (!dash.find()) {
            return List.of();
        }
        List<Mention> list = listFrom(sentence, mentions, from + dash.end());
        return list.size() >= 2 ? actors(list) : List.of();
    }

    /**
     * ", including (the)", after the object and a time of its reach ("so far", "to date"), before the examples, which
     * may be described first ("including major world powers such as").
     */
    private static final Pattern EXAMPLES_AFTER_OBJECT = Pattern.compile("(?i)^(?:\\s+(?:so\\s+far|to\\s+date|already|now))?\\s*,\\s*"
            + "(?:" + EXAMPLES + "|notably)\\s+(?:(?:[\\p{L}-]+\\s+){1,4}?such\\s+as\\s+)?(?:the\\s+)?");
    /**
     * A subject that describes its members: "Several countries", "Three African states", "At least 15 countries", also
     * of what is reported ("A newspaper reports that at least 15 countries").
     */
    private static final Pattern DESCRIBED_DOERS = Pattern.compile("(?i)(?:^\\W*|\\b(?:reports?|said|says)\\s+that\\s+)"
            + "(?:(?:at\\s+least|more\\s+than|over|nearly|almost|about)\\s+)?"
            + "(?:several|many|some|a\\s+number\\s+of|a\\s+few|more|other"
            + "|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:countries|states|nations|governments)\\b");

    /**
     * "the last country to (offer diplomatic) ", "the first state in Africa to have formally", "the first countries to": a
     * count of actors before a cue.
     */
    private static final Pattern NTH_TO = Pattern.compile("(?i)\\b(?:first|last|latest|newest|second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th))\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:countr(?:y|ies)|states?|nations?|governments?)\\s+"
            + "(?:(?:in|of|from)\\s+[^,;]{1,40}?\\s+)?to\\s+(?:have\\s+)?(?:[\\p{L}-]+\\s+){0,3}$");
    /**
     * The verb "to be" after the cue's object, in the same clause: "… to recognise Kosovo as a state was", "… were";
     * with what the name is to the object: "was its neighbour Croatia".
     */
    private static final Pattern THEN_BE = Pattern.compile("(?i)^[^,;:]*?\\s(?:was|is|were|are|became|has\\s+been)\\s+(?:the\\s+)?"
            + "(?:(?:its|their)\\s+(?:[\\p{L}-]+\\s+)?(?:neighbou?rs?|ally|allies|partners?)\\s+)?");

    /**
     * A phrase of circumstance that ends the sentence after a name, with no verb of the name's own: "as Venezuela amid
     * growing tensions", "was Bahrain, a move that angered Serbia".
     */
    private static final String ADJUNCT = "(?:\\s+(?:amid|despite|in\\s+(?:a|an|the|response|protest|retaliation)"
            + "|as\\s+part\\s+of|over|following)\\b|,\\s+(?:a|in\\s+a)\\s+(?:move|step|decision)\\b)[^;:]*";
    static final Pattern TRAILING_ADJUNCT = Pattern.compile("(?is)" + ADJUNCT);

    /**
     * The name ends the sentence, but for a time and an attribution or a phrase of circumstance: "was Israel in September
     * 2020, officials said", "was Israel in September 2020, a move that angered Serbia".
     */
    private static final Pattern NAME_ENDS = Pattern.compile("(?is)(?:,?\\s+(?:in|on|last|this)\\s+[^,;:]*)?"
            + "(?:,\\s+(?!(?:which|who|whose|where|that)\\b)(?:[^,;:]{1,60}?\\s)?(?:said|says|told|reported|announced|according\\s+to)\\b[^;:]*?"
            + "|" + ADJUNCT + ")?\\s*(?:[.;:].*)?");

    /**
     * The doers named after "to be" when a count of actors opens the cue's clause: "The last country to recognise
     * Kosovo was Israel", "The latest state to offer diplomatic recognition to Kosovo is Papua New Guinea"; else none.
     */
    static List<Actor> namedAfterBe(String sentence, List<Mention> mentions, int clause, int cueStart, int cueEnd) {
        if (!NTH_TO.matcher(sentence.substring(clause, cueStart)).find()) {
            return List.of();
        }
        Matcher be = THEN_BE.matcher(sentence.substring(cueEnd));
        Mention named = be.find() ? firstAt(mentions, cueEnd + be.end()) : null;
        if (named == null || named.start() != cueEnd + be.end()) {
            return List.of();
        }
        // the name ends the sentence, or only a time follows: an apposition may hold the act and its time in a clause of its own
        List<Mention> group = coordinated(sentence, mentions, named);
        String rest = sentence.substring(group.get(group.size() - 1).end());
        return NAME_ENDS.matcher(rest).matches() || TRAILING_ADJUNCT.matcher(rest).matches() ? actors(group) : List.of();
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
            if (DECISION_AFTER.matcher(after).find() && possessive(sentence, m)) {
                // "Zambia and Papua New Guinea's decision to withdraw": the list the possessive closes
                return listClosedBy(sentence, mentions, m);
            }
            if (DECISION_OF.matcher(before).find()) {
                // "the decision by Spain, Ireland and Norway to recognise": the list
                List<Mention> group = coordinated(sentence, mentions, m);
                int end = group.get(group.size() - 1).end();
                if (end <= cue && DECIDER_AFTER_OF.matcher(sentence.substring(end, cue)).find()) {
                    return group;
                }
            }
            Matcher message = MESSAGE_THEN.matcher(after);
            if (MESSAGE_FROM.matcher(before).find() && message.matches()
                    && (message.group(1) != null || sentence.substring(cue).matches("(?is)^\\S+ing\\b.*"))) {
                // "Serbia received a note from Togo withdrawing its recognition", "a note from Togo saying it had
                // withdrawn": the sender does what the note says
                return listClosedBy(sentence, mentions, m);
            }
            if (PARTNER_FOR.matcher(after).find() && before.matches("(?is).*\\bwith\\s+(?:the\\s+)?$")
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
    static List<Mention> nominalSubject(String sentence, List<Mention> mentions, int clause, int cue) {
        String before = sentence.substring(clause, cue);
        for (Mention m : between(mentions, clause, cue)) {
            if (sentence.substring(m.end(), cue).matches("(?i)\\s*(?:(?:formal|official|full|diplomatic)\\s+)*")) {
                return List.of(m); // "the Russian recognition of", "the South African formal recognition of"
            }
            // "Russia's recognition of", "Chad's 2001 recognition of"
            if (possessive(sentence, m) && sentence.substring(m.end() + 2, cue).matches("\\s*(?:[\\p{L}\\d-]+\\s+){0,2}")) {
                return List.of(m);
            }
        }
        Matcher cause = NOUN_OF_CAUSE.matcher(sentence.substring(0, cue));
        if (cause.find()) {
            // "broke relations with North Korea following its recognition of": the partner's recognition
            Matcher with = SEVERED_WITH.matcher(sentence.substring(0, cause.start()));
            if (with.find()) {
                int at = with.end();
                Mention partner = mentions.stream().filter(m -> m.start() >= at && m.end() <= cause.start() && m.start() - at <= 50)
                        .findFirst().orElse(null);
                if (partner != null) {
                    return List.of(partner);
                }
            }
        }
        Matcher byOf = NOUN_BY_OF.matcher(before);
        if (byOf.find()) {
            // "the withdrawal by Paraguay of its recognition of": the doer after "by", not the clause's subject
            Mention first = firstAt(mentions, clause + byOf.start(1));
            if (first != null && first.start() == clause + byOf.start(1)) {
                return coordinated(sentence, mentions, first);
            }
        }
        if (Pattern.compile("(?i)\\b(?:its|their|his|her|our)\\s+(?:[\\p{L}'’-]+\\s+){0,2}$").matcher(before).find()) {
            return subject(sentence, mentions, clause, cue);
        }
        return List.of();
    }

    /** "except", "apart from": a list of actors left out of what the sentence says of others. */
    private static final Pattern EXCEPT = Pattern.compile("(?i)\\b(?:except(?:\\s+for)?|apart\\s+from|other\\s+than|excluding"
            + "|with\\s+the\\s+exceptions?\\s+of|save\\s+for"
            // "All but three Arab states - Sudan, Somalia, and Oman - broke": the three named are excepted
            + "|all\\s+but\\s+(?:[\\p{L}-]+\\s+){0,4}?[-–—(:]"
            + ")\\s+");

    /** "the withdrawal by Paraguay of its (formal) ": a noun of the undoing whose doer follows "by". */
    private static final Pattern NOUN_BY_OF = Pattern.compile("(?i)\\b(?:withdrawal|revocation|suspension|retraction|cancell?ation"
            + "|freezing|annulment|reversal)\\s+by\\s+(?:the\\s+)?(\\p{Lu}[^,;:]{0,40}?)\\s+of\\s+(?:its|their)\\s+"
            + "(?:(?:formal|official|diplomatic)\\s+)?$");

    /** The actor at {@code at} is the object of a preposition ("with Russia"), not "the Republic of Somalia". */
    private static boolean governed(String sentence, int from, int at) {
        String word = previousWord(sentence, from, at);
        if (!PREPOSITIONS.contains(word)) {
            return false;
        }
        if (word.equals("in") && GOVERNMENT_IN.matcher(sentence.substring(from, at)).find()) {
            return false; // "the government in N'Djamena": the state itself
        }
        if (word.equals("of")) {
            if (sentence.substring(from, at).matches("(?is).*\\bon\\s+behalf\\s+of\\s+(?:the\\s+)?")) {
                return false; // "Gu, on behalf of the Chinese government, announced": the government acts
            }
            String before = sentence.substring(from, at).replaceAll("(?i)\\s*\\bof\\s+(?:the\\s+)?$", "");
            Matcher head = Pattern.compile("([\\p{L}]+)$").matcher(before);
            // "President Ortega of Nicaragua", "Foreign Minister Wang Yi of China": an office holder of the state acts for it
            return !(head.find() && STATE_NOUNS.contains(head.group(1).toLowerCase(Locale.ROOT))
                    || OFFICE_HOLDER.matcher(before).find());
        }
        return true;
    }

    /** An office and a person's name, capitalized: "President Ortega", "Foreign Minister Wang Yi". */
    private static final Pattern OFFICE_HOLDER = Pattern.compile("\\b(?:President|Prime\\s+Minister|Premier|King|Queen|Emir|Sultan"
            // a name's particles too: "President Anwar al-Sadat"
            + "|(?:Foreign\\s+)?Minister|Chancellor)\\s+(?:(?:al-|el-|bin\\s+|ibn\\s+)?\\p{Lu}[\\p{L}'.-]*\\s+){0,2}(?:al-|el-)?\\p{Lu}[\\p{L}'.-]*$");

    static boolean possessive(String sentence, Mention m) {
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

    private static final Pattern GOVERNMENT_IN = Pattern.compile("(?i)\\b(?:government|authorities|leadership|regime|junta|rulers)\\s+in\\s+$");
    /** "Qatar's government", "Taipei's rulers": the state's own government. */
    private static final Pattern GOVERNMENT_AFTER = Pattern.compile("(?i)['’]s?\\s+(?:government|leadership|rulers|regime|junta|authorities)\\b");
    /** A short description ending in a comma before the name it describes: "its long-time ally, ". */
    private static final Pattern DESCRIPTION_COMMA = Pattern.compile("(?i)(?:its|their|the|a)\\s+[\\p{L}'’ -]{1,40},\\s*(?:the\\s+)?");

    static List<Actor> relationsPartners(String sentence, List<Mention> mentions, int cueEnd, int objectEnd) {
        Matcher to = RELATIONS_TO.matcher(sentence).region(cueEnd, objectEnd);
        Mention toFirst = to.lookingAt() ? firstAt(mentions, to.end()) : null;
        if (toFirst != null && toFirst.start() == to.end() && !possessive(sentence, toFirst)) {
            return actors(coordinated(sentence, mentions, toFirst)); // "cut its ties to Taiwan", "severed links to Taipei"
        }
        Matcher with = WITH_OR_BETWEEN.matcher(sentence).region(cueEnd, objectEnd);
        if (with.find()) {
            // "with Russia", "with the tiny South Pacific island nation of Tuvalu"
            for (Mention m : mentions) {
                if (m.start() >= with.end() && m.start() < objectEnd) {
                    String between = sentence.substring(with.end(), m.start());
                    if (possessive(sentence, m)) {
                        if (GOVERNMENT_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt() && between.length() <= 50
                                && !between.matches("(?s).*[,;()].*")) {
                            return List.of(m.actor()); // "with Qatar's government": its government is the state
                        }
                        continue; // "with Russia's main ally Syria"
                    }
                    // "with its long-time ally, Taiwan": a short description, then the name after its comma
                    if (between.length() <= 50 && (!between.matches("(?s).*[,;()].*") || DESCRIPTION_COMMA.matcher(between).matches())) {
                        return actors(coordinated(sentence, mentions, m));
                    }
                    break;
                }
            }
            // "with another Pacific nation – the Solomon Islands –": the partner a dash names after a description
            Matcher dash = DASH_NAMED.matcher(sentence).region(with.end(), sentence.length());
            Mention named = dash.lookingAt() ? firstAt(mentions, dash.end()) : null;
            if (named != null && named.start() == dash.end()) {
                return actors(coordinated(sentence, mentions, named));
            }
            // "to renew ties with Ibrahim Khalil Kaba, the chief of staff for the Guinean President": a person's state
            Matcher person = PERSON_OF.matcher(sentence).region(with.end(), sentence.length());
            Mention of = person.lookingAt() ? firstAt(mentions, person.end()) : null;
            if (of != null && of.start() == person.end()
                    && mentions.stream().noneMatch(m -> m.start() >= with.end() && m.start() < person.end())) {
                return List.of(of.actor());
            }
        }
        return List.of();
    }

    private static final Pattern PERSON_OF = Pattern.compile("(?:Mr\\.?\\s+|Ms\\.?\\s+|Dr\\.?\\s+)?\\p{Lu}[\\p{L}.'’-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}\\s*,\\s*(?i:the\\s+)?(?:[\\p{L}-]+\\s+){0,4}(?i:of|for|to)\\s+(?i:the\\s+)?");
    private static final Pattern DASH_NAMED = Pattern.compile("(?i)(?:another|a|an|the|its|their)\\s+[^–—,;()]{1,40}?\\s+[–—]\\s+(?:the\\s+)?");

    /** "its recognition by", "Kosovo's recognition by": the recognized is the possessive before the noun. */
    private static final Pattern POSSESSED_BEFORE = Pattern.compile("(?i)(?:\\b(its|their)|['’]s)\\s+"
            + "(?:(?:formal|official|diplomatic|international)\\s+)?$");

    /** The actor whose recognition it is: the one before "'s", or for "its"/"their" the entity named last before it. */
    static Actor possessedBefore(String sentence, List<Mention> mentions, int cueStart) {
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

    /** The end of "by N countries, including X, Y and Z" after the cue (the comma ends the object before it), or the cue's end. */
    static int byListEnd(String sentence, int cueEnd) {
        Matcher m = Pattern.compile("(?i)^\\s+by\\s+" + COUNTED_EXAMPLES + "\\s+[^;:]*").matcher(sentence.substring(cueEnd));
        return m.find() ? cueEnd + m.end() : cueEnd;
    }

    private static final Pattern SIGNED_WITH = Pattern.compile("(?i)\\bsign(?:ed|s|ing)?\\b[^;:]{0,80}?\\bwith\\s+(?:the\\s+)?");

    /** The partner of "signed (a communique, an agreement) with Y" before a relations cue in its clause, or none. */
    static List<Actor> signedWith(String sentence, List<Mention> mentions, int clause, int cue) {
        Matcher with = SIGNED_WITH.matcher(sentence).region(clause, cue);
        Mention first = with.find() ? firstAt(mentions, with.end()) : null;
        return first == null ? List.of() : List.of(first.actor());
    }

    /**
     * A verb joined to a relations cue that names the other side: "closed its border with Qatar and severed
     * relations", "recalled its ambassador from Iran and cut ties", "expelled Iran's ambassador and cut ties",
     * "reopened its embassy in Qatar, restoring ties".
     */
    private static final Pattern SIDE_VERB = Pattern.compile("(?i)\\b(?:closed|shut(?:\\s+down)?|recalled|withdrew|expelled"
            + "|re-?opened|ordered)\\s+(?:[^;:,]{0,50}?\\s)?(?:(?:with|from|in|to)\\s+(?:the\\s+)?(?=\\p{Lu})|(?:the\\s+)?(?=\\p{Lu}[^;:,]{0,40}?(?:['’]s?)?\\s+"
            + "(?:[\\p{L}-]+\\s+)?(?:ambassador|envoy|diplomats|embassy|charg)))");
    /** Between the side verb's actor and the cue: its object, then "and" or a comma. */
    private static final Pattern SIDE_VERB_THEN = Pattern.compile("(?i)(?:['’]s?)?[^;:,]{0,40}?(?:,\\s*(?:and\\s+)?|\\s+and\\s+)"
            + "(?:(?:also|then|later|subsequently)\\s+)?$");

    /** The partner a verb joined to the relations cue names ({@link #SIDE_VERB}), or none. */
    static List<Actor> sideVerbPartner(String sentence, List<Mention> mentions, int clause, int cue, List<Actor> doers) {
        Matcher verb = SIDE_VERB.matcher(sentence).region(clause, cue);
        while (verb.find()) {
            Mention first = firstAt(mentions, verb.end());
            if (first != null && first.start() == verb.end() && !doers.contains(first.actor()) && !doers.isEmpty()
                    && SIDE_VERB_THEN.matcher(sentence.substring(first.end(), cue)).matches()) {
                return List.of(first.actor());
            }
        }
        return List.of();
    }

    /** Right after the relations of a cue: "to", its partner next ("cut its ties to Taiwan"). */
    private static final Pattern RELATIONS_TO = Pattern.compile("(?i)\\s+to\\s+(?:the\\s+)?");

    /** A reaction to a decision right before a relations cue: "has condemned Mali's decision to ", "welcomed the move by X to ". */
    private static final Pattern REACTION_TO_DECISION = Pattern.compile("(?i)\\b(?:condemn|critici[sz]|regrett?|deplor|denounc"
            // "slammed", "blasted", "lamented", "decried", "rejected" the decision
            + "|protest|welcom|hail|prais|slamm?|blast|lament|decr(?:y|ie)|reject)\\p{L}*[\"”’']?\\s+(?:the\\s+)?[^,;:]{1,60}?\\b(?:decision|move|choice)\\s+"
            + "(?:by\\s+[^,;:]{1,40}?\\s+)?" + SHORT_TIME + "to\\s+(?:\\p{L}+ly\\s+)?$");

    /**
     * The partner of relations a decision is about when whoever reacts to it is the other side: "Ukraine has condemned
     * Mali's decision to sever relations", "Taiwan condemned the Solomon Islands' decision to cut ties"; or none.
     */
    static List<Actor> reactingPartner(String sentence, List<Mention> mentions, int cue, List<Actor> doers) {
        return subjectOf(REACTION_TO_DECISION, sentence, mentions, cue, doers);
    }

    /** The one subject of the verb {@code before} finds right before {@code cue}, if it is not a doer; or none. */
    private static List<Actor> subjectOf(Pattern before, String sentence, List<Mention> mentions, int cue, List<Actor> doers) {
        Matcher verb = before.matcher(sentence.substring(0, cue));
        if (!verb.find()) {
            return List.of();
        }
        List<Actor> subject = actors(subject(sentence, mentions, 0, verb.start()));
        return subject.size() == 1 && !doers.contains(subject.get(0)) ? subject : List.of();
    }

    /** "lost another ally on Tuesday when": a loss that a severance in the clause of "when" explains. */
    private static final Pattern LOST_ALLY = Pattern.compile("(?i)\\blos(?:t|es|ing)\\s+(?:another|an|its|a|one\\s+of\\s+its)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}?(?:ally|allies|partners?|friends?)\\b[^;:]*?\\bwhen\\s+[^;:]*$");

    /**
     * The partner of a severance that explains a loss: "Taiwan lost another ally on Tuesday when the Dominican Republic
     * severed ties" (Taiwan); or none.
     */
    static List<Actor> loserPartner(String sentence, List<Mention> mentions, int cue, List<Actor> doers) {
        return subjectOf(LOST_ALLY, sentence, mentions, cue, doers);
    }

    /** "notified Belgium of its decision to ": the one told of a decision on relations. */
    private static final Pattern TOLD_OF_DECISION = Pattern.compile("(?i)\\b(?:notif(?:y|ies|ied|ying)|inform(?:s|ed|ing)?|told|tells?)\\s+"
            + "(?:the\\s+(?:government|authorities)\\s+(?:of|in)\\s+)?(?:the\\s+)?(\\S[^,;:]{0,60}?)\\s+(?:of|about)\\s+(?:its|their)\\s+"
            + "(?:\\p{L}+\\s+)?decision\\s+to\\s+(?:\\p{L}+ly\\s+)?$");

    /**
     * The partner of relations a decision is about when the decider tells the other side of it: "Rwanda notified the
     * government of Belgium of its decision to sever diplomatic relations" (Belgium); or none.
     */
    static List<Actor> toldPartner(String sentence, List<Mention> mentions, int cue, List<Actor> doers) {
        Matcher told = TOLD_OF_DECISION.matcher(sentence.substring(0, cue));
        if (!told.find()) {
            return List.of();
        }
        List<Actor> partners = mentions.stream().filter(m -> m.end() > told.start(1) && m.end() <= told.end(1))
                .map(Mention::actor).filter(a -> !doers.contains(a)).distinct().toList();
        return partners.size() == 1 ? partners : List.of();
    }

    /** After a severance with no partner: "after", "when", "because" and the subject of that clause. */
    private static final Pattern CAUSE_CLAUSE = Pattern.compile("(?i)^(?:\\s+(?:on|in|last|this|late|early)\\s+\\S+(?:\\s+\\d{1,2}(?:,\\s*\\d{4})?)?)?"
            + "\\s*,?\\s+(?:shortly\\s+|soon\\s+|just\\s+)?(?:after|when|because|as)"
            + "\\s+(?:the\\s+)?");

    /**
     * Relations one doer severed with no partner named, followed by a clause of cause whose subject is an actor: that actor is
     * the partner ("Quito broke off ties after Colombia bombed a camp", "Beijing had severed diplomatic relations when
     * Dakar recognized Taiwan"); or none.
     */
    static List<Actor> causePartner(String sentence, List<Mention> mentions, int cueEnd, List<Actor> doers) {
        Matcher cause = CAUSE_CLAUSE.matcher(sentence).region(cueEnd, sentence.length());
        if (!cause.lookingAt()) {
            return List.of();
        }
        Mention first = firstAt(mentions, cause.end());
        if (first == null || first.start() != cause.end() || POSSESSIVE_AT.matcher(sentence).region(first.end(), sentence.length()).lookingAt()) {
            return List.of();
        }
        // "Chad and Niger cut ties after Mali recognized": two doers are the pair themselves
        return doers.size() != 1 || doers.contains(first.actor()) ? List.of() : List.of(first.actor());
    }

    private static final Pattern WITH_IT = Pattern.compile("(?i)^\\s+with\\s+(?:it|them)\\b");

    /**
     * Relations "with it" or "with them": the sentence's first actor when it is not the doer ("Niger said on Monday
     * that Chad had broken off relations with it"), else the last actor named before the cue that is not a doer
     * ("Chad recognized Kosovo and established relations with it"); or none.
     */
    static List<Actor> pronounPartner(String sentence, List<Mention> mentions, int cueEnd, int cueStart, List<Actor> doers) {
        if (doers.isEmpty() || !WITH_IT.matcher(sentence).region(cueEnd, sentence.length()).lookingAt() || mentions.isEmpty()) {
            return List.of();
        }
        Mention first = mentions.get(0);
        if (first.end() <= cueStart && !doers.contains(first.actor()) && !possessive(sentence, first)) {
            return List.of(first.actor());
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.end() <= cueStart && !doers.contains(m.actor())) {
                return possessive(sentence, m) ? List.of() : List.of(m.actor());
            }
        }
        return List.of();
    }

    private static final Pattern POSSESSIVE_AT = Pattern.compile("['’]s?\\b|\\s+and\\b");

    /** The actor named right at {@code at} (a few characters of leeway), or null. */
    private static final Pattern RECOGNIZED_THEN = Pattern.compile("(?i)\\brecogni[sz]ed\\s+(?:the\\s+)?");

    /**
     * Relations with no partner named, after the recognition of an entity in the same sentence, are relations with
     * that entity: "Peru recognised the SADR in 1984 but suspended diplomatic relations in 1996".
     */
    static List<Actor> recognizedBefore(String sentence, List<Mention> mentions, int cue, List<Actor> doers, boolean severance) {
        Matcher recognized = RECOGNIZED_THEN.matcher(sentence.substring(0, cue));
        int verb = -1;
        int at = -1;
        while (recognized.find()) {
            verb = recognized.start();
            at = recognized.end();
        }
        Mention object = at < 0 ? null : firstAt(mentions, at);
        if (object == null || object.start() != at || !object.actor().isEntity()) {
            return List.of();
        }
        // the same doer: "Russia recognised Abkhazia, and Georgia cut relations" is no relations with Abkhazia
        List<Actor> recognizer = actors(subject(sentence, mentions, 0, verb));
        if (!doers.isEmpty() && recognizer.containsAll(doers)) {
            return List.of(object.actor());
        }
        // another doer's severance answers the recognition: "Yugoslavia recognised East Germany, and Bonn severed
        // relations four days later" severs them with Yugoslavia (not after "but": a contrast, no answer)
        boolean answer = severance && !sentence.substring(object.end(), cue).matches("(?is).*\\bbut\\b.*") // "but Niger suspended"
                && doers.size() == 1 && recognizer.size() == 1 && !recognizer.get(0).isEntity()
                && !doers.contains(object.actor()) && !doers.contains(recognizer.get(0));
        return answer ? recognizer : List.of();
    }

    static Mention firstAt(List<Mention> mentions, int at) {
        for (Mention m : mentions) {
            if (m.start() >= at) {
                return m.start() - at <= 4 ? m : null;
            }
        }
        return null;
    }

    /** The longest list of coordinated mentions that {@code last} closes ("Zambia and Papua New Guinea"), or it alone. */
    private static List<Mention> listClosedBy(String sentence, List<Mention> mentions, Mention last) {
        List<Mention> list = List.of(last);
        for (int j = mentions.indexOf(last) - 1; j >= 0; j--) {
            List<Mention> group = coordinated(sentence, mentions, mentions.get(j));
            if (group.get(group.size() - 1) == last) {
                list = group;
            } else if (!group.contains(last)) {
                break;
            }
        }
        return list;
    }

    /**
     * The mention and those that follow it joined by "and", "or" or commas: "Russia, Syria and
     * North Korea". A conjunction closes the list: in "Russia and Syria, and Ukraine severs" Ukraine
     * starts another.
     */
    static List<Mention> coordinated(String sentence, List<Mention> mentions, Mention first) {
        List<Mention> group = new ArrayList<>(List.of(first));
        int i = mentions.indexOf(first);
        int asWellAs = 0; // the group's size when "as well as" joined a list that may go on: "France, as well as Nigeria, Togo, and"
        for (int k = i + 1; k < mentions.size(); k++) {
            Mention prev = mentions.get(k - 1);
            Mention next = mentions.get(k);
            Matcher joint = COORDINATION.matcher(sentence.substring(prev.end(), next.start()));
            if (!joint.matches() && UNKNOWN_IN_LIST.matcher(sentence.substring(prev.end(), next.start())).matches()) {
                // "Mauritania, Swazilend, Vanuatu, … and Tuvalu": a name the facts do not hold (misspelt) inside a list
                joint = COORDINATION.matcher(", ");
                joint.matches();
            }
            if (!joint.matches()) {
                break;
            }
            group.add(next);
            if (joint.group(1) != null) {
                if (asWellAs == 0 && joint.group(1).matches("(?i)as\\s+well\\s+as")
                        && COORDINATION_GOES_ON.matcher(sentence).region(next.end(), sentence.length()).lookingAt()) {
                    asWellAs = group.size();
                    continue;
                }
                return group;
            }
        }
        if (asWellAs > 0) {
            return group.subList(0, asWellAs); // no "and" closed what followed "as well as"
        }
        // "The United States, Japan, Canada, and 22 European Union states": a description closes the list.
        if (group.size() >= 2 && LIST_CLOSED_BY_DESCRIPTION.matcher(sentence).region(group.get(group.size() - 1).end(),
                sentence.length()).lookingAt()) {
            return group;
        }
        // Commas with no conjunction to close them are no list: "DPR, the Holy See recognizing ...".
        return group.subList(0, 1);
    }

    /** A comma that goes on with another name after it. */
    private static final Pattern COORDINATION_GOES_ON = Pattern.compile("\\s*,\\s+(?:the\\s+)?\\p{Lu}");

    /**
     * A list closed by a description ("and 22 European Union states") or by a name the facts do not hold, a
     * misspelt one among them ("Papua New Guinea and Lessoto all decided").
     */
    private static final Pattern LIST_CLOSED_BY_DESCRIPTION = Pattern.compile("(?i),?\\s+(?:and|as\\s+well\\s+as)\\s+(?:(?:\\d+"
            + "|two|three|four|five|six|seven|eight|nine|ten|several|other|many|some|most|all|a\\s+(?:few|dozen|number))\\s"
            + "|(?-i:\\p{Lu}\\p{Ll}+)(?:\\s+(?-i:\\p{Lu}\\p{Ll}+)){0,2}(?=\\s+(?:all|both|have|has|had|also|then|later|\\p{Ll}+ed)\\b))");

    /** ", Swazilend, ": one capitalised name between the commas of a list, not a month or a weekday. */
    private static final Pattern UNKNOWN_IN_LIST = Pattern.compile("\\s*,\\s+(?!(?:January|February|March|April|May|June|July|August"
            + "|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)"
            + "\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?\\s*,\\s+");

    /** Where the cue's object ends: at a clause word or a comma not followed by another actor. */
    static int objectEnd(String sentence, int cueEnd, List<Mention> mentions) {
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
                // ", and Barbados and Trinidad followed in May": the list after the comma is a clause's subject
                List<Mention> list = coordinated(sentence, mentions, listed);
                if (CLAUSE_VERB_AFTER.matcher(sentence).region(list.get(list.size() - 1).end(), sentence.length()).lookingAt()) {
                    return i;
                }
            }
        }
        return end;
    }

    /** A verb after a list: the list is the subject of a clause of its own ("followed", "did so", "recognized"). */
    private static final Pattern CLAUSE_VERB_AFTER = Pattern.compile("\\s+(?:(?:also|then|later|too|soon|quickly|both|all)\\s+)*"
            + "(?:followed|did|have|has|had|were|was|is|are|said|says|recogni[sz]e[sd]?|\\p{Ll}+ed)\\b");

    static List<Mention> between(List<Mention> mentions, int from, int to) {
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    }

    /** The word before {@code at} within the clause that starts at {@code from}, lower case, or "". */
    private static String previousWord(String sentence, int from, int at) {
        String before = sentence.substring(from, at).stripTrailing();
        before = before.replaceAll("(?i)(?:\\s*\\b(?:the|both|so-called))+$", "").stripTrailing(); // "of the so-called SADR"
        Matcher m = Pattern.compile("([\\p{L}]+)$").matcher(before);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    static List<Actor> actors(List<Mention> mentions) {
        Set<Actor> out = new LinkedHashSet<>();
        mentions.forEach(m -> out.add(m.actor()));
        return List.copyOf(out);
    }
}
