package dev.chancery.extract;

import dev.chancery.load.ActorIndex;
import dev.chancery.model.Actor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the actors a sentence names, through the names and aliases of every actor in the facts
 * (and the ids of entities, "DPR", "LPR"), longest name first: "Democratic People's Republic of
 * Korea" is North Korea, not South Korea. Matching ignores case except that a capital in the name
 * needs a capital in the text: "the North" is North Korea, "the north of the country" is no one;
 * "US" is the United States, "us" is not.
 *
 * <p>The language data in {@code demonyms.txt} (next to this class) adds the actors a sentence names
 * by an adjective before an office or a body ("the Russian President", "Chinese Foreign Minister Wang
 * Yi", with the person's name), before "recognition" ("the Russian recognition of"), or before
 * "state", "statehood" or "independence" ("a Palestinian state", "Abkhazian and South Ossetian
 * independence"); and places that stand for a government ("the Kremlin", "Tbilisi"). A name given
 * with a parenthesis in the facts ("Yugoslavia (Federal People's Republic, ...)") is also found by
 * what precedes the parenthesis and by a name that opens it ("East Germany").
 */
public final class ActorMentions {

    /** An actor named in a sentence at [start, end). */
    public record Mention(int start, int end, Actor actor, String text) {
    }

    /** Where a name of several words joins them: a space, or an apostrophe within a word ("d'Ivoire"). */
    private static final Pattern NAME_JOINT = Pattern.compile("\\s|\\p{L}['’]\\p{L}");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(");
    /** The word that makes a place's name a newspaper's: "the Bangkok Post", "the Taipei Times", "China Daily". */
    private static final Pattern NEWSPAPER_AFTER = Pattern.compile("\\s+(?:Post|Times|Herald|Tribune|Gazette|Journal|Daily|Observer"
            + "|Chronicle|Monitor|Standard|Star|Sun|News|Review|Mail|Telegraph|Express|Today)\\b");
    private static final Pattern BOTH = Pattern.compile("(?i)\\bboth\\s+$");
    /** Words that join two names as "and" does: "as well as", "and also", "plus", and "and with" in a list of partners. */
    private static final Pattern AS_WELL_AS = Pattern.compile("(?i)(?:\\s+|\\s*,\\s+(?=and\\b))((?:as\\s+well\\s+as|and\\s+also|plus)(?:\\s+with)?"
            + "|and\\s+with)\\s+(?:the\\s+)?");
    /**
     * The form of a state before its name, after "the", where the facts do not hold that long name: "the Republic of
     * Guyana", "the Kingdom of Jordan", "the Federal Democratic Republic of Ethiopia", "the Republic of the Gambia".
     */
    private static final Pattern LONG_FORM = Pattern.compile("\\b(?i:the)\\s+((?:\\p{Lu}[\\p{L}'-]+\\s+){0,3}?(?:Republic|Kingdom|State"
            + "|Sultanate|Principality|Grand\\s+Duchy|Emirate|Commonwealth|Federation|Union|Confederation)\\s+of\\s+(?:the\\s+)?)$");
    /**
     * The organ that acts for a state, before its name: "the government of Guyana", "the authorities in Dakar", "the
     * military junta in Niger". Not
     * after "of" or "from": "a statement from the government of Nauru said it", "in the name of the government of
     * Colombia, President Santos" name the state as the organ's, which the patterns read through "of".
     */
    private static final Pattern ORGAN = Pattern.compile("(?<!\\b(?i:of|from)\\s)\\b(?i:the)\\s+((?i:(?:(?:new|current|interim"
            + "|transitional|military)\\s+)?(?:government|authorities|leadership|regime|junta|administration|cabinet|foreign\\s+ministry"
            + "|ministry\\s+of\\s+foreign\\s+affairs)\\s+(?:of|in)\\s+(?:the\\s+)?))$");
    private static final String OFFICE = "(?:(?:Deputy|Vice|Acting|Interim|First|then-|former)\\s+)*"
            + "(?:Prime\\s+Minister|President|Premier|Chancellor|King|Emir|Sultan|[Ff]oreign\\s+(?:[Aa]ffairs\\s+)?[Mm]inist(?:er|ry)"
            + "|Minist(?:er|ry)\\s+(?:of|for)\\s+Foreign\\s+Affairs|Foreign\\s+Office|Minister|Ministry|[Gg]overnment"
            + "|[Aa]uthorities|[Aa]dministration|[Pp]arliament|[Cc]abinet|[Ll]eader(?:ship|s)?|officials|[Dd]elegation|[Ss]enate|Congress|[Cc]ounterpart"
            + "|[Rr]egime|side)\\b";
    /** A person's name after an office: "Dmitry Medvedev", "Wang Yi". */
    private static final String PERSON = "(?:\\s+\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,2}(?![\\p{L}]))?";
    private static final Map<String, String> DEMONYMS = new LinkedHashMap<>();
    private static final Map<String, String> PLACES = new LinkedHashMap<>();
    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    private static final Pattern DEMONYM_OFFICE;
    private static final Pattern DEMONYM_THING;
    private static final Pattern DEMONYM_ANY;

    static {
        load();
        String any = DEMONYMS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(d -> Pattern.quote(d).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        DEMONYM_ANY = Pattern.compile("(?<![\\p{L}-])(?:" + any + ")(?![\\p{L}-])");
        DEMONYM_OFFICE = Pattern.compile("(?<![\\p{L}-])(" + any + ")\\s+(?:" + OFFICE + PERSON + "|(?=(?:(?:formal|official|full|diplomatic)\\s+)*recognition\\b))");
        // not "the former Soviet state's re-independence": a state that came after it
        DEMONYM_THING = Pattern.compile("(?<![\\p{L}-])(?<!\\b[Ff]ormer\\s)(?:" + any + ")(?:\\s*,\\s*(?:" + any + "))*(?:,?\\s+(?:and|&)\\s+(?:"
                + any + "))?\\s+(?:[Ss]tate|[Ss]tatehood|[Ii]ndependence|[Ss]overeignty)\\b"); // "the Palestinian State" too
    }

    private static void load() {
        try (InputStream in = ActorMentions.class.getResourceAsStream("demonyms.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> section = null;
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.equals("[demonyms]")) {
                    section = DEMONYMS;
                } else if (line.equals("[places]")) {
                    section = PLACES;
                } else if (line.equals("[names]")) {
                    section = NAMES;
                } else if (section != null && !line.isEmpty() && !line.startsWith("#")) {
                    int eq = line.indexOf(" = ");
                    section.put(line.substring(0, eq).strip(), line.substring(eq + 3).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final Map<Character, List<ActorIndex.Name>> byFirst = new HashMap<>();
    private final Map<String, Actor> byId = new HashMap<>();

    public ActorMentions(ActorIndex index, List<Actor> actors) {
        List<ActorIndex.Name> names = new ArrayList<>(index.names());
        for (Actor actor : actors) {
            byId.put(actor.id(), actor);
            if (actor.isEntity()) {
                names.add(new ActorIndex.Name(actor.id(), actor));
            }
        }
        for (ActorIndex.Name name : List.copyOf(names)) {
            // "Yugoslavia (Federal People's Republic, ...)", "German Democratic Republic (East Germany, 1949-1990)"
            Matcher paren = Pattern.compile("^([^(]+?)\\s*\\((\\p{Lu}[\\p{L}' ]+)?").matcher(name.text());
            if (paren.find()) {
                names.add(new ActorIndex.Name(paren.group(1), name.actor()));
                if (paren.group(2) != null && paren.group(2).strip().contains(" ")) {
                    names.add(new ActorIndex.Name(paren.group(2).strip(), name.actor()));
                }
            }
        }
        for (ActorIndex.Name name : List.copyOf(names)) {
            // "Trinidad & Tobago", "St Kitts and Nevis", "Guinea Bissau": the same name written otherwise
            for (String variant : variants(name.text())) {
                names.add(new ActorIndex.Name(variant, name.actor()));
            }
        }
        NAMES.forEach((shortName, id) -> {
            if (byId.containsKey(id)) {
                names.add(new ActorIndex.Name(shortName, byId.get(id)));
            }
        });
        PLACES.forEach((place, id) -> {
            if (byId.containsKey(id)) {
                names.add(new ActorIndex.Name(place, byId.get(id)));
            }
        });
        for (ActorIndex.Name name : names) {
            ActorIndex.Name plain = new ActorIndex.Name(fold(name.text()), name.actor());
            byFirst.computeIfAbsent(Character.toLowerCase(plain.text().charAt(0)), k -> new ArrayList<>()).add(plain);
        }
        byFirst.values().forEach(list -> list.sort(Comparator.comparingInt((ActorIndex.Name n) -> -n.text().length())));
    }

    /**
     * A name as news text also writes it: "and" as "&", "Saint" as "St" or "St.", a hyphen as a space, an acronym with
     * dots.
     */
    static List<String> variants(String name) {
        List<String> out = new ArrayList<>();
        List<String> forms = new ArrayList<>(List.of(name));
        if (name.contains(" and ")) {
            forms.add(name.replace(" and ", " & "));
        }
        for (String form : List.copyOf(forms)) {
            if (form.matches("(?s).*\\bSaint\\s.*")) {
                forms.add(form.replaceAll("\\bSaint\\s", "St. "));
                forms.add(form.replaceAll("\\bSaint\\s", "St "));
            } else if (form.matches("(?s).*\\bSt\\.\\s.*")) {
                forms.add(form.replaceAll("\\bSt\\.\\s", "St "));
            }
        }
        for (String form : List.copyOf(forms)) {
            if (form.matches("\\p{Lu}\\p{L}+-\\p{Lu}\\p{L}+")) {
                forms.add(form.replace('-', ' ')); // "Guinea-Bissau"
            }
        }
        if (name.matches("\\p{Lu}{2,5}")) {
            // "the U.A.E", "the G.D.R.": an acronym with its letters dotted
            String dotted = String.join(".", name.split("")) + ".";
            forms.add(dotted);
            forms.add(dotted.substring(0, dotted.length() - 1));
        }
        forms.stream().skip(1).distinct().filter(f -> !f.equals(name)).forEach(out::add);
        return out;
    }

    /** The actor of {@code id}, or null. */
    public Actor actor(String id) {
        return byId.get(id);
    }

    /** The actors {@code text} names, in order, none overlapping. */
    public List<Mention> find(String original) {
        String text = fold(original);
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (i > 0 && isWordChar(text.charAt(i - 1)) || !isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            Mention mention = at(text, i);
            if (mention != null) {
                // "the Republic of China (Taiwan)", "Sahrawi Arab Democratic Republic (SADR)": one mention.
                Matcher paren = PARENTHESIS.matcher(text).region(mention.end(), text.length());
                if (paren.lookingAt()) {
                    Mention inner = at(text, paren.end());
                    if (inner != null && inner.actor().equals(mention.actor()) && text.startsWith(")", inner.end())) {
                        mention = new Mention(mention.start(), inner.end() + 1, mention.actor(),
                                text.substring(mention.start(), inner.end() + 1));
                    }
                }
                mention = inLongForm(text, mention, found.isEmpty() ? 0 : found.get(found.size() - 1).end());
                if (!NEWSPAPER_AFTER.matcher(text).region(mention.end(), text.length()).lookingAt()) {
                    found.add(mention); // not "The Bangkok Post reported": a newspaper's name
                }
                i = mention.end();
            } else {
                i++;
            }
        }
        demonyms(text, found);
        return found;
    }

    /**
     * {@code sentence} with every name of several words made one word, its spaces and apostrophes turned into
     * hyphens, one character for one. The patterns then read a name as a name, whatever its words: "Trinidad
     * and Tobago cut" has one subject, not two, and no plural verb; "with Antigua and Barbuda following" opens
     * no clause; "Côte d'Ivoire's recognition" is a possessive; "United States" is no described subject.
     */
    static String namesAsOneWord(String sentence, List<Mention> mentions) {
        StringBuilder out = null;
        for (Mention m : mentions) {
            if (NAME_JOINT.matcher(m.text()).find()) {
                out = out == null ? new StringBuilder(sentence) : out;
                // "the government of Guyana" reads as a name too: "the Government-of-Guyana"
                out.setCharAt(m.start(), Character.toUpperCase(out.charAt(m.start())));
                for (int i = m.start(); i < m.end(); i++) {
                    char c = out.charAt(i);
                    if (Character.isWhitespace(c) || c == '\'' || c == '’') {
                        out.setCharAt(i, '-');
                    }
                }
            }
        }
        return out == null ? sentence : out.toString();
    }

    /**
     * {@code sentence} with a pair of names joined as "X and Y", one character for one: the "both" of "both X and Y"
     * made spaces ("the governments of both Montenegro and Macedonia", "followed both Russia and Syria in
     * recognising"), and "as well as", "and also", "plus" or "and with" between two names made "and" ("Iran as well as
     * Sudan announced", "cut ties with Qatar, and with Iran").
     */
    static String pairsAsAnd(String sentence, List<Mention> mentions) {
        StringBuilder out = null;
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention first = mentions.get(k);
            String between = sentence.substring(first.end(), mentions.get(k + 1).start());
            Matcher both = BOTH.matcher(sentence).region(Math.max(0, first.start() - 5), first.start());
            if (both.find() && between.matches("\\s+and\\s+(?:the\\s+)?")) {
                out = out == null ? new StringBuilder(sentence) : out;
                out.replace(both.start(), both.start() + 4, "    ");
            }
            Matcher asWellAs = AS_WELL_AS.matcher(between);
            if (asWellAs.matches()) {
                out = out == null ? new StringBuilder(sentence) : out;
                int at = first.end() + asWellAs.start(1);
                out.replace(at, asWellAs.end(1) + first.end(), "and" + " ".repeat(asWellAs.end(1) - asWellAs.start(1) - 3));
            }
        }
        return out == null ? sentence : out.toString();
    }

    /**
     * {@code mention} with the long form or the organ before it, if there is one after {@code from}: "Republic of
     * Guyana", "government of Guyana".
     */
    private static Mention inLongForm(String text, Mention mention, int from) {
        for (Pattern before : List.of(LONG_FORM, ORGAN)) {
            Matcher form = before.matcher(text).region(Math.max(from, mention.start() - 60), mention.start())
                    .useTransparentBounds(true);
            if (mention.actor().isState() && form.find()) {
                int start = form.start(1);
                return new Mention(start, mention.end(), mention.actor(), text.substring(start, mention.end()));
            }
        }
        return mention;
    }

    /** Adds the actors named by a demonym ("the Russian President", "a Palestinian state") where no name is. */
    private void demonyms(String text, List<Mention> found) {
        List<Mention> more = new ArrayList<>();
        Matcher office = DEMONYM_OFFICE.matcher(text);
        while (office.find()) {
            Actor actor = byId.get(DEMONYMS.get(office.group(1).replaceAll("\\s+", " ")));
            if (actor != null) {
                more.add(new Mention(office.start(), office.end(), actor, office.group()));
            }
        }
        Matcher thing = DEMONYM_THING.matcher(text);
        while (thing.find()) {
            Matcher each = DEMONYM_ANY.matcher(text).region(thing.start(), thing.end());
            while (each.find()) {
                Actor actor = byId.get(DEMONYMS.get(each.group().replaceAll("\\s+", " ")));
                if (actor != null) {
                    more.add(new Mention(each.start(), each.end(), actor, each.group()));
                }
            }
        }
        for (Mention m : more) {
            if (found.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())) {
                found.add(m);
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
    }

    private Mention at(String text, int i) {
        List<ActorIndex.Name> candidates = byFirst.get(Character.toLowerCase(text.charAt(i)));
        if (candidates == null) {
            return null;
        }
        for (ActorIndex.Name name : candidates) {
            String n = name.text();
            int end = i + n.length();
            if (end <= text.length() && text.regionMatches(true, i, n, 0, n.length())
                    && (end == text.length() || !isWordChar(text.charAt(end)))
                    && capitalsAgree(text, i, n)) {
                return new Mention(i, end, name.actor(), text.substring(i, end));
            }
        }
        return null;
    }

    /**
     * The text with curly apostrophes made straight and accents dropped ("São Tomé" matches "Sao
     * Tome"), one character for one, so that every position stays the same.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '’' || c == '‘') {
                out.append('\'');
            } else if (c > 127 && Character.isLetter(c)) {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                out.append(Character.isLetter(base.charAt(0)) ? base.charAt(0) : c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean capitalsAgree(String text, int at, String name) {
        for (int k = 0; k < name.length(); k++) {
            if (Character.isUpperCase(name.charAt(k)) && !Character.isUpperCase(text.charAt(at + k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
