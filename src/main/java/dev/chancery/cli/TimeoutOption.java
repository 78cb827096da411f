package dev.chancery.cli;

import picocli.CommandLine.Option;

/**
 * {@code --timeout}: the wall-clock limit of a command that runs rules (engine/Deadline.java). Read by
 * {@link Main}, which arms the limit around any command that has this option.
 */
final class TimeoutOption {
    static final String NAME = "--timeout";

    @Option(names = NAME, paramLabel = "SECONDS", description = "Stop the rules once they have run SECONDS of wall time"
            + " (exit 3): a rule that never ends. Loading and compiling are not counted. 0: no limit. Default: ${DEFAULT-VALUE}.")
    long seconds = 300;

    /**
     * A command that goes on after each evaluation (batch, watch): its --timeout is a limit per evaluation,
     * which it arms itself (Deadline.evaluate), not one on the whole command.
     */
    interface PerEvaluation {
    }
}
