package dev.chancery.cli;

import dev.chancery.text.Printable;
import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RuleCatalog;
import dev.chancery.engine.RuleCoverage;
import dev.chancery.load.DataPaths;
import dev.chancery.input.InputException;
import dev.chancery.ruletest.RuleTest;
import dev.chancery.ruletest.RuleTestFile;
import dev.chancery.ruletest.RuleTestRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "test", mixinStandardHelpOptions = true, description = "Run the YAML rule tests (default: rules/tests/). Exit 1 when a test fails.")
final class TestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Test files or folders.")
    List<String> paths = new ArrayList<>();

    @Mixin
    InputOptions input;

    @Option(names = "--coverage", description = "Report how often each rule fired across the tests, and the rules that never fired.")
    boolean coverage;

    @Mixin
    TimeoutOption timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> roots = paths.isEmpty() ? List.of(input.workspace.rulesDir().resolve("tests"))
                : paths.stream().map(input.workspace::userPath).toList();
        DataPaths paths = input.dataPaths();
        RuleBase rules = input.compileRules();
        RuleTestRunner runner = new RuleTestRunner(rules, input.workspace);
        RuleCoverage counts = coverage ? new RuleCoverage() : null;
        int passed = 0;
        int failed = 0;
        for (Path file : RuleTestFile.find(roots, input.workspace)) {
            for (RuleTest test : RuleTestFile.read(file, input.workspace, paths)) {
                List<String> diffs;
                try {
                    diffs = runner.run(test, counts);
                } catch (InputException e) {
                    diffs = List.of("bad facts: " + e.getMessage());
                }
                if (diffs.isEmpty()) {
                    passed++;
                    out.println(Printable.line("PASS " + test.at() + " " + test.name()));
                } else {
                    failed++;
                    out.println(Printable.line("FAIL " + test.at() + " " + test.name()));
                    diffs.forEach(d -> out.println("     " + Printable.line(d)));
                }
            }
        }
        if (counts != null) {
            printCoverage(out, counts, rules);
        }
        out.println();
        out.println("tests: " + passed + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }

    private void printCoverage(PrintWriter out, RuleCoverage counts, RuleBase rules) {
        RuleCatalog catalog = RuleCatalog.of(rules, input.rulesPath(), input.workspace);
        out.println();
        out.println("Rule coverage (firings across the tests):");
        counts.counts(rules, catalog).forEach((rule, n) -> {
            RuleCatalog.Entry entry = catalog.get(rule);
            out.printf("  %8d  %s%s%n", n, rule, entry == null ? "" : "  (" + entry.at() + ")");
        });
        List<String> never = counts.neverFired(rules, catalog);
        out.println(never.isEmpty() ? "Every rule fired at least once." : "Never fired: " + never.size() + " rules");
        never.forEach(rule -> out.println("  - " + rule));
    }
}
