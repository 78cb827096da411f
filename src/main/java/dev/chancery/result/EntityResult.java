package dev.chancery.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.time.LocalDate;
import java.util.List;

/**
 * One tallied entity: its tally, its recognizers in force, and those whose recognition ended. A date that rests
 * on an approximately dated event is flagged ({@code approximate} for {@code since}, {@code untilApproximate}
 * for {@code until}); the flags appear in JSON only when true, so exact dates read as before. So do the other
 * additions: {@code through}, {@code switchedTo} and {@code coverage}.
 */
public record EntityResult(String id, @JsonIgnore String name, String parent, String status,
                           @JsonIgnore LocalDate statusSince, int tally,
                           List<Recognition> recognizedBy, List<EndedRecognition> withdrawn,
                           List<EndedRecognition> lapsed, List<NonMemberRecognition> nonMemberRecognizers,
                           @JsonInclude(Include.NON_NULL) CoverageResult coverage) implements java.io.Serializable {

    public EntityResult(String id, String name, String parent, String status, LocalDate statusSince, int tally,
                        List<Recognition> recognizedBy, List<EndedRecognition> withdrawn,
                        List<EndedRecognition> lapsed, List<NonMemberRecognition> nonMemberRecognizers) {
        this(id, name, parent, status, statusSince, tally, recognizedBy, withdrawn, lapsed, nonMemberRecognizers, null);
    }

    /**
     * A UN member on the as-of date whose recognition is in force, counted in the tally; {@code through} names
     * the former member whose recognition it carries on (null: its own). {@code ordinal} is null when unknown.
     */
    public record Recognition(String state, LocalDate since, Integer ordinal,
                              @JsonInclude(Include.NON_DEFAULT) boolean approximate,
                              @JsonInclude(Include.NON_NULL) String through) implements java.io.Serializable {

        public Recognition(String state, LocalDate since, Integer ordinal, boolean approximate) {
            this(state, since, ordinal, approximate, null);
        }
    }

    /**
     * A recognition that was withdrawn (or ended by an exclusive switch: {@code switchedTo} names the other side)
     * or lapsed; ordinal null for non-members and when unknown.
     */
    public record EndedRecognition(String state, LocalDate since, LocalDate until, Integer ordinal,
                                   @JsonInclude(Include.NON_DEFAULT) boolean approximate,
                                   @JsonInclude(Include.NON_DEFAULT) boolean untilApproximate,
                                   @JsonInclude(Include.NON_NULL) String switchedTo) implements java.io.Serializable {
    }

    /**
     * The period the entity's events are complete for ({@code from} null: from the start), and what it means for
     * this result: {@code tally} is "before" or "after" when the as-of date lies outside it (with
     * {@code tallyNote} saying why), null when inside; {@code ordinalsUnknown} gives the reason the ordinals are
     * unknown, null when they are known.
     */
    @JsonInclude(Include.NON_NULL)
    public record CoverageResult(LocalDate from, LocalDate to, String note, String tally, String tallyNote,
                                 String ordinalsUnknown) implements java.io.Serializable {
    }

    /** A recognizer that is not a UN member on the as-of date, and whose recognition no member carries on: listed, not counted. */
    public record NonMemberRecognition(String state, LocalDate since,
                                       @JsonInclude(Include.NON_DEFAULT) boolean approximate) implements java.io.Serializable {
    }

    /** Some date listed for this entity's recognizers rests on an approximately dated event: the reports add a key. */
    public boolean hasApproximateDate() {
        return recognizedBy.stream().anyMatch(Recognition::approximate)
                || java.util.stream.Stream.concat(withdrawn.stream(), lapsed.stream())
                        .anyMatch(r -> r.approximate() || r.untilApproximate())
                || nonMemberRecognizers.stream().anyMatch(NonMemberRecognition::approximate);
    }

    public Integer ordinalOf(String state) {
        return recognizedBy.stream().filter(r -> r.state().equals(state)).map(Recognition::ordinal)
                .findFirst().orElse(null);
    }
}
