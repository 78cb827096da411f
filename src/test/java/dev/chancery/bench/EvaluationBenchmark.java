package dev.chancery.bench;

import dev.chancery.Fixtures;
import dev.chancery.engine.Evaluation;
import dev.chancery.engine.Reasoner;
import dev.chancery.engine.RuleBase;
import dev.chancery.load.World;
import dev.chancery.result.Result;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A fresh evaluation of the bundled facts: a new session, every fact inserted, fired to the end, and
 * the result read, with each conclusion's reasons (walking truth maintenance's justifications) or
 * without. The rules are compiled once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
// Drools takes long to JIT-compile: after 3 x 2 s of warm-up these were still 2-7x above their steady
// state, which they reached after 10-40 s on the 2 shared cores (docs/jmh.md)
@Warmup(iterations = 10, time = 4)
@Measurement(iterations = 5, time = 2)
public class EvaluationBenchmark {
    @Param({"true", "false"})
    public boolean reasons;

    private RuleBase rules;
    private World world;

    @Setup
    public void setUp() {
        rules = Fixtures.rules();
        world = Fixtures.bundled();
    }

    @Benchmark
    public Result freshEvaluation() {
        return Evaluation.evaluate(rules, world, null, Reasoner.DEFAULT_FIRING_LIMIT, reasons);
    }
}
