package dev.chancery.report;

/**
 * What every HTML page shares: escaping, and one self-contained page (inline CSS, no scripts, no
 * fonts or anything else fetched), readable on a laptop and printable.
 */
final class Html {
    private Html() {
    }

    /** Text for element content and attribute values (both quote kinds are escaped). */
    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An id usable in {@code id="..."} and {@code href="#..."}: letters, digits, '-' and '_'. */
    static String anchor(String text) {
        return text.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"Chancery\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n"
                + body + "</body>\n</html>\n";
    }

    /** System fonts only: the page must not fetch anything. */
    static final String CSS = """
            :root { --ink: #1f2933; --muted: #5f6b7a; --line: #d9dee5; --soft: #f4f6f9; --accent: #1d3b6f;
                    --red: #b42318; --red-soft: #fdecea; --green: #1e7b34; --green-soft: #e7f5ea;
                    --amber: #8a5a00; --amber-soft: #fff4dc; --grey-soft: #eef0f3; }
            * { box-sizing: border-box; }
            html { font-size: 15px; }
            body { margin: 0; color: var(--ink); background: #fff;
                   font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   line-height: 1.45; }
            a { color: var(--accent); }
            main { max-width: 1120px; margin: 0 auto; padding: 0 28px 48px; }
            header.page { background: var(--accent); color: #fff; padding: 22px 0 18px; margin-bottom: 8px; }
            header.page .inner { max-width: 1120px; margin: 0 auto; padding: 0 28px; }
            header.page h1 { margin: 0; font-size: 1.65rem; font-weight: 650; letter-spacing: .01em; }
            header.page p { margin: 4px 0 0; opacity: .88; }
            nav.toc { display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 10px 0; border-bottom: 1px solid var(--line);
                      font-size: .93rem; }
            nav.toc a { color: var(--accent); text-decoration: none; }
            nav.toc a:hover { text-decoration: underline; }
            h2 { font-size: 1.3rem; margin: 34px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--accent);
                 color: var(--accent); }
            h3 { font-size: 1.08rem; margin: 0; }
            h4 { font-size: .98rem; margin: 18px 0 6px; color: var(--muted); }
            p.lead { color: var(--muted); margin: 6px 0 12px; }
            .summary { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0 4px; }
            .summary div { background: var(--soft); border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px;
                           min-width: 120px; }
            .summary b { display: block; font-size: 1.45rem; color: var(--accent); }
            .summary span { color: var(--muted); font-size: .85rem; }
            table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: .93rem; }
            th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
            th { background: var(--soft); font-weight: 600; color: var(--muted); font-size: .82rem;
                 text-transform: uppercase; letter-spacing: .03em; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            code, .code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
                          font-size: .88em; }
            .code { font-weight: 600; }
            .muted { color: var(--muted); }
            .badge { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: .8rem; font-weight: 600;
                     white-space: nowrap; }
            .badge.severed, .badge.withdrawn, .badge.lost { background: var(--red-soft); color: var(--red); }
            .badge.active, .badge.in-force, .badge.gained { background: var(--green-soft); color: var(--green); }
            .badge.unknown, .badge.lapsed, .badge.not-counted { background: var(--grey-soft); color: var(--muted); }
            .badge.warning { background: var(--amber-soft); color: var(--amber); }
            .bar { display: inline-block; height: 9px; background: var(--accent); border-radius: 2px; vertical-align: middle;
                   margin-right: 6px; opacity: .8; }
            section.entity { border: 1px solid var(--line); border-radius: 10px; padding: 14px 18px; margin: 16px 0;
                             break-inside: avoid-page; }
            section.entity > header { display: flex; justify-content: space-between; align-items: flex-start; gap: 16px; }
            section.entity .meta { color: var(--muted); margin: 2px 0 0; font-size: .93rem; }
            .tally { text-align: center; min-width: 76px; }
            .tally b { display: block; font-size: 2rem; line-height: 1; color: var(--accent); }
            .tally span { font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
            ol.compact { columns: 3 250px; column-gap: 24px; list-style: none; padding: 0; margin: 8px 0; font-size: .88rem; }
            ol.compact li { break-inside: avoid; padding: 1px 0; }
            ol.compact .ord { display: inline-block; min-width: 3.2em; color: var(--muted); font-variant-numeric: tabular-nums; }
            figure { margin: 12px 0 4px; }
            figure svg { max-width: 100%; height: auto; display: block; }
            figure.graph { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; padding: 8px; }
            figcaption { color: var(--muted); font-size: .85rem; margin-top: 4px; }
            .legend { display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: .85rem; color: var(--muted); margin: 6px 0; }
            .legend svg { vertical-align: middle; margin-right: 4px; }
            article.conclusion { border-left: 3px solid var(--accent); padding: 4px 0 4px 12px; margin: 10px 0;
                                 break-inside: avoid; }
            article.conclusion.severance, article.conclusion.recognition-ended { border-left-color: var(--red); }
            article.conclusion.expected-severance { border-left-color: var(--amber); }
            article.conclusion.lapse { border-left-color: var(--muted); }
            article.conclusion.claim-confirmed { border-left-color: var(--green); }
            article.conclusion .cid { font-weight: 600; }
            article.conclusion p { margin: 2px 0; }
            article.conclusion ul { margin: 2px 0 0; padding-left: 18px; color: var(--muted); font-size: .85rem; }
            .note { background: var(--amber-soft); border: 1px solid #f1d38a; border-radius: 8px; padding: 8px 12px; }
            .none { color: var(--muted); font-style: italic; }
            footer { margin-top: 40px; color: var(--muted); font-size: .82rem; border-top: 1px solid var(--line);
                     padding-top: 8px; }
            @media (max-width: 700px) { main, header.page .inner { padding: 0 14px; } ol.compact { columns: 1; } }
            @media print {
              html { font-size: 10.5pt; }
              header.page { background: none; color: var(--ink); border-bottom: 2px solid var(--ink); padding: 0 0 6px; }
              header.page .inner, main { max-width: none; padding: 0; }
              nav.toc { display: none; }
              h2 { break-after: avoid; color: var(--ink); border-color: var(--ink); }
              section.entity, article.conclusion, figure, tr { break-inside: avoid; }
              figure.graph { overflow: visible; border: none; }
              a { color: inherit; text-decoration: none; }
              .badge { border: 1px solid currentColor; }
              @page { margin: 14mm; }
            }
            """;
}
