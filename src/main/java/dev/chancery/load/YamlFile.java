package dev.chancery.load;

import dev.chancery.input.Problem;
import dev.chancery.text.Printable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * One YAML file read as a tree of SnakeYAML nodes, which keep the line and column of every value,
 * with typed accessors that record a {@link Problem} naming the place and what was expected.
 * Accessors return null after recording a problem, so one pass reports every error in a file.
 */
public final class YamlFile {
    private final String displayName;
    private final Node root;
    private final List<Problem> problems;

    private YamlFile(String displayName, Node root, List<Problem> problems) {
        this.displayName = displayName;
        this.root = root;
        this.problems = problems;
    }

    /** Reads {@code path}; a syntax error becomes a problem and an empty tree. */
    public static YamlFile read(Path path, String displayName, List<Problem> problems) {
        try {
            return parse(new java.io.StringReader(Utf8.text(path)), displayName, problems);
        } catch (IOException e) {
            problems.add(Utf8.readProblem(path, displayName, e));
            return new YamlFile(displayName, null, problems);
        }
    }

    /** Parses {@code text}: one JSON object (a batch line) the fast way, anything else as YAML. */
    public static YamlFile parse(String text, String displayName, List<Problem> problems) {
        return parse(text, 1, displayName, problems);
    }

    /** As above, for text that starts at line {@code firstLine} of its file: positions are the file's. */
    public static YamlFile parse(String text, int firstLine, String displayName, List<Problem> problems) {
        Node json = JsonTree.parse(text, firstLine, displayName);
        if (json != null) {
            return new YamlFile(displayName, json, problems);
        }
        // the YAML parser counts from the text's start: its lines are moved to the file's afterwards (leading
        // newlines did it before, at the cost of a batch file's line number in newlines for each of its lines)
        List<Problem> found = new ArrayList<>();
        YamlFile yaml = parse(new java.io.StringReader(text), displayName, found);
        int before = firstLine - 1;
        for (Problem p : found) {
            problems.add(new Problem(p.file(), p.line() + before, p.column(), p.message()));
        }
        return before == 0 || yaml.root == null ? new YamlFile(displayName, yaml.root, problems)
                : new YamlFile(displayName, moved(yaml.root, before, new IdentityHashMap<>()), problems);
    }

    /** {@code node} with its marks {@code lines} further down; an alias stays one node ({@code done}). */
    private static Node moved(Node node, int lines, Map<Node, Node> done) {
        Node copy = done.get(node);
        if (copy != null) {
            return copy;
        }
        Mark start = moved(node.getStartMark(), lines);
        Mark end = moved(node.getEndMark(), lines);
        if (node instanceof ScalarNode scalar) {
            copy = new ScalarNode(scalar.getTag(), scalar.getValue(), start, end, scalar.getScalarStyle());
            done.put(node, copy);
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = new ArrayList<>();
            copy = new SequenceNode(sequence.getTag(), true, items, start, end, sequence.getFlowStyle());
            done.put(node, copy);
            for (Node item : sequence.getValue()) {
                items.add(moved(item, lines, done));
            }
        } else {
            MappingNode mapping = (MappingNode) node;
            List<NodeTuple> tuples = new ArrayList<>();
            copy = new MappingNode(mapping.getTag(), true, tuples, start, end, mapping.getFlowStyle());
            done.put(node, copy);
            for (NodeTuple tuple : mapping.getValue()) {
                tuples.add(new NodeTuple(moved(tuple.getKeyNode(), lines, done), moved(tuple.getValueNode(), lines, done)));
            }
        }
        return copy;
    }

    private static Mark moved(Mark mark, int lines) {
        return mark == null ? null
                : new Mark(mark.getName(), mark.getIndex(), mark.getLine() + lines, mark.getColumn(), mark.getBuffer(), mark.getPointer());
    }

    public static YamlFile parse(Reader reader, String displayName, List<Problem> problems) {
        try {
            // what Yaml.compose does, through a parser that stops a file nested too deep for the composer's recursion
            LoaderOptions options = options();
            Node root = new Composer(new DepthLimitedParser(new ParserImpl(new StreamReader(new LineLimitedReader(reader)), options)),
                    new TextResolver(), options).getSingleNode();
            return new YamlFile(displayName, root, problems);
        } catch (RuntimeException e) {
            problems.add(syntaxProblem(displayName, e));
            return new YamlFile(displayName, null, problems);
        }
    }

