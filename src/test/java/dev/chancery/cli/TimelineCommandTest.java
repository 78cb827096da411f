package dev.chancery.cli;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** chancery timeline ENTITY: the table, the chart, and the errors of a bad ENTITY. */
class TimelineCommandTest {
    @Test
    void theTableShowsEachDateTheTallyAndTheEvent() {
        CliTest.Run run = chancery("timeline", "DPR", "--facts", "facts/cases/donbas-2022.yaml");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("date         tally  change  event\n")
                .contains("2022-06-29       2      +1  SYR (Syria) recognizes DPR\n")
                .contains("2022-07-13       3      +1  PRK (North Korea) recognizes DPR\n");
    }

    @Test
    void anEntityMayBeNamedByNameOrAlias() {
        CliTest.Run run = chancery("timeline", "Donetsk People's Republic", "--facts", "facts/cases/donbas-2022.yaml",
                "--as-of", "2022-06-30");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("DPR Donetsk People's Republic: the tally over time").doesNotContain("PRK");
    }

    @Test
    void theChartIsWellFormedSvgWithAMarkerForEachChange() throws Exception {
        CliTest.Run run = chancery("timeline", "ABK", "--facts", "facts/cases/abkhazia-south-ossetia.yaml", "--format", "svg");

        assertThat(run.code()).isZero();
        Document svg = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagName("circle").getLength()).isGreaterThanOrEqualTo(9); // 7 up, 2 down
        assertThat(run.out()).contains(">+RUS<", ">−VUT<", ">−TUV<", ">+SYR<").doesNotContain("<script");
    }

    @Test
    void anUnknownEntityExitsTwoWithSuggestions() {
        CliTest.Run run = chancery("timeline", "DPRR");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown entity 'DPRR' (did you mean DPR, Donetsk People's Republic");
    }

    @Test
    void aStateNobodyRecognizesHasNoTimeline() {
        CliTest.Run run = chancery("timeline", "UKR");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("UKR (Ukraine) has no tally to follow");
    }

    @Test
    void aUnMemberThatEventsRecognizeHasNoTimelineEither() {
        // China is recognized by the switches from Taiwan, and is a UN member: the rules do not tally it
        CliTest.Run run = chancery("timeline", "CHN");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("CHN (China) has no tally to follow: the rules tally entities and the"
                + " recognized actors that are not UN members");
    }
}
