package dev.chancery.explain;

import dev.chancery.engine.Reasoner;
import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RuleCatalog;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Query;

/**
 * Answers "why is KIND A B not concluded?" with the why-not queries of the rules folder
 * ({@code rules/queries/why-not.drl}): each chain adds the conditions of a rule one at a time, and the
 * first query that finds nothing names the condition that failed on these facts.
 */
public final class WhyNot {
    private static final Pattern NAME = Pattern.compile("why-not (\\S+) (\\d+): (.*)");

    /** The answer: the rule that could have concluded it, and the failed condition (null when all hold). */
    public record Answer(String question, String rule, String ruleAt, String failed, List<String> held) {
    }

    private record Step(String kind, int order, String name, String text, String rule) {
    }

    private final RuleBase rules;
    private final RuleCatalog catalog;

    public WhyNot(RuleBase rules, RuleCatalog catalog) {
        this.rules = rules;
        this.catalog = catalog;
    }

    public Answer ask(Reasoner reasoner, String question) {
        String[] words = question.trim().split("[\\s,]+");
        List<Step> steps = steps();
        TreeSet<String> kinds = new TreeSet<>();
        steps.forEach(s -> kinds.add(s.kind()));
        if (words.length != 3 || !kinds.contains(words[0])) {
            throw new InputException(Problem.usage("cannot answer '" + question
                    + "': ask \"KIND A B\" with KIND one of " + kinds + " (e.g. \"severance UKR BLR\")"));
        }
        String kind = words[0];
        String a = words[1];
        String b = words[2];
        List<Step> chain = steps.stream().filter(s -> s.kind().equals(kind)).toList();
        String rule = chain.stream().map(Step::rule).filter(r -> r != null).findFirst().orElse(null);
        RuleCatalog.Entry entry = rule == null ? null : catalog.get(rule);
        List<String> held = new ArrayList<>();
        for (Step step : chain) {
            String text = step.text().replace("{A}", a).replace("{B}", b);
            int bar = text.indexOf(" | ");
            String holds = bar < 0 ? "condition " + step.order() + " holds" : text.substring(0, bar);
            String fails = bar < 0 ? text : text.substring(bar + 3);
            if (reasoner.count(step.name(), a, b) == 0) {
                return new Answer(question, rule, entry == null ? null : entry.at(), fails, held);
            }
            held.add(holds);
        }
        return new Answer(question, rule, entry == null ? null : entry.at(), null, held);
    }

    private List<Step> steps() {
        List<Step> out = new ArrayList<>();
        for (KiePackage pkg : rules.kieBase().getKiePackages()) {
            for (Query query : pkg.getQueries()) {
                Matcher m = NAME.matcher(query.getName());
                if (m.matches()) {
                    Object rule = query.getMetaData().get("rule");
                    out.add(new Step(m.group(1), Integer.parseInt(m.group(2)), query.getName(), m.group(3),
                            rule == null ? null : rule.toString()));
                }
            }
        }
        out.sort(Comparator.comparing(Step::kind).thenComparingInt(Step::order));
        return out;
    }
}
