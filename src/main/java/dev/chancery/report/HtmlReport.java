package dev.chancery.report;

import static dev.chancery.report.Html.anchor;
import static dev.chancery.report.Html.esc;

import dev.chancery.model.Actor;
import dev.chancery.result.ConclusionResult;
import dev.chancery.result.EntityResult;
import dev.chancery.result.RelationResult;
import dev.chancery.result.Result;
import dev.chancery.result.WarningResult;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as one self-contained HTML page: a summary, every entity with its tally, ranked
 * recognizers and timeline, the recognition graph, relations, conclusions with their reasons, and
 * warnings. Pictures are passed in already drawn (SVG), so this class only lays out.
 */
public final class HtmlReport {
    /** Entities with more recognitions than this list them in columns rather than a table. */
    private static final int COMPACT_OVER = 24;

    /**
     * The pictures to embed, as inline SVG: the recognition graph, one picture per group (or none,
     * and {@code graphNote} says why), and a timeline per entity id.
     */
    public record Pictures(List<Figure> graphs, String graphNote, Map<String, String> timelines) {
        public static final Pictures NONE = new Pictures(List.of(), null, Map.of());
    }

    /** A titled picture. */
    public record Figure(String title, String svg) {
    }

    private final Map<String, Actor> actors;
    private final String subject;

    /** {@code subject} says what was reasoned over ("the bundled facts", "scenario belarus-follows"). */
    public HtmlReport(Map<String, Actor> actors, String subject) {
        this.actors = actors;
        this.subject = subject;
    }

    public String render(Result result) {
        return render(result, Pictures.NONE);
    }

    public String render(Result result, Pictures pictures) {
        StringBuilder body = new StringBuilder();
        String asOf = result.asOf() == null ? "all dates" : result.asOf().toString();
        body.append("<header class=\"page\"><div class=\"inner\"><h1>Chancery report</h1><p>")
                .append(esc(subject)).append(" · as of ").append(esc(asOf)).append("</p></div></header>\n<main>\n");
        body.append("<nav class=\"toc\"><a href=\"#entities\">Entities</a>");
        if (!pictures.graphs().isEmpty() || pictures.graphNote() != null) {
            body.append("<a href=\"#graph\">Recognition graph</a>");
        }
        body.append("<a href=\"#relations\">Relations</a><a href=\"#conclusions\">Conclusions</a>")
                .append("<a href=\"#warnings\">Warnings</a></nav>\n");
        summary(body, result);
        overview(body, result);
        for (EntityResult e : result.entities()) {
            entity(body, e, pictures.timelines().get(e.id()));
        }
        graph(body, pictures);
        relations(body, result.relations());
        conclusions(body, result.conclusions());
        warnings(body, result.warnings());
        body.append("<footer>Made by Chancery from facts in YAML and rules in DRL; every conclusion names the rule")
                .append(" that drew it and the facts, with file:line, it rests on.</footer>\n</main>\n");
        return Html.page("Chancery report, as of " + asOf, body.toString());
    }

    private void summary(StringBuilder out, Result result) {
        long severed = result.relations().stream().filter(r -> "severed".equals(r.status())).count();
        out.append("<div class=\"summary\">");
        stat(out, result.entities().size(), "entities");
        stat(out, severed, "relations severed");
        stat(out, result.conclusions().size(), "conclusions");
        stat(out, result.warnings().size(), "warnings");
        out.append("</div>\n");
    }

    private static void stat(StringBuilder out, long n, String label) {
        out.append("<div><b>").append(n).append("</b><span>").append(esc(label)).append("</span></div>");
    }

