package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JVM flags the launcher gives each command (CHANCERY_PRINT_JVM_FLAGS prints them and runs nothing,
 * before any build): what a user's CHANCERY_JAVA_OPTS replaces, and what it leaves.
 */
class LauncherFlagsTest {
    private static List<String> flags(String command, String javaOpts) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", Fixtures.workspace().home().resolve("chancery").toString(), command);
        Map<String, String> env = builder.environment();
        env.put("CHANCERY_PRINT_JVM_FLAGS", "1");
        env.remove("CHANCERY_JAVA_OPTS");
        if (javaOpts != null) {
            env.put("CHANCERY_JAVA_OPTS", javaOpts);
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
                .doesNotContain("-XX:MaxTenuringThreshold=0", "-Xmn1g", "-XX:InitialRAMPercentage=15");
    }

    @Test
    void aHeapSizeTheUserGivesReplacesOurSizesButKeepsOurCollector() throws Exception {
        assertThat(flags("run", "-Xmx512m")).contains("-XX:+UseParallelGC")
                .doesNotContain("-Xmn1g", "-XX:InitialRAMPercentage=15");
    }

    @Test
    void batchGetsC1AndG1AndTheBenchmarkTheFullJit() throws Exception {
        assertThat(flags("batch", null)).containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseG1GC");
        assertThat(flags("benchmark", null)).containsExactly("-XX:+UseG1GC");
    }
}
