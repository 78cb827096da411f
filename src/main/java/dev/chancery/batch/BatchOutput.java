package dev.chancery.batch;

import dev.chancery.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The results file of a batch, written in input order as scenarios finish, with every finished line
 * flushed at once so that an interrupted run loses nothing. A line that finishes before those above it
 * goes to a side file ({@code FILE.pending}) and is copied into place when its turn comes: lines are
 * never held only in memory, and the file needs no rewrite at the end. {@code --resume} keeps the whole
 * lines of both files (a line cut by the interruption is dropped), runs the rest, appended as they
 * finish, and then rewrites the file in input order, atomically.
 */
final class BatchOutput implements AutoCloseable {
    private final Path file;
    private final OutputStream out;
    /** The indexes still to write, in input order; null when lines are appended as they finish (resume). */
    private final java.util.Iterator<Integer> order;
    private Integer next;
    private final Path pendingFile;
    private FileChannel pending;
    /** Lines in the side file: index to {offset, length}. */
    private final java.util.Map<Integer, long[]> parked = new java.util.HashMap<>();

    private BatchOutput(Path file, OutputStream out, List<Integer> order) {
        this.file = file;
        this.out = out;
        this.order = order == null ? null : order.iterator();
        this.next = this.order != null && this.order.hasNext() ? this.order.next() : null;
        this.pendingFile = pendingFile(file);
    }

