package dev.chancery.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Text from data made safe to print: facts, scenarios and rule tests come from others, and a name
 * holding an escape sequence would drive the reader's terminal (colours, cursor moves, a rewritten
 * line), a bidi override would reorder what is shown, and a 50 MB value would flood a message.
 * Characters that are not shown are written as {@code \}{@code u001b}, as Java and JSON write them.
 */
public final class Printable {
    /** How much of a value a message quotes. */
    public static final int EXCERPT = 60;
    /** The most a message may be, whatever it quotes. */
    public static final int MESSAGE = 1000;

    private Printable() {
    }

    /** Text for a terminal or a text file: line breaks and tabs kept, every other unshown character escaped. */
    public static String text(String text) {
        return escape(text, true);
    }

    /** One line: as {@link #text} but line breaks escaped too (a value cannot start a line of its own). */
    public static String line(String text) {
        return escape(text, false);
    }

    /**
     * A value as a message quotes it: its first line, at most {@link #EXCERPT} characters, escaped,
     * and how long it was when cut ("root:x:0:0… (3,214 characters)"). Never a file's content whole.
     */
    public static String excerpt(String value) {
        if (value == null) {
            return "null";
        }
        int end = value.length();
        int lineBreak = firstLineBreak(value);
        if (lineBreak >= 0) {
            end = lineBreak;
        }
        end = Math.min(end, EXCERPT);
        if (end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        String shown = line(value.substring(0, end));
        return end == value.length() ? shown : shown + "… (" + String.format(Locale.ROOT, "%,d", value.length()) + " characters)";
    }

    /** A whole message (a problem, an error line): one line, escaped, at most {@link #MESSAGE} characters. */
    public static String message(String message) {
        if (message == null) {
            return null;
        }
        if (message.length() <= MESSAGE) {
            return line(message);
        }
        return line(message.substring(0, MESSAGE)) + "… (message cut at " + MESSAGE + " of "
                + String.format(Locale.ROOT, "%,d", message.length()) + " characters)";
    }

    /**
     * A writer that escapes as {@link #text} does on its way to {@code out}: for output written as it is made
     * (a big world's JSON). Runs of shown characters pass in one call; a surrogate pair split between two
     * writes is passed as it is (the encoder deals with a lone one).
     */
    public static Writer writer(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                write(new char[] {(char) c}, 0, 1);
            }

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                int start = offset;
                int end = offset + length;
                for (int i = offset; i < end; i++) {
                    if (unshownIn(chars[i])) {
                        out.write(chars, start, i - start);
                        out.write(escaped(chars[i]));
                        start = i + 1;
                    }
                }
                out.write(chars, start, end - start);
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                // the same scan on the string itself: no copy of every string a report writes
                int start = offset;
                int end = offset + length;
                for (int i = offset; i < end; i++) {
                    if (unshownIn(text.charAt(i))) {
                        out.write(text, start, i - start);
                        out.write(escaped(text.charAt(i)));
                        start = i + 1;
                    }
                }
                out.write(text, start, end - start);
            }
        };
    }

    /** Whether a streamed report escapes {@code c}: plain ASCII, the bulk of every report, is tested first. */
    private static boolean unshownIn(char c) {
        return (c < 0x20 || c >= 0x7f) && unshownChar(c, true);
    }

    private static String escaped(char c) {
        return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }

    private static int firstLineBreak(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return i;
            }
        }
        return -1;
    }

    private static boolean unshownChar(char c, boolean keepLines) {
        if (c == '\n' || c == '\t') {
            return !keepLines;
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return true;
        }
        return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029'
                || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && !unshown(text, first, keepLines)) {
            first++;
        }
        if (first == text.length()) {
            return text; // the common case: nothing to escape, nothing copied
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unshown(text, i, keepLines)) {
                out.append(escaped(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Control characters, bidi embeddings, overrides and isolates, line separators, and lone surrogates. */
    private static boolean unshown(String text, int i, boolean keepLines) {
        char c = text.charAt(i);
        if (unshownChar(c, keepLines)) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
