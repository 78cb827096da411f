package dev.chancery.ruletest;

import dev.chancery.load.YamlFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One YAML rule test: facts given (files and/or inline sections), an as-of date, and what the rules
 * must conclude. {@code yaml} is the test file, for the places of errors in the inline facts.
 */
public record RuleTest(String name, String at, YamlFile yaml, List<Path> files, Map<String, Node> inline,
                       LocalDate asOf, Expectations expect) {
}
