package dev.chancery.batch;

import dev.chancery.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The results file of a batch. Lines are appended and flushed as scenarios finish, in whatever
 * order they finish, so that an interrupted run loses nothing; {@code --resume} keeps the whole
 * lines already there (a line cut by the interruption is dropped) and runs the rest; when all are
 * done the file is rewritten in input order, atomically.
 */
final class BatchOutput implements AutoCloseable {
    private final Path file;
    private final OutputStream out;

    private BatchOutput(Path file, OutputStream out) {
        this.file = file;
        this.out = out;
    }

    /** Opens the file: new (truncated), or for resuming (cut back to its last whole line). */
    static BatchOutput open(Path file, boolean resume) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (resume && Files.exists(file)) {
            cutToLastWholeLine(file);
            return new BatchOutput(file, Files.newOutputStream(file, StandardOpenOption.APPEND));
        }
        return new BatchOutput(file, Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
    }

    /** The indexes (and ids, to check it is the same batch) of the lines already in the file. */
    static Set<Integer> done(Path file, List<ScenarioSource> sources) throws IOException {
        Set<Integer> done = new HashSet<>();
        if (!Files.exists(file)) {
            return done;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            java.util.regex.Matcher m = HEAD.matcher(line);
            if (!m.find() || !line.endsWith("}")) {
                continue; // a line cut by the interruption: run that scenario again
            }
            int index = Integer.parseInt(m.group(1));
            String id = LineJson.PLAIN.readValue("\"" + m.group(2) + "\"", String.class);
            if (index < sources.size() && sources.get(index).id().equals(id)) {
                done.add(index);
            }
        }
        return done;
    }

    /** Writes and flushes one line (serialized by the worker: only the write itself is serial). */
    void write(byte[] line) {
        append(line);
    }

    private synchronized void append(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites the file with one line per scenario, in input order; duplicates (none expected) dropped. */
    void sortInPlace() throws IOException {
        out.close();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> keyed = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int index = indexOf(line);
            if (seen.add(index)) {
                keyed.add(new String[] {String.format("%012d", index), line});
            }
        }
        keyed.sort((a, b) -> a[0].compareTo(b[0]));
        AtomicFile.write(file, writer -> {
            for (String[] k : keyed) {
                writer.write(k[1]);
                writer.write('\n');
            }
        });
    }

    private static final java.util.regex.Pattern HEAD =
            java.util.regex.Pattern.compile("^\\{\"index\":(\\d+),\"id\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Lines start {"index":N,"id":"..." (written so): read that much, not the whole result. */
    static int indexOf(String line) {
        java.util.regex.Matcher m = HEAD.matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static void cutToLastWholeLine(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(end);
            }
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
