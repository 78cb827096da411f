package dev.chancery.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
        FactsBuilder builder = new FactsBuilder();
        builder.problems.addAll(problems);
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
        try (Stream<Path> walk = Files.walk(normal)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> explicit && normal.startsWith(scenarios) || !p.startsWith(scenarios))
                    .sorted(Comparator.naturalOrder())
                    .forEach(p -> found.putIfAbsent(p, workspace.display(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
