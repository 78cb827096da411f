package dev.chancery.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A state or a claimed entity. {@code claimedFrom} is the state whose territory an entity claims.
 *
 * <p>{@code unMember}: the actor is or was a member of the United Nations. Its membership's dates, where the
 * facts give them ({@code unMember: {since: ..., until: ...}}): {@code unSince} the date of admission,
 * {@code unUntil} the day the membership ended (null while it lasts), {@code unEnded} how it ended
 * ({@link #DISSOLVED}, {@link #MERGED} or {@link #CONTINUED}), {@code unSuccessor} the state that continues
 * the membership or that the actor merged into, and {@code unOrigin} the quote and source of the dates. All
 * are null for {@code unMember: true} (a member, dates unknown) and for non-members.
 */
public record Actor(String id, String name, String kind, String claimedFrom, boolean unMember,
                    List<String> aliases, Origin origin, LocalDate unSince, LocalDate unUntil, String unEnded,
                    String unSuccessor, Origin unOrigin) {

    public static final String STATE = "state";
    public static final String ENTITY = "entity";
    /** The member ceased to exist and no state continues its membership. */
    public static final String DISSOLVED = "dissolved";
    /** The member joined another state ({@code unSuccessor}), whose membership goes on. */
    public static final String MERGED = "merged";
    /** The member's membership goes on as that of its successor ({@code unSuccessor}). */
    public static final String CONTINUED = "continued";
    public static final List<String> ENDINGS = List.of(DISSOLVED, MERGED, CONTINUED);

    /** An actor with no membership dates: {@code unMember} true means "a member, dates unknown". */
    public Actor(String id, String name, String kind, String claimedFrom, boolean unMember,
                 List<String> aliases, Origin origin) {
        this(id, name, kind, claimedFrom, unMember, aliases, origin, null, null, null, null, null);
    }

    public boolean isState() {
        return STATE.equals(kind);
    }

    public boolean isEntity() {
        return ENTITY.equals(kind);
    }
}
