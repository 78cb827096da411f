package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Out of memory on a small world is the rules' doing: the message says so, not that the world is too big. */
class RulesOutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aRuleThatHoardsMemoryIsBlamedNotTheWorld() throws Exception {
        // issue 20: a rule that ran out of memory on the bundled facts was blamed on "a world this big"
        Path rules = dir.resolve("rules");
        Fixtures.rulesCopy(rules, bytes -> bytes, null);
        Files.writeString(rules.resolve("hoard.drl"), """
                package chancery;
                import dev.chancery.model.*;

                rule "hoard"
                when
                    Actor( id == "UKR" )
                then
                    java.util.List<long[]> hoard = new java.util.ArrayList<>();
                    for (;;) { hoard.add(new long[1 << 16]); }
                end
                """);
        Path out = dir.resolve("result.json");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-Dchancery.home=" + Fixtures.workspace().home(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "--rules", rules.toString(), "--format", "json", "--out", out.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isEqualTo(Main.RULES_FAILED);
        assertThat(output).contains("chancery: out of memory", "the rules ran out of memory")
                .doesNotContain("a world this big", "\tat ");
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).isEqualTo(List.of("rules"));
        }
    }
}
