package dev.chancery.cli;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report window is one definition in rules/windows.drl: a copy of rules/ with another window changes what
 * run, explain, the reports and the checks say, with no Java change. A report 45 days after a recognition lies
 * outside the shipped window (7 days before to 30 after) and inside a window of 60 days after.
 */
class WindowChangeTest {
    @TempDir
    Path dir;

    private static final String FACTS = """
            actors:
              - {id: XEN, name: Xenia, kind: entity, claimedFrom: UKR}
            policies:
              - {kind: sever-on-recognition, state: UKR, of: XEN, since: 2019-01-01}
            events:
              - {date: 2020-01-01, type: recognize, by: BLR, of: XEN}
              - {date: 2020-02-15, type: sever-relations, by: UKR, with: BLR}
            """;

    private Path rules(int daysAfter) {
        return Fixtures.rulesCopy(dir.resolve("rules-" + daysAfter), bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replace("new ReportWindow( 7, 30 )", "new ReportWindow( 7, " + daysAfter + " )")
                .getBytes(StandardCharsets.UTF_8), null);
    }

    private CliTest.Run run(int daysAfter, String... args) {
        Path facts = Fixtures.write(dir, "xen.yaml", FACTS);
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--rules";
        all[args.length + 1] = rules(daysAfter).toString();
        all[args.length + 2] = "--facts";
        all[args.length + 3] = facts.toString();
        CliTest.Run run = chancery(all);
        assertThat(run.code()).as(run.err()).isZero();
        return run;
    }

    @Test
    void theShippedWindowLeavesALateReportUnexplained() {
        String text = run(30, "run").out();
        // the late report confirms nothing and changes nothing (relations are severed already): it is unexplained
        assertThat(text).contains("UKR-BLR severed since 2020-01-01 (policy, not confirmed)")
                .contains("unexplained-severance").contains("falls within 7 days before to 30 days after");
    }

    @Test
    void aWiderWindowInTheRulesAloneConfirmsIt() {
        String text = run(60, "run").out();
        assertThat(text).contains("UKR-BLR severed since 2020-01-01 (policy, confirmed by a report)")
                .doesNotContain("unexplained-severance");
        assertThat(run(60, "run", "--format", "json").out()).contains("\"confirmed\" : true");
        assertThat(run(60, "run", "--format", "html").out()).contains("<td>2020-01-01</td><td>policy</td>");
        assertThat(run(60, "check").out()).startsWith("ok: ");
        assertThat(run(60, "explain", "severance:UKR:BLR:2020-01-01").out())
                .startsWith("UKR severs relations with BLR on 2020-01-01 (policy)");
        assertThat(run(60, "timeline", "XEN").out()).contains("BLR (Belarus) recognizes XEN");
    }
}
