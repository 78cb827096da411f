package dev.chancery.load;

import dev.chancery.model.Actor;
import dev.chancery.model.Claim;
import dev.chancery.model.Event;
import java.util.List;
import java.util.Map;

/**
 * The values the loader accepts for the text fields it reads from a closed list: what a stated fact's field can
 * hold. The loader checks facts files against them, and the rule linter checks rules' literals against them.
 */
public final class StatedValues {
    public static final List<String> EVENT_TYPES = List.of(Event.RECOGNIZE, Event.WITHDRAW, Event.SEVER,
            Event.ESTABLISH, Event.RESTORE, Event.ANNEX, Event.DISSOLVE);
    public static final List<String> ACTOR_KINDS = List.of(Actor.STATE, Actor.ENTITY);
    public static final List<String> CLAIM_KINDS = List.of(Claim.ORDINAL, Claim.TALLY);

    /** By fact type and field: {@code Event.type} is one of {@link #EVENT_TYPES}. */
    public static final Map<String, Map<String, List<String>>> BY_TYPE = Map.of(
            "Event", Map.of("type", EVENT_TYPES),
            "Actor", Map.of("kind", ACTOR_KINDS, "unEnded", Actor.ENDINGS),
            "Claim", Map.of("kind", CLAIM_KINDS));

    private StatedValues() {
    }
}
