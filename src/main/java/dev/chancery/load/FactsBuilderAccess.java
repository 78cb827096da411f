package dev.chancery.load;

import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Lets inline facts (a rule test's {@code given}, a scenario's {@code add}) be read into the same
 * builder as the files, so that their ids are checked together. Each call counts as one more file
 * in load order, after the files.
 */
public final class FactsBuilderAccess {
    private final FactsBuilder builder;
    private int nextFileIndex;

    FactsBuilderAccess(FactsBuilder builder, int nextFileIndex) {
        this.builder = builder;
        this.nextFileIndex = nextFileIndex;
    }

    /** Reads facts sections (actors, policies, events, claims, source) found in {@code file}. */
    public void readSections(YamlFile file, Map<String, Node> sections) {
        new FactsReader(file.reportingTo(builder.problems), nextFileIndex++, builder).readSections(sections);
    }

}
