package dev.chancery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chancery.Fixtures;
import dev.chancery.input.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCompilerTest {
    @TempDir
    Path dir;

    private InputException compileFails(String drl) {
        Fixtures.write(dir, "broken.drl", drl);
        try {
            new RuleCompiler(Fixtures.workspace()).compile(dir);
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("expected the rules to be rejected");
    }

    @Test
    void anEvaluationLeavesTheQueriesOutAndWhyNotHasThem() {
        java.util.function.Function<RuleBase, java.util.List<String>> queries = rules -> rules.kieBase().getKiePackages()
                .stream().flatMap(p -> p.getQueries().stream()).map(q -> q.getName()).toList();
        RuleCompiler compiler = new RuleCompiler(Fixtures.workspace());
        Path rulesDir = Fixtures.workspace().rulesDir();
        assertThat(queries.apply(compiler.compile(rulesDir))).isEmpty();
        assertThat(queries.apply(compiler.compileWithQueries(rulesDir)))
                .anySatisfy(name -> assertThat(name).startsWith("why-not severance 1:"));
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn() {
        InputException e = compileFails("""
                package chancery;
                import dev.chancery.model.*;

                rule "broken"
                when
                    Event( type == "recognize" by == "PRK" )
                then
                end
                """);
        String file = Fixtures.workspace().display(dir.resolve("broken.drl"));
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.problems().get(0).toString()).startsWith(file + ":6:32: ");
        assertThat(e.getMessage()).doesNotContain("null Package");
    }

    private static final String HEADER = "package chancery;\nimport dev.chancery.model.*;\n\n";

    private String only(String body) {
        InputException e = compileFails(HEADER + body);
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0).toString().replace(Fixtures.workspace().display(dir.resolve("broken.drl")), "broken.drl");
    }

    @Test
    void anUnknownFactTypeIsReportedAtThePattern() {
        assertThat(only("rule \"a\"\nwhen\n    Recognitions( by == \"PRK\" )\nthen\nend\n"))
                .isEqualTo("broken.drl:6:5: unknown fact type 'Recognitions'");
    }

    @Test
    void anUnknownFieldIsReportedAtTheFieldWithTheFieldsThereAre() {
        assertThat(only("rule \"a\"\nwhen\n    Event( type == \"recognize\", byy == \"PRK\" )\nthen\nend\n"))
                .startsWith("broken.drl:6:33: unknown field 'byy' of Event (fields: seq, type, date, by,")
                .endsWith("did you mean 'by'?)");
    }

    @Test
    void aLiteralOfTheWrongTypeIsReportedThoughDroolsCompilesIt() {
        assertThat(only("rule \"a\"\nwhen\n    Tally( count == \"many\" )\nthen\nend\n"))
                .isEqualTo("broken.drl:6:12: type mismatch in Tally( count == \"many\" ): count is a number (int), compared with \"many\"");
    }

    @Test
    void aDateComparedWithTextIsReported() {
        assertThat(only("rule \"a\"\nwhen\n    Event( date == \"2022-02-21\" )\nthen\nend\n"))
                .startsWith("broken.drl:6:12: type mismatch in Event( date == \"2022-02-21\" ): date is a date (LocalDate)")
                .endsWith("write date == LocalDate.parse(\"2022-02-21\")");
    }

    @Test
    void aDuplicateRuleNameIsReportedOnceAtTheSecondRule() {
        assertThat(only("rule \"a\"\nwhen\n    Event( )\nthen\nend\n\nrule \"a\"\nwhen\n    Tally( )\nthen\nend\n"))
                .isEqualTo("broken.drl:10:1: Duplicate rule name: a");
    }

    @Test
    void aFolderWithoutRulesIsBadInput() {
        assertThatThrownBy(() -> new RuleCompiler(Fixtures.workspace()).compile(dir.resolve("missing")))
                .isInstanceOf(InputException.class).hasMessageContaining("no .drl files");
    }

    @Test
    void theShippedRulesCompile() {
        assertThat(Fixtures.rules().kieBase().getKiePackages()).isNotEmpty();
    }

    private static final byte[] UTF8_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void aFileWithAByteOrderMarkCompilesAsWithout() throws Exception {
        // issue 20: Notepad's byte order mark gave "no viable alternative at input ''"
        String drl = HEADER + "rule \"marked\"\nwhen\n    Event( type == \"recognize\" )\nthen\nend\n";
        Files.write(dir.resolve("marked.drl"), concat(UTF8_MARK, drl.getBytes(StandardCharsets.UTF_8)));
        RuleBase rules = new RuleCompiler(Fixtures.workspace()).compile(dir);
        assertThat(rules.kieBase().getRule("chancery", "marked")).isNotNull();
        // and its errors are where they are, on the first line too
        Files.write(dir.resolve("marked.drl"), concat(UTF8_MARK, "rule \"a\" when Recognitions( ) then end\n"
                .getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> new RuleCompiler(Fixtures.workspace()).compile(dir)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(Fixtures.workspace().display(dir.resolve("marked.drl")) + ":1:");
    }

    @Test
    void aFileThatIsNotUtf8IsBadInputAtItsFirstByteThatIsNot() throws Exception {
        // issue 20: a UTF-16 or binary .drl ended in MalformedInputException, a stack trace and exit 1
        String drl = HEADER + "rule \"caf\u00e9\"\nwhen\nthen\nend\n";
        Files.write(dir.resolve("a-utf16.drl"), drl.getBytes(StandardCharsets.UTF_16));
        Files.write(dir.resolve("b-latin1.drl"), drl.getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("c-binary.drl"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
        String shown = Fixtures.workspace().display(dir) + "/";
        assertThatThrownBy(() -> new RuleCompiler(Fixtures.workspace()).compile(dir)).isInstanceOfSatisfying(
                InputException.class, e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        shown + "a-utf16.drl:1:1: the file is not UTF-8 but UTF-16 (it starts with a UTF-16 byte order"
                                + " mark); save it as UTF-8",
                        shown + "b-latin1.drl:4:10: the file is not UTF-8: byte 0xE9 at byte offset 57; save it as UTF-8",
                        shown + "c-binary.drl:1:8: the file is not text: a zero byte (is it binary, or UTF-16?); save it"
                                + " as UTF-8 text"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aRulesFolderReachedThroughASymbolicLinkCompiles() throws Exception {
        // the walk took the link for a file: "no .drl files found (expected the rules folder)"
        Path link = Files.createSymbolicLink(dir.resolve("rules"), Fixtures.workspace().rulesDir());
        RuleBase rules = new RuleCompiler(Fixtures.workspace()).compile(link);
        assertThat(rules.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum())
                .isEqualTo(Fixtures.rules().kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum());
        assertThat(RuleCompiler.drlFiles(link)).allSatisfy(file -> assertThat(file).startsWith(link));
    }
}
