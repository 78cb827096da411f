package dev.chancery.cli;

import dev.chancery.engine.RuleCompiler;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.io.AtomicFile;
import dev.chancery.lint.DrlModel;
import dev.chancery.lint.RuleLinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Test first, made easy: a rule skeleton at the end of the file of its concern, and beside it, in that concern's
 * test file, a test that fails until the rule concludes what the test is made to expect.
 */
@Command(name = "new", mixinStandardHelpOptions = true, description = {
        "Start a rule test-first: a skeleton of rule NAME at the end of rules/FILE.drl, and a failing test in",
        "rules/tests/FILE.yaml that expects what the rule should conclude (edit both; ./chancery test FILE shows it fail)."})
final class RulesNewCommand implements Callable<Integer> {
    /** A rule name: one line of text with no quote or backslash (it is written into DRL and YAML as it is). */
    private static final Pattern NAME = Pattern.compile("[^\"\\\\\\p{Cntrl}]{3,200}");
    private static final Pattern FILE = Pattern.compile("[a-z][a-z0-9-]*");

    @Parameters(paramLabel = "NAME", description = "The rule's name, a sentence a reader understands in a report.")
    String name;

    @Option(names = "--in", paramLabel = "FILE", required = true,
            description = "The concern it belongs to: relations, tallies, checks, ... (rules/FILE.drl; a new name starts a file).")
    String file;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!NAME.matcher(name).matches()) {
            throw new InputException(Problem.usage("a rule name is one line of 3 to 200 characters with no \" or \\"));
        }
        String base = file.endsWith(".drl") ? file.substring(0, file.length() - 4) : file;
        if (!FILE.matcher(base).matches()) {
            throw new InputException(Problem.usage("--in names a file of the rules folder: lower-case letters, digits"
                    + " and -, e.g. relations"));
        }
        Path rules = input.rulesPath();
        Path drl = rules.resolve(base + ".drl");
        Path tests = rules.resolve("tests").resolve(base + ".yaml");
        for (DrlModel model : RuleLinter.parse(RuleCompiler.ruleAndQueryFiles(rules))) {
            for (DrlModel.RuleInfo rule : model.rules()) {
                if (rule.name().equals(name)) {
                    throw new InputException(new Problem(input.workspace.display(model.file()), rule.line(), 1,
                            "a rule named \"" + name + "\" is here already"));
                }
            }
        }
        String drlText = read(drl, "package chancery;\n\nimport dev.chancery.model.*;\n");
        String testText = read(tests, "tests:\n");
        AtomicFile.write(drl, ended(drlText) + skeleton());
        AtomicFile.write(tests, ended(testText) + failingTest());
        spec.commandLine().getOut().printf("wrote rule \"%s\" at the end of %s%nwrote a failing test in %s: run"
                + " ./chancery test %s, then write the rule until it passes%n", name, input.workspace.display(drl),
                input.workspace.display(tests), input.workspace.display(tests));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    private String skeleton() {
        return "\nrule \"" + name + "\"\n"
                + "    @description(\"TODO: what it concludes, in a sentence a reader understands in a report.\")\n"
                + "when\n"
                + "    // TODO: the conditions, e.g. $r : Event( type == \"recognize\", $s : by, $t : target )\n"
                + "then\n"
                + "    // TODO: the conclusion, derived so that it goes when its premises go, e.g.\n"
                + "    // insertLogical( new Warning( \"my-kind\", $s + \" recognizes \" + $t, $r.origin() ) );\n"
                + "end\n";
    }

    private String failingTest() {
        // quoted: a name may hold ": " or " #", which YAML reads otherwise (it has no quote or backslash: NAME says so)
        return "\n  - name: \"" + name + "\"\n"
                + "    # TODO: the facts the rule concludes from, and what it concludes (this test fails until it does)\n"
                + "    given:\n"
                + "      actors:\n"
                + "        - {id: E1, name: Entity One, kind: entity, claimedFrom: UKR}\n"
                + "      events:\n"
                + "        - {date: 2020-01-01, type: recognize, by: RUS, of: E1}\n"
                + "    expect:\n"
                + "      warnings: {includes: [my-kind]}\n";
    }

    /** The text of {@code path}, or {@code fresh} if there is none yet. */
    private String read(Path path, String fresh) {
        try {
            return Files.exists(path) ? Files.readString(path) : fresh;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ended(String text) {
        return text.endsWith("\n") ? text : text + "\n";
    }
}