    /** A file to be read as it is parsed ({@link YamlStream}): no tree, only its name and where problems go. */
    static YamlFile streamed(String displayName, List<Problem> problems) {
        return new YamlFile(displayName, null, problems);
    }

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE); // generated worlds run to hundreds of megabytes
        // SnakeYAML's own limit (50) said neither where nor the limit we keep: DepthLimitedParser says both, first
        options.setNestingDepthLimit(2 * DepthLimitedParser.MAX_DEPTH);
        return options;
    }

    /** A parser's complaint, at its place when it has one. */
    static Problem syntaxProblem(String displayName, RuntimeException e) {
        if (e instanceof DepthLimitedParser.TooDeep deep) {
            return deep.problem(displayName);
        }
        if (e instanceof LineLimitedReader.TooLong tooLong) {
            return tooLong.problem(displayName);
        }
        if (!(e instanceof MarkedYAMLException marked)) {
            return new Problem(displayName, 1, 1, "YAML syntax error: " + e.getMessage());
        }
        Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        String what = marked.getProblem() != null ? marked.getProblem() : marked.getMessage();
        String context = marked.getContext() != null ? " (" + marked.getContext() + ")" : "";
        return new Problem(displayName, line, column, "YAML syntax error: " + what + context);
    }

    /** The same tree, reporting into {@code sink} (so inline facts report where the loader collects). */
    public YamlFile reportingTo(List<Problem> sink) {
        return new YamlFile(displayName, root, sink);
    }

    public String name() {
        return displayName;
    }

    public Node root() {
        return root;
    }

    public List<Problem> problems() {
        return problems;
    }

    public void problem(Node at, String message) {
        problem(line(at), column(at), message);
    }

    public void problem(int line, int column, String message) {
        problems.add(new Problem(displayName, line, column, message));
    }

    public static int line(Node node) {
        return node == null ? 1 : node.getStartMark().getLine() + 1;
    }

    public static int column(Node node) {
        return node == null ? 1 : node.getStartMark().getColumn() + 1;
    }

    /**
     * The keys of a whole file's mapping, as {@link #mapping}. A file that is no mapping at all is described by
     * its shape alone, never quoted: it may be any file at all (a link to {@code /etc/passwd} read as facts).
     */
    public Map<String, Node> document(Node root, String what, Set<String> allowed) {
        if (root instanceof ScalarNode scalar && !isNull(scalar)) {
            problem(root, "expected " + what + " (a mapping of keys to values), found a text of "
                    + String.format("%,d", scalar.getValue().length()) + " characters");
            return null;
        }
        return mapping(root, what, allowed);
    }

    /**
     * The keys of a mapping, in order, with the value nodes; unknown keys and repeated keys are
     * problems. Returns null (after a problem) when {@code node} is not a mapping.
     */
    public Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode map)) {
            problem(node, "expected " + what + " (a mapping of keys to values), found " + describe(node));
            return null;
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String name = key(tuple.getKeyNode(), what, allowed, out.keySet());
            if (name != null) {
                out.put(name, tuple.getValueNode());
            }
        }
        return out;
    }

    /**
     * The key {@code keyNode} names, if it is one of {@code allowed} and not among those {@code seen} already;
     * otherwise null, after a problem.
     */
    String key(Node keyNode, String what, Set<String> allowed, Set<String> seen) {
        if (!(keyNode instanceof ScalarNode key)) {
            problem(keyNode, "expected a key in " + what + ", found " + describe(keyNode));
            return null;
        }
        String name = key.getValue();
        if (!allowed.contains(name)) {
            problem(keyNode, "unknown key '" + Printable.excerpt(name) + "' in " + what + " (expected one of: "
                    + String.join(", ", new java.util.TreeSet<>(allowed)) + ")" + Suggest.hint(name, allowed));
            return null;
        }
        if (seen.contains(name)) {
            problem(keyNode, "key '" + Printable.excerpt(name) + "' appears twice in " + what);
            return null;
        }
        return name;
    }

    /** The items of a sequence, or null (after a problem). */
    public List<Node> sequence(Node node, String what) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problem(node, "expected " + what + " (a list), found " + describe(node));
        return null;
    }

    public String string(Node node, String what) {
        if (node instanceof ScalarNode scalar && !isNull(scalar)) {
            return scalar.getValue();
        }
        problem(node, "expected " + what + " (a text value), found " + describe(node));
        return null;
    }

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

    public LocalDate date(Node node, String what) {
        String text = string(node, what);
        if (text == null) {
            return null;
        }
        LocalDate date = isoDate(text);
        if (date == null) {
            problem(node, "bad date '" + Printable.excerpt(text) + "' for " + what + ": expected a real date as YYYY-MM-DD");
        }
        return date;
    }

    /**
     * {@code text} as a date if it is a real one written YYYY-MM-DD, else null. Read by hand: a world has a date in
     * every event, and a regular expression and {@code LocalDate.parse} took a tenth of the time it takes to read.
     */
    static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // no such day (2021-02-30) or month
        }
    }

    /** The number written in {@code text} from {@code from} to {@code to}, all ASCII digits; else -1. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    public Boolean bool(Node node, String what) {
        String text = node instanceof ScalarNode s ? s.getValue() : null;
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.valueOf(text);
        }
        problem(node, "expected " + what + " to be true or false, found " + describe(node));
        return null;
    }

    public Integer integer(Node node, String what) {
        String text = node instanceof ScalarNode s ? s.getValue() : null;
        if (text != null && WHOLE_NUMBER.matcher(text).matches()) {
            return Integer.valueOf(text);
        }
        problem(node, "expected " + what + " to be a whole number, found " + describe(node));
        return null;
    }

    /** One scalar or a list of scalars, each with its node (for the place of later id errors). */
    public List<ScalarNode> scalarOrList(Node node, String what) {
        List<ScalarNode> out = new ArrayList<>();
        if (node instanceof ScalarNode scalar && !isNull(scalar)) {
            out.add(scalar);
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode scalar && !isNull(scalar)) {
                    out.add(scalar);
                } else {
                    problem(item, "expected " + what + " (an id), found " + describe(item));
                }
            }
            if (seq.getValue().isEmpty()) {
                problem(node, "expected " + what + " (an id or a list of ids), found an empty list");
            }
        } else {
            problem(node, "expected " + what + " (an id or a list of ids), found " + describe(node));
        }
        return out;
    }

    private static boolean isNull(ScalarNode scalar) {
        return Tag.NULL.equals(scalar.getTag());
    }

    static String describe(Node node) {
        if (node == null) {
            return "nothing";
        }
        if (node instanceof ScalarNode scalar) {
            return isNull(scalar) ? "nothing" : "'" + Printable.excerpt(scalar.getValue()) + "'";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "a mapping";
    }
}
