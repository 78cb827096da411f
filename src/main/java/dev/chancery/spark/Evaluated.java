package dev.chancery.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/** A scenario evaluated by a task: its JSON line, whether it ran, and its row of the changes table (or null). */
record Evaluated(String line, boolean ok, Row changes) implements Serializable {
}
