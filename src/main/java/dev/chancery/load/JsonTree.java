package dev.chancery.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The YAML node tree of a JSON text, built with Jackson's parser: JSON is YAML, and a batch's JSON
 * lines parse several times faster this way than through a YAML parser. Positions are kept (line and
 * column of every node), so messages name the same places. Text that is not plain JSON gives null,
 * and the YAML parser reads it instead (and reports what is wrong with it).
 */
final class JsonTree {
    /**
     * Strings of any length, as the YAML parser takes them ({@link YamlFile#options}): over Jackson's default
     * of 20 million characters a line fell back to SnakeYAML, whose reader copies what it holds for every
     * 1,024 characters it reads, and a 50 MB value took it more than a quarter of an hour. Deeper JSON than
     * {@link DepthLimitedParser#MAX_DEPTH} gives null, and the YAML parser says where it is too deep.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE)
                    .maxNestingDepth(DepthLimitedParser.MAX_DEPTH).build())
            .build();
    private static final int[] NO_BUFFER = new int[0];

    private JsonTree() {
    }

    /**
     * The tree of {@code text}, which starts at line {@code firstLine} of its file (its nodes' lines are the
     * file's), or null unless it is one JSON object and nothing else.
     */
    static Node parse(String text, int firstLine, String name) {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Node root = new Marks(name, firstLine - 1).node(parser);
            return parser.nextToken() == null ? root : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Nodes marked with their place in the file: {@code linesBefore} lines come before the text. */
    private record Marks(String name, int linesBefore) {

        Node node(JsonParser parser) throws IOException {
            Mark start = mark(parser.currentTokenLocation());
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT) {
                List<NodeTuple> tuples = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    Mark keyMark = mark(parser.currentTokenLocation());
                    String key = parser.currentName();
                    Node keyNode = new ScalarNode(Tag.STR, key, keyMark, keyMark, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
                    parser.nextToken();
                    tuples.add(new NodeTuple(keyNode, node(parser)));
                }
                return new MappingNode(Tag.MAP, true, tuples, start, mark(parser.currentTokenLocation()),
                        DumperOptions.FlowStyle.FLOW);
            }
            if (token == JsonToken.START_ARRAY) {
                List<Node> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(node(parser));
                }
                return new SequenceNode(Tag.SEQ, true, items, start, mark(parser.currentTokenLocation()),
                        DumperOptions.FlowStyle.FLOW);
            }
            if (token == JsonToken.VALUE_NULL) {
                return new ScalarNode(Tag.NULL, "null", start, start, DumperOptions.ScalarStyle.PLAIN);
            }
            boolean string = token == JsonToken.VALUE_STRING;
            Tag tag = string ? Tag.STR : token.isBoolean() ? Tag.BOOL : token == JsonToken.VALUE_NUMBER_INT ? Tag.INT : Tag.FLOAT;
            return new ScalarNode(tag, parser.getText(), start, start,
                    string ? DumperOptions.ScalarStyle.DOUBLE_QUOTED : DumperOptions.ScalarStyle.PLAIN);
        }

        private Mark mark(JsonLocation at) {
            return new Mark(name, (int) at.getCharOffset(), linesBefore + at.getLineNr() - 1, at.getColumnNr() - 1, NO_BUFFER, 0);
        }
    }
}
