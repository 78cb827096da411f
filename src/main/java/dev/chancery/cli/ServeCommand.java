package dev.chancery.cli;

import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RuleCatalog;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.load.ScenarioReader;
import dev.chancery.load.World;
import dev.chancery.serve.Workbench;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = {
        "The analysts' workbench: a local web page over the facts and rules (127.0.0.1 only), with its JSON API.",
        "Prints its URL as the first line, then serves until stopped (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--port", defaultValue = "7878", paramLabel = "N",
            description = "The port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new InputException(Problem.usage("--port is 0 to 65535"));
        }
        World world = input.loadWorld();
        RuleBase rules = input.compileRules();
        RuleBase withQueries = input.compileRulesWithQueries();
        RuleCatalog catalog = RuleCatalog.of(withQueries, input.rulesPath(), input.workspace);
        Workbench bench;
        try {
            bench = Workbench.start(port, rules, withQueries, world, catalog, input.workspace,
                    new ScenarioReader(input.workspace, input.dataPaths()).withDefaultBase(world), input.maxFirings);
        } catch (IOException e) {
            throw new InputException(Problem.usage("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(bench.url());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bench.close();
            stopped.countDown();
        }, "chancery-serve-stop"));
        stopped.await();
        return Main.OK;
    }
}
