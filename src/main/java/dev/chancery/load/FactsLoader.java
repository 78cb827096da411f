package dev.chancery.load;

import dev.chancery.input.Problem;
import dev.chancery.input.FolderLinks;
import dev.chancery.input.InputException;
import dev.chancery.input.Workspace;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Loads the knowledge base: {@code facts/reference/} always, then either the rest of {@code facts/}
 * (never {@code facts/scenarios/}) or the paths given with {@code --facts}.
 */
public final class FactsLoader {
    private final Workspace workspace;

    public FactsLoader(Workspace workspace) {
        this.workspace = workspace;
    }

    /** {@code paths} empty means the bundled facts. */
    public World load(List<Path> paths) {
        return load(paths, true, null);
    }

    /**
     * Loads the reference facts, the files in {@code paths} (the bundled facts when it is empty and
     * {@code bundledWhenEmpty}), and then {@code extra}, which reads more sections (inline facts
     * of a test, a scenario's additions) into the same builder before the ids are checked.
     */
    public World load(List<Path> paths, boolean bundledWhenEmpty, Consumer<FactsBuilderAccess> extra) {
        List<Problem> problems = new ArrayList<>();
        List<Path> files = files(paths, bundledWhenEmpty, problems);
        if (!problems.isEmpty()) {
            // a path missing or a folder unreadable: the facts cannot be whole, and reading what was found (all the
            // YAML under / for --facts /) would only bury that under other files' complaints
            throw new InputException(problems);
        }
        FactsBuilder builder = new FactsBuilder();
        int index = 0;
        for (Path file : files) {
            YamlFile yaml = YamlFile.streamed(workspace.display(file), builder.problems);
            new FactsReader(yaml, index++, builder).readFile(file);
        }
        if (extra != null) {
            extra.accept(new FactsBuilderAccess(builder, index));
        }
        return builder.build();
    }

    /**
     * Facts read from {@code sections} of {@code file} on top of {@code base}: their ids may name
     * the base's actors; only the new facts are returned (combine with {@link World#plus}).
     */
    public static World additions(Map<String, dev.chancery.model.Actor> baseActors, YamlFile file,
                                  Map<String, org.yaml.snakeyaml.nodes.Node> sections, int fileIndex) {
        FactsBuilder builder = new FactsBuilder();
        builder.known(baseActors);
        new FactsReader(file.reportingTo(builder.problems), fileIndex, builder).readSections(sections);
        return builder.build();
    }

    /** The facts files to read: the reference, then the rest sorted by displayed path (the load order of same-day events). */
    List<Path> files(List<Path> paths, boolean bundledWhenEmpty, List<Problem> problems) {
        Map<Path, String> reference = new LinkedHashMap<>();
        collect(workspace.referenceDir(), reference, problems, true);
        Map<Path, String> found = new LinkedHashMap<>();
        if (paths.isEmpty() && bundledWhenEmpty) {
            collect(workspace.factsDir(), found, problems, false);
        } else {
            for (Path path : paths) {
                if (!Files.exists(path)) {
                    problems.add(new Problem(workspace.display(path), 1, 1, "no such file or folder"));
                } else if (!Files.isRegularFile(path) && !Files.isDirectory(path)) {
                    // read nothing from, without a word (a device would never end, a pipe is read by no one else)
                    problems.add(new Problem(workspace.display(path), 1, 1,
                            "not a facts file or folder (a device or a pipe?)"));
                } else if (path.toAbsolutePath().normalize().getParent() == null) {
                    // every YAML file on the machine, read as facts: minutes of walking, then thousands of complaints
                    problems.add(new Problem(workspace.display(path), 1, 1,
                            "the root of the file system is not a facts folder: name the folder of the facts"));
                } else {
                    collect(path, found, problems, true);
                }
            }
        }
        // The reference comes first, so that an actor declared again elsewhere is the one reported.
        reference.keySet().forEach(found::remove);
        return Stream.concat(reference.entrySet().stream().sorted(Map.Entry.comparingByValue()),
                        found.entrySet().stream().sorted(Map.Entry.comparingByValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private void collect(Path root, Map<Path, String> found, List<Problem> problems, boolean explicit) {
        Path normal = root.toAbsolutePath().normalize();
        if (Files.isRegularFile(normal)) {
            found.putIfAbsent(normal, workspace.display(normal));
            return;
        }
        if (!Files.isDirectory(normal)) {
            return;
        }
        Path scenarios = workspace.scenariosDir().toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        try {
            // the folder itself through a symbolic link, which the walk would take for a file and find nothing in;
            // the files found are named as under the link (links to folders inside it are not followed)
            Path real = normal.toRealPath();
            Files.walkFileTree(real, new SimpleFileVisitor<>() {
                private int unreadable;

                @Override
                public FileVisitResult visitFile(Path found, BasicFileAttributes attributes) {
                    Path p = normal.resolve(real.relativize(found));
                    if ((p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")) && Files.isRegularFile(p)
                            && (explicit && normal.startsWith(scenarios) || !p.startsWith(scenarios))) {
                        if (!FolderLinks.mayRead(found, real, workspace)) {
                            problems.add(FolderLinks.refused(p, workspace));
                        } else {
                            files.add(p);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path p, IOException e) {
                    return cannotRead(normal.resolve(real.relativize(p)), e);
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    return e == null ? FileVisitResult.CONTINUE : cannotRead(normal.resolve(real.relativize(dir)), e);
                }

                /**
                 * A folder that cannot be read leaves the facts incomplete: a problem, and the walk goes on to
                 * find the others, but not forever (--facts / finds thousands under /proc, and walks for long).
                 */
                private FileVisitResult cannotRead(Path p, IOException e) {
                    if (++unreadable > MAX_UNREADABLE) {
                        problems.add(new Problem(workspace.display(normal), 1, 1, "more than " + MAX_UNREADABLE
                                + " folders under it cannot be read: stopped looking (is this the facts folder?)"));
                        return FileVisitResult.TERMINATE;
                    }
                    problems.add(new Problem(workspace.display(p), 1, 1, "cannot read this folder: " + Utf8.reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(workspace.display(normal), 1, 1, "cannot read this folder: " + Utf8.reason(e)));
        }
        files.stream().sorted().forEach(p -> found.putIfAbsent(p, workspace.display(p)));
    }

    /** How many unreadable folders of one --facts path are named before the walk stops. */
    private static final int MAX_UNREADABLE = 10;
}
