package dev.chancery.load;

import dev.chancery.model.Actor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds actors by id, name or alias, for suggestions and for resolving names in text. */
public final class ActorIndex {
    private final Map<String, Actor> byId = new HashMap<>();
    private final Map<String, Actor> byName = new HashMap<>();
    private final List<Name> names = new ArrayList<>();

    /** A name or alias as written in the facts, and the actor it stands for. */
    public record Name(String text, Actor actor) {
    }

    public ActorIndex(List<Actor> actors) {
        for (Actor actor : actors) {
            byId.put(actor.id(), actor);
            name(actor.name(), actor);
            actor.aliases().forEach(alias -> name(alias, actor));
        }
    }

    private void name(String text, Actor actor) {
        if (text != null && !text.isBlank() && byName.putIfAbsent(normal(text), actor) == null) {
            names.add(new Name(text.trim(), actor));
        }
    }

    /**
     * Every name and alias, as written, in declaration order; a name two actors share (Belgrade:
     * Serbia and Yugoslavia) stands for the first declared, as in {@link #resolve}.
     */
    public List<Name> names() {
        return List.copyOf(names);
    }

    public Actor byId(String id) {
        return byId.get(id);
    }

    /** The actor an id, a name or an alias stands for, or null. */
    public Actor resolve(String text) {
        Actor actor = byId.get(text);
        return actor != null ? actor : byName.get(normal(text));
    }

    /** " (did you mean PRK, North Korea?)" or "". */
    public String suggest(String given) {
        Set<Actor> found = new LinkedHashSet<>();
        Actor named = byName.get(normal(given));
        if (named != null) {
            found.add(named);
        }
        Actor upper = byId.get(given.toUpperCase());
        if (upper != null) {
            found.add(upper);
        }
        for (String id : Suggest.closest(given.toUpperCase(), byId.keySet(), 3)) {
            found.add(byId.get(id));
        }
        if (found.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Actor actor : found) {
            parts.add(actor.id() + ", " + actor.name());
        }
        return " (did you mean " + String.join("; or ", parts) + "?)";
    }

    private static String normal(String text) {
        return text == null ? "" : text.trim().toLowerCase();
    }
}
