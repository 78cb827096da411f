package dev.chancery.load;

/** One thing wrong with an input file, at a 1-based line and column. */
public record Problem(String file, int line, int column, String message) {

    /** "facts/cases/donbas-2022.yaml:41:9: unknown state 'PRKK' (did you mean PRK, North Korea?)" */
    @Override
    public String toString() {
        return file == null ? message : file + ":" + line + ":" + column + ": " + message;
    }

    /** A problem with the command line rather than a file. */
    public static Problem usage(String message) {
        return new Problem(null, 0, 0, message);
    }
}
