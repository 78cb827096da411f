package dev.chancery.cli;

import dev.chancery.generate.WhatIfGenerator;
import dev.chancery.generate.WorldGenerator;
import dev.chancery.load.FactsLoader;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.input.Workspace;
import dev.chancery.load.World;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true, description = "Write a deterministic synthetic world in the facts format (benchmarks, tests).")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--states", defaultValue = "200", description = "Number of states (default ${DEFAULT-VALUE}).")
    int states;

    @Option(names = "--entities", defaultValue = "50", description = "Number of entities (default ${DEFAULT-VALUE}).")
    int entities;

    @Option(names = "--events", defaultValue = "10000", description = "Number of events (default ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--parents-a-recognizer", paramLabel = "N", defaultValue = "0", description = {
            "Each state recognizes only the entities of N parents drawn for it (default 0: any entity, so",
            "almost every state recognizes entities of many parents)."})
    int parentsARecognizer;

    @Option(names = "--what-ifs", paramLabel = "N", description = {
            "Instead of a world: N one-event what-if scenarios over the bundled facts, as JSONL for batch",
            "(\"what if state S had recognized entity E on day D?\")."})
    Integer whatIfs;

    @Option(names = "--from", paramLabel = "DATE", defaultValue = "2022-01-01",
            description = "With --what-ifs: the first day drawn (default ${DEFAULT-VALUE}).")
    java.time.LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", defaultValue = "2022-12-31",
            description = "With --what-ifs: the last day drawn (default ${DEFAULT-VALUE}).")
    java.time.LocalDate to;

    @Option(names = "--types", paramLabel = "TYPE", split = ",", defaultValue = "recognize",
            description = "With --what-ifs: the events drawn, recognize and/or withdraw-recognition (default ${DEFAULT-VALUE}).")
    List<String> types;

    @Option(names = "--by", paramLabel = "STATE", split = ",",
            description = "With --what-ifs: the states drawn from (default: every UN member).")
    List<String> by = new java.util.ArrayList<>();

    @Option(names = "--of", paramLabel = "ENTITY", split = ",",
            description = "With --what-ifs: the entities drawn from (default: every entity).")
    List<String> of = new java.util.ArrayList<>();

    @Option(names = "--skip-no-ops", description = {"With --what-ifs: draw again where the event would change nothing",
            "(a recognition of what is recognized, a withdrawal of what is not, an act by a state that is not a UN",
            "member that day, or about an entity that had ended), as the rules see the bundled facts."})
    boolean skipNoOps;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically; a device or FIFO is written into) instead of stdout.")
    Path out;

    @Spec
    CommandSpec spec;

    /**
     * Whether a recognition is in force on a day, read from the spans of the rules' result for the bundled facts
     * as of {@link #to}: what the rules say is in force, not a second reading of the events.
     */
    private WhatIfGenerator.InForce inForce(Workspace workspace, World world) {
        dev.chancery.engine.RuleBase rules = new dev.chancery.engine.RuleCompiler(workspace).compile(workspace.rulesDir());
        dev.chancery.result.Result result = dev.chancery.engine.Evaluation.evaluate(rules, world, to,
                dev.chancery.engine.Reasoner.DEFAULT_FIRING_LIMIT, false);
        java.util.Map<String, List<java.time.LocalDate[]>> spans = new java.util.HashMap<>();
        for (dev.chancery.result.EntityResult e : result.entities()) {
            e.recognizedBy().forEach(r -> spans.computeIfAbsent(r.state() + " " + e.id(), k -> new java.util.ArrayList<>())
                    .add(new java.time.LocalDate[] {r.since(), null}));
            java.util.stream.Stream.concat(e.withdrawn().stream(), e.lapsed().stream()).forEach(r -> spans.computeIfAbsent(
                    r.state() + " " + e.id(), k -> new java.util.ArrayList<>()).add(new java.time.LocalDate[] {r.since(), r.until()}));
        }
        java.util.Map<String, java.time.LocalDate> ends = new java.util.HashMap<>();
        for (dev.chancery.result.EntityResult e : result.entities()) {
            if ((e.status().equals("annexed") || e.status().equals("dissolved")) && e.statusSince() != null) {
                ends.put(e.id(), e.statusSince());
            }
        }
        return new WhatIfGenerator.InForce() {
            @Override
            public boolean test(String state, String entity, java.time.LocalDate date) {
                return spans.getOrDefault(state + " " + entity, List.of()).stream()
                        .anyMatch(s -> !date.isBefore(s[0]) && (s[1] == null || date.isBefore(s[1])));
            }

            @Override
            public boolean ended(String entity, java.time.LocalDate date) {
                return ends.containsKey(entity) && !date.isBefore(ends.get(entity));
            }
        };
    }

    @Override
    public Integer call() {
        if (whatIfs != null) {
            if (whatIfs < 1) {
                throw new ParameterException(spec.commandLine(), "--what-ifs must be at least 1 (was " + whatIfs + ")");
            }
            for (String type : types) {
                if (!type.equals(dev.chancery.model.Event.RECOGNIZE) && !type.equals(dev.chancery.model.Event.WITHDRAW)) {
                    throw new InputException(Problem.usage("--types: recognize or withdraw-recognition, not '" + type + "'"));
                }
            }
            Workspace workspace = Workspace.detect();
            World world = new FactsLoader(workspace).load(List.of());
            WhatIfGenerator.Choice choice = new WhatIfGenerator.Choice(from, to, types, by, of,
                    skipNoOps ? inForce(workspace, world) : null);
            try { // the what-ifs are drawn before the first is written: a world with none to draw writes nothing
                Output.write(text -> WhatIfGenerator.write(world, whatIfs, seed, choice, text), out,
                        spec.commandLine().getOut());
            } catch (IllegalArgumentException e) {
                throw new InputException(Problem.usage("cannot generate what-ifs: " + e.getMessage()));
            }
            return Main.OK;
        }
        WorldGenerator generator;
        if (skipNoOps || !by.isEmpty() || !of.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--by, --of and --skip-no-ops go with --what-ifs");
        }
        try {
            generator = new WorldGenerator(states, entities, events, seed, parentsARecognizer);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        // a large world is streamed, to stdout or to a temporary file moved into place whole
        Output.write(generator::write, out, spec.commandLine().getOut());
        return Main.OK;
    }
}
