package dev.chancery.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Compile the rules and load the facts; print every error as file:line:col: message.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int actors = input.loadWorld().actors().size();
        int rules = input.compileRules().kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        spec.commandLine().getOut().printf("ok: %d rules compiled, %d actors loaded%n", rules, actors);
        return Main.OK;
    }
}
