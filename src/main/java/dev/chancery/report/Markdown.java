package dev.chancery.report;

/** Escaping for Markdown text and table cells (CommonMark and GitHub tables). */
public final class Markdown {
    private Markdown() {
    }

    /** Text that renders as itself: Markdown's punctuation escaped, '|' too (tables), no line breaks. */
    public static String md(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString().replace('\n', ' ').replace('\r', ' ');
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|#~&".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Inline code: backticks cannot be escaped inside it, so the fence grows past the longest run. */
    public static String code(Object value) {
        String text = value == null ? "" : value.toString().replace('\n', ' ');
        String fence = "`";
        while (text.contains(fence)) {
            fence += "`";
        }
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text.replace("|", "\\|") + pad + fence;
    }
}
