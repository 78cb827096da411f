package dev.chancery.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The main class for spark-submit: {@code spark-submit --class dev.chancery.cli.SubmitToSpark ... chancery.jar batch
 * SCENARIOS --out DIR} (or {@code run --facts BIG ...}) runs the command on the master spark-submit gives, as
 * {@code --on submit} says. The project folder (its facts and rules) must be at the same path on every node.
 */
public final class SubmitToSpark {
    private SubmitToSpark() {
    }

    public static void main(String[] args) {
        List<String> command = new ArrayList<>(Arrays.asList(args));
        if (command.isEmpty() || !(command.get(0).equals("batch") || command.get(0).equals("run"))) {
            System.err.println("usage: spark-submit --class dev.chancery.cli.SubmitToSpark [spark options] chancery.jar"
                    + " batch SCENARIO... --out DIR [batch options]  (or: run --facts PATH... [run options])");
            System.exit(Main.BAD_INPUT);
        }
        if (!command.contains("--on") && command.stream().noneMatch(a -> a.startsWith("--on="))) {
            command.addAll(List.of("--on", "submit"));
        }
        Main.main(command.toArray(String[]::new));
    }
}
