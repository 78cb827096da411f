package dev.chancery.spark;

import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RuleCompiler;
import dev.chancery.input.Workspace;
import java.nio.file.Path;

/**
 * The rules as a JVM of a Spark job compiles them: once per rules folder, kept for the tasks that follow (a
 * compile takes seconds; a task, less). Only the last folder is kept: a JVM serves one job at a time.
 */
final class CompiledRules {
    private static String folder;
    private static RuleBase compiled;

    private CompiledRules() {
    }

    /**
     * The driver's own compile of the same folder: in local mode the tasks run in the driver's JVM, and take it
     * instead of compiling the rules a second time.
     */
    static synchronized void remember(String home, String rules, RuleBase compiled) {
        CompiledRules.folder = home + "\n" + rules;
        CompiledRules.compiled = compiled;
    }

    static synchronized RuleBase of(String home, String rules) {
        String key = home + "\n" + rules;
        if (!key.equals(folder)) {
            compiled = new RuleCompiler(new Workspace(Path.of(home)), false).compile(Path.of(rules));
            folder = key;
        }
        return compiled;
    }
}
