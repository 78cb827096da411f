package dev.chancery.cli;

import dev.chancery.engine.Reasoner;
import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RuleCatalog;
import dev.chancery.explain.ConclusionFinder;
import dev.chancery.explain.Derivation;
import dev.chancery.explain.Explainer;
import dev.chancery.explain.TreeText;
import dev.chancery.explain.WhyNot;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.load.World;
import dev.chancery.report.JsonReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true, description = {
        "The derivation tree of one conclusion, down to the facts with file:line, source and quote.",
        "CONCLUSION: a conclusion id (severance:UKR:PRK:2022-07-13), 'tally DPR', 'ordinal DPR PRK' or a pair 'UKR PRK'.",
        "--why-not \"KIND A B\": which rule could have concluded it and which of its conditions failed."})
final class ExplainCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(paramLabel = "CONCLUSION", arity = "0..*", description = "The conclusion (words are joined).")
    java.util.List<String> conclusion = new java.util.ArrayList<>();

    @Option(names = "--why-not", paramLabel = "QUESTION", description = "Ask why a conclusion is absent: \"severance UKR BLR\".")
    String whyNot;

    @Mixin
    InputOptions input;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Explain within a what-if scenario (its base, additions, removals and asOf), as run does.")
    Path scenario;

    @Option(names = "--format", description = "text (default) or json.")
    Format format = Format.text;

    @Mixin
    OutputOption output;

    @Mixin
    TimeoutOption timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (conclusion.isEmpty() == (whyNot == null)) {
            throw new InputException(Problem.usage("give either a CONCLUSION or --why-not \"KIND A B\""));
        }
        InputOptions.Loaded loaded = input.load(scenario);
        World world = loaded.world().asOf(loaded.asOf());
        RuleBase rules = whyNot != null ? input.compileRulesWithQueries() : input.compileRules();
        RuleCatalog catalog = RuleCatalog.of(rules, input.rulesPath(), input.workspace);
        try (Reasoner reasoner = new Reasoner(rules, input.maxFirings)) {
            reasoner.insert(world).fire();
            String text;
            if (whyNot != null) {
                WhyNot.Answer answer = new WhyNot(rules, catalog).ask(reasoner, whyNot);
                text = format == Format.json ? JsonReport.write(answer) : whyNotText(answer);
            } else {
                Object fact = ConclusionFinder.find(reasoner, String.join(" ", conclusion));
                Derivation tree = new Explainer(reasoner, catalog).explain(fact);
                text = format == Format.json ? JsonReport.write(tree) : TreeText.render(tree);
            }
            output.write(text, spec);
        }
        return Main.OK;
    }

    private static String whyNotText(WhyNot.Answer answer) {
        StringBuilder out = new StringBuilder();
        if (answer.failed() == null) {
            out.append("'").append(answer.question()).append("': every condition of the rule holds, so it is concluded;")
                    .append(" explain it instead.\n");
        } else {
            out.append("'").append(answer.question()).append("' is not concluded.\n");
        }
        out.append("rule that could conclude it: \"").append(answer.rule()).append("\"")
                .append(answer.ruleAt() == null ? "" : " (" + answer.ruleAt() + ")").append("\n");
        answer.held().forEach(h -> out.append("  holds:  ").append(h).append("\n"));
        if (answer.failed() != null) {
            out.append("  fails:  ").append(answer.failed()).append("\n");
        }
        return out.toString();
    }
}
