package dev.chancery.load;

import dev.chancery.input.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.ComposerException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML file whose top level is a mapping, read one entry at a time, and a list under it one item at a
 * time, so that a big facts file is never one tree in memory: a million events made a tree of gigabytes,
 * which the collector copied while it grew and kept to the end of the run (docs/benchmarks.md). Each item
 * is composed as SnakeYAML's composer would compose it (the same tags, places and anchors), so readers of
 * a whole tree read it the same way and say the same things about it.
 */
final class YamlStream {
    /** What a file's top-level entries go to. */
    interface Entries {
        /** Whether the list under {@code key}, if it is one, is to be read an item at a time now. */
        boolean byItem(String key);

        /** One item of the list under {@code key}, when {@link #byItem} said so. */
        void item(String key, Node item);

        /** A whole entry: any entry that is not read an item at a time. */
        void entry(String key, Node value);
    }

    private final Parser parser;
    private final Resolver resolver = new TextResolver();
    /** Anchors of the whole document, as in one tree: an alias may name a node of an earlier item. */
    private final Map<String, Node> anchors = new HashMap<>();

    private YamlStream(Reader reader, LoaderOptions options) {
        this.parser = new DepthLimitedParser(new ParserImpl(new StreamReader(new LineLimitedReader(reader)), options));
    }

    /**
     * Reads {@code path} into {@code entries}, reporting as {@code file}: a top level that is not a mapping
     * ({@code what}), keys not {@code allowed} or repeated, and syntax errors, with the messages of a whole
     * tree and before what {@code entries} report. A syntax error leaves only itself among the file's
     * problems, as when the tree could not be made, and so does a file that cannot be read. Whether the
     * whole file was read.
     */
    static boolean read(Path path, YamlFile file, String what, Set<String> allowed, Entries entries) {
        int before = file.problems().size();
        // the file's own shape first, then its items, as when the whole tree was checked before it was read
        YamlFile shape = file.reportingTo(new ArrayList<>());
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            new YamlStream(reader, YamlFile.options()).document(shape, what, allowed, entries);
            file.problems().addAll(before, shape.problems());
            return true;
        } catch (IOException e) {
            onlyProblem(file, before, Utf8.readProblem(path, file.name(), e));
        } catch (YAMLException e) {
            onlyProblem(file, before, e.getCause() instanceof IOException ? Utf8.readProblem(path, file.name(), e)
                    : YamlFile.syntaxProblem(file.name(), e));
        }
        return false;
    }

    /** {@code problem} in place of all the file reported since {@code before}: what its items said no longer counts. */
    private static void onlyProblem(YamlFile file, int before, Problem problem) {
        file.problems().subList(before, file.problems().size()).clear();
        file.problems().add(problem);
    }

    private void document(YamlFile file, String what, Set<String> allowed, Entries entries) {
        parser.getEvent(); // the stream's start
        if (parser.checkEvent(Event.ID.StreamEnd)) {
            return; // an empty file: nothing to read, as an empty tree
        }
        Event document = parser.getEvent();
        if (!parser.checkEvent(Event.ID.MappingStart)) {
            file.document(node(), what, allowed); // not a mapping: says so
        } else {
            entries(file, what, allowed, entries);
        }
        parser.getEvent(); // the document's end
        if (!parser.checkEvent(Event.ID.StreamEnd)) {
            throw new NotOneDocument(document.getStartMark(), parser.getEvent().getStartMark());
        }
    }

    private void entries(YamlFile file, String what, Set<String> allowed, Entries entries) {
        parser.getEvent(); // the mapping's start: an anchor on the whole file would name nothing a file can use
        Set<String> seen = new HashSet<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            String key = file.key(node(), what, allowed, seen);
            if (key == null) {
                node(); // the value of a key already reported
                continue;
            }
            seen.add(key);
            if (entries.byItem(key) && parser.checkEvent(Event.ID.SequenceStart)) {
                parser.getEvent(); // the list's start: a list read item by item is never one node to name
                while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                    entries.item(key, node());
                }
                parser.getEvent();
            } else {
                entries.entry(key, node());
            }
        }
        parser.getEvent();
    }

    /** The next node, whole: what SnakeYAML's composer makes of the same events. */
    private Node node() {
        Event event = parser.getEvent();
        if (event instanceof AliasEvent alias) {
            Node node = anchors.get(alias.getAnchor());
            if (node == null) {
                throw new UndefinedAlias(alias.getAnchor(), alias.getStartMark());
            }
            return node;
        }
        if (event instanceof ScalarEvent scalar) {
            boolean implicit = scalar.getTag() == null || scalar.getTag().equals("!");
            Tag tag = implicit ? resolver.resolve(NodeId.scalar, scalar.getValue(),
                    scalar.getImplicit().canOmitTagInPlainScalar()) : new Tag(scalar.getTag());
            return anchor(scalar, new ScalarNode(tag, implicit, scalar.getValue(), scalar.getStartMark(),
                    scalar.getEndMark(), scalar.getScalarStyle()));
        }
        CollectionStartEvent start = (CollectionStartEvent) event;
        boolean implicit = start.getTag() == null || start.getTag().equals("!");
        if (event.is(Event.ID.SequenceStart)) {
            List<Node> items = new ArrayList<>();
            Tag tag = implicit ? resolver.resolve(NodeId.sequence, null, start.getImplicit()) : new Tag(start.getTag());
            SequenceNode sequence = anchor(start, new SequenceNode(tag, implicit, items, start.getStartMark(), null,
                    start.getFlowStyle()));
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                items.add(node());
            }
            sequence.setEndMark(parser.getEvent().getEndMark());
            return sequence;
        }
        List<NodeTuple> tuples = new ArrayList<>();
        Tag tag = implicit ? resolver.resolve(NodeId.mapping, null, start.getImplicit()) : new Tag(start.getTag());
        MappingNode mapping = anchor(start, new MappingNode(tag, implicit, tuples, start.getStartMark(), null,
                start.getFlowStyle()));
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Node key = node();
            tuples.add(new NodeTuple(key, node()));
        }
        mapping.setEndMark(parser.getEvent().getEndMark());
        return mapping;
    }

    private <N extends Node> N anchor(Event event, N node) {
        if (event instanceof NodeEvent named && named.getAnchor() != null) {
            anchors.put(named.getAnchor(), node);
        }
        return node;
    }

    /** SnakeYAML's own words for these, so that a message reads the same as from a whole tree. */
    private static final class UndefinedAlias extends ComposerException {
        UndefinedAlias(String anchor, Mark at) {
            super(null, null, "found undefined alias " + anchor, at);
        }
    }

    private static final class NotOneDocument extends ComposerException {
        NotOneDocument(Mark document, Mark another) {
            super("expected a single document in the stream", document, "but found another document", another);
        }
    }
}
