package dev.chancery.batch;

import dev.chancery.Fixtures;
import dev.chancery.engine.Incremental;
import dev.chancery.engine.Reasoner;
import dev.chancery.generate.WhatIfGenerator;
import dev.chancery.load.World;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Serializing one batch line of a patched result (a one-event what-if over the bundled facts,
 * without reasons): {@link LineJson} reusing the bytes of the base result's items, against plain
 * Jackson writing the same line whole (what LineJson replaced; the same bytes, LineJsonTest). Here
 * (package-private LineJson) rather than in dev.chancery.bench. Cycles through 200 lines, evaluated
 * in the setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LineJsonBenchmark {
    private LineJson json;
    private List<BatchLine> lines;
    private int next;

    @Setup
    public void setUp() {
        World base = Fixtures.bundled();
        json = new LineJson();
        lines = new ArrayList<>();
        try (Incremental session = new Incremental(Fixtures.rules(), base, Reasoner.DEFAULT_FIRING_LIMIT)) {
            json.remember(session.baseResult());
            int i = 0;
            for (World world : WhatIfGenerator.worlds(base, 200, 42)) {
                i++;
                lines.add(new BatchLine(i - 1, "w.jsonl:" + i, "what-if-" + i, "sha256:00", true, 4.25,
                        session.evaluate(world, null, false), null, null));
            }
        }
    }

    private BatchLine nextLine() {
        BatchLine line = lines.get(next);
        next = next + 1 == lines.size() ? 0 : next + 1;
        return line;
    }

    /** The batch's writer: the line's JSON in LineJson's reused buffer. */
    @Benchmark
    public int lineJson() {
        LineJson.Buffer out = json.write(nextLine());
        return out.size() + out.bytes()[out.size() - 2];
    }

    /** The same line written whole by Jackson, for comparison. */
    @Benchmark
    public byte[] jackson() throws Exception {
        return LineJson.PLAIN.writeValueAsBytes(nextLine());
    }
}
