package dev.chancery.bench;

import dev.chancery.Fixtures;
import dev.chancery.generate.WhatIfGenerator;
import dev.chancery.load.Scenario;
import dev.chancery.load.ScenarioReader;
import dev.chancery.load.World;
import java.io.IOException;
import java.io.StringWriter;
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
 * Reading one JSON line of a batch into a scenario: Jackson's parser builds the node tree (the JSON
 * fast path, JsonTree), the added event is checked against the base's actors and merged into the
 * base world. The bundled base is loaded once (the reader caches it, as in a batch). Cycles through
 * the 200 lines that {@code chancery generate --what-ifs 200 --seed 42} would write.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScenarioReadBenchmark {
    private ScenarioReader reader;
    private String[] lines;
    private int next;

    @Setup
    public void setUp() throws IOException {
        World base = Fixtures.bundled();
        StringWriter out = new StringWriter();
        WhatIfGenerator.write(base, 200, 42, out);
        lines = out.toString().split("\n");
        reader = new ScenarioReader(Fixtures.workspace());
        reader.read(lines[0], "w.jsonl", 1, "what-if"); // loads and caches the bundled base
    }

    @Benchmark
    public Scenario readJsonLine() {
        String line = lines[next];
        next = next + 1 == lines.length ? 0 : next + 1;
        return reader.read(line, "w.jsonl", 1, "what-if");
    }
}
