package dev.chancery.spark;

import dev.chancery.engine.Evaluation;
import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RuleCompiler;
import dev.chancery.input.Workspace;
import java.nio.file.Path;
import dev.chancery.load.World;
import dev.chancery.model.Actor;
import dev.chancery.result.Result;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * A big world on Spark ({@code run --on MASTER}): split by the partition rules ({@code rules/partition/}) into
 * parts that no rule joins across, each part reasoned about in a task of its own (a session on a core of the
 * cluster), and the parts' results merged as {@link Evaluation} merges them on one machine: the same result as one
 * session's. A world the rules cannot split is one part, one task, and the command says so.
 */
public final class SparkWorld {
    private SparkWorld() {
    }

    /**
     * The rules on the node that reasons about a part: compiled once per JVM (the compiler keeps rule bases by
     * the content of their DRL), so the driver's own compile serves its tasks in local mode.
     */
    private static RuleBase rulesOn(String home, String rulesFolder) {
        return new RuleCompiler(new Workspace(Path.of(home)), false).compile(Path.of(rulesFolder));
    }

    /**
     * {@code world} as of {@code asOf}, in parts of about {@code partEvents} events; {@code rules} are compiled here
     * to split it, and again, from {@code home} and {@code rulesFolder}, on each node that reasons about a part.
     */
    public static Result evaluate(String master, String home, String rulesFolder, RuleBase rules, World world,
                                  LocalDate asOf, long firingLimit, boolean withReasons, int partEvents, PrintWriter err) {
        World seen = world.asOf(asOf);
        Map<String, Actor> actors = seen.actorsById();
        SparkSession spark = ChanceryJars.session(master, "chancery run");
        try {
            JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
            Evaluation.PartRunner onSpark = (parts, pass, carried) -> {
                if (parts.size() == 1 && parts.get(0).isWhole()) {
                    err.println("run on " + master + ": the world is reasoned about in one task: "
                            + (seen.events().size() <= partEvents ? "it has no more events than a part (--part-events "
                            + partEvents + ")" : "the partition rules cannot split it (rules/partition/)"));
                } else {
                    err.printf("run on %s: %d parts, a task each; events a part: %s%n", master, parts.size(),
                            parts.stream().map(p -> p.world().events().size()).toList());
                }
                try {
                    return context.parallelize(parts, parts.size())
                            .map(part -> Evaluation.evaluatePart(rulesOn(home, rulesFolder), pass, part, actors, asOf,
                                    firingLimit, withReasons, carried, null))
                            .collect();
                } catch (Exception e) { // Spark's exceptions are not declared: a job that failed
                    throw new SparkJobFailed("run on " + master + " failed", e);
                }
            };
            return Evaluation.inPasses(rules, seen, asOf, partEvents, onSpark);
        } finally {
            spark.stop();
        }
    }
}
