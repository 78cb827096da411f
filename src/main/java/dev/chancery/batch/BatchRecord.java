package dev.chancery.batch;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.chancery.io.AtomicFile;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a batch's results file was written from, in {@code FILE.batch} beside it: the SHA-256 of its
 * scenarios (each one's id and text), the rules' content key, and the options that shape a line.
 * {@code --resume} with other scenarios, rules or options would keep results of the old run beside new
 * ones, so it is refused. The record is also the batch's lock: a batch holds an exclusive lock on it
 * while it writes FILE, and a second batch on the same FILE stops before it writes anything. The lock
 * goes with the process, however it ends (a lock file deleted at the end could be deleted from under a
 * batch that had just opened it; this one stays).
 */
public final class BatchRecord implements AutoCloseable {
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };

    private final Path file;
    private final Path recordFile;
    private final FileChannel channel;

    /** The records locked by this JVM. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private BatchRecord(Path file, Path recordFile, FileChannel channel) {
        this.file = file;
        this.recordFile = recordFile;
        this.channel = channel;
    }

    static Path recordFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".batch");
    }

    /**
     * Locks the record of {@code outFile}, a regular file or a new one (a batch writes lines as they finish
     * and may be resumed, which a device or a FIFO cannot be), or says why not, or that another batch is
     * writing it. Taken before the rules are compiled, so that a second batch stops at once.
     */
    public static BatchRecord lock(Path outFile) {
        Path file = resultsFile(outFile);
        Path recordFile = recordFile(file);
        // a lock is the process's: closing any channel to the file, even one that found it locked, would
        // release it, so a batch of this JVM (the daemon runs several) is known here before any is opened
        if (!HELD.add(recordFile)) {
            throw busy(outFile, recordFile);
        }
        try {
            FileChannel channel = FileChannel.open(recordFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                throw busy(outFile, recordFile);
            }
            return new BatchRecord(file, recordFile, channel);
        } catch (IOException e) {
            HELD.remove(recordFile);
            throw AtomicFile.cannotWrite(outFile, e);
        } catch (RuntimeException e) {
            HELD.remove(recordFile);
            throw e;
        }
    }

    private static InputException busy(Path outFile, Path recordFile) {
        return new InputException(Problem.usage("another batch is writing " + outFile + " (it holds the lock on "
                + recordFile.getFileName() + "): wait for it to end, or choose another --out"));
    }

    /** The results file, through any link: its side files go beside the file itself. */
    private static Path resultsFile(Path outFile) {
        Path file = outFile.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw AtomicFile.cannotWrite(outFile, "it is a directory");
        }
        if (AtomicFile.isStream(file)) {
            throw AtomicFile.cannotWrite(outFile, "a batch writes a file that it can resume, not a device or a"
                    + " stream; give a file");
        }
        try {
            Path real = Files.exists(file) ? file.toRealPath() : file;
            Files.createDirectories(real.getParent());
            return real;
        } catch (IOException e) {
            throw AtomicFile.cannotWrite(outFile, e);
        }
    }

    /** The file the batch writes its lines to. */
    Path resultsFile() {
        return file;
    }

    /** The digests of a batch: what its lines are a function of. */
    public static Map<String, String> of(List<ScenarioSource> sources, String rulesKey, String options) {
        MessageDigest digest = sha256();
        for (ScenarioSource source : sources) {
            digest.update(source.id().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(source.text().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("scenarios", HexFormat.of().formatHex(digest.digest()));
        fields.put("rules", rulesKey == null ? "unknown" : rulesKey);
        fields.put("options", options);
        return fields;
    }

    /** Records what a new run of FILE is written from (after FILE is emptied: a record never outlives its lines). */
    void write(Map<String, String> fields) throws IOException {
        byte[] bytes = (LineJson.PLAIN.writeValueAsString(fields) + "\n").getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        for (long at = 0; buffer.hasRemaining(); ) {
            at += channel.write(buffer, at);
        }
        channel.force(false);
    }

    /**
     * Checks, before a resume, that FILE's lines were written from the same scenarios, rules and options:
     * a FILE with no lines yet may be resumed from anything (it is then recorded anew).
     */
    void checkResumable(Map<String, String> fields) throws IOException {
        if (!BatchOutput.hasLines(file)) {
            write(fields);
            return;
        }
        Map<String, String> recorded = read();
        if (recorded == null) {
            throw refused("it has no record of what it was written from (" + recordFile.getFileName()
                    + " is missing or unreadable)");
        }
        if (!fields.get("scenarios").equals(recorded.get("scenarios"))) {
            throw refused("it was written from other scenarios (a file changed, or other files were given)");
        }
        if (!fields.get("rules").equals(recorded.get("rules"))) {
            throw refused("it was written with other rules (a .drl file changed since)");
        }
        if (!fields.get("options").equals(recorded.get("options"))) {
            throw refused("it was written with " + recorded.get("options") + ", not " + fields.get("options"));
        }
    }

    private Map<String, String> read() throws IOException {
        long size = channel.size();
        if (size == 0 || size > 64 * 1024) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // read it all
        }
        try {
            return LineJson.PLAIN.readValue(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8),
                    FIELDS);
        } catch (IOException notARecord) {
            return null;
        }
    }

    private InputException refused(String why) {
        return new InputException(Problem.usage("cannot resume " + file + ": " + why
                + "; run without --resume, or choose another --out"));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unlocks: another batch may write the file now. */
    @Override
    public void close() {
        try {
            channel.close(); // releases the lock
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            HELD.remove(recordFile);
        }
    }
}
