package dev.chancery.cli;

import dev.chancery.engine.Evaluation;
import dev.chancery.engine.RuleBase;
import dev.chancery.engine.Timelines;
import dev.chancery.io.AtomicFile;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.load.World;
import dev.chancery.partition.Partitioner;
import dev.chancery.report.GraphDot;
import dev.chancery.report.Graphviz;
import dev.chancery.report.HtmlReport;
import dev.chancery.report.JsonReport;
import dev.chancery.report.MarkdownReport;
import dev.chancery.report.TextReport;
import dev.chancery.report.TimelineSvg;
import dev.chancery.result.EntityResult;
import dev.chancery.result.Result;
import dev.chancery.result.Timeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Infer and report: tallies, ordinals, relations, conclusions, warnings.")
final class RunCommand implements Callable<Integer> {
    enum Format { text, json, markdown, html, dot, svg }

    @Mixin
    InputOptions input;

    @Option(names = "--format", description = "text (default), json, markdown, html (one self-contained page), dot (the"
            + " recognition graph in Graphviz's language) or svg (the graph drawn by Graphviz's dot).")
    Format format = Format.text;

    @Mixin
    OutputOption output;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Reason over a what-if scenario (its base, additions, removals and asOf).")
    Path scenario;

    @Option(names = "--part-events", paramLabel = "N",
            description = "Reason about a world of more than N events in two passes of parts of about N events (rules/partition/),"
                    + " two sessions at a time: the same result in less memory. 0: always one session. Default: parts of "
                    + Partitioner.DEFAULT_PART_EVENTS + " events for a world of more than " + Partitioner.SPLIT_ABOVE_EVENTS
                    + " events, or of more than " + Partitioner.SPLIT_FEW_AN_ENTITY_ABOVE_EVENTS + " with fewer than "
                    + Partitioner.FEW_EVENTS_AN_ENTITY + " an entity, else one session.")
    Integer partEvents;

    @Mixin
    TimeoutOption timeout;

    @Option(names = "--on", paramLabel = "MASTER", description = {
            "Reason about the parts of a big world (--part-events) on Spark, a task each: local[N], spark://HOST:PORT,",
            "yarn, or submit (the master spark-submit gives). The result is the same as one session's."})
    String on;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (partEvents != null && partEvents < 0) {
            throw new InputException(Problem.usage("--part-events " + partEvents + ": expected 0 or more (0: one session)"));
        }
        if (format == Format.svg && !Graphviz.installed()) {
            throw new InputException(Problem.usage(Graphviz.MISSING));
        }
        try (Progress progress = Progress.start(spec.commandLine().getErr())) {
            Supplier<RuleBase> compiled = input.compileRulesMeanwhile();
            progress.phase("loading facts");
            InputOptions.Loaded loaded = input.load(scenario);
            World world = loaded.world();
            progress.phase("compiling rules");
            RuleBase rules = compiled.get();
            progress.phase("reasoning");
            Result result = on == null
                    ? Evaluation.evaluate(rules, world, loaded.asOf(), input.maxFirings, true, null,
                            Partitioner.partEvents(partEvents, world))
                    : onSpark(rules, world, loaded.asOf());
            AtomicFile.Content report = switch (format) {
                case json -> out -> JsonReport.writeTo(result, out); // streamed: a big world's JSON is no one string
                default -> {
                    String text = render(format, rules, loaded, result, progress);
                    yield out -> out.write(text);
                }
            };
            progress.close();
            output.write(report, spec);
        }
        return Main.OK;
    }

    /** The world's parts as Spark tasks (package spark); Spark is on the class path only for --on (the launcher). */
    private Result onSpark(RuleBase rules, World world, java.time.LocalDate asOf) {
        Main.requireSpark(on);
        if (partEvents != null && partEvents == 0) {
            throw new InputException(Problem.usage("--on with --part-events 0: one session is one task; leave out --on"));
        }
        return dev.chancery.spark.SparkWorld.evaluate(on.equals("submit") ? null : on, input.workspace.home().toString(),
                input.rulesPath().toAbsolutePath().toString(), rules, world, asOf, input.maxFirings, true,
                partEvents == null ? Partitioner.DEFAULT_PART_EVENTS : partEvents,
                spec.commandLine().getErr());
    }

    /** The report as one string (run streams JSON instead: {@link JsonReport#writeTo}). */
    private String render(Format format, RuleBase rules, InputOptions.Loaded loaded, Result result, Progress progress) {
        Map<String, dev.chancery.model.Actor> actors = loaded.world().actorsById();
        return switch (format) {
            case json -> JsonReport.write(result);
            case markdown -> new MarkdownReport(actors, loaded.subject()).render(result);
            case html -> new HtmlReport(actors, loaded.subject()).render(result, pictures(rules, loaded, result, progress));
            case dot -> new GraphDot(actors).render(result);
            case svg -> {
                progress.phase("drawing the graph");
                yield Graphviz.svg(new GraphDot(actors).render(result));
            }
            case text -> new TextReport(actors).render(result);
        };
    }

    /**
     * The pictures of the page: a timeline for each entity that some state recognized, and the
     * graph when Graphviz is there (else a note saying how to get it; the page stays self-contained).
     */
    private HtmlReport.Pictures pictures(RuleBase rules, InputOptions.Loaded loaded, Result result, Progress progress) {
        Map<String, dev.chancery.model.Actor> actors = loaded.world().actorsById();
        List<String> recognized = result.entities().stream().filter(RunCommand::everRecognized).map(EntityResult::id).toList();
        progress.phase("computing timelines");
        Map<String, Timeline> timelines = Timelines.of(rules, loaded.world(), loaded.asOf(), recognized, input.maxFirings,
                done -> progress.phase(String.format(java.util.Locale.ROOT, "computing timelines (%.0f%%)", done * 100)));
        Map<String, String> charts = new LinkedHashMap<>();
        timelines.forEach((id, t) -> charts.put(id, TimelineSvg.renderUntitled(t, actors)));
        if (!Graphviz.installed()) {
            return new HtmlReport.Pictures(List.of(), "The recognition graph is not drawn here: Graphviz's dot is not"
                    + " installed (apt-get install graphviz, then run this again; or chancery run --format dot).", charts);
        }
        progress.phase("drawing the graph");
        GraphDot graph = new GraphDot(actors);
        List<HtmlReport.Figure> figures = new ArrayList<>();
        for (GraphDot.Group group : graph.groups(result)) {
            figures.add(new HtmlReport.Figure(group.title(), Graphviz.inline(Graphviz.svg(graph.render(group)),
                    "graph-" + figures.size() + "-")));
        }
        return new HtmlReport.Pictures(figures, null, charts);
    }

    private static boolean everRecognized(EntityResult e) {
        return !e.recognizedBy().isEmpty() || !e.withdrawn().isEmpty() || !e.lapsed().isEmpty()
                || !e.nonMemberRecognizers().isEmpty();
    }
}
