package dev.chancery.load;

import dev.chancery.input.Problem;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A reader that stops at a line longer than {@link #MAX_LINE_CHARS}. SnakeYAML's reader copies the token it is
 * in every 1,024 characters, so one long value costs time in the square of its length: a 5 MB value took a
 * minute, a 50 MB one did not end. A facts file's lines are short; a line this long is refused where it
 * starts, in a second, before the parser sees it.
 */
final class LineLimitedReader extends FilterReader {
    /** The same limit as a batch line's (BatchEvaluator). */
    static final int MAX_LINE_CHARS = 1 << 20;

    private int line = 1;
    private int column = 0; // characters read on this line

    LineLimitedReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            count(buffer[i]);
        }
        return read;
    }

    private void count(char c) {
        if (c == '\n') {
            line++;
            column = 0;
        } else if (++column > MAX_LINE_CHARS) {
            throw new TooLong(line);
        }
    }

    /** A line over the limit: a YAML problem at the line's start, so every reader of YAML reports it as one. */
    static final class TooLong extends YAMLException {
        private final int line;

        TooLong(int line) {
            super(String.format(Locale.ROOT, "a line longer than %,d characters: a facts, scenario or test file"
                    + " keeps its values shorter (put long text in several lines, or in a file of its own)", MAX_LINE_CHARS));
            this.line = line;
        }

        Problem problem(String displayName) {
            return new Problem(displayName, line, 1, getMessage());
        }
    }
}
