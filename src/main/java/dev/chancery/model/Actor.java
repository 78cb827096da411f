package dev.chancery.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A state or a claimed entity. {@code claimedFrom} is the state whose territory an entity claims.
 *
 * <p>{@code unMember}: the actor is or was a member of the United Nations. Its membership's dates, where the
 * facts give them ({@code unMember: {since: ..., until: ...}}): {@code unSince} the date of admission,
 * {@code unUntil} the day the membership ended (null while it lasts), {@code unEnded} how it ended
 * ({@link #DISSOLVED}, {@link #MERGED} or {@link #CONTINUED}), {@code unSuccessors} the state that continues
 * the membership or that the actor merged into (one), or the successor states of a dissolved member that carry
 * on its acts (any number; empty if none), and {@code unOrigin} the quote and source of the dates. The dates
 * and ending are null for {@code unMember: true} (a member, dates unknown) and for non-members.
 *
 * <p>A world seen as of a date ({@code World.asOf}) sees the membership as it stood then: not yet begun (no
 * membership), or not yet ended ({@code unUntil} null). {@link #memberOn} asks about an earlier day.
 */
public record Actor(String id, String name, String kind, String claimedFrom, boolean unMember,
                    List<String> aliases, Origin origin, LocalDate unSince, LocalDate unUntil, String unEnded,
                    List<String> unSuccessors, Origin unOrigin) implements Stated, java.io.Serializable {

    public static final String STATE = "state";
    public static final String ENTITY = "entity";
    /** The member ceased to exist and no state continues its membership. */
    public static final String DISSOLVED = "dissolved";
    /** The member joined another state ({@code unSuccessors}), whose membership goes on. */
    public static final String MERGED = "merged";
    /** The member's membership goes on as that of its successor ({@code unSuccessors}). */
    public static final String CONTINUED = "continued";
    public static final List<String> ENDINGS = List.of(DISSOLVED, MERGED, CONTINUED);

    /** An actor with no membership dates: {@code unMember} true means "a member, dates unknown". */
    public Actor(String id, String name, String kind, String claimedFrom, boolean unMember,
                 List<String> aliases, Origin origin) {
        this(id, name, kind, claimedFrom, unMember, aliases, origin, null, null, null, List.of(), null);
    }

    /** A UN member on {@code date} (a membership with unknown dates holds on every date). */
    public boolean memberOn(LocalDate date) {
        return unMember && (unSince == null || !unSince.isAfter(date)) && (unUntil == null || unUntil.isAfter(date));
    }

    /**
     * This actor as seen on {@code asOf}: a membership that begins after it is not there yet, and one that ends
     * after it has not ended. The actor itself when nothing changes.
     */
    public Actor asOf(LocalDate asOf) {
        if (unSince != null && unSince.isAfter(asOf)) {
            return new Actor(id, name, kind, claimedFrom, false, aliases, origin);
        } else if (unUntil != null && unUntil.isAfter(asOf)) {
            return new Actor(id, name, kind, claimedFrom, true, aliases, origin, unSince, null, null, List.of(),
                    unOrigin);
        }
        return this;
    }

    public boolean isState() {
        return STATE.equals(kind);
    }

    public boolean isEntity() {
        return ENTITY.equals(kind);
    }
}
