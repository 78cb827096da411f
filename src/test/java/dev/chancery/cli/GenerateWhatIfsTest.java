package dev.chancery.cli;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.Fixtures;
import dev.chancery.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The what-if generator's choices: dates, types, states and entities, and what-ifs that change something. */
class GenerateWhatIfsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** How many of the what-ifs {@code args} draw change no tally, rank or relation (batch --result summary). */
    private int noOps(String... args) throws Exception {
        List<String> generate = new ArrayList<>(List.of("generate", "--what-ifs", "60", "--seed", "5"));
        generate.addAll(List.of(args));
        Run generated = chancery(generate.toArray(String[]::new));
        assertThat(generated.code()).as(generated.err()).isZero();
        Path input = Fixtures.write(dir, "w" + args.length + ".jsonl", generated.out());
        Path out = dir.resolve("out" + args.length + ".jsonl");
        Run batch = chancery("batch", input.toString(), "--result", "summary", "--out", out.toString());
        assertThat(batch.code()).as(batch.err()).isZero();
        int none = 0;
        for (String line : Files.readAllLines(out)) {
            JsonNode changes = JSON.readTree(line).get("changes");
            if (changes.get("tallies").isEmpty() && changes.get("recognizers").isEmpty() && changes.get("relations").isEmpty()) {
                none++;
            }
        }
        return none;
    }

    @Test
    void skippingNoOpsLeavesWhatIfsThatEachChangeSomething() throws Exception {
        String[] sweep = {"--from", "2010-01-01", "--to", "2024-12-31", "--types", "recognize,withdraw-recognition",
                "--of", "DPR,LPR,XKX,GDR"};
        assertThat(noOps(sweep)).as("without --skip-no-ops, some draws change nothing").isPositive();
        String[] skipping = java.util.Arrays.copyOf(sweep, sweep.length + 1);
        skipping[sweep.length] = "--skip-no-ops";
        assertThat(noOps(skipping)).isZero();
    }

    @Test
    void theChoicesAreKept() {
        Run run = chancery("generate", "--what-ifs", "40", "--from", "2020-03-01", "--to", "2020-03-31", "--by", "BLR,CUB",
                "--of", "XKX", "--types", "withdraw-recognition");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(40).allSatisfy(line -> assertThat(line)
                .containsPattern("\"date\": \"2020-03-\\d\\d\"").contains("\"type\": \"withdraw-recognition\"")
                .containsPattern("\"by\": \"(BLR|CUB)\"").contains("\"of\": \"XKX\""));
        assertThat(chancery("generate", "--what-ifs", "2", "--types", "annex").code()).isEqualTo(Main.BAD_INPUT);
        assertThat(chancery("generate", "--by", "BLR").code()).isEqualTo(2);
    }
}
