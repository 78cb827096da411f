package dev.chancery.cli;

import static dev.chancery.report.Markdown.code;
import static dev.chancery.report.Markdown.md;

import dev.chancery.engine.RuleCompiler;
import dev.chancery.lint.DrlModel;
import dev.chancery.lint.RuleLinter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true, subcommands = RulesNewCommand.class, description = "The rule catalogue: every rule with its file:line, @description, @source, what it reads and what it concludes.")
final class RulesCommand implements Callable<Integer> {
    enum Format { text, markdown }

    @Mixin
    InputOptions input;

    @Option(names = "--format", description = "text (default) or markdown (docs/rules.md is made with it).")
    Format format = Format.text;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        input.compileRulesWithQueries(); // a catalogue of rules that do not compile would mislead
        List<DrlModel> files = RuleLinter.parse(RuleCompiler.ruleAndQueryFiles(input.rulesPath()));
        StringBuilder text = new StringBuilder();
        if (format == Format.markdown) {
            text.append("# Rule catalogue\n\nMade by `./chancery rules --format markdown --out docs/rules.md`; do not edit by hand.\n");
        }
        Map<String, DrlModel.RuleInfo> byName = new java.util.HashMap<>();
        files.forEach(file -> file.rules().forEach(rule -> byName.putIfAbsent(rule.name(), rule)));
        for (DrlModel file : files) {
            String shown = input.workspace.display(file.file());
            text.append(format == Format.markdown ? "\n## " + md(shown) + "\n" : "\n" + shown + "\n");
            for (DrlModel.RuleInfo rule : file.rules()) {
                Set<String> reads = readsOf(rule, byName);
                Set<String> concludes = rule.concludes();
                Map<String, String> meta = rule.metadata();
                String kind = rule.query() ? "query" : "rule";
                if (format == Format.markdown) {
                    // names and metadata are the rule authors' text: escaped, so that they read as written
                    text.append("\n### ").append(md(rule.name())).append("\n\n");
                    text.append("- ").append(kind).append(" at ").append(code(shown + ":" + rule.line())).append("\n");
                    line(text, "- description: ", md(meta.get("description")));
                    line(text, "- source: ", md(meta.get("source")));
                    line(text, "- extends: ", md(rule.parent()));
                    text.append("- reads: ").append(md(String.join(", ", reads))).append("\n");
                    if (!concludes.isEmpty()) {
                        text.append("- concludes: ").append(md(String.join(", ", concludes))).append("\n");
                    }
                } else {
                    text.append("  ").append(shown).append(":").append(rule.line()).append("  ").append(kind).append(" \"")
                            .append(rule.name()).append("\"\n");
                    line(text, "      ", meta.get("description"));
                    line(text, "      source: ", meta.get("source"));
                    line(text, "      extends: ", rule.parent());
                    text.append("      reads: ").append(String.join(", ", reads))
                            .append(concludes.isEmpty() ? "" : "; concludes: " + String.join(", ", concludes)).append("\n");
                }
            }
        }
        output.write(text.toString(), spec);
        return Main.OK;
    }

    /** The fact types a rule's conditions match, its parent's first: an extended rule's conditions are the child's too. */
    private static Set<String> readsOf(DrlModel.RuleInfo rule, Map<String, DrlModel.RuleInfo> byName) {
        Set<String> reads = new LinkedHashSet<>();
        DrlModel.RuleInfo parent = rule.parent() == null ? null : byName.get(rule.parent());
        if (parent != null && parent != rule) { // the compiler refuses a rule that extends itself, through others too
            reads.addAll(readsOf(parent, byName));
        }
        rule.patterns().forEach(p -> reads.add(p.type()));
        return reads;
    }

    private static void line(StringBuilder out, String prefix, String value) {
        if (value != null && !value.isEmpty() && !value.equals("null")) {
            out.append(prefix).append(value).append("\n");
        }
    }
}
