package dev.chancery.extract;

import dev.chancery.load.ActorIndex;
import dev.chancery.model.Actor;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the actors a sentence names, through the names and aliases of every actor in the facts
 * (and the ids of entities, "DPR", "LPR"), longest name first: "Democratic People's Republic of
 * Korea" is North Korea, not South Korea. Matching ignores case except that a capital in the name
 * needs a capital in the text: "the North" is North Korea, "the north of the country" is no one;
 * "US" is the United States, "us" is not.
 */
public final class ActorMentions {

    /** An actor named in a sentence at [start, end). */
    public record Mention(int start, int end, Actor actor, String text) {
    }

    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(");
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
        for (ActorIndex.Name name : names) {
            ActorIndex.Name plain = new ActorIndex.Name(fold(name.text()), name.actor());
            byFirst.computeIfAbsent(Character.toLowerCase(plain.text().charAt(0)), k -> new ArrayList<>()).add(plain);
        }
        byFirst.values().forEach(list -> list.sort(Comparator.comparingInt((ActorIndex.Name n) -> -n.text().length())));
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
                found.add(mention);
                i = mention.end();
            } else {
                i++;
            }
        }
        return found;
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
