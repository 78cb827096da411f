package dev.chancery.report;

import static dev.chancery.report.Html.esc;

import dev.chancery.result.ResultDiff;
import dev.chancery.result.WarningResult;
import java.util.List;

/** A diff between two worlds as one self-contained HTML page. */
public final class DiffHtml {
    private DiffHtml() {
    }

    public static String render(ResultDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("<header class=\"page\"><div class=\"inner\"><h1>What changes</h1><p>from ").append(esc(diff.b()))
                .append(" to ").append(esc(diff.a())).append("</p></div></header>\n<main>\n");
        if (diff.isEmpty()) {
            out.append("<p class=\"none\">No change.</p>\n");
        }
        if (!diff.tallies().isEmpty()) {
            out.append("<h2>Tallies</h2>\n<table><thead><tr><th>Entity</th><th class=\"num\">Before</th>")
                    .append("<th class=\"num\">After</th><th></th></tr></thead><tbody>\n");
            for (ResultDiff.TallyChange t : diff.tallies()) {
                int delta = (t.after() == null ? 0 : t.after()) - (t.before() == null ? 0 : t.before());
                out.append("<tr><td><span class=\"code\">").append(esc(t.entity())).append("</span></td><td class=\"num\">")
                        .append(esc(DiffText.or(t.before()))).append("</td><td class=\"num\"><b>").append(esc(DiffText.or(t.after())))
                        .append("</b></td><td><span class=\"badge ").append(delta >= 0 ? "gained" : "lost").append("\">")
                        .append(delta >= 0 ? "+" : "−").append(Math.abs(delta)).append("</span></td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        if (!diff.recognizers().isEmpty()) {
            out.append("<h2>Recognizers</h2>\n<table><thead><tr><th>Entity</th><th>State</th><th>Before</th><th>After</th>")
                    .append("</tr></thead><tbody>\n");
            for (ResultDiff.RecognizerChange r : diff.recognizers()) {
                out.append("<tr><td><span class=\"code\">").append(esc(r.entity())).append("</span></td><td><span class=\"code\">")
                        .append(esc(r.state())).append("</span></td><td>")
                        .append(esc(DiffText.recognizer(r.ordinalBefore(), r.inForceBefore()))).append("</td><td><b>")
                        .append(esc(DiffText.recognizer(r.ordinalAfter(), r.inForceAfter()))).append("</b></td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        if (!diff.relations().isEmpty()) {
            out.append("<h2>Relations</h2>\n<table><thead><tr><th>Pair</th><th>Before</th><th>After</th></tr></thead><tbody>\n");
            for (ResultDiff.RelationChange r : diff.relations()) {
                out.append("<tr><td><span class=\"code\">").append(esc(r.a())).append("–").append(esc(r.b()))
                        .append("</span></td><td>").append(esc(DiffText.relation(r.before()))).append("</td><td><b>")
                        .append(esc(DiffText.relation(r.after()))).append("</b></td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        if (!diff.conclusionsGained().isEmpty() || !diff.conclusionsLost().isEmpty()) {
            out.append("<h2>Conclusions</h2>\n<table><tbody>\n");
            diff.conclusionsGained().forEach(c -> out.append("<tr><td><span class=\"badge gained\">gained</span></td><td><code>")
                    .append(esc(c)).append("</code></td></tr>\n"));
            diff.conclusionsLost().forEach(c -> out.append("<tr><td><span class=\"badge lost\">lost</span></td><td><code>")
                    .append(esc(c)).append("</code></td></tr>\n"));
            out.append("</tbody></table>\n");
        }
        if (!diff.warningsGained().isEmpty() || !diff.warningsLost().isEmpty()) {
            out.append("<h2>Warnings</h2>\n<table><thead><tr><th></th><th>Kind</th><th>Message</th><th>At</th></tr></thead>")
                    .append("<tbody>\n");
            warnings(out, "gained", diff.warningsGained());
            warnings(out, "lost", diff.warningsLost());
            out.append("</tbody></table>\n");
        }
        out.append("<footer>Made by Chancery: <code>chancery diff</code>.</footer>\n</main>\n");
        return Html.page("Chancery: from " + diff.b() + " to " + diff.a(), out.toString());
    }

    private static void warnings(StringBuilder out, String change, List<WarningResult> warnings) {
        for (WarningResult w : warnings) {
            out.append("<tr><td><span class=\"badge ").append(change).append("\">").append(change).append("</span></td><td>")
                    .append("<span class=\"badge warning\">").append(esc(w.kind())).append("</span></td><td>")
                    .append(esc(w.message())).append("</td><td><code>").append(esc(w.at())).append("</code></td></tr>\n");
        }
    }
}
