package dev.chancery.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/** One tallied entity: its tally, its recognizers in force, and those whose recognition ended. */
public record EntityResult(String id, @JsonIgnore String name, String parent, String status,
                           @JsonIgnore LocalDate statusSince, int tally,
                           List<Recognition> recognizedBy, List<EndedRecognition> withdrawn,
                           List<EndedRecognition> lapsed, List<NonMemberRecognition> nonMemberRecognizers) {

    /** A UN member whose recognition is in force. */
    public record Recognition(String state, LocalDate since, Integer ordinal) {
    }

    /** A recognition that was withdrawn (or ended by an exclusive switch) or lapsed; ordinal null for non-members. */
    public record EndedRecognition(String state, LocalDate since, LocalDate until, Integer ordinal) {
    }

    /** A recognizer that is not a UN member: listed, not counted. */
    public record NonMemberRecognition(String state, LocalDate since) {
    }

    public Integer ordinalOf(String state) {
        return recognizedBy.stream().filter(r -> r.state().equals(state)).map(Recognition::ordinal)
                .findFirst().orElse(null);
    }
}
