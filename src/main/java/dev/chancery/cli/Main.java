package dev.chancery.cli;

import dev.chancery.engine.RulesFailedException;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.report.Graphviz;
import dev.chancery.text.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code chancery COMMAND}: exit 0 on success, 2 on bad input, 3 when the rules fail at run time (a runaway
 * loop, an exception, or a world too big for the heap).
 */
@Command(name = "chancery", mixinStandardHelpOptions = true, version = "chancery 0.1.0",
        description = "Reasons about diplomatic recognition: facts in YAML, rules in DRL.",
        subcommands = {RunCommand.class, ExplainCommand.class, DiffCommand.class, TimelineCommand.class, CheckCommand.class, TestCommand.class,
                GenerateCommand.class, BenchmarkCommand.class, RulesCommand.class, WatchCommand.class, BatchCommand.class, ServeCommand.class,
                ExtractCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static final int OK = 0;
    /** A rule test failed, or a batch scenario did (its line is an error): the command ran, and the answer is no. */
    public static final int SOME_FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int RULES_FAILED = 3;

    /** See {@link dev.chancery.engine.Evaluation#OUT_OF_MEMORY_EXIT}. */
    static final String OUT_OF_MEMORY_EXIT = dev.chancery.engine.Evaluation.OUT_OF_MEMORY_EXIT;

    /** Whether anything went to stdout: after that, a second try would repeat it. */
    private static volatile boolean wroteStdout;

    public static void main(String[] args) {
        if (Integer.getInteger(OUT_OF_MEMORY_EXIT) != null) {
            watchStdout();
        }
        dev.chancery.engine.Timings.report("JVM up to main %d ms",
                System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        int code = execute(commandLine(), args);
        dev.chancery.engine.Timings.report("total %d ms",
                System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        System.exit(code);
    }

    /**
     * Runs a command as {@code cmd.execute} does, but a world too big for the heap ends with one line on the
     * command's stderr that says what to do, and exit code 3: the launcher's JVM and the daemon both run
     * commands through here (the daemon lives on: the session is unreachable once the stack unwinds).
     */
    public static int execute(CommandLine cmd, String[] args) {
        // freed first when the heap runs out: the command object may still hold the world, and without it
        // the message itself could find no room (it did, now and then, on a 10,000-event world in 64 MB)
        byte[][] headroom = {new byte[1 << 20]};
        try {
            return cmd.execute(args);
        } catch (OutOfMemoryError e) {
            headroom[0] = null;
            Integer retry = Integer.getInteger(OUT_OF_MEMORY_EXIT);
            if (retry != null && !wroteStdout) {
                return retry; // the launcher says what it does next
            }
            long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            Integer facts = WORLD_FACTS.get();
            if (facts != null && (long) facts * ROOMY_BYTES_PER_FACT < Runtime.getRuntime().maxMemory()) {
                cmd.getErr().println("chancery: out of memory (" + e.getMessage() + ", heap at most " + heapMb
                        + " MB) reasoning about a world of " + facts + " facts, which needs far less: the rules ran out"
                        + " of memory, maybe a rule that makes facts or data without end; nothing was written to --out");
                cmd.getErr().flush();
                return RULES_FAILED;
            }
            cmd.getErr().println("chancery: out of memory (" + e.getMessage() + ", heap at most "
                    + heapMb + " MB): a world this big needs a bigger heap,"
                    + " e.g. CHANCERY_JAVA_OPTS=\"-Xms20g -Xmx20g\" on a machine with the memory (a million events"
                    + " in one session peak at about 9 GB; in parts, under 2 GB: docs/benchmarks.md); nothing was"
                    + " written to --out");
            cmd.getErr().flush();
            return RULES_FAILED;
        } finally {
            WORLD_FACTS.remove();
        }
    }

    /**
     * The facts of the world the command on this thread reasons about, once loaded: running out of memory on a
     * world that small is the rules' doing, not the world's size.
     */
    static final ThreadLocal<Integer> WORLD_FACTS = new ThreadLocal<>();

    /** Twice what an event takes in one session at its peak (a million events: 9.2 GB, docs/benchmarks.md). */
    private static final long ROOMY_BYTES_PER_FACT = 20_000;

    /** What {@link #WORLD_FACTS} counts. */
    static void reasoningAbout(dev.chancery.load.World world) {
        WORLD_FACTS.set(world.actors().size() + world.events().size() + world.severPolicies().size()
                + world.exclusives().size() + world.claims().size());
    }

    private static void watchStdout() {
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(new java.io.FilterOutputStream(stdout) {
            @Override
            public void write(int b) {
                wroteStdout = true;
                stdout.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                wroteStdout = true;
                stdout.write(b, off, len);
            }

            @Override
            public void flush() {
                stdout.flush();
            }
        }, false, java.nio.charset.Charset.defaultCharset()));
    }

    /** Runs the command under its --timeout, when it has one (engine/Deadline.java). */
    private static int withinTimeout(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult command = parsed;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        CommandLine.Model.OptionSpec option = command.commandSpec().findOption(TimeoutOption.NAME);
        if (option == null) {
            return new CommandLine.RunLast().execute(parsed);
        }
        long seconds = option.getValue();
        if (seconds < 0) {
            throw new CommandLine.ParameterException(command.commandSpec().commandLine(),
                    "--timeout " + seconds + ": expected 0 or more seconds (0: no limit)");
        }
        if (command.commandSpec().userObject() instanceof TimeoutOption.PerEvaluation) {
            return new CommandLine.RunLast().execute(parsed);
        }
        dev.chancery.engine.Deadline deadline = dev.chancery.engine.Deadline.start(seconds,
                command.commandSpec().commandLine().getErr());
        // not try-with-resources: out of memory, the JVM throws one preallocated error from the command and from
        // close, and adding an exception to itself as suppressed fails ("Self-suppression not permitted")
        try {
            return new CommandLine.RunLast().execute(parsed);
        } finally {
            deadline.close();
        }
    }

    /**
     * For --on: Spark is a provided dependency, not on the class path of the command line's jar; the launcher adds
     * target/spark-lib for --on, and spark-submit has its own.
     */
    static void requireSpark(String master) {
        if (!master.matches("local(\\[(\\*|[1-9]\\d*)(,[1-9]\\d*)?])?|spark://\\S+|yarn|k8s://\\S+|submit")) {
            throw new InputException(Problem.usage("--on " + Printable.message(master) + ": expected local, local[N],"
                    + " local[N,RETRIES], local[*], spark://HOST:PORT, yarn, k8s://URL, or submit (under spark-submit)"));
        }
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, Main.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new InputException(Problem.usage("--on: Spark is not on the class path; run through ./chancery,"
                    + " which adds target/spark-lib, or through spark-submit (README)"));
        }
    }

    /** The command line with the exit-code mapping, for the launcher and for in-process tests. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        // a path the user typed is relative to the user's directory (a daemon's is not the user's)
        cmd.registerConverter(java.nio.file.Path.class, text -> dev.chancery.input.Workspace.detect().userPath(text));
        cmd.setParameterExceptionHandler((e, args) -> {
            CommandLine bad = e.getCommandLine();
            bad.getErr().println("usage error: " + e.getMessage());
            bad.getErr().println("try: chancery " + (bad == cmd ? "" : bad.getCommandName() + " ") + "--help");
            return BAD_INPUT;
        });
        cmd.setExecutionStrategy(Main::withinTimeout);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputException input) {
                commandLine.getErr().println(input.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof Graphviz.Failed failed) {
                commandLine.getErr().println(failed.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof dev.chancery.spark.SparkJobFailed failed) {
                commandLine.getErr().println(failed.getMessage());
                return RULES_FAILED;
            }
            if (e instanceof RulesFailedException failed) {
                commandLine.getErr().println("rules failed: " + Printable.message(failed.getMessage()));
                return RULES_FAILED;
            }
            throw e;
        });
        return cmd;
    }
}
