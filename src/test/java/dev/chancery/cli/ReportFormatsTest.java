package dev.chancery.cli;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** run and diff as Markdown and HTML: the same facts as the text report, in the reader's format. */
class ReportFormatsTest {
    @Test
    void markdownShowsTalliesOrdinalsRelationsAndReasons() {
        CliTest.Run run = chancery("run", "--format", "markdown", "--facts", "facts/cases/donbas-2022.yaml");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("# Chancery report")
                .contains("| `DPR` | Donetsk People's Republic | `UKR` Ukraine | claimed | **3** |")
                .contains("| 3rd | `PRK` North Korea | since 2022-07-13 | in force |")
                .contains("| `UKR–PRK` Ukraine – North Korea | **severed** | 2022-07-13 | policy | yes, by a report |")
                .contains("- `severance:UKR:PRK:2022-07-13` (severance)\n  - because PRK recognized DPR on 2022-07-13")
                .contains("## Warnings\n\n(none)");
    }

    @Test
    void htmlIsOnePageWithTheSameContent() {
        CliTest.Run run = chancery("run", "--format", "html", "--facts", "facts/cases/donbas-2022.yaml");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                .contains("<style>", "@media print")
                .contains("<span class=\"code\">PRK</span> North Korea</td><td>since 2022-07-13</td>")
                .contains("<td>3rd</td>")
                .contains("<span class=\"code\">UKR–PRK</span>")
                .contains("<code>severance:UKR:PRK:2022-07-13</code>")
                .contains("<figure class=\"timeline\"><svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("The tally of DPR over time").contains(">+PRK</text>");
    }

    @Test
    void theIdsOfThePageAreUniqueThoughItHoldsManyPictures() {
        CliTest.Run run = chancery("run", "--format", "html");

        java.util.List<String> ids = java.util.regex.Pattern.compile(" id=\"([^\"]*)\"").matcher(run.out()).results()
                .map(m -> m.group(1)).toList();
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void diffAsMarkdownAndHtml() {
        CliTest.Run md = chancery("diff", "--scenario", "facts/scenarios/belarus-follows.yaml", "--format", "markdown");
        CliTest.Run html = chancery("diff", "--scenario", "facts/scenarios/belarus-follows.yaml", "--format", "html");

        assertThat(md.code()).isZero();
        assertThat(md.out()).contains("# Changes from the base facts of belarus-follows to scenario belarus-follows")
                .contains("| `DPR` | 3 | **4** |")
                .contains("| `DPR` | `BLR` | (none) | 4th, in force |")
                .contains("- gained: `severance:UKR:BLR:2022-08-01`");
        assertThat(html.code()).isZero();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<h2>Tallies</h2>")
                .contains("<code>severance:UKR:BLR:2022-08-01</code>");
    }
}
