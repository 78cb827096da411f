package dev.chancery.report;

import dev.chancery.model.Actor;
import dev.chancery.result.ConclusionResult;
import dev.chancery.result.EntityResult;
import dev.chancery.result.RelationResult;
import dev.chancery.result.Result;
import dev.chancery.result.WarningResult;
import java.time.LocalDate;
import java.util.Map;

/**
 * The report a person reads in a terminal: tallies with ordinals, relations, conclusions, warnings. A date that
 * rests on an approximately dated event reads "~2022-02-21", as in {@code timeline}, with the key under the entities.
 */
public final class TextReport {
    private final Map<String, Actor> actors;

    public TextReport(Map<String, Actor> actors) {
        this.actors = actors;
    }

    public String render(Result result) {
        StringBuilder out = new StringBuilder();
        out.append("Chancery report, as of ").append(result.asOf() == null ? "all dates" : result.asOf()).append("\n");
        out.append("\nEntities (tally = UN members whose recognition is in force)\n");
        for (EntityResult e : result.entities()) {
            out.append(String.format("  %-5s %s%s: %s, tally %d%n", e.id(), e.name(),
                    e.parent() == null ? "" : " (claimed from " + e.parent() + ")",
                    e.status() + (e.statusSince() == null ? "" : " since " + e.statusSince()), e.tally()));
            for (String note : coverageNotes(e)) {
                out.append("        ").append(note).append("\n");
            }
            for (EntityResult.Recognition r : e.recognizedBy()) {
                out.append(String.format("        %4s  %-4s %-26s since %s%s%n", ordinal(e, r.ordinal()), r.state(),
                        name(r.state()), date(r.since(), r.approximate()), through(r)));
            }
            for (EntityResult.EndedRecognition r : e.withdrawn()) {
                out.append(String.format("        %4s  %-4s %-26s %s, %s%n", ordinal(e, r.ordinal()),
                        r.state(), name(r.state()), dates(r), ending(r)));
            }
            for (EntityResult.EndedRecognition r : e.lapsed()) {
                out.append(String.format("        %4s  %-4s %-26s %s, lapsed%n", ordinal(e, r.ordinal()),
                        r.state(), name(r.state()), dates(r)));
            }
            for (EntityResult.NonMemberRecognition r : e.nonMemberRecognizers()) {
                out.append(String.format("        %4s  %-4s %-26s since %s (not a UN member: not counted)%n", "-",
                        r.state(), name(r.state()), date(r.since(), r.approximate())));
            }
        }
        if (result.entities().stream().anyMatch(EntityResult::hasApproximateDate)) {
            out.append("  ").append(APPROXIMATE_KEY).append("\n");
        }
        out.append("\nRelations\n");
        if (result.relations().isEmpty()) {
            out.append("  (none)\n");
        }
        for (RelationResult r : result.relations()) {
            String basis = r.basis() == null ? "" : " (" + r.basis()
                    + (r.confirmed() == null ? "" : r.confirmed() ? ", confirmed by a report" : ", not confirmed") + ")";
            out.append(String.format("  %s-%s %s%s%s%n", r.a(), r.b(), r.status(),
                    r.since() == null ? "" : " since " + r.since(), basis));
        }
        out.append("\nConclusions\n");
        if (result.conclusions().isEmpty()) {
            out.append("  (none)\n");
        }
        for (ConclusionResult c : result.conclusions()) {
            out.append("  ").append(c.id()).append("\n");
            out.append("      because ").append(c.reason()).append("\n");
            out.append("      rule: ").append(c.rule()).append("\n");
        }
        out.append("\nWarnings\n");
        if (result.warnings().isEmpty()) {
            out.append("  (none)\n");
        }
        for (WarningResult w : result.warnings()) {
            out.append("  ").append(w.at()).append(": ").append(w.kind()).append(": ").append(w.message()).append("\n");
        }
        return out.toString();
    }

    private String name(String id) {
        Actor actor = actors.get(id);
        return actor == null ? id : actor.name();
    }

    /** The key to the mark of {@link #date}, given once where any date is marked. */
    public static final String APPROXIMATE_KEY = "~ approximate date";

    /** "2022-02-21", or "~2022-02-21" when the date rests on an approximately dated event. */
    public static String date(LocalDate date, boolean approximate) {
        return (approximate ? "~" : "") + date;
    }

    /** "2009-06-01 to 2019-06-15" for an ended recognition, each date marked if approximate. */
    public static String dates(EntityResult.EndedRecognition r) {
        return date(r.since(), r.approximate()) + " to " + date(r.until(), r.untilApproximate());
    }

    /** " (carrying on CSK's)" for a member counted through a former member's recognition, "" for its own. */
    public static String through(EntityResult.Recognition r) {
        return r.through() == null ? "" : " (carrying on " + r.through() + "'s)";
    }

    /** "switched to CHN" for a recognition ended by recognizing the other side of an exclusive pair, else "withdrawn". */
    public static String ending(EntityResult.EndedRecognition r) {
        return r.switchedTo() == null ? "withdrawn" : "switched to " + r.switchedTo();
    }

    /** An ordinal, or "?" where the entity's ordinals are unknown (its early history is not recorded). */
    public static String ordinal(EntityResult e, Integer n) {
        return n == null && e.coverage() != null && e.coverage().ordinalsUnknown() != null ? "?" : ordinal(n);
    }

    /** What the limits of an entity's recorded history mean for its result, one line each; none when complete. */
    public static java.util.List<String> coverageNotes(EntityResult e) {
        java.util.List<String> notes = new java.util.ArrayList<>();
        if (e.coverage() != null && e.coverage().tally() != null) {
            notes.add("! tally may be incomplete: " + e.coverage().tallyNote());
        }
        if (e.coverage() != null && e.coverage().ordinalsUnknown() != null) {
            notes.add("? ordinals unknown: " + e.coverage().ordinalsUnknown());
        }
        return notes;
    }

    public static String ordinal(Integer n) {
        if (n == null) {
            return "-";
        }
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }
}
