package dev.chancery.cli;

import dev.chancery.engine.Deadline;
import dev.chancery.engine.Evaluation;
import dev.chancery.engine.RulesFailedException;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.load.World;
import dev.chancery.report.TextReport;
import dev.chancery.result.Result;
import dev.chancery.watch.Watcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true, description = {
        "Re-check and re-run whenever a file under the rules or facts changes (Ctrl-C to stop).",
        "Shows the report, or with --test the rule tests; a broken save shows its error and keeps the last good result.",
        "--timeout limits each re-run: rules that never end are stopped, reported, and watching goes on."})
final class WatchCommand implements Callable<Integer>, TimeoutOption.PerEvaluation {
    @Mixin
    InputOptions input;

    @Mixin
    TimeoutOption timeout;

    @Option(names = "--test", description = "Run the YAML rule tests instead of the report: only failures and a summary.")
    boolean test;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "With --test: the test files or folders to run (default: all of rules/tests).")
    List<String> testPaths = new ArrayList<>();

    @Option(names = "--poll-ms", defaultValue = "150", hidden = true)
    long pollMillis;

    @Option(names = "--settle-ms", defaultValue = "250", hidden = true)
    long settleMillis;

    /** For tests: stop after this many runs (0: never). */
    @Option(names = "--max-runs", defaultValue = "0", hidden = true)
    int maxRuns;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (!testPaths.isEmpty() && !test) {
            throw new InputException(Problem.usage("test files (" + String.join(", ", testPaths) + ") go with --test"));
        }
        List<Path> roots = new ArrayList<>();
        roots.add(input.rulesPath());
        for (String path : testPaths) {
            // a test file outside the rules (under an --allow-root folder) is watched through its folder, which
            // stays when the file is deleted or renamed
            Path folder = input.workspace.userPath(path).toAbsolutePath().getParent();
            if (folder != null && roots.stream().noneMatch(r -> folder.startsWith(r.toAbsolutePath()))) {
                roots.add(folder);
            }
        }
        if (input.facts.isEmpty()) {
            roots.add(input.workspace.factsDir());
        } else {
            input.facts.forEach(f -> roots.add(input.workspace.userPath(f)));
        }
        int[] runs = {0};
        PrintWriter out = spec.commandLine().getOut();
        out.println("watching " + roots.stream().map(input.workspace::display).toList() + " (Ctrl-C to stop)");
        new Watcher(roots, pollMillis, settleMillis).loop(() -> {
            runs[0]++;
            return withinTimeout(test ? this::runTests : this::runReport);
        }, out, () -> maxRuns > 0 && runs[0] >= maxRuns);
        return Main.OK;
    }

    /**
     * A re-run under its own --timeout (engine/Deadline.java): rules past it are stopped and reported as run
     * reports them, and watching goes on. Where a rule looping in its own code cannot be stopped (Java 20 on),
     * watch ends as run does: exit 3.
     */
    private Watcher.Outcome withinTimeout(java.util.function.Supplier<Watcher.Outcome> rerun) {
        return Deadline.evaluate(timeout.seconds, spec.commandLine().getErr(), Thread.currentThread(), null, rerun,
                ranLonger -> Watcher.Outcome.failed("rules failed: they " + ranLonger));
    }

    private Watcher.Outcome runReport() {
        try {
            World world = input.loadWorld();
            Result result = Evaluation.evaluate(input.compileRules(), world, input.asOfDate(), input.maxFirings);
            return Watcher.Outcome.ok(new TextReport(world.actorsById()).render(result));
        } catch (InputException e) {
            return Watcher.Outcome.failed(e.getMessage());
        } catch (RulesFailedException e) {
            return Watcher.Outcome.failed("rules failed: " + e.getMessage()); // as run says it
        }
    }

    private Watcher.Outcome runTests() {
        StringWriter text = new StringWriter();
        CommandLine tests = Main.commandLine();
        tests.setOut(new PrintWriter(text, true));
        tests.setErr(new PrintWriter(text, true));
        List<String> args = new ArrayList<>(List.of("test"));
        if (input.rules != null) {
            args.add("--rules");
            args.add(input.rules);
        }
        input.allowRoots.forEach(root -> args.addAll(List.of("--allow-root", root)));
        args.addAll(List.of(TimeoutOption.NAME, Long.toString(timeout.seconds))); // under this re-run's limit
        args.addAll(testPaths);
        int code = tests.execute(args.toArray(String[]::new));
        String shown = failuresOnly(text.toString());
        return code == Main.BAD_INPUT || code == Main.RULES_FAILED ? Watcher.Outcome.failed(shown)
                : Watcher.Outcome.ok(shown);
    }

    /** What {@code test} printed but its PASS lines: after each save the failures and the summary stay on screen. */
    static String failuresOnly(String printed) {
        StringBuilder out = new StringBuilder();
        printed.lines().filter(line -> !line.startsWith("PASS ")).forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }
}
