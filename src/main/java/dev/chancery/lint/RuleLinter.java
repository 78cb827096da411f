package dev.chancery.lint;

import dev.chancery.input.Problem;
import dev.chancery.input.Workspace;
import dev.chancery.load.Suggest;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the compiler lets through: a constraint comparing a field with a literal of the wrong type
 * (in classic mode {@code Tally( count == "many" )} compiles and fails only when facts arrive, and
 * {@code date == "2022-02-21"} silently never matches), and patterns on a fact type that nothing
 * ever inserts, so the rule can never fire.
 */
public final class RuleLinter {
    /** The fact types the loader inserts; every other type must be derived by some rule. */
    public static final Set<String> STATED_TYPES = Set.of("Actor", "Event", "SeverPolicy", "Exclusive", "Claim", "Coverage",
            "AsOf");
    private static final Pattern COMPARISON =
            Pattern.compile("^\\s*(\\w+)\\s*(==|!=|<=|>=|<|>)\\s*(\"[^\"]*\"|-?\\d+(?:\\.\\d+)?|true|false)\\s*$");

    /** {@code field == "a"}, {@code field != "a"}, {@code field in ( "a", "b" )}, {@code field not in ( ... )}. */
    private static final Pattern TEXT_COMPARISON = Pattern.compile(
            "^\\s*(\\w+)\\s*(==|!=|not\\s+in|in)\\s*(\"[^\"]*\"|\\(\\s*\"[^\"]*\"(?:\\s*,\\s*\"[^\"]*\")*\\s*\\))\\s*$");
    private static final Pattern TEXT_LITERAL = Pattern.compile("\"([^\"]*)\"");

    private final Workspace workspace;

    public RuleLinter(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Errors (wrong literal types) and warnings (rules that can never fire), in file order. */
    public record Findings(List<Problem> errors, List<Problem> warnings) {
    }

    public Findings lint(List<DrlModel> files) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Set<String> produced = new HashSet<>(STATED_TYPES);
        FieldValues values = FieldValues.of(files);
        for (DrlModel file : files) {
            for (DrlModel.RuleInfo rule : file.rules()) {
                produced.addAll(rule.concludes());
            }
        }
        for (DrlModel file : files) {
            String shown = workspace.display(file.file());
            for (DrlModel.RuleInfo rule : file.rules()) {
                for (DrlModel.PatternInfo pattern : rule.patterns()) {
                    Class<?> type = factClass(pattern.type());
                    if (type == null) {
                        continue; // not a fact type of ours (the compiler reports unknown types)
                    }
                    if (!produced.contains(pattern.type())) {
                        warnings.add(new Problem(shown, pattern.line(), file.columnOf(pattern.line(), pattern.type()),
                                (rule.query() ? "query" : "rule") + " \"" + rule.name() + "\" matches " + pattern.type()
                                        + ", but no fact of that type is ever inserted or derived: it can never match"));
                    }
                    for (DrlModel.ConstraintInfo constraint : pattern.constraints()) {
                        String mismatch = mismatch(type, constraint.expression());
                        if (mismatch == null) {
                            mismatch = unknownValue(type, constraint.expression(), values);
                        }
                        if (mismatch != null) {
                            int line = constraint.line() > 0 ? constraint.line() : file.lineOf(pattern.line(), constraint.expression());
                            errors.add(new Problem(shown, line, file.columnOf(line, constraint.expression()), mismatch));
                        }
                    }
                }
            }
        }
        return new Findings(errors, warnings);
    }

    public static Class<?> factClass(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Class.forName(name.contains(".") ? name : "dev.chancery.model." + name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** A message when the literal cannot be compared with the field, else null. */
    static String mismatch(Class<?> type, String expression) {
        Matcher m = COMPARISON.matcher(expression);
        if (!m.matches() || !type.isRecord()) {
            return null;
        }
        String field = m.group(1);
        String literal = m.group(3);
        Class<?> fieldType = null;
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(field)) {
                fieldType = component.getType();
            }
        }
        if (fieldType == null) {
            return null; // an unknown field is a compile error already
        }
        boolean text = literal.startsWith("\"");
        boolean bool = literal.equals("true") || literal.equals("false");
        boolean number = !text && !bool;
        String where = type.getSimpleName() + "( " + expression.trim() + " )";
        if (fieldType == LocalDate.class && text) {
            return "type mismatch in " + where + ": " + field + " is a date (LocalDate) and a text literal never equals it;"
                    + " write " + field + " " + m.group(2) + " LocalDate.parse(" + literal + ")";
        }
        if (fieldType == String.class && !text) {
            return "type mismatch in " + where + ": " + field + " is text (String), compared with " + literal
                    + "; quote it: \"" + literal + "\"";
        }
        if (isNumber(fieldType) && !number) {
            return "type mismatch in " + where + ": " + field + " is a number (" + fieldType.getSimpleName()
                    + "), compared with " + literal;
        }
        if ((fieldType == boolean.class || fieldType == Boolean.class) && !bool) {
            return "type mismatch in " + where + ": " + field + " is true or false, compared with " + literal;
        }
        return null;
    }

    /**
     * A message when a text literal is compared with a field that never holds it: an enum (the compiler takes
     * the text and the constraint never matches), or a text field whose values are known ({@link FieldValues}).
     */
    static String unknownValue(Class<?> type, String expression, FieldValues values) {
        Matcher m = TEXT_COMPARISON.matcher(expression);
        if (!m.matches() || !type.isRecord()) {
            return null;
        }
        String field = m.group(1);
        Class<?> fieldType = null;
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(field)) {
                fieldType = component.getType();
            }
        }
        String where = type.getSimpleName() + "( " + expression.trim() + " )";
        Matcher literal = TEXT_LITERAL.matcher(m.group(3));
        while (literal.find()) {
            String text = literal.group(1);
            if (fieldType != null && fieldType.isEnum()) {
                List<String> words = new ArrayList<>();
                Enum<?> meant = null;
                int best = Math.max(1, text.length() / 3) + 1;
                for (Object constant : fieldType.getEnumConstants()) {
                    Enum<?> e = (Enum<?>) constant;
                    words.add(e.toString());
                    int distance = Math.min(Suggest.distance(text.toLowerCase(), e.toString().toLowerCase()),
                            Suggest.distance(text.toLowerCase(), e.name().toLowerCase()));
                    if (distance < best) {
                        best = distance;
                        meant = e;
                    }
                }
                String name = fieldType.getSimpleName();
                return where + ": " + field + " is " + article(name) + " " + name + " (" + String.join(", ", words)
                        + "), never the text \"" + text + "\"; write " + field + " " + m.group(2) + " " + name + "."
                        + (meant != null ? meant.name() + (meant.toString().equals(text) ? "" : " (did you mean '"
                                + meant + "'?)") : "NAME");
            }
            if (fieldType == String.class) {
                Set<String> known = values.of(type.getSimpleName(), field);
                if (known != null && !known.contains(text)) {
                    return where + ": no " + type.getSimpleName() + " has " + field + " \"" + text + "\" (it is one of: "
                            + String.join(", ", new java.util.TreeSet<>(known)) + ")" + Suggest.hint(text, known);
                }
            }
        }
        return null;
    }

    private static String article(String word) {
        return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    private static boolean isNumber(Class<?> c) {
        return c == int.class || c == long.class || c == double.class || Number.class.isAssignableFrom(c);
    }

    /** Parses every DRL file of a rules folder. */
    public static List<DrlModel> parse(List<Path> drlFiles) {
        return drlFiles.stream().map(DrlModel::parse).toList();
    }
}
