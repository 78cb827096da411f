package dev.chancery.text;

/**
 * Whether stderr is a terminal, for the lines that are redrawn in place there (and only there: logs, pipes and
 * tests never see a carriage return). The launcher tells ({@code -Dchancery.stderr.tty}), since Java 17 can only
 * tell that of stdin and stdout together, through {@link System#console()}, which is the fallback.
 */
public final class Terminal {
    private Terminal() {
    }

    public static boolean stderrIsTerminal() {
        String told = System.getProperty("chancery.stderr.tty");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }
}
