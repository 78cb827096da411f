package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A big world whose parts do not fit the heap the launcher gives them runs again in the heap of one session: the
 * launcher as a user runs it, with a JVM that runs out of memory in the first heap (a JDK 25's folder whose java
 * notes each start, and exits 75, as {@code -Dchancery.outOfMemoryExit=75} makes the real one do).
 */
class LauncherBigWorldTest {
    @TempDir
    Path dir;

    @Test
    void aBigWorldThatDoesNotFitItsPartsHeapRunsAgainInTheHeapOfOneSession() throws Exception {
        TestInstall install = TestInstall.onTheTestsClassPath(dir);
        Path calls = dir.resolve("calls.txt");
        Path java = FakeJdk.at(dir.resolve("jdk-25"), FakeJdk.release(25), """
                #!/bin/sh
                echo "$*" >> "%s"
                for a in "$@"; do
                  [ "$a" = -Dchancery.outOfMemoryExit=75 ] && exit 75
                done
                echo "the second run"
                """.formatted(calls));
        Path world = dir.resolve("world.yaml");
        try (RandomAccessFile file = new RandomAccessFile(world.toFile(), "rw")) {
            file.setLength(32L << 20); // the launcher reads the size only: a sparse file will do
        }
        long memoryMb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L) / 1024;
        int partsMb = 1024 + 15 * 32;
        assumeTrue(memoryMb * 66 / 100 > partsMb, "too little memory for a heap of parts");

        TestInstall.Ran ran = install.chancery(Map.of("CHANCERY_JAVA", java.toString(), "CHANCERY_CDS", "0"),
                "run", "--facts", world.toString(), "--format", "json");

        assertThat(ran.code()).as(ran.err()).isZero();
        assertThat(ran.out()).isEqualTo("the second run\n");
        assertThat(ran.err()).contains("the world did not fit in " + partsMb + " MB", "running it again with two thirds of memory");
        List<String> starts = Files.readAllLines(calls);
        assertThat(starts).hasSize(2);
        assertThat(starts.get(0)).contains("-Xmx" + partsMb + "m", "-XX:+UseCompactObjectHeaders", "-XX:GCTimeLimit=50");
        assertThat(starts.get(1)).contains("-XX:MaxRAMPercentage=66", "run --facts " + world)
                .doesNotContain("-Xmx", "-XX:+UseCompactObjectHeaders", "-Dchancery.outOfMemoryExit");
    }
}
