package dev.chancery.spark;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output folder of a batch on Spark, through Hadoop's file systems (a local folder, HDFS, an object store):
 * <pre>
 * DIR/batch.json                what the lines were written from (scenarios, rules, options, commit size)
 * DIR/chunk-00000/part-00000    the JSON lines of the first partition of the first commit, in input order
 * DIR/chunk-00000/_SUCCESS      written by Spark's output committer once the whole commit is in
 * DIR/chunk-00000/_chancery.json  its counts: scenarios, failed
 * DIR/summary.parquet/chunk=00000/  the changes table of that commit (--parquet)
 * DIR/manifest.json             once every commit is in: the files, in order, and the counts
 * </pre>
 * A commit is a Spark job over a run of consecutive scenarios; a task that fails or runs twice leaves nothing:
 * only the committer's output counts. A commit is done when its {@code _chancery.json} is there, so a run that
 * failed resumes at the first commit without one.
 */
final class BatchFolder {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };
    static final String RECORD = "batch.json";
    static final String MANIFEST = "manifest.json";
    static final String COUNTS = "_chancery.json";
    static final String SUMMARY = "summary.parquet";

    private final FileSystem fs;
    private final Path dir;

    BatchFolder(String dir, Configuration hadoop) {
        try {
            Path path = new Path(dir);
            this.fs = path.getFileSystem(hadoop);
            this.dir = fs.makeQualified(path);
        } catch (IOException e) {
            throw new InputException(Problem.usage("--out " + dir + ": " + e.getMessage()));
        }
    }

    String uri() {
        return dir.toString();
    }

    String chunk(int number) {
        return new Path(dir, String.format("chunk-%05d", number)).toString();
    }

    String summary(int number) {
        return new Path(new Path(dir, SUMMARY), String.format("chunk=%05d", number)).toString();
    }

    /**
     * Ready for a new batch: a folder that does not exist or is empty, or one a batch wrote before (its results
     * go). Any other folder is refused, not emptied: --out names a folder of results, not any folder.
     */
    void startAfresh() {
        try {
            if (!fs.exists(dir)) {
                fs.mkdirs(dir);
                return;
            }
            if (!fs.getFileStatus(dir).isDirectory()) {
                throw new InputException(Problem.usage("--out " + dir + " is a file: a batch on Spark writes a folder"));
            }
            FileStatus[] entries = fs.listStatus(dir);
            if (entries.length > 0 && !fs.exists(new Path(dir, RECORD))) {
                throw new InputException(Problem.usage("--out " + dir + " is a folder that holds other things than a"
                        + " batch's results: choose an empty or new folder"));
            }
            for (FileStatus entry : entries) {
                String name = entry.getPath().getName();
                if (!name.equals(RECORD)) {
                    fs.delete(entry.getPath(), true);
                }
            }
            fs.delete(new Path(dir, RECORD), false); // last: until then, the folder is still known as a batch's
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record of the batch that wrote this folder; empty if none did. */
    Map<String, Object> record() {
        return read(new Path(dir, RECORD));
    }

    void writeRecord(Map<String, Object> record) {
        write(new Path(dir, RECORD), record);
    }

    /** The counts of a commit that is done; null if it is not (never started, or its job failed). */
    Map<String, Object> counts(int number) {
        Path counts = new Path(chunk(number), COUNTS);
        try {
            return fs.exists(counts) ? read(counts) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whatever a commit that failed left (Spark's temporary files): the commit runs again from nothing. */
    void clear(int number) {
        try {
            fs.delete(new Path(chunk(number)), true);
            fs.delete(new Path(summary(number)), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeCounts(int number, Map<String, Object> counts) {
        write(new Path(chunk(number), COUNTS), counts);
    }

    /** The part files of a commit, in order: their lines, one after the other, are its scenarios in input order. */
    java.util.List<String> parts(int number) {
        try {
            return java.util.Arrays.stream(fs.listStatus(new Path(chunk(number)),
                            p -> p.getName().startsWith("part-")))
                    .map(s -> s.getPath().getName()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeManifest(Map<String, Object> manifest) {
        write(new Path(dir, MANIFEST), manifest);
    }

    private Map<String, Object> read(Path file) {
        try {
            if (!fs.exists(file)) {
                return new LinkedHashMap<>();
            }
            try (InputStream in = fs.open(file)) {
                return JSON.readValue(in, FIELDS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Written beside, then renamed over: a reader sees the old file or the new one, never half of one. */
    private void write(Path file, Map<String, Object> fields) {
        Path temporary = new Path(file.getParent(), "." + file.getName() + ".tmp");
        try {
            try (OutputStream out = fs.create(temporary, true)) {
                out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(fields));
                out.write('\n');
            }
            fs.delete(file, false);
            if (!fs.rename(temporary, file)) {
                throw new IOException("could not rename " + temporary + " to " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(String.valueOf(a), String.valueOf(b));
    }
}
