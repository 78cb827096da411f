package dev.chancery.extract;

import dev.chancery.extract.DateResolver.When;
import dev.chancery.model.Actor;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link Extractor} proposes from one article: events and claims, each with its sentence and
 * the notes a reviewer needs, and what it read but did not propose (and why).
 */
public record Extraction(String title, String publisher, LocalDate published, List<Proposal> events,
                         List<ClaimProposal> claims, List<Skipped> skipped, List<Actor> actors) {

    /** The same proposals under another title or publisher (given on the command line). */
    public Extraction withSource(String title, String publisher) {
        return new Extraction(title, publisher, published, events, claims, skipped, actors);
    }

    /** A note on a proposal; {@code review} marks what a person must check. */
    public record Note(String text, boolean review) {
    }

    /** One proposed event: a type, who did it, to whom (one or more), when, and the sentence that says so. */
    public record Proposal(String type, Actor by, List<Actor> targets, When when, String quote, int sentence,
                           List<Note> notes) {
        public boolean dated() {
            return when.dated();
        }

        public boolean needsReview() {
            return !dated() || notes.stream().anyMatch(Note::review);
        }
    }

    /** A proposed ordinal claim ("the world's third nation to do so"), dated like its recognition. */
    public record ClaimProposal(Actor by, Actor of, int value, When when, String quote, List<Note> notes) {
        public boolean dated() {
            return when.dated();
        }
    }

    /** A sentence with an event cue that is not proposed: negated, denied, or with actors unresolved. */
    public record Skipped(String type, String reason, String quote) {
    }
}
