package dev.chancery.bench;

import dev.chancery.Fixtures;
import dev.chancery.engine.Incremental;
import dev.chancery.engine.Reasoner;
import dev.chancery.generate.WhatIfGenerator;
import dev.chancery.load.World;
import dev.chancery.result.Result;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The batch's inner loop: one one-event what-if (a recognition by a UN member of an entity on a day
 * of 2022) applied to a live session over the bundled facts, fired, read without reasons (patched
 * from the base result) and reverted. Cycles through 200 what-ifs, as a batch would through its lines.
 * The session is not thread-safe: one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Threads(1)
// Drools takes long to JIT-compile: after 3 x 2 s of warm-up these were still 2-7x above their steady
// state, which they reached after 10-40 s on the 2 shared cores (docs/jmh.md)
@Warmup(iterations = 10, time = 4)
@Measurement(iterations = 5, time = 2)
public class IncrementalBenchmark {
    private Incremental session;
    private List<World> whatIfs;
    private int next;

    @Setup
    public void setUp() {
        World base = Fixtures.bundled();
        whatIfs = WhatIfGenerator.worlds(base, 200, 42);
        session = new Incremental(Fixtures.rules(), base, Reasoner.DEFAULT_FIRING_LIMIT);
    }

    @TearDown
    public void tearDown() {
        session.close();
    }

    @Benchmark
    public Result oneEventWhatIf() {
        World world = whatIfs.get(next);
        next = next + 1 == whatIfs.size() ? 0 : next + 1;
        return session.evaluate(world, null, false);
    }
}
