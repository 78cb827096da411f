package dev.chancery.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news article as saved from a web page: the body paragraphs split into sentences, with the
 * title, publisher and publication date when the page states them. Menus, footers, captions and
 * copyright lines are left out: a body paragraph is a run of prose that ends a sentence.
 */
public record ArticleText(String title, String publisher, LocalDate published, List<String> paragraphs,
                          List<String> sentences) {

    /** Words a body paragraph has at least: menus and footer lines have fewer. */
    static final int MIN_WORDS = 8;

    private static final Pattern PUBLISHED = Pattern.compile(
            "^(?:(?:Published|Posted)(?:\\s+on)?\\s*:?|Date\\s*:)\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("^\\s*By\\s+(\\S.*?)\\s*$");
    /** "(Yonhap)", "(AP)", "(AFP-Yonhap)": a credit at the end of a paragraph or caption. */
    private static final Pattern CREDIT = Pattern.compile("\\s*\\(([A-Z][\\w&.-]*(?:[ -][A-Z][\\w&.-]*)*)\\)\\s*$");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)copyright|all rights reserved|©|privacy (?:statement|policy)|terms of (?:use|service)|cookie|subscribe|newsletter");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt",
            "capt", "cmdr", "adm", "sen", "rep", "gov", "pres", "prof", "rev", "hon", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vol", "vs", "inc", "ltd", "co",
            "corp", "jr", "sr", "approx", "dept", "est", "fig", "mt", "ft");

    public static ArticleText parse(String raw) {
        List<String> lines = raw.replace("\r\n", "\n").replace('\r', '\n').lines()
                .map(ArticleText::clean).toList();
        LocalDate published = null;
        String byline = null;
        int headerLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher p = PUBLISHED.matcher(lines.get(i));
            if (published == null && p.matches()) {
                LocalDate date = DateResolver.parseDate(p.group(1));
                if (date != null) {
                    published = date;
                    headerLine = headerLine < 0 ? i : headerLine;
                }
            }
            Matcher b = BYLINE.matcher(lines.get(i));
            if (byline == null && b.matches() && words(lines.get(i)) <= 6) {
                byline = b.group(1);
                headerLine = headerLine < 0 ? i : Math.min(headerLine, i);
            }
        }
        List<String> paragraphs = paragraphs(lines);
        String credit = null;
        if (!paragraphs.isEmpty()) {
            Matcher c = CREDIT.matcher(lastRaw(lines, paragraphs));
            credit = c.find() ? c.group(1) : null;
        }
        // An agency byline is one word ("By Yonhap"); a person's name ("By Jane Doe") is not a publisher.
        String publisher = credit != null ? credit : byline != null && !byline.contains(" ") ? byline : null;
        String title = title(lines, headerLine);
        List<String> sentences = new ArrayList<>();
        paragraphs.forEach(p -> sentences.addAll(sentences(p)));
        return new ArticleText(title, publisher, published, List.copyOf(paragraphs), List.copyOf(sentences));
    }

    private static String clean(String line) {
        return line.replace('\u00a0', ' ').replace('\t', ' ').strip();
    }

    /** The raw line the last paragraph ends with (its credit, if any, is stripped from the paragraph). */
    private static String lastRaw(List<String> lines, List<String> paragraphs) {
        String last = paragraphs.get(paragraphs.size() - 1);
        String tail = last.substring(Math.max(0, last.length() - 20));
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (CREDIT.matcher(lines.get(i)).find() && stripCredit(lines.get(i)).endsWith(tail)) {
                return lines.get(i);
            }
        }
        return "";
    }

    /** The headline: the last line before the byline or date line that reads as a title. */
    private static String title(List<String> lines, int headerLine) {
        if (headerLine < 0) {
            return null;
        }
        for (int i = headerLine - 1; i >= 0 && i >= headerLine - 4; i--) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            return words(line) >= 3 && !line.endsWith(".") && !BOILERPLATE.matcher(line).find() ? line : null;
        }
        return null;
    }

    /**
     * Body paragraphs: blocks of lines, where a line of prose that stops mid-sentence runs on into
     * the next (wrapped text); each line that is not prose stands alone and is dropped.
     */
    static List<String> paragraphs(List<String> lines) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(current, blocks);
                continue;
            }
            if (current.length() > 0 && !runsOn(current.toString(), line)) {
                flush(current, blocks);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line);
        }
        flush(current, blocks);
        List<String> body = new ArrayList<>();
        for (String block : blocks) {
            String text = stripCredit(block);
            if (isBody(text)) {
                body.add(text);
            }
        }
        return body;
    }

    private static boolean runsOn(String current, String next) {
        return words(current) >= MIN_WORDS && !endsSentence(current) && !endsSentence(stripCredit(current))
                && Character.isLetter(next.charAt(0))
                && (Character.isLowerCase(next.charAt(0)) || Character.isLetter(current.charAt(current.length() - 1))
                    || current.endsWith(","));
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        if (current.length() > 0) {
            blocks.add(current.toString().replaceAll("\\s+", " "));
            current.setLength(0);
        }
    }

    static String stripCredit(String text) {
        return CREDIT.matcher(text).replaceFirst("");
    }

    static boolean isBody(String text) {
        if (words(text) < MIN_WORDS || !endsSentence(text) || BOILERPLATE.matcher(text).find()) {
            return false;
        }
        char first = text.charAt(0);
        long lower = WORD.matcher(text).results().filter(m -> Character.isLowerCase(m.group().charAt(0))).count();
        return (Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'(".indexOf(first) >= 0)
                && lower >= 3;
    }

    private static boolean endsSentence(String text) {
        String t = text.replaceAll("[\"”’')\\]]+$", "");
        return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    static int words(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    /**
     * Splits a paragraph after . ! or ? (and any closing quotes or brackets) followed by a space and
     * a capital, a digit or an opening quote, except after an abbreviation ("Mr.", "Jul."), an
     * initial ("N. Korea") or a dotted acronym ("U.S.").
     */
    static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < n && "\"”’')]".indexOf(paragraph.charAt(end)) >= 0) {
                end++;
            }
            if (end < n && paragraph.charAt(end) != ' ') {
                continue;
            }
            int next = end;
            while (next < n && paragraph.charAt(next) == ' ') {
                next++;
            }
            if (next < n) {
                char following = paragraph.charAt(next);
                boolean opens = Character.isUpperCase(following) || Character.isDigit(following)
                        || "\"“‘'(".indexOf(following) >= 0;
                if (!opens || (c == '.' && end == i + 1 && abbreviation(paragraph, i))) {
                    continue;
                }
            }
            String sentence = paragraph.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                out.add(sentence);
            }
            start = next;
            i = next - 1;
        }
        if (start < n) {
            String rest = paragraph.substring(start).strip();
            if (!rest.isEmpty()) {
                out.add(rest);
            }
        }
        return out;
    }

    /** The word that ends at the period at {@code dot} is an abbreviation, an initial or a dotted acronym. */
    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && "\"“‘'(".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        String word = text.substring(s, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (word.contains(".")) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase());
    }
}
