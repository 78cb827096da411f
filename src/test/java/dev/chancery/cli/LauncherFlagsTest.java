package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JVM flags the launcher gives each command (CHANCERY_PRINT_JVM_FLAGS prints them and runs nothing,
 * before any build): what a user's CHANCERY_JAVA_OPTS replaces, and what it leaves.
 */
class LauncherFlagsTest {
    private static List<String> flags(String command, String javaOpts, String... args) throws IOException, InterruptedException {
        return flags(null, command, javaOpts, args);
    }

    /** The flags with {@code java} as CHANCERY_JAVA (null: the launcher's choice). */
    private static List<String> flags(Path java, String command, String javaOpts, String... args)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash", Fixtures.workspace().home().resolve("chancery").toString(), command));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line);
        Map<String, String> env = builder.environment();
        env.put("CHANCERY_PRINT_JVM_FLAGS", "1");
        env.remove("CHANCERY_JAVA_OPTS");
        if (javaOpts != null) {
            env.put("CHANCERY_JAVA_OPTS", javaOpts);
        }
        if (java != null) {
            env.put("CHANCERY_JAVA", java.toString());
        }
        Process process = builder.redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor()).as(out).isZero();
        return List.of(out.split("\\s+"));
    }

    @Test
    void runGetsC1AndTheParallelCollectorThatPromotesAtOnce() throws Exception {
        assertThat(flags("run", null)).contains("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0",
                "-XX:MetaspaceSize=256m");
    }

    @Test
    void aCollectorTheUserNamesReplacesOursWithItsSettingsAndSizes() throws Exception {
        assertThat(flags("run", "-XX:+UseG1GC -Xmx14g")).contains("-XX:TieredStopAtLevel=1")
                .noneMatch(f -> f.startsWith("-XX:+Use") && f.endsWith("GC"))
                .doesNotContain("-XX:MaxTenuringThreshold=0", "-XX:InitialRAMPercentage=15")
                .noneMatch(f -> f.startsWith("-Xmn"));
    }

    @Test
    void aHeapSizeTheUserGivesReplacesOurSizesButKeepsOurCollector() throws Exception {
        assertThat(flags("run", "-Xmx512m")).contains("-XX:+UseParallelGC")
                .doesNotContain("-XX:InitialRAMPercentage=15").noneMatch(f -> f.startsWith("-Xmn"));
    }

    /**
     * On JDK 17, 1 GB and 40 times the facts' size; on JDK 25, 15 times, with compact object headers (the launcher
     * reads the JDK's release file and starts no JVM, so a folder with one stands for a JDK).
     */
    @ParameterizedTest
    @CsvSource({"17, 40, false", "25, 15, true"})
    void aBigWorldGetsAHeapForItsPartsAndASmallOneDoesNot(int major, int timesFacts, boolean compact, @TempDir Path dir)
            throws Exception {
        Path java = FakeJdk.at(dir.resolve("jdk-" + major), FakeJdk.release(major), "#!/bin/sh\nexit 1\n"); // never run here
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(16L << 20); // the launcher reads the size only: a sparse file will do
        }
        Path small = Files.writeString(dir.resolve("small.yaml"), "actors: []\n");
        int heapMb = 1024 + timesFacts * 16;
        // where that is under two thirds of memory
        boolean inParts = memoryKb() * 66 / 100 / 1024 > heapMb;
        String forParts = inParts ? "-Xmx" + heapMb + "m" : "-XX:MaxRAMPercentage=66";
        assertThat(flags(java, "run", null, "--facts", big.toString())).contains("-XX:+UseParallelGC", forParts)
                .doesNotContain("-XX:InitialRAMPercentage=15", "-XX:TieredStopAtLevel=1"); // a big world gets C2 too
        if (inParts) { // a fixed heap, where a part's rule memory dies young
            List<String> parts = flags(java, "run", null, "--facts", big.toString());
            assertThat(parts).contains("-Xms" + heapMb + "m").doesNotContain("-XX:MaxTenuringThreshold=0");
            assertThat(parts.contains("-XX:+UseCompactObjectHeaders")).isEqualTo(compact);
        }
        assertThat(flags(java, "run", null, "--facts=" + small, "--facts", dir.toString())).contains(forParts);
        assertThat(flags(java, "run", null, "--facts", small.toString())).doesNotContain(forParts)
                .doesNotContain("-XX:+UseCompactObjectHeaders").contains("-XX:TieredStopAtLevel=1");
        assertThat(flags(java, "run", "-Xmx2g", "--facts", big.toString())).doesNotContain(forParts)
                .doesNotContain("-XX:+UseCompactObjectHeaders");
    }

    @Test
    void aBigWorldInOneSessionGetsTheHeapOfOneSessionFromTheStart(@TempDir Path dir) throws Exception {
        // issue 20: --part-events 0 ran out of memory in a heap for parts, and the launcher then said the world
        // had been "reasoned about in parts"
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(16L << 20);
        }
        for (String[] oneSession : new String[][] {{"--part-events", "0"}, {"--part-events=0"}}) {
            List<String> args = new ArrayList<>(List.of("--facts", big.toString()));
            args.addAll(List.of(oneSession));
            assertThat(flags("run", null, args.toArray(String[]::new)))
                    .contains("-XX:MaxRAMPercentage=66", "-Xmn512m", "-XX:MaxTenuringThreshold=0")
                    .noneMatch(f -> f.startsWith("-Xmx"));
        }
    }

    @Test
    void aSmallWorldGetsAYoungGenerationToFireIn(@TempDir Path dir) throws Exception {
        long memoryKb = memoryKb();
        List<String> small = flags("run", null);
        if (memoryKb >= 23_000_000) {
            assertThat(small).contains("-Xmn2g");
        } else if (memoryKb >= 8_000_000) {
            assertThat(small).contains("-Xmn1g");
        } else {
            assertThat(small).noneMatch(f -> f.startsWith("-Xmn"));
        }
    }

    private static long memoryKb() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
    }

    @Test
    void batchGetsC1AndTheParallelCollectorAndTheBenchmarkTheFullJit() throws Exception {
        assertThat(flags("batch", null)).containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");
        assertThat(flags("benchmark", null)).containsExactly("-XX:+UseG1GC");
    }
}
