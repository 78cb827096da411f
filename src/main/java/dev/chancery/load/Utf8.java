package dev.chancery.load;

import dev.chancery.input.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Our input files are UTF-8 text. Java's readers say only "MalformedInputException: Input length = 1" of a
 * file that is not: {@link #problem} says where, as line and column, with the byte and its offset.
 */
public final class Utf8 {
    private static final int CHUNK = 64 * 1024;

    private Utf8() {
    }

    /**
     * The text of {@code path}, read strictly as UTF-8 (a byte that is not throws), a leading byte order mark
     * dropped: editors on Windows write one, and the DRL parser reads it as a token ("no viable alternative").
     */
    public static String text(Path path) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(path));
        if (bytes.remaining() >= 3 && bytes.get(0) == (byte) 0xEF && bytes.get(1) == (byte) 0xBB
                && bytes.get(2) == (byte) 0xBF) {
            bytes.position(3);
        }
        return decoder().decode(bytes).toString();
    }

    /**
     * What is wrong with {@code path} as UTF-8 text, at the first byte that is not (a zero byte is not text
     * either: binary files and UTF-16 have them), or null when it is all UTF-8 text. Reads the file in chunks:
     * a facts file may run to hundreds of megabytes.
     */
    public static Problem problem(Path path, String shown) throws IOException {
        CharsetDecoder decoder = decoder();
        ByteBuffer in = ByteBuffer.allocate(CHUNK);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        long offset = 0; // of in's first byte in the file
        int line = 1;
        int column = 1;
        try (ReadableByteChannel channel = Files.newByteChannel(path)) {
            boolean end = false;
            while (true) {
                end = end || channel.read(in) < 0;
                in.flip();
                if (offset == 0 && in.remaining() >= 2 && utf16Mark(in.get(0), in.get(1))) {
                    return new Problem(shown, 1, 1, "the file is not UTF-8 but UTF-16 (it starts with a UTF-16 byte"
                            + " order mark); save it as UTF-8");
                }
                CoderResult result = decoder.decode(in, out, end);
                out.flip();
                while (out.hasRemaining()) {
                    char c = out.get();
                    if (c == 0) {
                        return new Problem(shown, line, column, "the file is not text: a zero byte (is it binary, or"
                                + " UTF-16?); save it as UTF-8 text");
                    }
                    if (c == '\n') {
                        line++;
                        column = 1;
                    } else if (!Character.isLowSurrogate(c)) {
                        column++;
                    }
                }
                out.clear();
                if (result.isError()) {
                    long at = offset + in.position();
                    return new Problem(shown, line, column, String.format("the file is not UTF-8: byte 0x%02X at byte offset %d;"
                            + " save it as UTF-8", in.get(in.position()) & 0xFF, at));
                }
                offset += in.position();
                in.compact();
                if (end && result.isUnderflow() && in.position() == 0) {
                    return null;
                }
            }
        }
    }

    /**
     * The problem to report for {@code e}, met reading {@code path}: where the file is not UTF-8 when that was it
     * (SnakeYAML wraps the decoder's exception in its own), else that it cannot be read and why.
     */
    public static Problem readProblem(Path path, String shown, Exception e) {
        Throwable cause = e instanceof CharacterCodingException ? e : e.getCause();
        if (cause instanceof CharacterCodingException) {
            try {
                Problem problem = problem(path, shown);
                if (problem != null) {
                    return problem;
                }
            } catch (IOException again) {
                e = again;
            }
        }
        return new Problem(shown, 1, 1, "cannot read file: " + reason(e));
    }

    /** "permission denied", not an exception's class and path. */
    public static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static boolean utf16Mark(byte first, byte second) {
        return first == (byte) 0xFE && second == (byte) 0xFF || first == (byte) 0xFF && second == (byte) 0xFE;
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
