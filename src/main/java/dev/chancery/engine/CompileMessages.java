package dev.chancery.engine;

import dev.chancery.input.Problem;
import dev.chancery.lint.DrlModel;
import dev.chancery.lint.RuleLinter;
import dev.chancery.load.Suggest;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the author meant, where Drools says something else: the usual mistakes of a rule author, each as one
 * problem at its own file, line and column with a suggestion, in place of the compiler's cascade.
 * <ul>
 * <li>an unknown field in a binding ({@code $k : pairr}): Drools says "$k cannot be resolved" wherever $k is used;
 * <li>an unknown fact type ({@code Spans( ... )}): with the closest type;
 * <li>a missing {@code )}: Drools says "mismatched input 'then'";
 * <li>a missing {@code end}: "mismatched input '<eof>'";
 * <li>a typo in a consequence: reported at the rule's first line, now at the line of the word.
 * </ul>
 * With {@code verbose}, each rewritten message keeps the compiler's own text after it.
 */
final class CompileMessages {
    private static final Pattern BINDING = Pattern.compile("^\\s*(\\$\\w+)\\s*:\\s*(\\w+)\\s*$");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '(\\w+)'");
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '([^']*)' in rule \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined");
    private static final Pattern UNRESOLVED = Pattern.compile("(\\w+) cannot be resolved(?: to a (?:variable|type))?");
    /** What a consequence can call on its own: the knowledge helper's methods. */
    private static final List<String> CONSEQUENCE_METHODS =
            List.of("insert", "insertLogical", "delete", "update", "modify", "retract");

    private final Path file;
    private final String shown;
    private final List<String> lines;
    private final DrlModel model;
    private final Set<String> factTypes;
    private final boolean verbose;
    private final List<Problem> unknownBindings = new ArrayList<>();
    private final Set<String> brokenVariables = new TreeSet<>();
    private final Set<DrlModel.RuleInfo> brokenRules = new java.util.HashSet<>();

    /** The messages of {@code file} ({@code shown} as the author sees its path); {@code factTypes}: the types rules may match. */
    CompileMessages(Path file, String shown, Set<String> factTypes, boolean verbose) {
        this.file = file;
        this.shown = shown;
        this.model = DrlModel.parse(file);
        this.lines = model.lines();
        this.factTypes = factTypes;
        this.verbose = verbose;
        findMistakes();
    }

    /** A field a binding names that its fact does not have, one problem each, from the parsed rules. */
    List<Problem> unknownBindings() {
        return unknownBindings;
    }

    /**
     * The compiler's message {@code text} at {@code line} rewritten as what was meant, or null when it is none
     * of the usual mistakes.
     */
    Problem rewrite(String text, int line) {
        Matcher type = UNKNOWN_TYPE.matcher(text);
        if (type.find()) {
            return problem(line, column(line, type.group(1)), "unknown fact type '" + type.group(1) + "'"
                    + Suggest.hint(type.group(1), factTypes), text);
        }
        Matcher mismatched = MISMATCHED.matcher(text);
        if (mismatched.find()) {
            if (mismatched.group(1).equals("<eof>")) {
                DrlModel.RuleInfo rule = ruleNamed(mismatched.group(2));
                return problem(lines.size(), 1, "rule \"" + mismatched.group(2) + "\" has no 'end': the file ends inside it"
                        + (rule == null ? "" : " (it starts at line " + rule.line() + ")") + "; write 'end' after its"
                        + " consequence", text);
            }
            int[] open = unclosedParenthesis(line);
            if (open != null) {
                String opened = lines.get(open[0] - 1).substring(0, open[1] - 1).replaceFirst(".*?(\\w+)\\s*$", "$1");
                int last = lastCodeLine(line);
                return problem(last, lines.get(last - 1).stripTrailing().length() + 1, "missing ')': the '(' of "
                        + opened + " at " + open[0] + ":" + open[1] + " is not closed before '" + mismatched.group(1)
                        + "' (line " + line + ")", text);
            }
            return null;
        }
        Matcher method = UNDEFINED_METHOD.matcher(text);
        Matcher unresolved = UNRESOLVED.matcher(text);
        String word = method.find() ? method.group(1) : unresolved.find() ? unresolved.group(1) : null;
        if (word != null && text.contains("Rule Compilation error")) {
            DrlModel.RuleInfo rule = ruleAt(line);
            int[] at = rule == null ? null : inConsequence(rule, word);
            if (at != null) {
                String what = method.find(0) ? "the method " + word + "(" + method.group(2) + ") is undefined"
                        + Suggest.hint(word, CONSEQUENCE_METHODS)
                        : "'" + word + "' cannot be resolved: no variable, field or type of that name";
                return problem(at[0], at[1], "in the consequence of rule \"" + rule.name() + "\": " + what, text);
            }
        }
        return null;
    }

    /**
     * Whether the compiler's message {@code text} at {@code line} only follows from a mistake said already: it
     * lies in a rule with an unknown binding or an unknown fact type, or names a variable bound there (every
     * use of it fails too, in other patterns and in the consequence, where the compiler drops the $).
     */
    boolean followsFromAMistake(String text, int line) {
        if (UNKNOWN_TYPE.matcher(text).find()) {
            return false; // the mistake itself
        }
        for (String variable : brokenVariables) {
            if (Pattern.compile("(?<![\\w$])\\$?" + Pattern.quote(variable.substring(1)) + "\\b").matcher(text).find()) {
                return true;
            }
        }
        return brokenRules.contains(ruleAt(line));
    }

    /**
     * One pass over the file's patterns: the bindings that name a field their fact lacks (each a problem), and the
     * rules and variables that an unknown binding or an unknown fact type breaks, which every later message of the
     * compiler only repeats.
     */
    private void findMistakes() {
        for (DrlModel.RuleInfo rule : model.rules()) {
            for (DrlModel.PatternInfo pattern : rule.patterns()) {
                Class<?> type = factClass(pattern.type());
                boolean unknownType = type == null && !factTypes.contains(pattern.type());
                for (DrlModel.ConstraintInfo constraint : pattern.constraints()) {
                    Matcher m = BINDING.matcher(constraint.expression());
                    if (!m.matches()) {
                        continue;
                    }
                    boolean unknownField = type != null && type.isRecord() && !readable(type, m.group(2));
                    if (unknownField) {
                        List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
                        int line = constraint.line() > 0 ? constraint.line() : model.lineOf(pattern.line(), constraint.expression());
                        unknownBindings.add(new Problem(shown, line, column(line, m.group(2)), "unknown field '" + m.group(2)
                                + "' of " + type.getSimpleName() + " in the binding " + m.group(1) + " (fields: "
                                + String.join(", ", fields) + ")" + Suggest.hint(m.group(2), fields)));
                    }
                    if (unknownField || unknownType) {
                        brokenVariables.add(m.group(1));
                        brokenRules.add(rule);
                    }
                }
                if (unknownType) {
                    brokenRules.add(rule);
                    if (pattern.identifier() != null) {
                        brokenVariables.add(pattern.identifier());
                    }
                }
            }
        }
    }

    /** Whether a rule can read {@code name} of {@code type}: a field, or a method with no parameters ({@code year}). */
    private static boolean readable(Class<?> type, String name) {
        return Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(name) && m.getParameterCount() == 0
                && m.getReturnType() != void.class && m.getDeclaringClass() != Object.class);
    }

    private Problem problem(int line, int column, String message, String original) {
        return new Problem(shown, line, column, verbose ? message + " [compiler: " + DrlColumns.clean(original) + "]" : message);
    }

    private DrlModel.RuleInfo ruleNamed(String name) {
        return model.rules().stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    /** The rule whose text holds {@code line}: the last that starts at or before it. */
    private DrlModel.RuleInfo ruleAt(int line) {
        DrlModel.RuleInfo at = null;
        for (DrlModel.RuleInfo rule : model.rules()) {
            if (rule.line() <= line && (at == null || rule.line() > at.line())) {
                at = rule;
            }
        }
        return at;
    }

    /** Line and column of {@code word} as a whole word after the rule's {@code then}, or null. */
    private int[] inConsequence(DrlModel.RuleInfo rule, String word) {
        Pattern whole = Pattern.compile("\\b" + Pattern.quote(word) + "\\b");
        boolean after = false;
        for (int i = rule.line() - 1; i < lines.size(); i++) {
            String text = lines.get(i);
            if (!after) {
                after = text.strip().equals("then") || text.strip().startsWith("then ");
                continue;
            }
            if (text.strip().equals("end")) {
                return null;
            }
            Matcher m = whole.matcher(text);
            if (m.find()) {
                return new int[] {i + 1, m.start() + 1};
            }
        }
        return null;
    }

    /** The line and column of the last '(' left open before {@code line}, within its rule; null if all are closed. */
    private int[] unclosedParenthesis(int line) {
        DrlModel.RuleInfo rule = ruleAt(line);
        int from = rule == null ? 1 : rule.line();
        List<int[]> open = new ArrayList<>();
        for (int i = from; i < line && i <= lines.size(); i++) {
            String text = lines.get(i - 1);
            boolean quoted = false;
            for (int c = 0; c < text.length(); c++) {
                char ch = text.charAt(c);
                if (ch == '"' && (c == 0 || text.charAt(c - 1) != '\\')) {
                    quoted = !quoted;
                } else if (!quoted && ch == '/' && c + 1 < text.length() && text.charAt(c + 1) == '/') {
                    break;
                } else if (!quoted && ch == '(') {
                    open.add(new int[] {i, c + 1});
                } else if (!quoted && ch == ')' && !open.isEmpty()) {
                    open.remove(open.size() - 1);
                }
            }
        }
        return open.isEmpty() ? null : open.get(open.size() - 1);
    }

    /** The last line before {@code line} with code on it. */
    private int lastCodeLine(int line) {
        for (int i = line - 1; i >= 1; i--) {
            String text = lines.get(i - 1).strip();
            if (!text.isEmpty() && !text.startsWith("//")) {
                return i;
            }
        }
        return line;
    }

    private int column(int line, String word) {
        return DrlColumns.columnOfWord(file, line, word);
    }

    private static Class<?> factClass(String name) {
        return RuleLinter.factClass(name);
    }

    /** The fact types rules may match: those the loader states and those some rule makes. */
    static Set<String> factTypes(Collection<DrlModel> files) {
        Set<String> out = new TreeSet<>(RuleLinter.STATED_TYPES);
        files.forEach(f -> f.rules().forEach(r -> out.addAll(r.concludes())));
        return out;
    }
}
