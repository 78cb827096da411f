package dev.chancery.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test
    void anExcerptIsTheFirstLineCutShortAndEscaped() {
        assertThat(Printable.excerpt("PRKK")).isEqualTo("PRKK");
        assertThat(Printable.excerpt("x".repeat(5_000_000))).isEqualTo("x".repeat(60) + "… (5,000,000 characters)");
        assertThat(Printable.excerpt("root:x:0:0\ndaemon:x:1:1")).isEqualTo("root:x:0:0… (23 characters)");
        assertThat(Printable.excerpt("red \u001b[31m")).isEqualTo("red \\u001b[31m");
        assertThat(Printable.excerpt("\u202egnp.exe")).isEqualTo("\\u202egnp.exe");
    }

    @Test
    void textKeepsItsLinesAndEscapesTheRest() {
        assertThat(Printable.text("a\tb\nc\u001b[2J\u0007\u009b\r")).isEqualTo("a\tb\nc\\u001b[2J\\u0007\\u009b\\u000d");
        assertThat(Printable.line("a\nb")).isEqualTo("a\\u000ab");
        String plain = "Ukraine – Україна, 北朝鮮 😀";
        assertThat(Printable.text(plain)).isSameAs(plain);
    }

    @Test
    void aMessageIsOneLineAndBounded() {
        assertThat(Printable.message("x".repeat(5000))).hasSizeLessThan(Printable.MESSAGE + 60)
                .endsWith("(message cut at 1000 of 5,000 characters)");
    }

    @Test
    void theWriterEscapesAsTextDoes() throws Exception {
        StringWriter out = new StringWriter();
        try (var writer = Printable.writer(out)) {
            writer.write("Red \u001b[31mland\n");
            writer.write("ok\u009b".toCharArray(), 0, 3);
            writer.write('\u0007');
        }
        assertThat(out).hasToString("Red \\u001b[31mland\nok\\u009b\\u0007");
    }

    @Test
    void jsonWrittenThroughTheWriterReadsBackTheSame() throws Exception {
        // Jackson escapes C0 controls itself but writes C1 controls and bidi overrides raw
        String name = "Red \u001b[31m \u009b2J \u202egnp.exe \u2028 ok";
        ObjectMapper json = new ObjectMapper();
        StringWriter out = new StringWriter();
        json.writeValue(Printable.writer(out), java.util.Map.of("name", name));
        assertThat(out.toString()).doesNotContain("\u001b", "\u009b", "\u202e", "\u2028");
        assertThat(json.readTree(out.toString()).get("name").asText()).isEqualTo(name);
    }
}