    private void overview(StringBuilder out, Result result) {
        out.append("<h2 id=\"entities\">Entities</h2>\n<p class=\"lead\">Tally: the UN members whose recognition is")
                .append(" in force. Recognitions by non-members are listed but not counted.</p>\n");
        int max = Math.max(1, result.entities().stream().mapToInt(EntityResult::tally).max().orElse(1));
        out.append("<table><thead><tr><th>Entity</th><th>Claimed from</th><th>Status</th><th class=\"num\">Tally</th>")
                .append("<th></th><th class=\"num\">Withdrawn</th><th class=\"num\">Lapsed</th>")
                .append("<th class=\"num\">Non-members</th></tr></thead><tbody>\n");
        for (EntityResult e : result.entities()) {
            out.append("<tr><td><a href=\"#entity-").append(anchor(e.id())).append("\"><span class=\"code\">")
                    .append(esc(e.id())).append("</span></a> ").append(esc(e.name())).append("</td><td>")
                    .append(e.parent() == null ? "" : "<span class=\"code\">" + esc(e.parent()) + "</span> "
                            + esc(name(e.parent())))
                    .append("</td><td>").append(esc(status(e))).append("</td><td class=\"num\"><b>").append(e.tally())
                    .append("</b></td><td><span class=\"bar\" style=\"width:")
                    .append(Math.round(120.0 * e.tally() / max)).append("px\"></span></td><td class=\"num\">")
                    .append(e.withdrawn().size()).append("</td><td class=\"num\">").append(e.lapsed().size())
                    .append("</td><td class=\"num\">").append(e.nonMemberRecognizers().size()).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private static String status(EntityResult e) {
        return e.status() + (e.statusSince() == null ? "" : " since " + e.statusSince());
    }

    private void entity(StringBuilder out, EntityResult e, String timeline) {
        out.append("<section class=\"entity\" id=\"entity-").append(anchor(e.id())).append("\">\n<header><div><h3>")
                .append("<span class=\"code\">").append(esc(e.id())).append("</span> ").append(esc(e.name()))
                .append("</h3><p class=\"meta\">")
                .append(e.parent() == null ? "" : "claimed from " + esc(name(e.parent())) + " (" + esc(e.parent()) + ") · ")
                .append(esc(status(e))).append("</p></div><div class=\"tally\"><b>").append(e.tally())
                .append("</b><span>tally</span></div></header>\n");
        for (String note : TextReport.coverageNotes(e)) {
            out.append("<p class=\"note coverage\">").append(esc(note)).append("</p>\n");
        }
        List<Row> rows = rows(e);
        if (rows.isEmpty()) {
            out.append("<p class=\"none\">No recognitions.</p>\n");
        } else if (rows.size() > COMPACT_OVER) {
            out.append("<ol class=\"compact\">\n");
            for (Row r : rows) {
                out.append("<li><span class=\"ord\">").append(esc(r.ordinal)).append("</span><span class=\"code\">")
                        .append(esc(r.state)).append("</span> ").append(esc(name(r.state))).append(" <span class=\"muted\">")
                        .append(r.dates).append("</span>")
                        .append(r.kind.equals("in-force") ? "" : " <span class=\"badge " + r.kind + "\">" + esc(r.label) + "</span>")
                        .append("</li>\n");
            }
            out.append("</ol>\n");
        } else {
            out.append("<table><thead><tr><th>Rank</th><th>State</th><th>Dates</th><th>Recognition</th></tr></thead><tbody>\n");
            for (Row r : rows) {
                out.append("<tr><td>").append(esc(r.ordinal)).append("</td><td><span class=\"code\">").append(esc(r.state))
                        .append("</span> ").append(esc(name(r.state))).append("</td><td>").append(r.dates)
                        .append("</td><td><span class=\"badge ").append(r.kind).append("\">").append(esc(r.label))
                        .append("</span></td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        if (e.hasApproximateDate()) {
            out.append("<p class=\"muted\">").append(esc(TextReport.APPROXIMATE_KEY)).append("</p>\n");
        }
        if (timeline != null) {
            out.append("<figure class=\"timeline\">").append(timeline).append("<figcaption>The tally of ")
                    .append(esc(e.id())).append(" over time, as the rules compute it on each date of an event.")
                    .append("</figcaption></figure>\n");
        }
        out.append("</section>\n");
    }

    /** {@code dates} is HTML already: its approximate dates are marked. */
    private record Row(Integer rank, String ordinal, String state, String dates, String kind, String label) {
    }

    private static List<Row> rows(EntityResult e) {
        List<Row> rows = new java.util.ArrayList<>();
        e.recognizedBy().forEach(r -> rows.add(new Row(r.ordinal(), TextReport.ordinal(e, r.ordinal()), r.state(),
                "since " + date(r.since(), r.approximate()) + esc(TextReport.through(r)), "in-force", "in force")));
        e.withdrawn().forEach(r -> rows.add(new Row(r.ordinal(), TextReport.ordinal(e, r.ordinal()), r.state(),
                dates(r), "withdrawn", TextReport.ending(r))));
        e.lapsed().forEach(r -> rows.add(new Row(r.ordinal(), TextReport.ordinal(e, r.ordinal()), r.state(),
                dates(r), "lapsed", "lapsed")));
        // by rank, as an analyst asks "who was third?"; ended recognitions keep their rank
        rows.sort(java.util.Comparator.comparingInt(r -> r.rank == null ? Integer.MAX_VALUE : r.rank));
        e.nonMemberRecognizers().forEach(r -> rows.add(new Row(null, "–", r.state(),
                "since " + date(r.since(), r.approximate()), "not-counted", "not a UN member: not counted")));
        return rows;
    }

    private static String dates(EntityResult.EndedRecognition r) {
        return date(r.since(), r.approximate()) + " to " + date(r.until(), r.untilApproximate());
    }

    /** A date as HTML: "~" and a tooltip when it rests on an approximately dated event, as the text report's "~". */
    private static String date(LocalDate date, boolean approximate) {
        return approximate ? "<span class=\"approximate\" title=\"approximate date\">" + esc(TextReport.date(date, true))
                + "</span>" : esc(date);
    }

    private void graph(StringBuilder out, Pictures pictures) {
        if (pictures.graphs().isEmpty() && pictures.graphNote() == null) {
            return;
        }
        out.append("<h2 id=\"graph\">Recognition graph</h2>\n");
        if (!pictures.graphs().isEmpty()) {
            out.append("<p class=\"lead\">Recognizers → entities → the states they are claimed from, one picture per")
                    .append(" claimant. Severed relations in red: dashed when the rules inferred them (policy or exclusive")
                    .append(" switch; ✓ when a report confirms them), solid when reported. Grey: recognitions that ended")
                    .append(" or are not counted.</p>\n");
            for (Figure f : pictures.graphs()) {
                out.append("<figure class=\"graph\">").append(f.svg()).append("<figcaption>").append(esc(f.title()))
                        .append("</figcaption></figure>\n");
            }
        } else {
            out.append("<p class=\"note\">").append(esc(pictures.graphNote())).append("</p>\n");
        }
    }

    private void relations(StringBuilder out, List<RelationResult> relations) {
        out.append("<h2 id=\"relations\">Relations</h2>\n");
        if (relations.isEmpty()) {
            out.append("<p class=\"none\">No relations events or conclusions.</p>\n");
            return;
        }
        out.append("<table><thead><tr><th>Pair</th><th>Status</th><th>Since</th><th>Basis</th><th>Confirmed</th>")
                .append("</tr></thead><tbody>\n");
        for (RelationResult r : relations) {
            out.append("<tr><td><span class=\"code\">").append(esc(r.a())).append("–").append(esc(r.b()))
                    .append("</span> <span class=\"muted\">").append(esc(name(r.a()))).append(" – ").append(esc(name(r.b())))
                    .append("</span></td><td><span class=\"badge ").append(anchor(r.status())).append("\">")
                    .append(esc(r.status())).append("</span></td><td>").append(r.since() == null ? "" : esc(r.since()))
                    .append("</td><td>").append(r.basis() == null ? "" : esc(r.basis())).append("</td><td>")
                    .append(r.confirmed() == null ? "" : r.confirmed() ? "✓ by a report" : "not confirmed")
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private void conclusions(StringBuilder out, List<ConclusionResult> conclusions) {
        out.append("<h2 id=\"conclusions\">Conclusions</h2>\n");
        if (conclusions.isEmpty()) {
            out.append("<p class=\"none\">No conclusions.</p>\n");
            return;
        }
        Map<String, List<ConclusionResult>> byKind = new LinkedHashMap<>();
        conclusions.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new java.util.ArrayList<>()).add(c));
        for (Map.Entry<String, List<ConclusionResult>> kind : byKind.entrySet()) {
            out.append("<h4>").append(esc(kind.getKey())).append(" (").append(kind.getValue().size()).append(")</h4>\n");
            for (ConclusionResult c : kind.getValue()) {
                out.append("<article class=\"conclusion ").append(anchor(c.kind())).append("\"><div class=\"cid\"><code>")
                        .append(esc(c.id())).append("</code></div>");
                if (c.reason() != null) {
                    out.append("<p>because ").append(esc(c.reason())).append("</p>");
                }
                out.append("<p class=\"muted\">rule: ").append(esc(c.rule())).append("</p>");
                if (!c.because().isEmpty()) {
                    out.append("<ul>");
                    c.because().forEach(b -> out.append("<li>").append(esc(b)).append("</li>"));
                    out.append("</ul>");
                }
                out.append("</article>\n");
            }
        }
    }

    private void warnings(StringBuilder out, List<WarningResult> warnings) {
        out.append("<h2 id=\"warnings\">Warnings</h2>\n");
        if (warnings.isEmpty()) {
            out.append("<p class=\"none\">None.</p>\n");
            return;
        }
        out.append("<table><thead><tr><th>Kind</th><th>Message</th><th>At</th></tr></thead><tbody>\n");
        for (WarningResult w : warnings) {
            out.append("<tr><td><span class=\"badge warning\">").append(esc(w.kind())).append("</span></td><td>")
                    .append(esc(w.message())).append("</td><td><code>").append(esc(w.at())).append("</code></td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private String name(String id) {
        Actor actor = actors.get(id);
        return actor == null ? id : actor.name();
    }
}
