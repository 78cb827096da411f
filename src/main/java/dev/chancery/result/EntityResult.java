package dev.chancery.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.time.LocalDate;
import java.util.List;

/**
 * One tallied entity: its tally, its recognizers in force, and those whose recognition ended. A date that rests
 * on an approximately dated event is flagged ({@code approximate} for {@code since}, {@code untilApproximate}
 * for {@code until}); the flags appear in JSON only when true, so exact dates read as before.
 */
public record EntityResult(String id, @JsonIgnore String name, String parent, String status,
                           @JsonIgnore LocalDate statusSince, int tally,
                           List<Recognition> recognizedBy, List<EndedRecognition> withdrawn,
                           List<EndedRecognition> lapsed, List<NonMemberRecognition> nonMemberRecognizers) {

    /** A UN member whose recognition is in force. */
    public record Recognition(String state, LocalDate since, Integer ordinal,
                              @JsonInclude(Include.NON_DEFAULT) boolean approximate) {
    }

    /** A recognition that was withdrawn (or ended by an exclusive switch) or lapsed; ordinal null for non-members. */
    public record EndedRecognition(String state, LocalDate since, LocalDate until, Integer ordinal,
                                   @JsonInclude(Include.NON_DEFAULT) boolean approximate,
                                   @JsonInclude(Include.NON_DEFAULT) boolean untilApproximate) {
    }

    /** A recognizer that is not a UN member: listed, not counted. */
    public record NonMemberRecognition(String state, LocalDate since,
                                       @JsonInclude(Include.NON_DEFAULT) boolean approximate) {
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
