package dev.chancery.batch;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.chancery.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Every line a batch writes, a result, a diff or an error, is valid under docs/batch-line.schema.json. */
class BatchLineSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"full", "diff", "summary"})
    void everyLineFollowsTheDocumentedSchema(String result) throws Exception {
        Path input = Fixtures.write(dir, "what-ifs.jsonl", String.join("\n",
                "{\"name\": \"belarus\", \"add\": {\"events\": [{\"date\": \"2022-08-01\", \"type\": \"recognize\", \"by\": \"BLR\", \"of\": \"DPR\"}]}}",
                "{\"name\": \"no-korea\", \"remove\": {\"events\": [{\"type\": \"recognize\", \"by\": \"PRK\", \"of\": \"DPR\"}]}, \"asOf\": \"2022-12-31\"}",
                "{\"name\": \"bad\", \"add\": {\"events\": [{\"date\": \"2022-08-01\", \"type\": \"recognize\", \"by\": \"XXX\", \"of\": \"DPR\"}]}}",
                "") );
        Path out = dir.resolve("out.jsonl");
        var run = chancery("batch", input.toString(), "--out", out.toString(), "--result", result, "--threads", "1");
        assertThat(run.code()).as(run.err()).isEqualTo(dev.chancery.cli.Main.SOME_FAILED); // "bad" fails
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(Path.of("docs/batch-line.schema.json").toFile()));
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3);
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            assertThat(schema.validate(node)).as(line.substring(0, Math.min(200, line.length()))).isEmpty();
        }
        assertThat(lines.get(2)).contains("\"ok\":false");
        // and the schema says no to what is not a line: a line without ok, a result without a tally, an error
        // line without its error
        assertThat(schema.validate(JSON.readTree(lines.get(0).replace("\"ok\":true,", "")))).isNotEmpty();
        if (result.equals("summary")) { // just the changed tallies, ranks and relations
            assertThat(lines.get(1)).contains("\"tallies\":[{\"entity\":\"DPR\",\"before\":3,\"after\":2}")
                    .doesNotContain("conclusionsGained").doesNotContain("warningsLost");
        }
        if (result.equals("full")) {
            assertThat(schema.validate(JSON.readTree(lines.get(0).replaceFirst("\"tally\":\\d+,", "")))).isNotEmpty();
        }
        assertThat(schema.validate(JSON.readTree("{\"index\": 0, \"id\": \"x\", \"ok\": false, \"timeMs\": 1}")))
                .isNotEmpty();
    }
}
