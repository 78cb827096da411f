package dev.chancery.cli;

import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RuleCompiler;
import dev.chancery.lint.RuleLinter;
import dev.chancery.input.Problem;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, description = {
        "Compile the rules and load the facts; print every error as file:line:col: message (exit 2 on any).",
        "Also warns about patterns on fact types that nothing ever inserts (rules that can never fire)."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int actors = input.loadWorld().actors().size();
        RuleBase rules = input.compileRulesWithQueries();
        List<Problem> warnings = new RuleLinter(input.workspace)
                .lint(RuleLinter.parse(RuleCompiler.ruleAndQueryFiles(input.rulesPath()))).warnings();
        PrintWriter err = spec.commandLine().getErr();
        warnings.forEach(w -> err.println(w.file() + ":" + w.line() + ":" + w.column() + ": warning: " + w.message()));
        err.flush();
        int count = rules.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        spec.commandLine().getOut().printf("ok: %d rules and queries compiled, %d actors loaded, %d warnings%n",
                count, actors, warnings.size());
        return Main.OK;
    }
}
