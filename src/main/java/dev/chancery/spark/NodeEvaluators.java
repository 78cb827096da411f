package dev.chancery.spark;

import dev.chancery.batch.BatchEvaluator;
import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RuleCompiler;
import dev.chancery.input.Workspace;
import dev.chancery.load.DataPaths;
import dev.chancery.load.ScenarioReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What a JVM of a Spark batch (an executor, or the driver in local mode) keeps between tasks: the rules compiled
 * once for the job, and the evaluators that tasks have finished with, each holding the live sessions of its base
 * worlds. A task takes one, evaluates its partition's scenarios incrementally on it, as a local batch thread
 * does, and gives it back; so a session of the bundled facts is built once per core, not once per task.
 */
final class NodeEvaluators {
    /** The job this JVM serves now: a new job (other rules or options) replaces it, and its sessions are closed. */
    private static NodeEvaluators current;

    private final BatchJob job;
    private final RuleBase rules;
    private final ScenarioReader reader;
    private final Queue<BatchEvaluator> idle = new ConcurrentLinkedQueue<>();

    private NodeEvaluators(BatchJob job) {
        this.job = job;
        Workspace workspace = new Workspace(Path.of(job.home()));
        // compiled once per JVM: the compiler keeps rule bases by the content of their DRL
        this.rules = new RuleCompiler(workspace, false).compile(Path.of(job.rules()));
        this.reader = new ScenarioReader(workspace,
                new DataPaths(workspace, job.allowRoots().stream().map(Path::of).toList()));
    }

    static synchronized NodeEvaluators of(BatchJob job) {
        if (current == null || !current.job.equals(job)) {
            if (current != null) {
                current.idle.forEach(BatchEvaluator::close);
            }
            current = new NodeEvaluators(job);
        }
        return current;
    }

    /** What the compiled rules are, by their content: a batch's record names them. */
    String rulesKey() {
        return rules.contentKey();
    }

    /** An evaluator for this thread's task: one a finished task gave back, or a new one. */
    BatchEvaluator take() {
        BatchEvaluator evaluator = idle.poll();
        if (evaluator != null) {
            return evaluator;
        }
        BatchEvaluator created = new BatchEvaluator(rules, reader, job.firingLimit(), job.reasons(), job.form(),
                job.timeoutSeconds(), Thread.currentThread(), new PrintWriter(System.err, true), line -> { });
        return job.keepChanges() ? created.keepingChanges() : created;
    }

    /** Back for the next task, once a task has evaluated all its scenarios on it. */
    void give(BatchEvaluator evaluator) {
        idle.add(evaluator);
    }
}
