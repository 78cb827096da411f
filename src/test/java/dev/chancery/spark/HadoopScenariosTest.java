package dev.chancery.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chancery.Fixtures;
import dev.chancery.batch.ScenarioSource;
import dev.chancery.input.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios read through Hadoop's file systems, as a cluster reads shared storage: a folder's .yaml files in
 * order, a .jsonl file's lines (notes and blank lines skipped, ids with their line numbers), with URIs as ids;
 * and local paths exactly as a local batch reads them.
 */
class HadoopScenariosTest {
    @TempDir
    Path dir;

    @Test
    void foldersAndLinesThroughAHadoopFileSystem() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("sweep/b"));
        Files.writeString(dir.resolve("sweep/z.yaml"), "name: z\n");
        Files.writeString(folder.resolve("a.yml"), "name: a\n");
        Files.writeString(dir.resolve("sweep/notes.txt"), "not a scenario");
        Files.writeString(dir.resolve("w.jsonl"), "{\"name\": \"one\"}\n\n# a note\n{\"name\": \"two\"}\n");

        List<ScenarioSource> inFolder = HadoopScenarios.remote(dir.resolve("sweep").toUri().toString(), new Configuration());
        assertThat(inFolder).extracting(ScenarioSource::defaultName).containsExactly("a", "z");
        assertThat(inFolder.get(0).id()).startsWith("file:").endsWith("sweep/b/a.yml");
        assertThat(inFolder.get(0).folder()).as("base paths are the project folder's").isNull();

        List<ScenarioSource> lines = HadoopScenarios.remote(dir.resolve("w.jsonl").toUri().toString(), new Configuration());
        assertThat(lines).extracting(ScenarioSource::firstLine).containsExactly(1, 4);
        assertThat(lines.get(1).id()).endsWith("w.jsonl:4");
        assertThat(lines.get(1).text()).isEqualTo("{\"name\": \"two\"}");

        assertThatThrownBy(() -> HadoopScenarios.remote(dir.resolve("none").toUri().toString(), new Configuration()))
                .isInstanceOf(InputException.class).hasMessageContaining("no such scenario file or folder");
    }

    @Test
    void localPathsAreReadAsALocalBatchReadsThem() throws Exception {
        Path file = Files.writeString(dir.resolve("w.jsonl"), "{\"name\": \"one\"}\n{\"name\": \"two\"}\n");
        List<ScenarioSource> local = ScenarioSource.expand(List.of(file), Fixtures.workspace());
        assertThat(HadoopScenarios.expand(List.of(file.toString(), file.toUri().toString()), Fixtures.workspace(),
                new Configuration()))
                .extracting(ScenarioSource::id)
                .containsExactly(local.get(0).id(), local.get(1).id(), local.get(0).id(), local.get(1).id());
    }
}
