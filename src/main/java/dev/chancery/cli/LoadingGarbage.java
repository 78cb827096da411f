package dev.chancery.cli;

import dev.chancery.engine.Timings;

/**
 * Collects what loading a big world leaves behind before the rules run. Reading a facts file builds its
 * whole YAML node tree (gigabytes at a million events, thirty times the facts it yields), and the
 * launcher's collector promotes whatever survives one collection, so the tree ends up in the old
 * generation as garbage that no collection reaches before the end of the run. The rule memory then
 * grows into fresh memory beside it, and on this machine touching a page for the first time is slow.
 * One full collection right after loading (one second at a million events, 140 MB live) lets the rule
 * memory reuse that space: at a million events, alternated with the code before, 121–132 s against
 * 137–191 s, and a peak of 9.6 GB against 12.4 GB (docs/benchmarks.md). Below {@link #WORTH_COLLECTING} the collection would cost more than it saves:
 * at 100,000 events it took 0.2 s and saved nothing measurable.
 */
final class LoadingGarbage {
    /**
     * Heap in use after loading from which a full collection pays. 100,000 events leave 0.3 GB in the old
     * generation and at most the young generation's 0.8 GB besides, so never this; a million leave 2.8 GB.
     */
    static final long WORTH_COLLECTING = 2L << 30;

    private LoadingGarbage() {
    }

    static void collectIfLarge() {
        Runtime runtime = Runtime.getRuntime();
        if (worthCollecting(runtime.totalMemory() - runtime.freeMemory())) {
            long start = System.nanoTime();
            System.gc();
            Timings.report("collect after loading %.0f ms", (System.nanoTime() - start) / 1e6);
        }
    }

    static boolean worthCollecting(long usedBytes) {
        return usedBytes >= WORTH_COLLECTING;
    }
}
