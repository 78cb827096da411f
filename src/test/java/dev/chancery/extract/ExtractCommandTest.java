package dev.chancery.extract;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.cli.CliTest.Run;
import dev.chancery.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chancery extract} on the command line, in process: output, --out, exit codes. */
class ExtractCommandTest {
    @TempDir
    Path dir;

    private String seed() {
        return Corpus.dir().resolve(SeedArticleTest.SEED + ".txt").toString();
    }

    @Test
    void writesTheFactsToStdoutAndASummaryToStderr() {
        Run run = chancery("extract", seed(), "--published", "2022-07-14");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("    type: recognize\n    by: PRK\n    of: [DPR, LPR]\n", "  published: 2022-07-14\n");
        assertThat(run.err()).contains("8 sentences read; 4 events proposed (3 to review, 2 undated), 2 claims");
    }

    @Test
    void writesOutAFileThatLoads() throws Exception {
        Path out = dir.resolve("nk.yaml");
        Run run = chancery("extract", seed(), "--out", out.toString(), "--publisher", "Korea Herald (Yonhap)",
                "--title", "North Korea recognizes");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        String yaml = Files.readString(out);
        assertThat(yaml).contains("  title: \"North Korea recognizes\"\n  publisher: \"Korea Herald (Yonhap)\"\n"
                + "  published: 2022-07-14\n");
        Run check = chancery("check", "--facts", Fixtures.workspace().factsDir().resolve("cases/donbas-2022.yaml").toString(),
                "--facts", out.toString());
        assertThat(check.code()).as(check.err()).isZero();
    }

    @Test
    void aMissingArticleIsBadInput() {
        Run run = chancery("extract", dir.resolve("nowhere.txt").toString(), "--out", dir.resolve("x.yaml").toString());
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("nowhere.txt:1:1: no such file");
        assertThat(dir.resolve("x.yaml")).doesNotExist();
    }

    @Test
    void aBadPublishedDateIsBadInput() {
        Run run = chancery("extract", seed(), "--published", "14 July 2022");
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("bad date '14 July 2022' for --published: expected YYYY-MM-DD");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void helpNamesTheOptions() {
        Run run = chancery("extract", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("--published=DATE", "--out=FILE", "ARTICLE");
    }

    @Test
    void noArticleIsAUsageError() {
        assertThat(chancery("extract").code()).isEqualTo(Main.BAD_INPUT);
    }
}
