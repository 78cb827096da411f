package dev.chancery.load;

import dev.chancery.input.Problem;
import dev.chancery.input.InputException;
import dev.chancery.input.Workspace;
import dev.chancery.model.Claim;
import dev.chancery.model.Event;
import dev.chancery.model.SeverPolicy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a scenario file (docs/semantics.md, "Scenarios"): {@code base} paths ({@code facts} means the bundled
 * facts; any other is relative to the scenario's own folder, or a batch file's, and may only lead
 * inside the project folder or an allowed root: {@link DataPaths}), {@code asOf}, {@code add} (facts
 * sections) and {@code remove} (events, policies or claims matched on the fields given). A removal
 * that matches nothing is an error at its line.
 */
public final class ScenarioReader {
    private static final Set<String> KEYS = Set.of("name", "description", "base", "asOf", "add", "remove");
    private static final Set<String> ADD_KEYS = Set.of("actors", "policies", "events", "claims", "source");
    private static final Set<String> REMOVE_KEYS = Set.of("events", "policies", "claims");
    private static final Set<String> EVENT_MATCH = Set.of("type", "date", "by", "of", "with");
    private static final Set<String> POLICY_MATCH = Set.of("state", "kind", "of", "since", "until");
    private static final Set<String> CLAIM_MATCH = Set.of("kind", "date", "by", "of");

    /** What a base names when it says {@code facts}: the bundled facts, wherever the scenario is. */
    static final String BUNDLED = "facts";

    private final Workspace workspace;
    private final DataPaths paths;

    /** A reader whose scenarios' base paths may lead only inside the project folder. */
    public ScenarioReader(Workspace workspace) {
        this(workspace, DataPaths.of(workspace));
    }

    public ScenarioReader(Workspace workspace, DataPaths paths) {
        this.workspace = workspace;
        this.paths = paths;
    }

    /** The file index of a scenario's additions: after every base file, so they apply last on their day. */
    static final int ADDITIONS_FILE_INDEX = 1 << 22;

    /** A base world with its actors by id (what a scenario's additions may name). */
    private record Base(World world, Map<String, dev.chancery.model.Actor> actors) {
    }

    /** Base worlds by their base paths: a batch reads the bundled facts once, not once a scenario. */
    private final Map<List<Path>, Base> bases = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Makes {@code world} the base of every scenario that names none (instead of the bundled facts): the world
     * a server was started on, so that a what-if changes what its page shows.
     */
    public ScenarioReader withDefaultBase(World world) {
        bases.put(List.of(), new Base(world, world.actorsById()));
        return this;
    }

