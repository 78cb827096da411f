package dev.chancery.spark;

import dev.chancery.batch.ScenarioSource;
import java.io.Serializable;
import java.nio.file.Path;

/** A scenario as a task receives it: a {@link ScenarioSource} in a form Spark can send (paths as text). */
record ScenarioTask(int index, String id, String text, int firstLine, String defaultName, String folder)
        implements Serializable {

    static ScenarioTask of(ScenarioSource source) {
        return new ScenarioTask(source.index(), source.id(), source.text(), source.firstLine(), source.defaultName(),
                source.folder() == null ? null : source.folder().toString());
    }

    ScenarioSource source() {
        return new ScenarioSource(index, id, text, firstLine, defaultName, folder == null ? null : Path.of(folder));
    }
}
