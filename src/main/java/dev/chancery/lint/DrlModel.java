package dev.chancery.lint;

import dev.chancery.input.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The rules of one DRL file as the parser sees them: each rule's patterns (with their constraints
 * and places) and its consequence text. The linter and the rule catalogue read rules through this.
 */
public record DrlModel(Path file, List<String> lines, List<RuleInfo> rules) {

    /**
     * A rule or a query with its own patterns, 1-based line; {@code parent} is the rule it extends (whose
     * patterns come first in its conditions), or null.
     */
    public record RuleInfo(String name, int line, boolean query, List<PatternInfo> patterns, String consequence,
                           java.util.Map<String, String> metadata, String parent) {

        private static final java.util.regex.Pattern CONSTRUCTED =
                java.util.regex.Pattern.compile("new\\s+(\\w+)\\s*\\(|\\b([A-Z]\\w*)\\.of\\s*\\(");

        /** The fact types its consequence makes ({@code new Tally(...)}, {@code PairAtRecognition.of(...)}). */
        public java.util.Set<String> concludes() {
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            java.util.regex.Matcher m = CONSTRUCTED.matcher(consequence);
            while (m.find()) {
                out.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
            return out;
        }
    }

    /** A pattern's fact type and constraints; {@code identifier} is the variable bound to the fact ({@code $c}), or null. */
    public record PatternInfo(String type, int line, int column, List<ConstraintInfo> constraints, String identifier) {
    }

    /** One constraint expression, at its line and (when known) column. */
    public record ConstraintInfo(String expression, int line, int column) {
    }

    public static DrlModel parse(Path file) {
        try {
            String text = dev.chancery.load.Utf8.text(file); // as the compiler reads it: a byte order mark dropped
            PackageDescr pkg = new DrlParser().parse(false, text);
            List<RuleInfo> rules = new ArrayList<>();
            if (pkg != null) {
                for (RuleDescr rule : pkg.getRules()) {
                    List<PatternInfo> patterns = new ArrayList<>();
                    collect(rule.getLhs(), patterns);
                    java.util.Map<String, String> meta = new java.util.LinkedHashMap<>();
                    rule.getAnnotationNames().forEach(n -> meta.put(n, unquote(String.valueOf(rule.getAnnotation(n).getSingleValue()))));
                    rules.add(new RuleInfo(rule.getName(), rule.getLine(), rule.isQuery(), patterns,
                            rule.getConsequence() == null ? "" : rule.getConsequence().toString(), meta,
                            rule.getParentName()));
                }
            }
            return new DrlModel(file, text.lines().toList(), rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DroolsParserException e) {
            return new DrlModel(file, List.of(), List.of()); // the compiler reports syntax errors
        }
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static void collect(BaseDescr descr, List<PatternInfo> out) {
        if (descr instanceof PatternDescr pattern) {
            List<ConstraintInfo> constraints = new ArrayList<>();
            for (BaseDescr c : pattern.getDescrs()) {
                if (c instanceof ExprConstraintDescr expr) {
                    constraints.add(new ConstraintInfo(expr.getExpression(), expr.getLine(), expr.getColumn()));
                }
            }
            out.add(new PatternInfo(pattern.getObjectType(), pattern.getLine(), pattern.getColumn(), constraints,
                    pattern.getIdentifier()));
            if (pattern.getSource() instanceof AccumulateDescr acc) {
                acc.getInputPattern();
                collect(acc.getInput(), out);
            }
        } else if (descr instanceof AccumulateDescr acc) {
            collect(acc.getInput(), out);
        } else if (descr instanceof ConditionalElementDescr ce) {
            for (Object child : ce.getDescrs()) {
                collect((BaseDescr) child, out);
            }
        }
    }

    /** 1-based column of {@code text} on {@code line}, else the first non-blank column. */
    public int columnOf(int line, String text) {
        if (line < 1 || line > lines.size()) {
            return 1;
        }
        String source = lines.get(line - 1);
        int at = text == null ? -1 : source.indexOf(text.trim());
        if (at >= 0) {
            return at + 1;
        }
        int first = 0;
        while (first < source.length() && Character.isWhitespace(source.charAt(first))) {
            first++;
        }
        return first + 1;
    }

    /** The line where {@code text} first appears at or after {@code from}, for constraints whose line is unknown. */
    public int lineOf(int from, String text) {
        for (int i = Math.max(from, 1); i <= lines.size(); i++) {
            if (lines.get(i - 1).contains(text.trim())) {
                return i;
            }
        }
        return from;
    }

    public Problem problem(int line, int column, String message, String display) {
        return new Problem(display, line, column, message);
    }
}