    public Scenario read(Path path) {
        String shown = workspace.display(path);
        if (!java.nio.file.Files.isRegularFile(path)) {
            throw new InputException(new Problem(shown, 1, 1, "no such scenario file"));
        }
        try {
            String text = java.nio.file.Files.readString(path);
            return read(text, shown, 1, path.getFileName().toString().replaceFirst("\\.ya?ml$", ""),
                    path.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new InputException(Utf8.readProblem(path, shown, e));
        }
    }

    /**
     * Reads a scenario from text (a YAML file, or one JSON line of a batch file starting at
     * {@code firstLine}, so that messages name the line in that file). {@code defaultName} names a
     * scenario without a {@code name}. Its base paths are relative to the project folder (text from no file).
     */
    public Scenario read(String text, String shown, int firstLine, String defaultName) {
        return read(text, shown, firstLine, defaultName, workspace.home());
    }

    /** As above, with base paths relative to {@code folder} (the folder of the file the text is from). */
    public Scenario read(String text, String shown, int firstLine, String defaultName, Path folder) {
        List<Problem> problems = new ArrayList<>();
        YamlFile yaml = YamlFile.parse(text, firstLine, shown, problems);
        if (yaml.root() == null && problems.isEmpty()) { // nothing but blanks and comments: no message said so
            problems.add(new Problem(shown, firstLine, 1, "empty scenario: expected a mapping with any of name,"
                    + " description, base, asOf, add and remove"));
        }
        Map<String, Node> keys = yaml.root() == null ? null : yaml.document(yaml.root(), "a scenario", KEYS);
        if (keys == null) {
            throw new InputException(problems);
        }
        String name = keys.containsKey("name") ? yaml.string(keys.get("name"), "name") : defaultName;
        String description = keys.containsKey("description") ? yaml.string(keys.get("description"), "description") : null;
        LocalDate asOf = keys.containsKey("asOf") ? yaml.date(keys.get("asOf"), "asOf") : null;
        List<Path> base = new ArrayList<>();
        boolean bundled = true;
        if (keys.containsKey("base")) {
            bundled = false;
            for (ScalarNode entry : yaml.scalarOrList(keys.get("base"), "a base path")) {
                if (entry.getValue().equals(BUNDLED)) {
                    bundled = true;
                    continue;
                }
                Path resolved = paths.resolve(yaml, entry, folder, "base path", "a scenario");
                if (resolved != null && resolved.equals(workspace.factsDir())) {
                    bundled = true;
                } else if (resolved != null) {
                    base.add(resolved);
                }
            }
        }
        Map<String, Node> add = keys.containsKey("add") ? yaml.mapping(keys.get("add"), "add", ADD_KEYS) : null;
        Map<String, Node> remove = keys.containsKey("remove") ? yaml.mapping(keys.get("remove"), "remove", REMOVE_KEYS) : null;
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<Path> basePaths = bundled && base.isEmpty() ? List.of() : withBundled(base, bundled);
        boolean bundledBase = bundled;
        Base known = bases.computeIfAbsent(basePaths, paths -> {
            World loaded = new FactsLoader(workspace).load(paths, bundledBase, null);
            return new Base(loaded, loaded.actorsById());
        });
        World baseWorld = known.world();
        World added = add == null ? baseWorld : baseWorld.plus(FactsLoader.additions(known.actors(), yaml, add,
                ADDITIONS_FILE_INDEX));
        World world = remove == null ? added : remove(yaml, remove, added, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Scenario(name, description, shown, asOf, baseWorld, world);
    }

    private List<Path> withBundled(List<Path> base, boolean bundled) {
        List<Path> out = new ArrayList<>(base);
        if (bundled) {
            out.add(workspace.factsDir());
        }
        return out;
    }

    private World remove(YamlFile yaml, Map<String, Node> remove, World world, List<Problem> problems) {
        Set<Object> gone = new HashSet<>();
        each(yaml, remove.get("events"), "an event to remove", EVENT_MATCH, world.events(), gone,
                (fields, e) -> matches(fields, "type", e.type()) && matches(fields, "date", String.valueOf(e.date()))
                        && matches(fields, "by", e.by()) && matches(fields, e.isRelationsEvent() ? "with" : "of", e.target())
                        && !(e.isRelationsEvent() ? fields.containsKey("of") : fields.containsKey("with")));
        each(yaml, remove.get("policies"), "a policy to remove", POLICY_MATCH, world.severPolicies(), gone,
                (fields, p) -> matches(fields, "kind", "sever-on-recognition") && matches(fields, "state", p.holder())
                        && matches(fields, "of", p.entity()) && matches(fields, "since", String.valueOf(p.since()))
                        && matches(fields, "until", String.valueOf(p.until())));
        each(yaml, remove.get("claims"), "a claim to remove", CLAIM_MATCH, world.claims(), gone,
                (fields, c) -> matches(fields, "kind", c.kind()) && matches(fields, "date", String.valueOf(c.date()))
                        && matches(fields, "by", c.by()) && matches(fields, "of", c.entity()));
        Predicate<Object> kept = f -> !gone.contains(f);
        return world.with(world.actors(),
                world.events().stream().filter(kept).toList(),
                world.severPolicies().stream().filter(kept).toList(),
                world.exclusives(),
                world.claims().stream().filter(kept).toList(), world.coverage());
    }

    private interface Match<T> {
        boolean test(Map<String, List<String>> fields, T fact);
    }

    private static <T> void each(YamlFile yaml, Node node, String what, Set<String> allowed, List<T> facts,
                                 Set<Object> gone, Match<T> match) {
        if (node == null) {
            return;
        }
        List<Node> items = yaml.sequence(node, what + "s");
        for (Node item : items == null ? List.<Node>of() : items) {
            Map<String, Node> keys = yaml.mapping(item, what, allowed);
            if (keys == null) {
                continue;
            }
            Map<String, List<String>> fields = new LinkedHashMap<>();
            keys.forEach((k, v) -> fields.put(k, yaml.scalarOrList(v, k).stream().map(ScalarNode::getValue).toList()));
            int before = gone.size();
            for (T fact : facts) {
                if (match.test(fields, fact)) {
                    gone.add(fact);
                }
            }
            if (gone.size() == before) {
                yaml.problem(item, what + " matches nothing in the base facts" + (fields.isEmpty() ? "" : ": " + fields));
            }
        }
    }

    private static boolean matches(Map<String, List<String>> fields, String key, String value) {
        List<String> wanted = fields.get(key);
        return wanted == null || wanted.contains(value);
    }

}
