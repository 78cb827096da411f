package dev.chancery.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools reports a column only inside some message texts; for the others, point at the first
 * place on the line where the name the message quotes appears, else at the first non-blank.
 */
final class DrlColumns {
    private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"]+)['\"]|\\b(?:field|Field|name)\\s+(\\w+)");

    private DrlColumns() {
    }

    static int guess(Path file, int line, String message) {
        try {
            List<String> lines = dev.chancery.load.Utf8.text(file).lines().toList(); // as compiled
            if (line < 1 || line > lines.size()) {
                return 1;
            }
            String text = lines.get(line - 1);
            Matcher m = QUOTED.matcher(message);
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                int at = text.indexOf(name);
                if (at >= 0) {
                    return at + 1;
                }
            }
            int first = 0;
            while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            return first + 1;
        } catch (IOException e) {
            return 1;
        }
    }

    /** 1-based column of {@code word} as a whole word on the line, else 1. */
    static int columnOfWord(Path file, int line, String word) {
        try {
            List<String> lines = dev.chancery.load.Utf8.text(file).lines().toList(); // as compiled
            if (line >= 1 && line <= lines.size()) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(lines.get(line - 1));
                if (m.find()) {
                    return m.start() + 1;
                }
            }
        } catch (IOException e) {
            return 1;
        }
        return 1;
    }

    /** " (fields: a, b, c; did you mean 'by'?)" for a record fact type, else "". */
    static String fieldsHint(String className, String given) {
        try {
            Class<?> type = Class.forName(className);
            if (!type.isRecord()) {
                return "";
            }
            List<String> names = java.util.Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
            String closest = names.stream().min(java.util.Comparator.comparingInt(n -> dev.chancery.load.Suggest.distance(n, given))).orElse(null);
            return " (fields: " + String.join(", ", names) + (closest != null && dev.chancery.load.Suggest.distance(closest, given) <= 2
                    ? "; did you mean '" + closest + "'?" : "") + ")";
        } catch (ClassNotFoundException e) {
            return "";
        }
    }

    /** One line, without Drools's own "[ERR 102] Line 8:29" prefix (the place is shown already). */
    static String clean(String text) {
        String oneLine = text.replaceAll("\\s*\\n\\s*", " ").trim();
        return oneLine.replaceFirst("^\\[ERR \\d+\\] Line \\d+:\\d+\\s*", "");
    }
}
