package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.input.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./chancery} command that README.md and docs/ show in a code block runs, as a reader would type
 * it in a fresh clone: in a folder of its own (where its --out files land) that sees the project's facts,
 * rules and test resources, and it exits 0. The blocks that show what a command prints are compared line by
 * line by {@link ReadmeExamplesTest}. The few commands that cannot run alone say why below.
 */
class DocsCommandsTest {
    /** Commands a reader cannot run as they stand, by their text: why. */
    private static final Map<String, String> NOT_ALONE = Map.of(
            "run --facts bad.yaml", "shows the message for the reader's own bad file",
            "run --facts donbas-actors.yaml --facts nk.yaml", "runs the files the reader has reviewed and written by hand",
            "rules new \"NAME\" --in FILE", "writes a new rule into rules/ (RulesNewCommandTest runs it in a copy)");

    private static final Pattern COMMAND = Pattern.compile("^(?:\\$ )?\\./chancery\\s+(.*)$");

    @TempDir
    Path folder;

    record Shown(String where, String command) {
    }

    @TestFactory
    Stream<DynamicTest> everyCommandTheDocumentsShowRuns() throws IOException {
        for (String linked : List.of("facts", "rules", "src")) {
            Files.createSymbolicLink(folder.resolve(linked), Fixtures.workspace().home().resolve(linked));
        }
        List<Shown> shown = new ArrayList<>();
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        for (Path document : documents) {
            shown.addAll(commands(document));
        }
        assertThat(shown).as("the documents show commands").hasSizeGreaterThan(10);
        return shown.stream().map(s -> DynamicTest.dynamicTest(s.where() + ": ./chancery " + s.command(), () -> {
            CliTest.Run run = Workspace.inDirectory(folder, () -> CliTest.chancery(arguments(s.command())));
            assertThat(run.code()).as(run.err()).isZero();
        }));
    }

    /** The commands in the document's fenced blocks, but for a watch (it never ends), a pipe and those above. */
    private static List<Shown> commands(Path document) {
        List<Shown> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(document);
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("```")) {
                    fenced = !fenced;
                    continue;
                }
                Matcher m = COMMAND.matcher(line);
                if (!fenced || !m.matches()) {
                    continue;
                }
                String command = withoutComment(m.group(1)).strip();
                if (command.contains("|") || command.startsWith("watch") || NOT_ALONE.containsKey(command)) {
                    continue;
                }
                out.add(new Shown(document + ":" + (i + 1), command));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String withoutComment(String command) {
        boolean quoted = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted && i > 0 && Character.isWhitespace(command.charAt(i - 1))) {
                return command.substring(0, i);
            }
        }
        return command;
    }

    /** The words of a command as a shell splits them, double quotes keeping spaces. */
    private static String[] arguments(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : command.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    words.add(word.toString());
                    word.setLength(0);
                    any = false;
                }
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }
}
