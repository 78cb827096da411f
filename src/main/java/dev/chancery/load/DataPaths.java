package dev.chancery.load;

import dev.chancery.input.Workspace;
import dev.chancery.text.Printable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Paths written inside data files (a scenario's {@code base}, a rule test's {@code files}): each is
 * relative to the folder of the file that names it, and may only lead inside the project folder or
 * a folder the user allowed with {@code --allow-root}. Scenarios and tests come from others; without
 * this a scenario saying {@code base: /etc/shadow} would have the command read that file. A path is
 * checked as written (normalized) and again with its symbolic links followed, and before anything is
 * said about whether it exists, so that a refused path tells nothing of what is outside. Paths the user
 * types on the command line are the user's own and are not confined.
 */
public final class DataPaths {
    private final Workspace workspace;
    private final List<Path> roots;

    /** The project folder, and {@code allowed} besides (absolute). */
    public DataPaths(Workspace workspace, List<Path> allowed) {
        this.workspace = workspace;
        List<Path> all = new ArrayList<>();
        all.add(workspace.home());
        allowed.forEach(root -> all.add(root.toAbsolutePath().normalize()));
        this.roots = List.copyOf(all);
    }

    /** Only the project folder. */
    public static DataPaths of(Workspace workspace) {
        return new DataPaths(workspace, List.of());
    }

    /**
     * The path {@code value} names, relative to {@code folder}; or null after a problem at the value
     * when it leads outside the allowed roots or names nothing. {@code what} is how the message calls it
     * ("base path"), {@code namedBy} the kind of file that names it ("a scenario").
     */
    public Path resolve(YamlFile yaml, ScalarNode value, Path folder, String what, String namedBy) {
        String text = value.getValue();
        Path resolved;
        try {
            resolved = folder.toAbsolutePath().resolve(text).normalize();
        } catch (InvalidPathException e) {
            yaml.problem(value, what + " '" + Printable.excerpt(text) + "' is not a path");
            return null;
        }
        if (!inside(resolved, roots)) {
            yaml.problem(value, outside(what, text, namedBy, ""));
            return null;
        }
        if (!Files.exists(resolved)) {
            yaml.problem(value, "no such " + what + " '" + Printable.excerpt(text) + "' (relative to "
                    + shownFolder(folder) + ", the folder of the file that names it)" + projectRelativeHint(text, folder));
            return null;
        }
        try {
            if (!inside(resolved.toRealPath(), realRoots())) {
                yaml.problem(value, outside(what, text, namedBy, " through a symbolic link"));
                return null;
            }
        } catch (IOException e) {
            yaml.problem(value, "cannot read " + what + " '" + Printable.excerpt(text) + "'");
            return null;
        }
        return resolved;
    }

    private String outside(String what, String text, String namedBy, String how) {
        return what + " '" + Printable.excerpt(text) + "' leads outside the project folder" + how + ": paths in "
                + namedBy + " may only lead inside " + String.join(", ", roots.stream().map(Path::toString).toList())
                + " (--allow-root DIR allows another folder)";
    }

    /** A path written the old way, relative to the project folder, gets its new spelling. */
    private String projectRelativeHint(String text, Path folder) {
        try {
            Path fromHome = workspace.home().resolve(text).normalize();
            if (!Path.of(text).isAbsolute() && inside(fromHome, List.of(workspace.home())) && Files.exists(fromHome)) {
                String relative = folder.toAbsolutePath().normalize().relativize(fromHome).toString().replace('\\', '/');
                return "; from there the project's " + workspace.display(fromHome) + " is '" + relative + "'";
            }
        } catch (IllegalArgumentException e) { // an invalid path, or one that relativize cannot reach
            return "";
        }
        return "";
    }

    private String shownFolder(Path folder) {
        String shown = workspace.display(folder);
        return shown.isEmpty() ? "the project folder" : shown + "/";
    }

    private List<Path> realRoots() throws IOException {
        List<Path> real = new ArrayList<>();
        for (Path root : roots) {
            if (Files.exists(root)) {
                real.add(root.toRealPath());
            }
        }
        return real;
    }

    private static boolean inside(Path path, List<Path> roots) {
        return roots.stream().anyMatch(path::startsWith);
    }
}
