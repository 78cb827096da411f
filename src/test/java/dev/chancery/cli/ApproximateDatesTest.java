package dev.chancery.cli;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A date that rests on an event with {@code approximate: true} is marked in every report, as {@code timeline}
 * marks it: "~" in text, HTML (with a tooltip) and Markdown, {@code "approximate": true} in JSON; exact dates
 * read as before, and the key appears only when some date is marked.
 */
class ApproximateDatesTest {
    @TempDir
    Path dir;

    private String facts;

    @BeforeEach
    void writeFacts() {
        // RUS's recognition and PRK's withdrawal are approximate, so is YEN's annexation; the rest is exact
        facts = Fixtures.write(dir, "approximate.yaml", """
                actors:
                  - {id: XEN, name: Xenia, kind: entity, claimedFrom: UKR}
                  - {id: YEN, name: Yenia, kind: entity, claimedFrom: UKR}
                events:
                  - {date: 2022-02-21, approximate: true, type: recognize, by: RUS, of: XEN}
                  - {date: 2022-06-29, type: recognize, by: SYR, of: XEN}
                  - {date: 2022-07-13, type: recognize, by: PRK, of: XEN}
                  - {date: 2022-09-01, approximate: true, type: withdraw-recognition, by: PRK, of: XEN}
                  - {date: 2022-03-01, type: recognize, by: SYR, of: YEN}
                  - {date: 2022-10-01, approximate: true, type: annex, by: RUS, of: YEN}
                """).toString();
    }

    @Test
    void textMarksOnlyTheApproximateDatesAndGivesTheKeyOnce() {
        CliTest.Run run = chancery("run", "--facts", facts);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("1st  RUS  Russia                     since ~2022-02-21\n")
                .contains("2nd  SYR  Syria                      since 2022-06-29\n")
                .contains("3rd  PRK  North Korea                2022-07-13 to ~2022-09-01, withdrawn\n")
                .contains("1st  SYR  Syria                      2022-03-01 to ~2022-10-01, lapsed\n")
                .containsOnlyOnce("~ approximate date");
    }

    @Test
    void jsonFlagsOnlyTheApproximateDates() throws Exception {
        CliTest.Run run = chancery("run", "--facts", facts, "--format", "json");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode entities = new ObjectMapper().readTree(run.out()).get("entities");
        JsonNode xen = entities.get(0);
        assertThat(xen.get("recognizedBy").get(0).toString())
                .isEqualTo("{\"state\":\"RUS\",\"since\":\"2022-02-21\",\"ordinal\":1,\"approximate\":true}");
        assertThat(xen.get("recognizedBy").get(1).toString()) // exact: as before, no flag at all
                .isEqualTo("{\"state\":\"SYR\",\"since\":\"2022-06-29\",\"ordinal\":2}");
        assertThat(xen.get("withdrawn").get(0).toString()).isEqualTo(
                "{\"state\":\"PRK\",\"since\":\"2022-07-13\",\"until\":\"2022-09-01\",\"ordinal\":3,\"untilApproximate\":true}");
        assertThat(entities.get(1).get("lapsed").get(0).toString()).isEqualTo(
                "{\"state\":\"SYR\",\"since\":\"2022-03-01\",\"until\":\"2022-10-01\",\"ordinal\":1,\"untilApproximate\":true}");
    }

    @Test
    void htmlMarksTheApproximateDatesWithATooltip() {
        CliTest.Run run = chancery("run", "--facts", facts, "--format", "html");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("<td>since <span class=\"approximate\" title=\"approximate date\">~2022-02-21</span></td>")
                .contains("<td>since 2022-06-29</td>")
                .contains("<td>2022-07-13 to <span class=\"approximate\" title=\"approximate date\">~2022-09-01</span></td>")
                .contains("<p class=\"muted\">~ approximate date</p>");
    }

    @Test
    void markdownMarksTheApproximateDatesEscaped() {
        CliTest.Run run = chancery("run", "--facts", facts, "--format", "markdown");

        assertThat(run.code()).as(run.err()).isZero();
        // "\~": a lone "~" strikes text through on GitHub
        assertThat(run.out()).contains("| 1st | `RUS` Russia | since \\~2022-02-21 | in force |")
                .contains("| 2nd | `SYR` Syria | since 2022-06-29 | in force |")
                .contains("| 3rd | `PRK` North Korea | 2022-07-13 to \\~2022-09-01 | withdrawn |")
                .contains("\\~ approximate date\n");
    }

    @Test
    void withoutApproximateDatesThereIsNoMarkAndNoKey() {
        CliTest.Run run = chancery("run", "--facts", "facts/cases/donbas-2022.yaml");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("~");
    }
}
