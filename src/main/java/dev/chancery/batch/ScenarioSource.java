package dev.chancery.batch;

import dev.chancery.input.FolderLinks;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.input.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One scenario of a batch, not yet read: a YAML file, or one line of a JSONL file. {@code id} is
 * its place ("facts/scenarios/x.yaml", "what-ifs.jsonl:17"), unique in the batch; {@code folder} is
 * that file's folder, which the scenario's base paths are relative to (a line's, the JSONL file's).
 */
public record ScenarioSource(int index, String id, String text, int firstLine, String defaultName, Path folder) {

    /** "sha256:" and the SHA-256 of the scenario's text (UTF-8), which a result line carries. */
    public String digest() {
        try {
            return "sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    /** The scenarios named by files, folders (their .yaml files) and .jsonl files, in order. */
    public static List<ScenarioSource> expand(List<Path> inputs, Workspace workspace) {
        List<ScenarioSource> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    for (Path file : walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .sorted().toList()) {
                        if (!FolderLinks.mayRead(file, input, workspace)) {
                            throw new InputException(FolderLinks.refused(file, workspace));
                        }
                        addFile(out, file, workspace);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (!Files.isRegularFile(input)) {
                throw new InputException(new Problem(workspace.display(input), 1, 1, "no such scenario file or folder"));
            } else if (input.toString().endsWith(".jsonl")) {
                addLines(out, input, workspace);
            } else {
                addFile(out, input, workspace);
            }
        }
        return out;
    }

    private static void addFile(List<ScenarioSource> out, Path file, Workspace workspace) {
        String shown = workspace.display(file);
        addFile(out, shown, read(file, shown), file.getFileName().toString(), folderOf(file));
    }

    private static void addLines(List<ScenarioSource> out, Path file, Workspace workspace) {
        String shown = workspace.display(file);
        addLines(out, shown, read(file, shown), folderOf(file));
    }

    /**
     * A scenario file's text, shown as {@code shown}, appended to {@code out} (its name without .yaml is the
     * scenario's default name); {@code folder}: what its base paths are relative to (null: the project folder).
     */
    public static void addFile(List<ScenarioSource> out, String shown, String text, String fileName, Path folder) {
        out.add(new ScenarioSource(out.size(), shown, text, 1, fileName.replaceFirst("\\.ya?ml$", ""), folder));
    }

    /** The scenarios of a .jsonl file's text, a line each ("shown:LINE"), but blank lines and notes. */
    public static void addLines(List<ScenarioSource> out, String shown, String text, Path folder) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && !isComment(lines[i])) {
                String id = shown + ":" + (i + 1);
                out.add(new ScenarioSource(out.size(), id, lines[i], i + 1, id, folder));
            }
        }
    }

    /** A line of notes in a .jsonl file ({@code # ...} or {@code // ...}): not a scenario, skipped as a blank line is. */
    static boolean isComment(String line) {
        String text = line.stripLeading();
        return text.startsWith("#") || text.startsWith("//");
    }

    /** Whether this is one line of a .jsonl file (its id is FILE:LINE, its default name too), not a whole file. */
    boolean isLine() {
        return id.equals(defaultName) && id.endsWith(":" + firstLine);
    }

    private static Path folderOf(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }

    private static String read(Path file, String shown) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new InputException(dev.chancery.load.Utf8.readProblem(file, shown, e)); // where it is not UTF-8
        }
    }
}
