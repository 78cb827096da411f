package dev.chancery.cli;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.Fixtures;
import dev.chancery.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paths written in data files (a scenario's base, a batch line's, a rule test's files) are relative to the
 * file that names them and may not lead outside the project folder unless --allow-root allows a folder;
 * a refused file is never read, so nothing of it is echoed (issue 20, point 2).
 */
class DataPathsTest {
    /** The start of /etc/passwd's first line: no message may quote it. */
    private static final String PASSWD = "root:";
    private static final String WORLD = """
            actors:
              - {id: ZZE, name: Zedland, kind: entity, claimedFrom: UKR}
            events:
              - {date: 2020-01-01, type: recognize, by: RUS, of: ZZE, source: "a test"}
            """;

    /** A temporary folder outside the project. */
    @TempDir
    Path dir;

    /** A folder inside the project (its target/), for paths that must resolve inside it. */
    private final Path inside = Fixtures.workspace().home().resolve("target/data-paths-test-" + ProcessHandle.current().pid());

    @AfterEach
    void removeInside() throws IOException {
        if (Files.exists(inside)) {
            try (Stream<Path> walk = Files.walk(inside)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../../../../../../../../../etc/passwd", "/etc/passwd"})
    void aScenarioBaseOutsideTheProjectIsRefusedAtItsPlaceAndNotRead(String base) {
        Path scenario = Fixtures.write(dir, "evil.yaml", "name: evil\nbase: " + base + "\n");
        Run run = chancery("run", "--scenario", scenario.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("evil.yaml:2:7: base path '" + base + "' leads outside the project folder",
                "--allow-root DIR").doesNotContain(PASSWD);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aScenarioInsideTheProjectCannotClimbOutOfIt() {
        Path scenario = Fixtures.write(inside, "evil.yaml", "base: [facts, ../../../../../../../../../etc/passwd]\n");
        Run run = chancery("run", "--scenario", scenario.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(Fixtures.workspace().display(scenario) + ":1:15: base path '../../").doesNotContain(PASSWD);
    }

    @Test
    void aBaseIsRelativeToItsScenarioAndTheOldProjectRelativeSpellingIsShownItsNewOne() {
        Path good = Fixtures.write(inside, "scenarios/kosovo.yaml", "base: ../../../facts/cases/kosovo.yaml\n");
        Run run = chancery("run", "--scenario", good.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("XKX");

        Path old = Fixtures.write(inside, "scenarios/old.yaml", "base: facts/cases/kosovo.yaml\n");
        Run refused = chancery("run", "--scenario", old.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("old.yaml:1:7: no such base path 'facts/cases/kosovo.yaml' (relative to ",
                "; from there the project's facts/cases/kosovo.yaml is '../../../facts/cases/kosovo.yaml'");
    }

    @Test
    void aFileOutsideTheProjectIsReadOnlyFromAnAllowedRoot() {
        Fixtures.write(dir, "data/world.yaml", WORLD);
        Path scenario = Fixtures.write(dir, "s.yaml", "base: data/world.yaml\n");
        Run refused = chancery("run", "--scenario", scenario.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("s.yaml:1:7: base path 'data/world.yaml' leads outside the project folder")
                .doesNotContain("Zedland");

        Run allowed = chancery("run", "--scenario", scenario.toString(), "--allow-root", dir.toString());
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("ZZE   Zedland");
        assertThat(chancery("run", "--scenario", scenario.toString(), "--allow-root", dir.resolve("none").toString())
                .err()).contains("--allow-root", "no such folder");
    }

    @Test
    void aSymbolicLinkOutOfAnAllowedRootIsRefused() throws IOException {
        Files.createSymbolicLink(dir.resolve("link.yaml"), Path.of("/etc/passwd"));
        Path scenario = Fixtures.write(dir, "s.yaml", "base: link.yaml\n");
        Run run = chancery("run", "--scenario", scenario.toString(), "--allow-root", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("s.yaml:1:7: base path 'link.yaml' leads outside the project folder through a symbolic link")
                .doesNotContain(PASSWD);
    }

    @Test
    void aFiveMegabyteBasePathIsQuotedShort() {
        Path scenario = Fixtures.write(dir, "huge.json", "{\"base\": \"" + "x".repeat(5_000_000) + "\"}");
        Run run = chancery("run", "--scenario", scenario.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("huge.json:1:10: base path 'xxx", "… (5,000,000 characters)' leads outside");
        assertThat(run.err().length()).isLessThan(1000);
    }

    @Test
    void aBatchLinesBaseIsRelativeToItsFileAndConfinedAsAScenariosIs() throws IOException {
        Fixtures.write(dir, "world.yaml", WORLD);
        Path lines = Fixtures.write(dir, "lines.jsonl", """
                {"base": "/etc/passwd"}
                {"base": "../../../../../../../../../etc/passwd"}
                {"base": "world.yaml"}
                """);
        Path out = dir.resolve("out.jsonl");
        // every line is an error: the batch says so in its exit code
        assertThat(chancery("batch", lines.toString(), "--out", out.toString()).code()).isEqualTo(Main.SOME_FAILED);
        List<JsonNode> results = read(out);
        assertThat(results).hasSize(3).allSatisfy(line -> {
            assertThat(line.get("ok").asBoolean()).isFalse();
            assertThat(line.get("error").asText()).contains("lines.jsonl:", "leads outside the project folder")
                    .doesNotContain(PASSWD);
        });
        assertThat(Files.readString(out)).doesNotContain(PASSWD);

        Files.delete(out);
        assertThat(chancery("batch", lines.toString(), "--out", out.toString(), "--allow-root", dir.toString(),
                "--allow-failures").code()).isZero();
        results = read(out);
        assertThat(results.get(0).get("error").asText()).contains("lines.jsonl:1:10: base path '/etc/passwd' leads outside");
        assertThat(results.get(2).get("ok").asBoolean()).as(results.get(2).toString()).isTrue();
        assertThat(results.get(2).toString()).contains("ZZE");
    }

    @Test
    void aRuleTestsFilesAreRelativeToItAndConfined() {
        Path tests = Fixtures.write(dir, "t.yaml", """
                tests:
                  - name: reads a secret
                    given:
                      files: [/etc/passwd]
                    expect:
                      tallies: {ZZE: 1}
                """);
        Run run = chancery("test", tests.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("t.yaml:4:15: facts file '/etc/passwd' leads outside the project folder")
                .doesNotContain(PASSWD);

        Fixtures.write(dir, "world.yaml", WORLD);
        Path next = Fixtures.write(dir, "next.yaml", """
                tests:
                  - name: reads the world beside it
                    given:
                      files: [world.yaml]
                    expect:
                      tallies: {ZZE: 1}
                """);
        assertThat(chancery("test", next.toString()).err()).contains("next.yaml:4:15: facts file 'world.yaml' leads outside");
        Run allowed = chancery("test", next.toString(), "--allow-root", dir.toString());
        assertThat(allowed.code()).as(allowed.out() + allowed.err()).isZero();
        assertThat(allowed.out()).contains("PASS ", "reads the world beside it");
    }

    @Test
    void aRuleTestInsideTheProjectWithAProjectRelativePathIsToldTheNewOne() {
        Path tests = Fixtures.write(inside, "tests/t.yaml", """
                tests:
                  - name: old spelling
                    given:
                      files: [facts/cases/kosovo.yaml]
                    expect:
                      tallies: {XKX: 1}
                """);
        Run run = chancery("test", tests.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("t.yaml:4:15: no such facts file 'facts/cases/kosovo.yaml'",
                "is '../../../facts/cases/kosovo.yaml'");
    }

    @Test
    void aLinkInABaseFolderThatLeadsOutOfTheProjectIsNotRead() throws IOException {
        Files.createDirectories(inside.resolve("data"));
        Files.createSymbolicLink(inside.resolve("data/p.yaml"), Path.of("/etc/passwd"));
        Path scenario = Fixtures.write(inside, "s.yaml", "name: evil\nbase: data\n");
        Run run = chancery("run", "--scenario", scenario.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("p.yaml:1:1: a symbolic link that leads outside its folder and the project folder: not read")
                .doesNotContain(PASSWD);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aLinkInAFactsFolderIsReadOnlyWhereItLeadsInsideThatFolder() throws IOException {
        Fixtures.write(dir, "data/world.txt", WORLD);
        Files.createSymbolicLink(dir.resolve("data/world.yaml"), Path.of("world.txt"));
        Run read = chancery("run", "--facts", dir.resolve("data").toString());
        assertThat(read.code()).as(read.err()).isZero();
        assertThat(read.out()).contains("ZZE   Zedland");

        Files.createSymbolicLink(dir.resolve("data/p.yaml"), Path.of("/etc/passwd"));
        Run refused = chancery("run", "--facts", dir.resolve("data").toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("p.yaml:1:1: a symbolic link that leads outside its folder").doesNotContain(PASSWD);
    }

    @Test
    void aLinkOutOfAFolderOfScenariosOrOfRuleTestsIsNotRead() throws IOException {
        Files.createDirectories(dir.resolve("what-ifs"));
        Files.createSymbolicLink(dir.resolve("what-ifs/p.yaml"), Path.of("/etc/passwd"));
        Run batch = chancery("batch", dir.resolve("what-ifs").toString(), "--out", dir.resolve("out.jsonl").toString());
        assertThat(batch.code()).isEqualTo(2);
        assertThat(batch.err()).contains("p.yaml:1:1: a symbolic link that leads outside its folder").doesNotContain(PASSWD);
        assertThat(dir.resolve("out.jsonl")).doesNotExist();

        Run test = chancery("test", dir.resolve("what-ifs").toString());
        assertThat(test.code()).isEqualTo(2);
        assertThat(test.err()).contains("p.yaml:1:1: a symbolic link that leads outside its folder").doesNotContain(PASSWD);
    }

    @Test
    void aFileThatIsNoMappingIsDescribedByItsShapeNotQuoted() {
        Path notes = Fixtures.write(dir, "notes.yaml", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin\n");
        Run run = chancery("run", "--facts", notes.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("notes.yaml:1:1: expected a facts file (a mapping of keys to values), found a text of 61 characters")
                .doesNotContain(PASSWD);
        Path scenario = Fixtures.write(dir, "s.yaml", "root:x:0:0:root:/root:/bin/bash\n");
        assertThat(chancery("run", "--scenario", scenario.toString()).err())
                .contains("s.yaml:1:1: expected a scenario (a mapping of keys to values), found a text of 31 characters")
                .doesNotContain(PASSWD);
    }

    private static List<JsonNode> read(Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            nodes.add(json.readTree(line));
        }
        return nodes;
    }
}
