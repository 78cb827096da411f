package dev.chancery.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A JSON line read the fast way gives the tree the YAML parser gives: values, tags and positions. */
class JsonTreeTest {
    @Test
    void theTreeOfAJsonLineIsTheYamlParsersTree() {
        for (String text : List.of(
                "\n\n{\"name\": \"what-if-1\", \"add\": {\"events\": [{\"date\": \"2022-07-26\", \"type\": \"recognize\", \"by\": \"LIE\", \"of\": [\"XKX\", \"DPR\"], \"source\": \"hypothetical\"}]}}",
                "{\"asOf\":\"2022-07-14\",\"remove\":{\"events\":[{\"type\":\"recognize\",\"by\":\"PRK\"}]},\"n\":3,\"x\":1.5,\"ok\":true,\"none\":null,\"empty\":[],\"e\":{}}",
                "  {\"quote\": \"l'\\u00e9t\\u00e9 \\\"2022\\\"\", \"u\": \"\u00e9t\u00e9\"}")) {
            Node json = JsonTree.parse(text, 1, "t");
            Node yaml = new Yaml().compose(new java.io.StringReader(text));
            same(json, yaml);
        }
    }

    /** A batch's line 5,000 is marked with the file's lines, as the YAML parser marks it after 4,999 newlines. */
    @Test
    void aLineOfABatchFileIsMarkedWithTheFilesLines() {
        String text = "{\"name\": \"what-if\",\n \"add\": {\"events\": [{\"date\": \"2022-07-26\", \"by\": \"LIE\"}]}}";
        Node json = JsonTree.parse(text, 5000, "t");
        Node yaml = new Yaml().compose(new java.io.StringReader("\n".repeat(4999) + text));
        same(json, yaml);
        assertThat(json.getStartMark().getLine()).isEqualTo(4999);
    }

    /** A line of YAML in a batch file is marked with the file's lines too, aliases and syntax errors included. */
    @Test
    void aYamlLineOfABatchFileIsMarkedWithTheFilesLines() {
        String text = "{name: what-if,\n add: {events: [&e {date: 2022-07-26, by: LIE}, *e]}}";
        List<dev.chancery.input.Problem> problems = new java.util.ArrayList<>();
        Node moved = YamlFile.parse(text, 5000, "t", problems).root();
        Node yaml = YamlFile.parse(new java.io.StringReader("\n".repeat(4999) + text), "t", problems).root();
        same(moved, yaml);
        assertThat(problems).isEmpty();
        YamlFile.parse("{name: [", 7000, "t", problems);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(7000));
    }

    @Test
    void whatIsNotOneJsonObjectIsLeftToTheYamlParser() {
        assertThat(JsonTree.parse("name: x\nadd: {}", 1, "t")).isNull();
        assertThat(JsonTree.parse("{\"a\": 1} {\"b\": 2}", 1, "t")).isNull();
        assertThat(JsonTree.parse("{\"a\": 1,}", 1, "t")).isNull();
        assertThat(JsonTree.parse("[1, 2]", 1, "t")).isNull();
    }

    /** Over Jackson's default limit (20 million characters) the line went to SnakeYAML, which took minutes over it. */
    @Test
    void aValueOfAnyLengthIsReadTheFastWay() {
        String huge = "x".repeat(25_000_000);
        Node json = JsonTree.parse("{\"asOf\": \"" + huge + "\"}", 1, "t");
        assertThat(json).isInstanceOf(MappingNode.class);
        assertThat(((ScalarNode) ((MappingNode) json).getValue().get(0).getValueNode()).getValue()).hasSize(25_000_000);
    }

    private static void same(Node json, Node yaml) {
        assertThat(json.getNodeId()).isEqualTo(yaml.getNodeId());
        assertThat(json.getStartMark().getLine()).as("line of %s", yaml).isEqualTo(yaml.getStartMark().getLine());
        assertThat(json.getStartMark().getColumn()).as("column of %s", yaml).isEqualTo(yaml.getStartMark().getColumn());
        if (yaml instanceof ScalarNode y) {
            assertThat(((ScalarNode) json).getValue()).isEqualTo(y.getValue());
            assertThat(json.getTag()).isEqualTo(y.getTag());
        } else if (yaml instanceof SequenceNode y) {
            List<Node> items = ((SequenceNode) json).getValue();
            assertThat(items).hasSameSizeAs(y.getValue());
            for (int i = 0; i < items.size(); i++) {
                same(items.get(i), y.getValue().get(i));
            }
        } else {
            var tuples = ((MappingNode) json).getValue();
            var expected = ((MappingNode) yaml).getValue();
            assertThat(tuples).hasSameSizeAs(expected);
            for (int i = 0; i < tuples.size(); i++) {
                same(tuples.get(i).getKeyNode(), expected.get(i).getKeyNode());
                same(tuples.get(i).getValueNode(), expected.get(i).getValueNode());
            }
        }
    }
}
