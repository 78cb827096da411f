package dev.chancery.model;

/**
 * The provenance of one fact: the file and line it was read from, the quote that states it and
 * the source (its own, or the file's default).
 */
public record Origin(String file, int line, int column, String quote, Source source) implements java.io.Serializable {

    public static final Origin NONE = new Origin("(none)", 0, 0, null, null);

    /** "facts/cases/donbas-2022.yaml:41" — the form every report and message uses. */
    public String at() {
        return file + ":" + line;
    }
}
