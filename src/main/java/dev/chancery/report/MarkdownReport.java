package dev.chancery.report;

import static dev.chancery.report.Markdown.code;
import static dev.chancery.report.Markdown.md;

import dev.chancery.model.Actor;
import dev.chancery.result.ConclusionResult;
import dev.chancery.result.EntityResult;
import dev.chancery.result.RelationResult;
import dev.chancery.result.Result;
import dev.chancery.result.WarningResult;
import java.util.Map;

/** The report as Markdown (GitHub-flavoured tables), for notes, wikis and pull requests. */
public final class MarkdownReport {
    private final Map<String, Actor> actors;
    private final String subject;

    public MarkdownReport(Map<String, Actor> actors, String subject) {
        this.actors = actors;
        this.subject = subject;
    }

    public String render(Result result) {
        StringBuilder out = new StringBuilder();
        out.append("# Chancery report\n\n").append(md(subject)).append(", as of ")
                .append(result.asOf() == null ? "all dates" : result.asOf()).append(".\n");

        out.append("\n## Entities\n\nTally: the UN members whose recognition is in force; recognitions by non-members")
                .append(" are listed but not counted.\n\n| Entity | Name | Claimed from | Status | Tally |\n|---|---|---|---|--:|\n");
        for (EntityResult e : result.entities()) {
            out.append("| ").append(code(e.id())).append(" | ").append(md(e.name())).append(" | ")
                    .append(e.parent() == null ? "" : code(e.parent()) + " " + md(name(e.parent()))).append(" | ")
                    .append(md(e.status() + (e.statusSince() == null ? "" : " since " + e.statusSince()))).append(" | **")
                    .append(e.tally()).append("** |\n");
        }
        for (EntityResult e : result.entities()) {
            entity(out, e);
        }

        out.append("\n## Relations\n\n");
        if (result.relations().isEmpty()) {
            out.append("(none)\n");
        } else {
            out.append("| Pair | Status | Since | Basis | Confirmed |\n|---|---|---|---|---|\n");
            for (RelationResult r : result.relations()) {
                out.append("| ").append(code(r.a() + "–" + r.b())).append(" ").append(md(name(r.a()) + " – " + name(r.b())))
                        .append(" | ").append(r.status().equals("severed") ? "**severed**" : md(r.status())).append(" | ")
                        .append(r.since() == null ? "" : r.since()).append(" | ").append(md(r.basis())).append(" | ")
                        .append(r.confirmed() == null ? "" : r.confirmed() ? "yes, by a report" : "no").append(" |\n");
            }
        }

        out.append("\n## Conclusions\n");
        if (result.conclusions().isEmpty()) {
            out.append("\n(none)\n");
        }
        for (ConclusionResult c : result.conclusions()) {
            out.append("\n- ").append(code(c.id())).append(" (").append(md(c.kind())).append(")\n");
            if (c.reason() != null) {
                out.append("  - because ").append(md(c.reason())).append("\n");
            }
            out.append("  - rule: ").append(md(c.rule())).append("\n");
            if (!c.because().isEmpty()) {
                out.append("  - rests on:\n");
                c.because().forEach(b -> out.append("    - ").append(md(b)).append("\n"));
            }
        }

        out.append("\n## Warnings\n\n");
        if (result.warnings().isEmpty()) {
            out.append("(none)\n");
        } else {
            out.append("| Kind | Message | At |\n|---|---|---|\n");
            for (WarningResult w : result.warnings()) {
                out.append("| ").append(md(w.kind())).append(" | ").append(md(w.message())).append(" | ").append(code(w.at()))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    private void entity(StringBuilder out, EntityResult e) {
        out.append("\n### ").append(md(e.id())).append(" — ").append(md(e.name())).append(": tally ").append(e.tally())
                .append("\n\n");
        for (String note : TextReport.coverageNotes(e)) {
            out.append("> ").append(md(note)).append("\n\n");
        }
        if (e.recognizedBy().isEmpty() && e.withdrawn().isEmpty() && e.lapsed().isEmpty()
                && e.nonMemberRecognizers().isEmpty()) {
            out.append("No recognitions.\n");
            return;
        }
        out.append("| Rank | State | Dates | Recognition |\n|--:|---|---|---|\n");
        for (EntityResult.Recognition r : e.recognizedBy()) {
            row(out, TextReport.ordinal(e, r.ordinal()), r.state(),
                    "since " + TextReport.date(r.since(), r.approximate()) + TextReport.through(r), "in force");
        }
        for (EntityResult.EndedRecognition r : e.withdrawn()) {
            row(out, TextReport.ordinal(e, r.ordinal()), r.state(), TextReport.dates(r), TextReport.ending(r));
        }
        for (EntityResult.EndedRecognition r : e.lapsed()) {
            row(out, TextReport.ordinal(e, r.ordinal()), r.state(), TextReport.dates(r), "lapsed");
        }
        for (EntityResult.NonMemberRecognition r : e.nonMemberRecognizers()) {
            row(out, "–", r.state(), "since " + TextReport.date(r.since(), r.approximate()), "not a UN member: not counted");
        }
        if (e.hasApproximateDate()) {
            out.append("\n").append(md(TextReport.APPROXIMATE_KEY)).append("\n");
        }
    }

    /** {@code dates} escaped: a "~" alone would strike text through on GitHub. */
    private void row(StringBuilder out, String ordinal, String state, String dates, String recognition) {
        out.append("| ").append(ordinal).append(" | ").append(code(state)).append(" ").append(md(name(state))).append(" | ")
                .append(md(dates)).append(" | ").append(recognition).append(" |\n");
    }

    private String name(String id) {
        Actor actor = actors.get(id);
        return actor == null ? id : actor.name();
    }
}
