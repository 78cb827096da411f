package dev.chancery.partition;

import dev.chancery.load.World;
import dev.chancery.model.AboutEntity;
import dev.chancery.model.AboutPair;
import dev.chancery.model.ClaimConfirmed;
import dev.chancery.model.Conclusion;
import dev.chancery.model.PrecedentSince;
import dev.chancery.model.Warning;
import java.util.Set;

/**
 * One part of a big world in a pass of the partition rules: its facts, the keys whose results it gives (the
 * keys of its groups that the pass concludes about) and the stated facts whose warnings it gives (those filed
 * under such a key). Facts copied into a part are read there, and concluded about in the part of their own
 * key: a result is given once. {@code owned} null: the whole world, which gives every result.
 */
public record Part(World world, Set<Key> owned, Set<dev.chancery.model.Origin> ownedOrigins)
        implements java.io.Serializable {

    public static Part whole(World world) {
        return new Part(world, null, null);
    }

    public boolean isWhole() {
        return owned == null;
    }

    /** Whether this part gives {@code fact}, a derived fact that a result is read from. */
    public boolean gives(Object fact) {
        if (owned == null) {
            return true;
        }
        if (fact instanceof Warning w) {
            return ownedOrigins.contains(w.at());
        }
        if (fact instanceof Conclusion c) {
            return gives(c.fact());
        }
        return owned.contains(keyOf(fact));
    }

    /** The key a derived fact is about; an error for a kind of fact no pass concludes about. */
    static Key keyOf(Object fact) {
        if (fact instanceof AboutEntity about) {
            return Key.actor(about.entity());
        }
        if (fact instanceof AboutPair about) {
            return Key.pair(about.pair());
        }
        if (fact instanceof ClaimConfirmed confirmed) {
            return Key.actor(confirmed.claim().entity());
        }
        if (fact instanceof PrecedentSince precedent) {
            return Key.parent(precedent.parent());
        }
        throw new IllegalStateException("a part of a big world concluded " + fact.getClass().getSimpleName()
                + ", which no key names: say in partition/Part.java which key it is about");
    }
}
