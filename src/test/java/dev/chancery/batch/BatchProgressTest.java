package dev.chancery.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A batch's progress follows the launcher's word on stderr, as every command's progress line does. */
class BatchProgressTest {
    @AfterEach
    void forget() {
        System.clearProperty("chancery.stderr.tty");
    }

    private static String shown(boolean terminal) {
        System.setProperty("chancery.stderr.tty", Boolean.toString(terminal));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BatchProgress progress = new BatchProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2);
        progress.finished(true);
        progress.finished(false);
        progress.show(true);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void intoAPipeItWritesWholeLines() {
        assertThat(shown(false)).doesNotContain("\r").contains("2/2").contains("1 failed").endsWith("\n");
    }

    @Test
    void onATerminalItRedrawsInPlace() {
        assertThat(shown(true)).startsWith("\r").contains("2/2");
    }
}
