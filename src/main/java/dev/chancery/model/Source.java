package dev.chancery.model;

import java.time.LocalDate;

/** Where a fact comes from: a publication (any field may be missing) or a bare citation string. */
public record Source(String title, String publisher, LocalDate published, String url, String citation) implements java.io.Serializable {

    public static Source citation(String text) {
        return new Source(null, null, null, null, text);
    }

    /** One line a reader can follow: "Yonhap, 2022-07-14, "N. Korea officially recognizes ..."". */
    public String describe() {
        if (citation != null) {
            return citation;
        }
        StringBuilder out = new StringBuilder();
        append(out, publisher);
        append(out, published == null ? null : published.toString());
        append(out, title == null ? null : "\"" + title + "\"");
        append(out, url);
        return out.toString();
    }

    private static void append(StringBuilder out, String part) {
        if (part == null || part.isBlank()) {
            return;
        }
        if (out.length() > 0) {
            out.append(", ");
        }
        out.append(part);
    }
}
