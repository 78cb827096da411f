package dev.chancery.lint;

import dev.chancery.load.StatedValues;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a text field of a fact can hold, where they are known: a stated fact's from the loader's lists
 * ({@link StatedValues}), a derived fact's from the rules that make it, read from each {@code new Type( ... )} in
 * a consequence: a text literal, a constant ({@code Severance.POLICY}) or a variable bound to another fact's field
 * whose values are known. A field that some rule fills from anything else (a method, a computation) holds values
 * nobody can list, and is not known.
 */
final class FieldValues {
    private static final Pattern NEW = Pattern.compile("\\bnew\\s+(\\w+)\\s*\\(");
    private static final Pattern TEXT = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CONSTANT = Pattern.compile("(\\w+)\\.([A-Z][A-Z0-9_]*)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\w+");
    private static final Pattern BINDING = Pattern.compile("^\\s*(\\$\\w+)\\s*:\\s*(\\w+)\\s*$");
    private static final Pattern ACCESSOR = Pattern.compile("(\\$\\w+)\\.(\\w+)\\(\\s*\\)");

    /** "Type.field" to its values; a key mapped to null holds values that cannot be listed. */
    private final Map<String, Set<String>> values;

    private FieldValues(Map<String, Set<String>> values) {
        this.values = values;
    }

    /** The values of {@code type}'s text field {@code field}, or null where they are not known. */
    Set<String> of(String type, String field) {
        return values.get(type + "." + field);
    }

    static FieldValues of(List<DrlModel> files) {
        Map<String, Set<String>> literals = new HashMap<>();
        Map<String, Set<String>> links = new HashMap<>(); // "Type.field" -> fields whose values it takes on
        Set<String> open = new LinkedHashSet<>();
        StatedValues.BY_TYPE.forEach((type, fields) -> fields.forEach(
                (field, list) -> literals.computeIfAbsent(type + "." + field, k -> new LinkedHashSet<>()).addAll(list)));
        Map<String, DrlModel.RuleInfo> byName = new HashMap<>();
        files.forEach(f -> f.rules().forEach(r -> byName.put(r.name(), r)));
        for (DrlModel file : files) {
            for (DrlModel.RuleInfo rule : file.rules()) {
                Map<String, String> bound = bindings(rule, byName);
                Map<String, Class<?>> facts = facts(rule, byName);
                Matcher m = NEW.matcher(rule.consequence());
                while (m.find()) {
                    Class<?> type = RuleLinter.factClass(m.group(1));
                    if (type == null || !type.isRecord()) {
                        continue;
                    }
                    List<String> args = arguments(rule.consequence(), m.end());
                    RecordComponent[] components = type.getRecordComponents();
                    for (int i = 0; i < components.length && i < args.size(); i++) {
                        if (components[i].getType() != String.class) {
                            continue;
                        }
                        String key = type.getSimpleName() + "." + components[i].getName();
                        String arg = args.get(i).trim();
                        Matcher text = TEXT.matcher(arg);
                        Matcher constant = CONSTANT.matcher(arg);
                        if (text.matches()) {
                            literals.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(text.group(1));
                        } else if (arg.equals("null")) {
                            literals.computeIfAbsent(key, k -> new LinkedHashSet<>());
                        } else if (constant.matches() && constant(constant.group(1), constant.group(2)) != null) {
                            literals.computeIfAbsent(key, k -> new LinkedHashSet<>())
                                    .add(constant(constant.group(1), constant.group(2)));
                        } else if (VARIABLE.matcher(arg).matches() && bound.containsKey(arg)) {
                            links.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(bound.get(arg));
                        } else if (accessed(arg, facts) != null) {
                            links.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(accessed(arg, facts));
                        } else {
                            open.add(key);
                        }
                    }
                }
            }
        }
        Map<String, Set<String>> resolved = new HashMap<>();
        for (String key : union(literals.keySet(), links.keySet(), open)) {
            resolved.put(key, resolve(key, literals, links, open, new LinkedHashSet<>()));
        }
        return new FieldValues(resolved);
    }

