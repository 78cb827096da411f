package dev.chancery.cli;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20's inputs that ended in a stack trace and exit 1, or in a message that said too little: end to end. */
class UntrustedInputTest {
    @TempDir
    Path dir;

    private String shown(Path path) {
        return Fixtures.workspace().display(path);
    }

    private static void badInput(CliTest.Run run, String message) {
        assertThat(run.code()).as(run.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).isEqualTo(message + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void twoEventsOnOneLineRun() {
        Path facts = Fixtures.write(dir, "two.yaml", "source: x\nevents: [{date: 2022-08-01, type: recognize, by: BLR,"
                + " of: DPR}, {date: 2022-08-01, type: recognize, by: BLR, of: LPR}]\n");
        CliTest.Run run = chancery("run", "--facts", "facts", "--facts", facts.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("4th  BLR  Belarus");
    }

    @Test
    void factsNestedTooDeep() {
        Path facts = Fixtures.write(dir, "deep.yaml", "events: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        badInput(chancery("run", "--facts", facts.toString()), shown(facts) + ":1:72: nested more than 64 deep");
    }

    @Test
    void factsNotUtf8() throws Exception {
        Path facts = dir.resolve("latin.yaml");
        Files.write(facts, "source: \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        badInput(chancery("run", "--facts", facts.toString()),
                shown(facts) + ":1:13: the file is not UTF-8: byte 0xE9 at byte offset 12; save it as UTF-8");
    }

    @Test
    void anEmptyScenario() {
        Path scenario = Fixtures.write(dir, "empty.yaml", "");
        badInput(chancery("run", "--scenario", scenario.toString()), shown(scenario)
                + ":1:1: empty scenario: expected a mapping with any of name, description, base, asOf, add and remove");
    }

    @Test
    void rulesInUtf16OrWithAByteOrderMark() throws Exception {
        Path rules = dir.resolve("rules");
        Path shipped = Fixtures.workspace().rulesDir();
        Fixtures.rulesCopy(rules, marked -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, marked), null);
        CliTest.Run marked = chancery("run", "--rules", rules.toString());
        assertThat(marked.code()).as(marked.err()).isZero();
        assertThat(marked.out()).contains("3rd  PRK  North Korea");

        Path checks = rules.resolve("checks.drl");
        Files.write(checks, Files.readString(shipped.resolve("checks.drl")).getBytes(StandardCharsets.UTF_16));
        badInput(chancery("run", "--rules", rules.toString()), shown(checks) + ":1:1: the file is not UTF-8 but UTF-16"
                + " (it starts with a UTF-16 byte order mark); save it as UTF-8");
    }

    @Test
    void aBadAsOfNamesTheOption() {
        badInput(chancery("run", "--as-of", "2022-13-01"), "bad date '2022-13-01' for --as-of: expected a real date as YYYY-MM-DD");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
