package dev.chancery.load;

import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/** Lets a scenario read its additions into the same builder as the base facts. */
public final class FactsBuilderAccess {
    private final FactsBuilder builder;

    FactsBuilderAccess(FactsBuilder builder) {
        this.builder = builder;
    }

    public void readSections(YamlFile file, int fileIndex, Map<String, Node> sections) {
        new FactsReader(file, fileIndex, builder).readSections(sections);
    }
}
