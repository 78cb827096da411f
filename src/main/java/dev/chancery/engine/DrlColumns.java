package dev.chancery.engine;

import java.io.IOException;
import java.nio.file.Files;
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
            List<String> lines = Files.readAllLines(file);
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

    /** One line, without Drools's own "[ERR 102] Line 8:29" prefix (the place is shown already). */
    static String clean(String text) {
        String oneLine = text.replaceAll("\\s*\\n\\s*", " ").trim();
        return oneLine.replaceFirst("^\\[ERR \\d+\\] Line \\d+:\\d+\\s*", "");
    }
}
