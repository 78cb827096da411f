package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line: only after a second, only on a terminal, erased at the end. */
class ProgressTest {
    @Test
    void givenAQuickRunThenNothingIsPrinted() {
        StringWriter err = new StringWriter();

        try (Progress progress = new Progress(new PrintWriter(err, true), true)) {
            progress.phase("reasoning");
        }

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void givenARunOverASecondThenThePhaseIsShownAndErasedAtTheEnd() throws Exception {
        StringWriter err = new StringWriter();

        try (Progress progress = new Progress(new PrintWriter(err, true), true)) {
            progress.phase("compiling rules");
            Thread.sleep(1400);
        }

        assertThat(err.toString()).startsWith("\r").contains("compiling rules... 1.").endsWith("\r\033[K");
    }

    @Test
    void givenNoTerminalThenNothingIsPrintedHoweverLong() throws Exception {
        StringWriter err = new StringWriter();

        try (Progress progress = new Progress(new PrintWriter(err, true), false)) {
            progress.phase("reasoning");
            Thread.sleep(1200);
        }

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theLauncherSaysWhetherStderrIsATerminal() {
        String saved = System.getProperty("chancery.stderr.tty");
        try {
            System.setProperty("chancery.stderr.tty", "true");
            assertThat(Progress.stderrIsTerminal()).isTrue();
            System.setProperty("chancery.stderr.tty", "false");
            assertThat(Progress.stderrIsTerminal()).isFalse();
        } finally {
            if (saved == null) {
                System.clearProperty("chancery.stderr.tty");
            } else {
                System.setProperty("chancery.stderr.tty", saved);
            }
        }
    }
}
