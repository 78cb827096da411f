package dev.chancery.ruletest;

import dev.chancery.text.Printable;
import dev.chancery.load.DataPaths;
import dev.chancery.load.FactsReader;
import dev.chancery.input.FolderLinks;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.input.Workspace;
import dev.chancery.load.YamlFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads YAML rule test files ({@code rules/tests/*.yaml}) into {@link RuleTest}s. A test's
 * {@code given: files} are relative to the test file's folder ({@link DataPaths}).
 */
public final class RuleTestFile {
    private static final Set<String> TEST_KEYS = Set.of("name", "given", "asOf", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("tallies", "ordinals", "recognizedBy", "withdrawn",
            "lapsed", "nonMembers", "status", "relations", "conclusions", "absent", "warnings");
    private static final Set<String> RELATION_KEYS = Set.of("a", "b", "status", "since", "basis", "confirmed");

    private RuleTestFile() {
    }

    /** The test files under the given files or folders (default: rules/tests/). */
    public static List<Path> find(List<Path> paths, Workspace workspace) {
        List<Path> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path file : walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .sorted().toList()) {
                        if (!FolderLinks.mayRead(file, path, workspace)) {
                            throw new InputException(FolderLinks.refused(file, workspace));
                        }
                        out.add(file);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(path);
            }
        }
        return out;
    }

    /** The tests of a file whose {@code files} may lead only inside the project folder. */
    public static List<RuleTest> read(Path path, Workspace workspace) {
        return read(path, workspace, DataPaths.of(workspace));
    }

    /** The tests of a file; its {@code files} are relative to its folder and confined by {@code paths}. */
    public static List<RuleTest> read(Path path, Workspace workspace, DataPaths paths) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isRegularFile(path)) {
            throw new InputException(new Problem(workspace.display(path), 1, 1, "no such test file"));
        }
        YamlFile yaml = YamlFile.read(path, workspace.display(path), problems);
        List<RuleTest> tests = new ArrayList<>();
        if (yaml.root() != null) {
            Map<String, Node> top = yaml.document(yaml.root(), "a rule test file", Set.of("tests"));
            List<Node> items = top == null || !top.containsKey("tests") ? List.of() : yaml.sequence(top.get("tests"), "tests");
            Set<String> names = new HashSet<>();
            for (Node item : items == null ? List.<Node>of() : items) {
                RuleTest test = test(yaml, item, paths, path.toAbsolutePath().normalize().getParent());
                if (test != null && !names.add(test.name())) {
                    yaml.problem(item, "two tests are named '" + Printable.excerpt(test.name()) + "'");
                }
                if (test != null) {
                    tests.add(test);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return tests;
    }

    private static RuleTest test(YamlFile yaml, Node node, DataPaths paths, Path folder) {
        Map<String, Node> keys = yaml.mapping(node, "a rule test", TEST_KEYS);
        if (keys == null) {
            return null;
        }
        String name = keys.containsKey("name") ? yaml.string(keys.get("name"), "name") : null;
        if (name == null) {
            yaml.problem(node, "a rule test needs a 'name'");
            return null;
        }
        List<Path> files = new ArrayList<>();
        Map<String, Node> inline = new LinkedHashMap<>();
        if (keys.containsKey("given")) {
            Set<String> givenKeys = new HashSet<>(FactsReader.FILE_KEYS);
            givenKeys.add("files");
            Map<String, Node> given = yaml.mapping(keys.get("given"), "given", givenKeys);
            if (given != null) {
                given.forEach((k, v) -> {
                    if (k.equals("files")) {
                        for (var file : yaml.scalarOrList(v, "a facts file")) {
                            Path resolved = paths.resolve(yaml, file, folder, "facts file", "a rule test");
                            if (resolved != null) {
                                files.add(resolved);
                            }
                        }
                    } else {
                        inline.put(k, v);
                    }
                });
            }
        }
        LocalDate asOf = keys.containsKey("asOf") ? yaml.date(keys.get("asOf"), "asOf") : null;
        Expectations expect = keys.containsKey("expect") ? expectations(yaml, keys.get("expect")) : null;
        if (expect == null) {
            yaml.problem(node, "a rule test needs 'expect'");
            return null;
        }
        String at = yaml.name() + ":" + YamlFile.line(node);
        return new RuleTest(name, at, yaml, files, inline, asOf, expect);
    }

    private static Expectations expectations(YamlFile yaml, Node node) {
        Map<String, Node> keys = yaml.mapping(node, "expect", EXPECT_KEYS);
        if (keys == null) {
            return null;
        }
        Map<String, Integer> tallies = null;
        if (keys.containsKey("tallies")) {
            tallies = new LinkedHashMap<>();
            Map<String, Node> map = yaml.mapping(keys.get("tallies"), "tallies", anyKey(keys.get("tallies"), yaml));
            if (map != null) {
                for (var e : map.entrySet()) {
                    tallies.put(e.getKey(), yaml.integer(e.getValue(), "a tally"));
                }
            }
        }
        Map<String, Map<String, Integer>> ordinals = null;
        if (keys.containsKey("ordinals")) {
            ordinals = new LinkedHashMap<>();
            Map<String, Node> map = yaml.mapping(keys.get("ordinals"), "ordinals", anyKey(keys.get("ordinals"), yaml));
            if (map != null) {
                for (var e : map.entrySet()) {
                    Map<String, Integer> byState = new LinkedHashMap<>();
                    Map<String, Node> inner = yaml.mapping(e.getValue(), "ordinals of " + e.getKey(), anyKey(e.getValue(), yaml));
                    if (inner != null) {
                        inner.forEach((state, v) -> byState.put(state, yaml.integer(v, "an ordinal")));
                    }
                    ordinals.put(e.getKey(), byState);
                }
            }
        }
        Map<String, String> status = null;
        if (keys.containsKey("status")) {
            status = new LinkedHashMap<>();
            Map<String, Node> map = yaml.mapping(keys.get("status"), "status", anyKey(keys.get("status"), yaml));
            if (map != null) {
                for (var e : map.entrySet()) {
                    status.put(e.getKey(), yaml.string(e.getValue(), "a status"));
                }
            }
        }
        List<Map<String, String>> relations = null;
        if (keys.containsKey("relations")) {
            relations = new ArrayList<>();
            List<Node> items = yaml.sequence(keys.get("relations"), "relations");
            for (Node item : items == null ? List.<Node>of() : items) {
                Map<String, Node> map = yaml.mapping(item, "an expected relation", RELATION_KEYS);
                if (map != null) {
                    Map<String, String> relation = new LinkedHashMap<>();
                    map.forEach((k, v) -> relation.put(k, yaml.string(v, k)));
                    if (!relation.containsKey("a") || !relation.containsKey("b") || !relation.containsKey("status")) {
                        yaml.problem(item, "an expected relation needs a, b and status (status none: no relation)");
                    }
                    relations.add(relation);
                }
            }
        }
        return new Expectations(tallies, ordinals, idLists(yaml, keys, "recognizedBy"), idLists(yaml, keys, "withdrawn"),
                idLists(yaml, keys, "lapsed"), idLists(yaml, keys, "nonMembers"), status, relations,
                strings(yaml, keys, "conclusions"), strings(yaml, keys, "absent"), warnings(yaml, keys));
    }

    private static final Set<String> WARNINGS_KEYS = Set.of("exactly", "among", "includes", "excludes");

    /** {@code warnings: [kinds]} (exactly these), or a mapping of {@link WarningsExpected}'s parts. */
    private static WarningsExpected warnings(YamlFile yaml, Map<String, Node> keys) {
        Node node = keys.get("warnings");
        if (node == null) {
            return null;
        }
        if (!(node instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
            return new WarningsExpected(strings(yaml, keys, "warnings"), null, null, null);
        }
        Map<String, Node> parts = yaml.mapping(node, "warnings", WARNINGS_KEYS);
        if (parts == null) {
            return null;
        }
        if (parts.containsKey("among") && !parts.containsKey("exactly")) {
            yaml.problem(node, "warnings: 'among' goes with 'exactly' (of the warnings of these kinds, exactly these)");
        }
        return new WarningsExpected(strings(yaml, parts, "exactly"), strings(yaml, parts, "among"),
                strings(yaml, parts, "includes"), strings(yaml, parts, "excludes"));
    }

    private static Map<String, List<String>> idLists(YamlFile yaml, Map<String, Node> keys, String key) {
        if (!keys.containsKey(key)) {
            return null;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<String, Node> map = yaml.mapping(keys.get(key), key, anyKey(keys.get(key), yaml));
        if (map != null) {
            map.forEach((entity, v) -> out.put(entity, v instanceof org.yaml.snakeyaml.nodes.SequenceNode seq
                    && seq.getValue().isEmpty() ? List.of()
                    : yaml.scalarOrList(v, "a state").stream().map(s -> s.getValue()).toList()));
        }
        return out;
    }

    private static List<String> strings(YamlFile yaml, Map<String, Node> keys, String key) {
        if (!keys.containsKey(key)) {
            return null;
        }
        Node node = keys.get(key);
        if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode seq && seq.getValue().isEmpty()) {
            return List.of();
        }
        return yaml.scalarOrList(node, "a " + key + " entry").stream().map(s -> s.getValue()).toList();
    }

    /** The keys of a mapping whose keys are ids (any key allowed). */
    private static Set<String> anyKey(Node node, YamlFile yaml) {
        Set<String> out = new HashSet<>();
        if (node instanceof org.yaml.snakeyaml.nodes.MappingNode map) {
            map.getValue().forEach(t -> {
                if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode s) {
                    out.add(s.getValue());
                }
            });
        }
        return out;
    }
}
