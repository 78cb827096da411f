package dev.chancery.spark;

import dev.chancery.batch.BatchEvaluator;
import dev.chancery.batch.BatchLine;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * A task of a batch on Spark: the scenarios of its partition, evaluated one by one as Spark asks for their lines
 * (so a partition's lines are never all in memory), each a JSON line as a local batch writes it and, when the job
 * keeps them, the row of its changes for the summary table (null otherwise).
 */
final class EvaluatePartition implements FlatMapFunction<Iterator<ScenarioTask>, Evaluated> {
    private final BatchJob job;
    /** A fault for the tests: the first attempt of the task holding this scenario fails there (-1: none). */
    private final int failFirstAttemptAt;

    EvaluatePartition(BatchJob job, int failFirstAttemptAt) {
        this.job = job;
        this.failFirstAttemptAt = failFirstAttemptAt;
    }

    @Override
    public Iterator<Evaluated> call(Iterator<ScenarioTask> tasks) {
        NodeEvaluators node = NodeEvaluators.of(job);
        BatchEvaluator evaluator = node.take();
        TaskContext context = TaskContext.get();
        int attempt = context == null ? 0 : context.attemptNumber();
        return new Iterator<>() {
            private boolean givenBack;

            @Override
            public boolean hasNext() {
                if (tasks.hasNext()) {
                    return true;
                }
                if (!givenBack) { // a failed task never gets here: its evaluator, in an unknown state, is dropped
                    givenBack = true;
                    node.give(evaluator);
                }
                return false;
            }

            @Override
            public Evaluated next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ScenarioTask task = tasks.next();
                if (task.index() == failFirstAttemptAt && attempt == 0) {
                    throw new IllegalStateException("a fault for the tests: the first attempt fails at scenario "
                            + task.index());
                }
                BatchLine line = evaluator.evaluate(task.source());
                Row changes = job.keepChanges() ? SummaryTable.row(line, evaluator.lastChanges()) : null;
                return new Evaluated(evaluator.jsonLine(line), line.ok(), changes);
            }
        };
    }
}
