package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README's tour shows what its commands print; a rule change that moves a line or changes a reason
 * must change the README too. An excerpt ending in "..." is compared line by line up to there.
 */
class ReadmeExamplesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chancery report, as of all dates                     | run --facts facts/cases/donbas-2022.yaml",
        "UKR severs relations with PRK on 2022-07-13 (policy) | explain severance:UKR:PRK:2022-07-13",
        "'severance UKR BLR' is not concluded.                | explain --why-not severance\tUKR\tBLR",
        "Changes from the base facts of belarus-follows       | diff --scenario facts/scenarios/belarus-follows.yaml",
    })
    void theTourShowsWhatTheCommandPrints(String firstLine, String command) throws IOException {
        List<String> shown = block(firstLine);
        // a tab stands for a space within one argument ("severance UKR BLR" is one)
        String[] args = Arrays.stream(command.split(" ")).map(a -> a.replace('\t', ' ')).toArray(String[]::new);
        CliTest.Run run = CliTest.chancery(args);
        assertThat(run.code()).as(run.err()).isZero();
        List<String> printed = run.out().lines().toList();
        if (shown.get(shown.size() - 1).equals("...")) {
            shown = shown.subList(0, shown.size() - 1);
            printed = printed.subList(0, Math.min(shown.size(), printed.size()));
        }
        assertThat(printed).as("README.md, the block that starts with " + firstLine).containsExactlyElementsOf(shown);
    }

    /** The lines of the README's fenced block whose first line starts with {@code firstLine}. */
    private static List<String> block(String firstLine) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith("```") && lines.get(i + 1).startsWith(firstLine)) {
                List<String> block = new ArrayList<>();
                for (int j = i + 1; !lines.get(j).startsWith("```"); j++) {
                    block.add(lines.get(j));
                }
                return block;
            }
        }
        throw new AssertionError("README.md has no block whose first line starts with " + firstLine);
    }
}
