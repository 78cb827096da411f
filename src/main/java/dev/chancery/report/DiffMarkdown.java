package dev.chancery.report;

import static dev.chancery.report.Markdown.code;
import static dev.chancery.report.Markdown.md;

import dev.chancery.result.ResultDiff;
import dev.chancery.result.WarningResult;
import java.util.List;

/** A diff between two worlds as Markdown tables. */
public final class DiffMarkdown {
    private DiffMarkdown() {
    }

    public static String render(ResultDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("# Changes from ").append(md(diff.b())).append(" to ").append(md(diff.a())).append("\n");
        if (diff.isEmpty()) {
            return out.append("\nNo change.\n").toString();
        }
        if (!diff.tallies().isEmpty()) {
            out.append("\n## Tallies\n\n| Entity | Before | After |\n|---|--:|--:|\n");
            diff.tallies().forEach(t -> out.append("| ").append(code(t.entity())).append(" | ").append(DiffText.or(t.before()))
                    .append(" | **").append(DiffText.or(t.after())).append("** |\n"));
        }
        if (!diff.recognizers().isEmpty()) {
            out.append("\n## Recognizers\n\n| Entity | State | Before | After |\n|---|---|---|---|\n");
            for (ResultDiff.RecognizerChange r : diff.recognizers()) {
                out.append("| ").append(code(r.entity())).append(" | ").append(code(r.state())).append(" | ")
                        .append(DiffText.recognizer(r.ordinalBefore(), r.inForceBefore())).append(" | ")
                        .append(DiffText.recognizer(r.ordinalAfter(), r.inForceAfter())).append(" |\n");
            }
        }
        if (!diff.relations().isEmpty()) {
            out.append("\n## Relations\n\n| Pair | Before | After |\n|---|---|---|\n");
            for (ResultDiff.RelationChange r : diff.relations()) {
                out.append("| ").append(code(r.a() + "–" + r.b())).append(" | ").append(md(DiffText.relation(r.before())))
                        .append(" | ").append(md(DiffText.relation(r.after()))).append(" |\n");
            }
        }
        if (!diff.conclusionsGained().isEmpty() || !diff.conclusionsLost().isEmpty()) {
            out.append("\n## Conclusions\n\n");
            diff.conclusionsGained().forEach(c -> out.append("- gained: ").append(code(c)).append("\n"));
            diff.conclusionsLost().forEach(c -> out.append("- lost: ").append(code(c)).append("\n"));
        }
        if (!diff.warningsGained().isEmpty() || !diff.warningsLost().isEmpty()) {
            out.append("\n## Warnings\n\n| | Kind | Message | At |\n|---|---|---|---|\n");
            warnings(out, "gained", diff.warningsGained());
            warnings(out, "lost", diff.warningsLost());
        }
        return out.toString();
    }

    private static void warnings(StringBuilder out, String change, List<WarningResult> warnings) {
        warnings.forEach(w -> out.append("| ").append(change).append(" | ").append(md(w.kind())).append(" | ")
                .append(md(w.message())).append(" | ").append(code(w.at())).append(" |\n"));
    }
}
