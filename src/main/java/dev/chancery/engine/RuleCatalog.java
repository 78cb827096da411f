package dev.chancery.engine;

import dev.chancery.input.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/** Every rule of a rules folder with its place in the author's file and its metadata. */
public final class RuleCatalog {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** A rule; {@code at} is "rules/relations.drl:27". */
    public record Entry(String name, String at, String description, String source) {
    }

    private final Map<String, Entry> byName;

    private RuleCatalog(Map<String, Entry> byName) {
        this.byName = byName;
    }

    public static RuleCatalog of(RuleBase rules, Path rulesDir, Workspace workspace) {
        Map<String, String> places = new LinkedHashMap<>();
        try {
            for (Path file : RuleCompiler.drlFiles(rulesDir)) {
                List<String> lines = dev.chancery.load.Utf8.text(file).lines().toList(); // as compiled
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = RULE.matcher(lines.get(i));
                    if (m.find()) {
                        places.putIfAbsent(m.group(1), workspace.display(file) + ":" + (i + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        KieBase kieBase = rules.kieBase();
        // rules only (queries are listed apart by the KieBase), in the order of the files
        java.util.Set<String> queries = new java.util.HashSet<>();
        kieBase.getKiePackages().forEach(p -> p.getQueries().forEach(q -> queries.add(q.getName())));
        Map<String, Rule> byName = new LinkedHashMap<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> byName.put(r.getName(), r)));
        for (String name : places.keySet()) {
            Rule rule = byName.get(name);
            if (rule != null && !queries.contains(name)) {
                entries.put(name, new Entry(name, places.get(name), meta(rule, "description"), meta(rule, "source")));
            }
        }
        return new RuleCatalog(entries);
    }

    private static String meta(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    public Entry get(String name) {
        return byName.get(name);
    }

    public java.util.Collection<Entry> all() {
        return byName.values();
    }
}
