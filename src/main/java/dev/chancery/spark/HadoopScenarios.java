package dev.chancery.spark;

import dev.chancery.batch.ScenarioSource;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.input.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The scenarios of a batch on Spark: files, folders (their .yaml files) and .jsonl files, as a local batch reads
 * them, through Hadoop's file systems, so a cluster reads them from shared storage ({@code hdfs://}, an object
 * store). A local path is read exactly as a local batch reads it (the same ids, base paths relative to its
 * folder); a scenario from elsewhere has its URI as its id, and its base paths are relative to the project folder.
 */
final class HadoopScenarios {
    private HadoopScenarios() {
    }

    static List<ScenarioSource> expand(List<String> inputs, Workspace workspace, Configuration hadoop) {
        List<ScenarioSource> out = new ArrayList<>();
        for (String input : inputs) {
            URI uri = new Path(input).toUri();
            List<ScenarioSource> found = uri.getScheme() == null || uri.getScheme().equals("file")
                    ? ScenarioSource.expand(List.of(uri.getScheme() == null ? workspace.userPath(input)
                            : java.nio.file.Path.of(uri)), workspace)
                    : remote(input, hadoop);
            for (ScenarioSource source : found) {
                out.add(new ScenarioSource(out.size(), source.id(), source.text(), source.firstLine(),
                        source.defaultName(), source.folder()));
            }
        }
        return out;
    }

    /** Through the file system of {@code input}'s scheme: ids are URIs, base paths relative to the project folder. */
    static List<ScenarioSource> remote(String input, Configuration hadoop) {
        List<ScenarioSource> out = new ArrayList<>();
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(hadoop);
            if (!fs.exists(path)) {
                throw new InputException(new Problem(input, 1, 1, "no such scenario file or folder"));
            }
            FileStatus status = fs.getFileStatus(path);
            if (status.isDirectory()) {
                List<Path> files = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> walk = fs.listFiles(path, true);
                while (walk.hasNext()) {
                    Path file = walk.next().getPath();
                    if (file.getName().endsWith(".yaml") || file.getName().endsWith(".yml")) {
                        files.add(file);
                    }
                }
                files.sort(null);
                for (Path file : files) {
                    ScenarioSource.addFile(out, file.toString(), read(fs, file), file.getName(), null);
                }
            } else if (path.getName().endsWith(".jsonl")) {
                ScenarioSource.addLines(out, status.getPath().toString(), read(fs, status.getPath()), null);
            } else {
                ScenarioSource.addFile(out, status.getPath().toString(), read(fs, status.getPath()), path.getName(), null);
            }
            return out;
        } catch (IOException e) {
            throw new InputException(new Problem(input, 1, 1, "cannot read: " + e.getMessage()));
        }
    }

    private static String read(FileSystem fs, Path file) throws IOException {
        try (InputStream in = fs.open(file)) {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(new Problem(file.toString(), 1, 1, "not UTF-8 text"));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
