package dev.chancery.cli;

import dev.chancery.engine.Evaluation;
import dev.chancery.engine.RuleBase;
import dev.chancery.load.InputException;
import dev.chancery.load.Problem;
import dev.chancery.load.Scenario;
import dev.chancery.load.ScenarioReader;
import dev.chancery.load.World;
import dev.chancery.report.JsonReport;
import dev.chancery.report.TextReport;
import dev.chancery.result.Result;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Infer and report: tallies, ordinals, relations, conclusions, warnings.")
final class RunCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin
    InputOptions input;

    @Option(names = "--format", description = "text (default) or json.")
    Format format = Format.text;

    @Mixin
    OutputOption output;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Reason over a what-if scenario (its base, additions, removals and asOf).")
    Path scenario;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate asOf = input.asOfDate();
        World world;
        if (scenario != null) {
            if (!input.facts.isEmpty()) {
                throw new InputException(Problem.usage("--facts and --scenario do not go together: a scenario names its base"));
            }
            Scenario read = new ScenarioReader(input.workspace).read(scenario.toAbsolutePath());
            world = read.world();
            asOf = asOf != null ? asOf : read.asOf();
        } else {
            world = input.loadWorld();
        }
        RuleBase rules = input.compileRules();
        Result result = Evaluation.evaluate(rules, world, asOf, input.maxFirings);
        String text = format == Format.json ? JsonReport.render(result)
                : new TextReport(world.actorsById()).render(result);
        output.write(text, spec);
        return Main.OK;
    }
}
