package dev.chancery.cli;

import dev.chancery.engine.Evaluation;
import dev.chancery.engine.Incremental;
import dev.chancery.engine.RuleBase;
import dev.chancery.generate.WhatIfGenerator;
import dev.chancery.load.World;
import dev.chancery.result.Result;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * In-process timings, after warm-up: a fresh evaluation with and without reasons (the cost of
 * explanations), and one-event what-if scenarios evaluated fresh and incrementally. Prints
 * Markdown table rows for docs/benchmarks.md.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true, description = "Time evaluations in process (warm): reasons on/off, scenarios fresh/incremental.")
final class BenchmarkCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--runs", defaultValue = "30", description = "Timed runs of each measure (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--scenarios", defaultValue = "200", description = "One-event scenarios to time (default ${DEFAULT-VALUE}).")
    int scenarios;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        World world = input.loadWorld();
        RuleBase rules = input.compileRules();
        out.printf("world: %d actors, %d events; %d timed runs after %d warm-up runs%n%n", world.actors().size(),
                world.events().size(), runs, Math.max(3, runs / 3));
        out.println("| measure | median ms | p90 ms |");
        out.println("|---|---|---|");
        double[][] reasons = alternate(() -> Evaluation.evaluate(rules, world, null, input.maxFirings, true),
                () -> Evaluation.evaluate(rules, world, null, input.maxFirings, false));
        row(out, "fresh evaluation, reasons on", reasons[0]);
        row(out, "fresh evaluation, reasons off", reasons[1]);
        List<World> whatIfs = WhatIfGenerator.worlds(world, scenarios, 42);
        row(out, "one-event scenario, fresh session", perScenario(whatIfs,
                w -> Evaluation.evaluate(rules, w, null, input.maxFirings, false)));
        try (Incremental incremental = new Incremental(rules, world, input.maxFirings)) {
            row(out, "one-event scenario, incremental", perScenario(whatIfs, w -> incremental.evaluate(w, null, false)));
        }
        out.flush();
        return Main.OK;
    }

    /**
     * Runs a and b in turn, so that drift (JIT, other load) falls on both alike, and each first as often
     * as second: a run pays for some of the garbage of the one before it.
     */
    private double[][] alternate(Supplier<Result> a, Supplier<Result> b) {
        for (int i = 0; i < Math.max(3, runs / 3); i++) {
            a.get();
            b.get();
        }
        double[][] ms = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            if (i % 2 == 0) {
                ms[0][i] = timed(a);
                ms[1][i] = timed(b);
            } else {
                ms[1][i] = timed(b);
                ms[0][i] = timed(a);
            }
        }
        return ms;
    }

    private static double timed(Supplier<Result> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e6;
    }

    private double[] perScenario(List<World> worlds, java.util.function.Function<World, Result> evaluate) {
        worlds.stream().limit(Math.max(10, worlds.size() / 5)).forEach(evaluate::apply);
        double[] ms = new double[worlds.size()];
        for (int i = 0; i < worlds.size(); i++) {
            long start = System.nanoTime();
            evaluate.apply(worlds.get(i));
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    private static void row(PrintWriter out, String measure, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        out.printf("| %s | %.2f | %.2f |%n", measure, sorted[sorted.length / 2], sorted[(int) Math.floor(sorted.length * 0.9)]);
        out.flush();
    }
}
