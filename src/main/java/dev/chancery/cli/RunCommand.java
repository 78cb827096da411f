package dev.chancery.cli;

import dev.chancery.engine.Evaluation;
import dev.chancery.engine.RuleBase;
import dev.chancery.load.InputException;
import dev.chancery.load.Problem;
import dev.chancery.load.Scenario;
import dev.chancery.load.ScenarioReader;
import dev.chancery.load.World;
import dev.chancery.report.GraphDot;
import dev.chancery.report.Graphviz;
import dev.chancery.report.HtmlReport;
import dev.chancery.report.JsonReport;
import dev.chancery.report.MarkdownReport;
import dev.chancery.report.TextReport;
import dev.chancery.result.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", description = "Infer and report: tallies, ordinals, relations, conclusions, warnings.")
final class RunCommand implements Callable<Integer> {
    enum Format { text, json, markdown, html, dot, svg }

    @Mixin
    InputOptions input;

    @Option(names = "--format", description = "text (default), json, markdown, html (one self-contained page), dot (the recognition graph in"
            + " Graphviz's language) or svg (the graph drawn by Graphviz's dot).")
    Format format = Format.text;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of stdout.")
    Path out;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Reason over a what-if scenario (its base, additions, removals and asOf).")
    Path scenario;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (format == Format.svg && !Graphviz.installed()) {
            throw new InputException(Problem.usage(Graphviz.MISSING));
        }
        LocalDate asOf = input.asOfDate();
        World world;
        String subject;
        if (scenario != null) {
            if (!input.facts.isEmpty()) {
                throw new InputException(Problem.usage("--facts and --scenario do not go together: a scenario names its base"));
            }
            Scenario read = new ScenarioReader(input.workspace).read(scenario.toAbsolutePath());
            world = read.world();
            asOf = asOf != null ? asOf : read.asOf();
            subject = "Scenario " + read.name() + (read.description() == null ? "" : ": " + read.description());
        } else {
            world = input.loadWorld();
            subject = input.subject();
        }
        RuleBase rules = input.compileRules();
        Result result = Evaluation.evaluate(rules, world, asOf, input.maxFirings);
        String text = switch (format) {
            case json -> JsonReport.render(result);
            case markdown -> new MarkdownReport(world.actorsById(), subject).render(result);
            case html -> new HtmlReport(world.actorsById(), subject).render(result, pictures(world, result));
            case dot -> new GraphDot(world.actorsById()).render(result);
            case svg -> Graphviz.svg(new GraphDot(world.actorsById()).render(result));
            case text -> new TextReport(world.actorsById()).render(result);
        };
        Output.write(text, out, spec.commandLine().getOut());
        return Main.OK;
    }

    /** The graph when Graphviz is there, else a note saying how to get it; the page stays self-contained. */
    private static HtmlReport.Pictures pictures(World world, Result result) {
        if (!Graphviz.installed()) {
            return new HtmlReport.Pictures(List.of(), "The recognition graph is not drawn here: Graphviz's dot is not"
                    + " installed (apt-get install graphviz, then run this again; or chancery run --format dot).", Map.of());
        }
        GraphDot graph = new GraphDot(world.actorsById());
        List<HtmlReport.Figure> figures = new ArrayList<>();
        for (GraphDot.Group group : graph.groups(result)) {
            figures.add(new HtmlReport.Figure(group.title(), Graphviz.inline(Graphviz.svg(graph.render(group)))));
        }
        return new HtmlReport.Pictures(figures, null, Map.of());
    }
}
