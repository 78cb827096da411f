package dev.chancery.cli;

import dev.chancery.engine.RuleBase;
import dev.chancery.engine.Timelines;
import dev.chancery.load.ActorIndex;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.load.World;
import dev.chancery.model.Actor;
import dev.chancery.model.Event;
import dev.chancery.report.JsonReport;
import dev.chancery.report.TimelineSvg;
import dev.chancery.report.TimelineText;
import dev.chancery.result.Timeline;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "timeline", mixinStandardHelpOptions = true, description = {
        "The tally of ENTITY over time, as the rules compute it on the date of each event that concerns it:",
        "a table (date, tally, change, event) or, with --format svg, a step chart with every change marked."})
final class TimelineCommand implements Callable<Integer> {
    enum Format { text, svg, json }

    @Parameters(paramLabel = "ENTITY", description = "An id, name or alias: DPR, Kosovo, \"Western Sahara\".")
    String entity;

    @Mixin
    InputOptions input;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Reason over a what-if scenario (its base, additions, removals and asOf).")
    Path scenario;

    @Option(names = "--format", description = "text (default), svg (a step chart) or json.")
    Format format = Format.text;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path out;

    @Mixin
    TimeoutOption timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Progress progress = Progress.start(spec.commandLine().getErr())) {
            Supplier<RuleBase> compiled = input.compileRulesMeanwhile();
            progress.phase("loading facts");
            InputOptions.Loaded loaded = input.load(scenario);
            String id = resolve(loaded.world(), entity);
            progress.phase("compiling rules");
            RuleBase rules = compiled.get();
            progress.phase("reasoning over time");
            Timeline timeline = Timelines.of(rules, loaded.world(), loaded.asOf(), List.of(id), input.maxFirings,
                    done -> progress.phase(String.format(java.util.Locale.ROOT, "reasoning over time (%.0f%%)", done * 100)))
                    .get(id);
            if (timeline == null) { // the rules never tally it
                Actor actor = loaded.world().actorsById().get(id);
                throw new InputException(Problem.usage(id + " (" + (actor == null ? id : actor.name()) + ") has no tally"
                        + " to follow: the rules tally entities and the recognized actors that are not UN members"));
            }
            String text = switch (format) {
                case text -> TimelineText.render(timeline, loaded.world().actorsById());
                case svg -> TimelineSvg.render(timeline, loaded.world().actorsById());
                case json -> JsonReport.write(timeline);
            };
            progress.close();
            Output.write(text, out, spec.commandLine().getOut());
        }
        return Main.OK;
    }

    /** The id of the actor the user named; whether it has a tally is the rules' to say. */
    static String resolve(World world, String given) {
        ActorIndex index = new ActorIndex(world.actors());
        Actor actor = index.resolve(given);
        if (actor == null) {
            throw new InputException(Problem.usage("unknown entity '" + given + "'" + index.suggest(given)));
        }
        return actor.id();
    }
}
