package dev.chancery.cli;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chancery.report.Graphviz;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run --format dot | dot -Tsvg, run --format svg, and what happens without Graphviz. */
class GraphCommandTest {
    @TempDir
    Path dir;

    @Test
    void theDotOfTheBundledFactsParsesWithGraphvizDot() throws Exception {
        assumeTrue(Graphviz.installed(), "Graphviz's dot is not installed");
        CliTest.Run run = chancery("run", "--format", "dot");
        assertThat(run.code()).isZero();
        Path in = Files.writeString(dir.resolve("graph.dot"), run.out());
        Path out = dir.resolve("graph.svg");

        // the pipe of the README, as a user runs it: chancery run --format dot | dot -Tsvg
        Process dot = new ProcessBuilder("dot", "-Tsvg").redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectError(dir.resolve("err").toFile()).start();

        assertThat(dot.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(dot.exitValue()).as(Files.readString(dir.resolve("err"))).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("<svg").contains("North Korea")
                .contains("severed 2022&#45;07&#45;13");
    }

    @Test
    void formatSvgDrawsTheGraph() {
        assumeTrue(Graphviz.installed(), "Graphviz's dot is not installed");
        CliTest.Run run = chancery("run", "--format", "svg", "--facts", "facts/cases/donbas-2022.yaml");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("<svg").contains("Donetsk People&#39;s Republic");
    }

    @Test
    void withoutGraphvizSvgExitsTwoWithWhatToDoAndHtmlSaysSo() {
        String saved = System.getProperty("chancery.dot");
        System.setProperty("chancery.dot", dir.resolve("no-such-dot").toString());
        try {
            Path out = dir.resolve("graph.svg");
            CliTest.Run svg = chancery("run", "--format", "svg", "--out", out.toString());
            CliTest.Run html = chancery("run", "--format", "html", "--facts", "facts/cases/donbas-2022.yaml");

            assertThat(svg.code()).isEqualTo(2);
            assertThat(svg.err().strip())
                    .isEqualTo("Graphviz's dot is not installed: apt-get install graphviz, or use --format dot");
            assertThat(out).doesNotExist();
            assertThat(html.code()).isZero();
            assertThat(html.out()).contains("Graphviz&#39;s dot is not installed").doesNotContain("<svg width");
        } finally {
            if (saved == null) {
                System.clearProperty("chancery.dot");
            } else {
                System.setProperty("chancery.dot", saved);
            }
        }
    }
}