    static Path pendingFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".pending");
    }

    /** Whether the file or its side file holds anything (what a resume would keep). */
    static boolean hasLines(Path file) throws IOException {
        for (Path each : List.of(file, pendingFile(file))) {
            if (Files.exists(each) && Files.size(each) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Opens a new (truncated) file, to write the lines of {@code order} (indexes in input order) in that order. */
    static BatchOutput create(Path file, List<Integer> order) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(pendingFile(file));
        return new BatchOutput(file, Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), order);
    }

    /**
     * Opens the file to resume a run: the whole lines of its side file are moved into it (each file cut
     * back to its last whole line first), and new lines are appended as they finish.
     */
    static BatchOutput resume(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        cutToLastWholeLine(file);
        Path pending = pendingFile(file);
        if (Files.exists(pending)) {
            cutToLastWholeLine(pending);
            try (FileChannel from = FileChannel.open(pending, StandardOpenOption.READ);
                 FileChannel to = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                         StandardOpenOption.APPEND)) {
                transfer(from, 0, from.size(), to);
                to.force(false);
            }
            Files.delete(pending);
        }
        return new BatchOutput(file, Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                null);
    }

    /**
     * The indexes (and ids, to check it is the same batch) of the whole lines already in the file, read
     * from each line's head: results are never decoded, a batch's file can be far bigger than the heap.
     */
    static Set<Integer> done(Path file, List<ScenarioSource> sources) throws IOException {
        Set<Integer> done = new HashSet<>();
        if (!Files.exists(file)) {
            return done;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            for (long[] line : lines(in)) {
                java.util.regex.Matcher m = HEAD.matcher(head(in, line, 4096));
                if (!m.find() || !endsWithBrace(in, line)) {
                    continue; // a line cut by the interruption: run that scenario again
                }
                int index = Integer.parseInt(m.group(1));
                String id = LineJson.PLAIN.readValue("\"" + m.group(2) + "\"", String.class);
                if (index < sources.size() && sources.get(index).id().equals(id)) {
                    done.add(index);
                }
            }
        }
        return done;
    }

    /** Every non-empty line of the file, as {start, length with its newline}, found in one pass over the bytes. */
    private static List<long[]> lines(FileChannel in) throws IOException {
        List<long[]> lines = new ArrayList<>();
        long start = 0;
        long position = 0;
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(1 << 20);
        for (int read = in.read(buffer, 0); read > 0; read = in.read(buffer, position)) {
            byte[] bytes = buffer.array();
            for (int i = 0; i < read; i++) {
                if (bytes[i] == '\n') {
                    long end = position + i + 1;
                    if (end - start > 1) {
                        lines.add(new long[] {start, end - start});
                    }
                    start = end;
                }
            }
            position += read;
            buffer.clear();
        }
        return lines;
    }

    /** The first {@code max} bytes of a line, as text. */
    private static String head(FileChannel in, long[] line, int max) throws IOException {
        java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate((int) Math.min(max, line[1]));
        in.read(head, line[0]);
        return new String(head.array(), 0, head.position(), StandardCharsets.UTF_8);
    }

    private static boolean endsWithBrace(FileChannel in, long[] line) throws IOException {
        java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
        in.read(last, line[0] + line[1] - 2); // the byte before the newline
        return last.get(0) == '}';
    }

    /**
     * Writes and flushes the line of scenario {@code index}, the first {@code length} bytes of {@code line}
     * (serialized by the worker: only the write is serial).
     */
    synchronized void write(int index, byte[] line, int length) {
        try {
            if (order == null) {
                out.write(line, 0, length);
                out.flush();
                return;
            }
            if (next == null || index != next) {
                if (pending == null) {
                    pending = FileChannel.open(pendingFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                            StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                }
                long at = pending.size();
                java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(line, 0, length);
                for (long p = at; bytes.hasRemaining(); ) {
                    p += pending.write(bytes, p);
                }
                parked.put(index, new long[] {at, length});
                return;
            }
            out.write(line, 0, length);
            out.flush();
            advance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves on to the next index, copying in the parked lines whose turn it is. */
    private void advance() throws IOException {
        next = order.hasNext() ? order.next() : null;
        while (next != null && parked.containsKey(next)) {
            long[] at = parked.remove(next);
            byte[] bytes = new byte[(int) at[1]];
            pending.read(java.nio.ByteBuffer.wrap(bytes), at[0]);
            out.write(bytes);
            out.flush();
            next = order.hasNext() ? order.next() : null;
        }
        if (parked.isEmpty() && pending != null && pending.size() > 0) {
            pending.truncate(0); // every parked line is in place: the side file starts again empty
        }
    }

    private static void transfer(FileChannel from, long start, long length, FileChannel to) throws IOException {
        for (long done = 0; done < length; ) {
            done += from.transferTo(start + done, length - done, to);
        }
    }

    /**
     * Puts the file in input order, one line per scenario (a duplicate, none expected, dropped): lines
     * are found in one pass over the bytes and, unless they are in order already, copied by range into
     * a new file that replaces the old one atomically. Results are never decoded: a batch's file can be
     * far bigger than the heap.
     */
    void sortInPlace() throws IOException {
        close();
        List<long[]> lines = new ArrayList<>(); // {index, start, length with the newline}
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            for (long[] line : lines(in)) {
                java.util.regex.Matcher m = INDEX.matcher(head(in, line, 32));
                lines.add(new long[] {m.find() ? Long.parseLong(m.group(1)) : -1, line[0], line[1]});
            }
        }
        boolean ordered = true;
        for (int i = 1; i < lines.size() && ordered; i++) {
            ordered = lines.get(i - 1)[0] < lines.get(i)[0];
        }
        if (ordered) {
            return;
        }
        lines.sort(java.util.Comparator.comparingLong(l -> l[0]));
        AtomicFile.writeBytes(file, target -> {
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                long previous = Long.MIN_VALUE;
                for (long[] line : lines) {
                    if (line[0] == previous) {
                        continue;
                    }
                    previous = line[0];
                    transfer(in, line[1], line[2], target);
                }
            }
        });
    }

    private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("^\\{\"index\":(\\d+),");

    private static final java.util.regex.Pattern HEAD =
            java.util.regex.Pattern.compile("^\\{\"index\":(\\d+),\"id\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Lines start {"index":N,"id":"..." (written so): read that much, not the whole result. */
    static int indexOf(String line) {
        java.util.regex.Matcher m = HEAD.matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Cuts a file (if there is one) back to its last whole line, reading backwards from its end. */
    private static void cutToLastWholeLine(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long end = size;
            java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(1 << 16);
            while (end > 0) {
                long from = Math.max(0, end - block.capacity());
                block.clear().limit((int) (end - from));
                channel.read(block, from);
                int i = block.position() - 1;
                while (i >= 0 && block.get(i) != '\n') {
                    i--;
                }
                if (i >= 0) {
                    end = from + i + 1;
                    break;
                }
                end = from;
            }
            if (end < size) {
                channel.truncate(end);
            }
        }
    }

    /** Ends the run: with every line in place, the side file goes. Lines still parked (an interrupted run) stay. */
    @Override
    public void close() throws IOException {
        out.close();
        if (pending != null) {
            pending.close();
            pending = null;
            if (parked.isEmpty()) {
                Files.deleteIfExists(pendingFile);
            }
        }
    }
}
