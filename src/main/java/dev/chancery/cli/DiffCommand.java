package dev.chancery.cli;

import dev.chancery.engine.Evaluation;
import dev.chancery.engine.RuleBase;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.load.Scenario;
import dev.chancery.load.ScenarioReader;
import dev.chancery.report.DiffHtml;
import dev.chancery.report.DiffMarkdown;
import dev.chancery.report.DiffText;
import dev.chancery.report.JsonReport;
import dev.chancery.result.Result;
import dev.chancery.result.ResultDiff;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true, description = "What changes between two worlds: scenario A against scenario B (default: A's base facts).")
final class DiffCommand implements Callable<Integer> {
    enum Format { text, json, markdown, html }

    @Option(names = "--scenario", paramLabel = "FILE", required = true, description = "A, then optionally B.")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", description = "The rules folder (default: rules/).")
    String rules;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Overrides the scenarios' asOf.")
    String asOf;

    @Option(names = "--allow-root", paramLabel = "DIR", description = {
            "A folder that the scenarios' base paths may lead into, besides the project folder (repeatable)."})
    List<String> allowRoots = new ArrayList<>();

    @Option(names = "--format", description = "text (default), json, markdown or html (one self-contained page).")
    Format format = Format.text;

    @Mixin
    OutputOption output;

    @Mixin
    TimeoutOption timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (scenarios.size() > 2) {
            throw new InputException(Problem.usage("diff takes one or two --scenario files"));
        }
        InputOptions input = new InputOptions();
        input.rules = rules;
        input.asOf = asOf;
        input.allowRoots = allowRoots;
        try (Progress progress = Progress.start(spec.commandLine().getErr())) {
            progress.phase("loading scenarios");
            ScenarioReader reader = new ScenarioReader(input.workspace, input.dataPaths());
            Scenario a = reader.read(input.workspace.userPath(scenarios.get(0)));
            Scenario b = scenarios.size() == 2 ? reader.read(input.workspace.userPath(scenarios.get(1))) : null;
            progress.phase("compiling rules");
            RuleBase compiled = input.compileRules();
            LocalDate given = input.asOfDate();
            progress.phase("reasoning over " + a.name());
            Result resultA = Evaluation.evaluate(compiled, a.world(), given != null ? given : a.asOf(), input.maxFirings);
            progress.phase("reasoning over " + (b != null ? b.name() : "the base facts"));
            Result resultB = b != null
                    ? Evaluation.evaluate(compiled, b.world(), given != null ? given : b.asOf(), input.maxFirings)
                    : Evaluation.evaluate(compiled, a.base(), given != null ? given : a.asOf(), input.maxFirings);
            ResultDiff diff = ResultDiff.of("scenario " + a.name(), resultA,
                    b != null ? "scenario " + b.name() : "the base facts of " + a.name(), resultB);
            String text = switch (format) {
                case json -> JsonReport.write(diff);
                case markdown -> DiffMarkdown.render(diff);
                case html -> DiffHtml.render(diff);
                case text -> DiffText.render(diff);
            };
            progress.close();
            output.write(text, spec);
        }
        return Main.OK;
    }
}