    /** The values of {@code key}: its literals and those of the fields it takes values from; null if any is open. */
    private static Set<String> resolve(String key, Map<String, Set<String>> literals, Map<String, Set<String>> links,
                                       Set<String> open, Set<String> visiting) {
        if (open.contains(key) || (!literals.containsKey(key) && !links.containsKey(key))) {
            return null;
        }
        if (!visiting.add(key)) {
            return Set.of(); // a cycle adds nothing the other paths do not
        }
        Set<String> out = new LinkedHashSet<>(literals.getOrDefault(key, Set.of()));
        for (String from : links.getOrDefault(key, Set.of())) {
            Set<String> more = resolve(from, literals, links, open, visiting);
            if (more == null) {
                return null;
            }
            out.addAll(more);
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b, Set<String> c) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        out.addAll(c);
        return out;
    }

    /** Variables bound to a field ({@code $basis : basis}) in a rule's patterns and those of the rules it extends. */
    private static Map<String, String> bindings(DrlModel.RuleInfo rule, Map<String, DrlModel.RuleInfo> byName) {
        Map<String, String> out = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (DrlModel.RuleInfo r = rule; r != null && seen.add(r.name()); r = r.parent() == null ? null : byName.get(r.parent())) {
            for (DrlModel.PatternInfo pattern : r.patterns()) {
                for (DrlModel.ConstraintInfo constraint : pattern.constraints()) {
                    Matcher m = BINDING.matcher(constraint.expression());
                    if (m.matches()) {
                        out.putIfAbsent(m.group(1), pattern.type() + "." + m.group(2));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The variables of a rule and the rules it extends that stand for a fact: a pattern's ({@code $c :
     * RelationChange( ... )}) or a field's holding a fact ({@code $c : change} of {@code LatestChange}).
     */
    private static Map<String, Class<?>> facts(DrlModel.RuleInfo rule, Map<String, DrlModel.RuleInfo> byName) {
        Map<String, Class<?>> out = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (DrlModel.RuleInfo r = rule; r != null && seen.add(r.name()); r = r.parent() == null ? null : byName.get(r.parent())) {
            for (DrlModel.PatternInfo pattern : r.patterns()) {
                Class<?> type = RuleLinter.factClass(pattern.type());
                if (type == null) {
                    continue;
                }
                if (pattern.identifier() != null) {
                    out.putIfAbsent(pattern.identifier(), type);
                }
                for (DrlModel.ConstraintInfo constraint : pattern.constraints()) {
                    Matcher m = BINDING.matcher(constraint.expression());
                    if (m.matches() && type.isRecord()) {
                        for (RecordComponent component : type.getRecordComponents()) {
                            if (component.getName().equals(m.group(2)) && component.getType().isRecord()) {
                                out.putIfAbsent(m.group(1), component.getType());
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** "RelationChange.basis" for {@code $c.basis()} where {@code $c} stands for a RelationChange; else null. */
    private static String accessed(String arg, Map<String, Class<?>> facts) {
        Matcher m = ACCESSOR.matcher(arg);
        if (!m.matches() || !facts.containsKey(m.group(1))) {
            return null;
        }
        Class<?> type = facts.get(m.group(1));
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(m.group(2)) && component.getType() == String.class) {
                return type.getSimpleName() + "." + m.group(2);
            }
        }
        return null;
    }

    /** The arguments of the call whose opening parenthesis ends at {@code from}, split at top-level commas. */
    static List<String> arguments(String text, int from) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder current = new StringBuilder();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                current.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    if (!current.toString().isBlank()) {
                        out.add(current.toString());
                    }
                    return out;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return out;
    }

    /** The text of constant {@code name} of model class {@code owner}, or null. */
    private static String constant(String owner, String name) {
        Class<?> type = RuleLinter.factClass(owner);
        if (type == null) {
            return null;
        }
        try {
            Field field = type.getField(name);
            return Modifier.isStatic(field.getModifiers()) && field.getType() == String.class ? (String) field.get(null) : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
