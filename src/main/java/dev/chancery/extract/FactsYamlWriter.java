package dev.chancery.extract;

import dev.chancery.extract.Extraction.ClaimProposal;
import dev.chancery.extract.Extraction.Note;
import dev.chancery.extract.Extraction.Proposal;
import dev.chancery.extract.Extraction.Skipped;
import dev.chancery.model.Actor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes an {@link Extraction} as a facts file (the format of {@code facts/cases/}) for review.
 * Notes are YAML comments: {@code # REVIEW:} marks what a person must check. An event without a
 * date (which a facts file cannot hold) is written commented out, with {@code date: YYYY-MM-DD}
 * to fill in: the file loads as it is, and the reviewer uncomments what they have dated.
 */
public final class FactsYamlWriter {
    static final String PLACEHOLDER = "YYYY-MM-DD";
    private static final String REFERENCE = "facts/reference/";

    private FactsYamlWriter() {
    }

    public static String write(Extraction x, String articleName) {
        StringBuilder out = new StringBuilder();
        out.append("# Facts proposed by `chancery extract` from ").append(articleName).append(", for a person to review.\n");
        out.append("# \"REVIEW\" marks what the article leaves unsure. Events it does not date are commented out:\n");
        out.append("# give them a date, then uncomment them.\n");
        if (x.published() == null) {
            out.append("# REVIEW: no publication date (give --published): dates relative to it are left out.\n");
        }
        Map<String, List<String>> declared = new LinkedHashMap<>();
        for (Actor a : x.actors()) {
            String file = a.origin() == null ? null : a.origin().file();
            if (file != null && !file.startsWith(REFERENCE) && !file.equals("(none)")) {
                declared.computeIfAbsent(file, k -> new ArrayList<>()).add(a.id());
            }
        }
        declared.forEach((file, ids) -> out.append("# Uses actors declared in ").append(file).append(": ")
                .append(String.join(", ", ids)).append(" (load that file, or one declaring them, with --facts).\n"));
        if (x.title() != null || x.publisher() != null || x.published() != null) {
            out.append("source:\n");
            if (x.title() != null) {
                out.append("  title: ").append(quoted(x.title())).append('\n');
            }
            if (x.publisher() != null) {
                out.append("  publisher: ").append(quoted(x.publisher())).append('\n');
            }
            if (x.published() != null) {
                out.append("  published: ").append(x.published()).append('\n');
            }
        }
        boolean anyDated = x.events().stream().anyMatch(Proposal::dated);
        if (x.events().isEmpty()) {
            out.append("# No events found.\n");
        } else {
            out.append(anyDated ? "events:\n" : "# events:   (uncomment with the events below)\n");
            for (Proposal p : x.events()) {
                event(out, p);
            }
        }
        if (!x.claims().isEmpty()) {
            boolean anyClaimDated = x.claims().stream().anyMatch(ClaimProposal::dated);
            out.append(anyClaimDated ? "claims:\n" : "# claims:   (uncomment with the claims below)\n");
            for (ClaimProposal c : x.claims()) {
                claim(out, c);
            }
        }
        if (!x.skipped().isEmpty()) {
            out.append("# Not proposed (read, but not stated as done, or of whom unclear):\n");
            for (Skipped s : x.skipped()) {
                out.append("#   ").append(s.reason()).append(": ").append(quoted(s.quote())).append('\n');
            }
        }
        return out.toString();
    }

    private static void event(StringBuilder out, Proposal p) {
        List<String> lines = new ArrayList<>();
        String dateNote = p.when().note();
        lines.add("- date: " + (p.dated() ? p.when().date() : PLACEHOLDER)
                + (p.dated() && dateNote != null ? "   # " + (p.when().review() ? "REVIEW: " : "") + dateNote : ""));
        if (p.when().approximate()) {
            lines.add("  approximate: true");
        }
        lines.add("  type: " + p.type());
        lines.add("  by: " + p.by().id());
        String targets = p.targets().size() == 1 ? p.targets().get(0).id()
                : p.targets().stream().map(Actor::id).collect(Collectors.joining(", ", "[", "]"));
        lines.add("  " + (Extractor.isRelations(p.type()) ? "with" : "of") + ": " + targets);
        lines.add("  quote: " + quoted(p.quote()));
        for (Note note : p.notes()) {
            if (note.text().equals(dateNote)) {
                continue;
            }
            lines.add("  # " + (note.review() ? "REVIEW: " : "") + note.text());
        }
        if (p.dated()) {
            lines.forEach(l -> out.append("  ").append(l).append('\n'));
        } else {
            out.append("  # REVIEW: ").append(dateNote == null ? "no date in the sentence" : dateNote)
                    .append(": give the date, then uncomment.\n");
            lines.forEach(l -> out.append("  # ").append(l).append('\n'));
        }
    }

    private static void claim(StringBuilder out, ClaimProposal c) {
        List<String> lines = new ArrayList<>();
        lines.add("- date: " + (c.dated() ? c.when().date() : PLACEHOLDER)
                + (c.when().approximate() ? "   # REVIEW: approximate, like its recognition" : ""));
        lines.add("  kind: ordinal");
        lines.add("  by: " + c.by().id());
        lines.add("  of: " + c.of().id());
        lines.add("  value: " + c.value());
        lines.add("  quote: " + quoted(c.quote()));
        for (Note note : c.notes()) {
            lines.add("  # " + (note.review() ? "REVIEW: " : "") + note.text());
        }
        String prefix = c.dated() ? "  " : "  # ";
        if (!c.dated()) {
            out.append("  # REVIEW: its recognition is undated: give the date, then uncomment.\n");
        }
        lines.forEach(l -> out.append(prefix).append(l).append('\n'));
    }

    /** A YAML double-quoted scalar. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
