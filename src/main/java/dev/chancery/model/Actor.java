package dev.chancery.model;

import java.util.List;

/** A state or a claimed entity. {@code claimedFrom} is the state whose territory an entity claims. */
public record Actor(String id, String name, String kind, String claimedFrom, boolean unMember,
                    List<String> aliases, Origin origin) {

    public static final String STATE = "state";
    public static final String ENTITY = "entity";

    public boolean isState() {
        return STATE.equals(kind);
    }

    public boolean isEntity() {
        return ENTITY.equals(kind);
    }
}
