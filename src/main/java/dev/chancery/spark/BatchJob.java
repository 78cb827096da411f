package dev.chancery.spark;

import dev.chancery.batch.LineForm;
import java.io.Serializable;
import java.util.List;

/**
 * What every task of a batch on Spark needs to evaluate its scenarios as a local batch does: the project folder
 * (its facts, and where the scenarios' base paths may lead), the rules folder and the options that shape a line.
 * Paths are absolute and the same on every node: a cluster sees the project folder at the same path everywhere
 * (docs/decisions.md). Equal jobs share one compiled rule base in a JVM.
 */
public record BatchJob(String home, String rules, List<String> allowRoots, LineForm form, boolean reasons,
                       long firingLimit, long timeoutSeconds, boolean keepChanges) implements Serializable {
}
