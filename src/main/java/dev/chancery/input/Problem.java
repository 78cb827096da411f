package dev.chancery.input;

import dev.chancery.text.Printable;

/**
 * One thing wrong with an input file, at a 1-based line and column. The message and the file's name
 * are made printable here, once for every message: one line, no control characters (a value may hold
 * a terminal's escape sequences), at most {@link Printable#MESSAGE} characters whatever it quotes.
 */
public record Problem(String file, int line, int column, String message) {

    public Problem {
        file = file == null ? null : Printable.line(file);
        message = Printable.message(message);
    }

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
