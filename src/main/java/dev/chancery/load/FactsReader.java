package dev.chancery.load;

import dev.chancery.text.Printable;
import dev.chancery.model.Actor;
import dev.chancery.model.Claim;
import dev.chancery.model.Coverage;
import dev.chancery.model.Event;
import dev.chancery.model.Exclusive;
import dev.chancery.model.Origin;
import dev.chancery.model.Pairs;
import dev.chancery.model.SeverPolicy;
import dev.chancery.model.Source;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the sections of one facts file (source, actors, policies, events, claims, coverage) into a
 * {@link FactsBuilder}. Ids are checked later, once every file has declared its actors.
 */
public final class FactsReader {
    public static final Set<String> FILE_KEYS = Set.of("source", "actors", "policies", "events", "claims", "coverage");
    private static final Set<String> SOURCE_KEYS = Set.of("title", "publisher", "published", "url");
    private static final Set<String> ACTOR_KEYS =
            Set.of("id", "name", "kind", "claimedFrom", "unMember", "aliases", "quote", "source");
    private static final Set<String> MEMBERSHIP_KEYS = Set.of("since", "until", "ended", "successor", "successors", "quote",
            "source");
    private static final Set<String> POLICY_KEYS =
            Set.of("state", "kind", "of", "between", "since", "until", "quote", "source");
    private static final Set<String> EVENT_KEYS =
            Set.of("date", "type", "by", "of", "with", "quote", "source", "approximate");
    private static final Set<String> COVERAGE_KEYS = Set.of("of", "from", "to", "note");
    private static final Set<String> CLAIM_KEYS =
            Set.of("date", "kind", "by", "of", "value", "includeNonMembers", "quote", "source");
    private static final List<String> EVENT_TYPES = StatedValues.EVENT_TYPES;
    private static final List<String> POLICY_KINDS = List.of("sever-on-recognition", "exclusive-recognition");
    private static final String ID_PATTERN = "[A-Z][A-Z0-9_]*";
    private static final Pattern ID = Pattern.compile(ID_PATTERN);
    /** The list sections and the reader of an item of each, in the order they are read. */
    private static final Map<String, BiConsumer<FactsReader, Node>> ITEM_READERS = orderedReaders();

    private final YamlFile file;
    private final FactsBuilder out;
    private final int fileIndex;
    /**
     * Events read so far from this file: with the file's index, an event's seq. The count, not the event's line,
     * tells events apart, as two on one line ({@code events: [{...}, {...}]}, a batch line) and an alias that
     * repeats one have the same line; it grows in the order the file is written, the order of same-day events.
     */
    private long eventsRead;
    private Source fileSource;

    FactsReader(YamlFile file, int fileIndex, FactsBuilder out) {
        this.file = file;
        this.fileIndex = fileIndex;
        this.out = out;
    }

    /**
     * Reads a facts file as it is parsed ({@link YamlStream}): once the file's own source is known, a list's
     * items are read one by one as they come, and no tree of the whole file is made. A list before the
     * file's source (which its items' origins need) is kept whole and read at the end, as are the lists of a
     * file with no source, in the order {@link #readSections} reads them.
     */
    void readFile(Path path) {
        Map<String, Node> kept = new LinkedHashMap<>();
        boolean whole = YamlStream.read(path, file, "a facts file", FILE_KEYS, new YamlStream.Entries() {
            private boolean sourceRead;

            @Override
            public boolean byItem(String key) {
                return sourceRead && ITEM_READERS.containsKey(key);
            }

            @Override
            public void item(String key, Node item) {
                ITEM_READERS.get(key).accept(FactsReader.this, item);
            }

            @Override
            public void entry(String key, Node value) {
                if (key.equals("source")) {
                    fileSource = source(value);
                    sourceRead = true;
                } else if (sourceRead) {
                    readSections(Map.of(key, value));
                } else {
                    kept.put(key, value);
                }
            }
        });
        if (whole) {
            readSections(kept);
        }
    }

    /** Reads the sections present; a scenario's add block uses this too. */
    void readSections(Map<String, Node> sections) {
        if (sections.containsKey("source")) {
            fileSource = source(sections.get("source"));
        }
        ITEM_READERS.forEach((section, reader) ->
                each(sections.get(section), section, item -> reader.accept(this, item)));
    }

    private static Map<String, BiConsumer<FactsReader, Node>> orderedReaders() {
        Map<String, BiConsumer<FactsReader, Node>> readers = new LinkedHashMap<>();
        readers.put("actors", FactsReader::actor);
        readers.put("policies", FactsReader::policy);
        readers.put("events", FactsReader::event);
        readers.put("claims", FactsReader::claim);
        readers.put("coverage", FactsReader::coverage);
        return Collections.unmodifiableMap(readers);
    }

    private void each(Node node, String what, java.util.function.Consumer<Node> reader) {
        if (node == null) {
            return;
        }
        List<Node> items = file.sequence(node, what);
        if (items != null) {
            items.forEach(reader);
        }
    }

    private Source source(Node node) {
        if (node instanceof ScalarNode) {
            String text = file.string(node, "a source");
            return text == null ? null : Source.citation(text);
        }
        Map<String, Node> keys = file.mapping(node, "a source", SOURCE_KEYS);
        if (keys == null) {
            return null;
        }
        return new Source(optString(keys, "title"), optString(keys, "publisher"),
                keys.containsKey("published") ? file.date(keys.get("published"), "published") : null,
                optString(keys, "url"), null);
    }

    private Origin origin(Node node, Map<String, Node> keys) {
        Source own = keys.containsKey("source") ? source(keys.get("source")) : null;
        return new Origin(file.name(), YamlFile.line(node), YamlFile.column(node), optString(keys, "quote"),
                own != null ? own : fileSource);
    }

    private void actor(Node node) {
        Map<String, Node> keys = file.mapping(node, "an actor", ACTOR_KEYS);
        if (keys == null) {
            return;
        }
        String id = out.canonical(required(keys, node, "id", "an actor"));
        if (id != null && !ID.matcher(id).matches()) {
            file.problem(keys.get("id"), "bad id '" + Printable.excerpt(id) + "': expected upper-case letters, digits or _ ("
                    + ID_PATTERN + ")");
            id = null;
        }
        String claimedFrom = optString(keys, "claimedFrom");
        if (claimedFrom != null) {
            claimedFrom = out.claimedFrom(file, keys.get("claimedFrom"), id, claimedFrom);
        }
        String kind = keys.containsKey("kind") ? file.string(keys.get("kind"), "kind")
                : (claimedFrom != null ? Actor.ENTITY : Actor.STATE);
        if (kind != null && !StatedValues.ACTOR_KINDS.contains(kind)) {
            file.problem(keys.get("kind"), "unknown actor kind '" + Printable.excerpt(kind) + "': expected state or entity");
        }
        Membership un = keys.containsKey("unMember") ? membership(keys.get("unMember"), id) : Membership.NONE;
        List<String> aliases = new ArrayList<>();
        if (keys.containsKey("aliases")) {
            file.scalarOrList(keys.get("aliases"), "an alias").forEach(s -> aliases.add(s.getValue()));
        }
        String name = keys.containsKey("name") ? file.string(keys.get("name"), "name") : id;
        if (id != null) {
            out.declare(new Actor(id, name, kind, claimedFrom, un.member(), List.copyOf(aliases), origin(node, keys),
                    un.since(), un.until(), un.ended(), un.successors(), un.origin()), file, keys.get("id"));
        }
    }

    /** An actor's {@code unMember}, read: true or false, or the membership's dates and how it ended. */
    private record Membership(boolean member, LocalDate since, LocalDate until, String ended, List<String> successors,
                              Origin origin) {
        static final Membership NONE = new Membership(false, null, null, null, List.of(), null);
    }

    /**
     * {@code unMember: true|false}, or {@code unMember: {since, until, ended, successor, quote, source}}: since
     * (the admission) is required; until (the end) and ended (dissolved, merged or continued) go together;
     * successor (an actor's id) is required for merged and continued, and only for them; successors (a list of
     * ids: the successor states that carry on its acts) is for dissolved only, and may be left out.
     */
    private Membership membership(Node node, String id) {
        if (!(node instanceof MappingNode)) {
            return Boolean.TRUE.equals(file.bool(node, "unMember"))
                    ? new Membership(true, null, null, null, List.of(), null) : Membership.NONE;
        }
        Map<String, Node> keys = file.mapping(node, "unMember", MEMBERSHIP_KEYS);
        if (keys == null) {
            return Membership.NONE;
        }
        LocalDate since = keys.containsKey("since") ? file.date(keys.get("since"), "since") : null;
        if (!keys.containsKey("since")) {
            file.problem(node, "unMember needs 'since' (the date of admission; write unMember: true when it is"
                    + " unknown)");
        }
        LocalDate until = keys.containsKey("until") ? file.date(keys.get("until"), "until") : null;
        if (since != null && until != null && !until.isAfter(since)) {
            file.problem(keys.get("until"), "until " + until + " is not after since " + since);
        }
        String ended = optString(keys, "ended");
        if (ended != null && !Actor.ENDINGS.contains(ended)) {
            file.problem(keys.get("ended"), "unknown ending '" + ended + "': expected one of "
                    + String.join(", ", Actor.ENDINGS) + Suggest.hint(ended, Actor.ENDINGS));
            ended = null;
        }
        if (keys.containsKey("until") && !keys.containsKey("ended")) {
            file.problem(keys.get("until"), "a membership with 'until' needs 'ended' (one of "
                    + String.join(", ", Actor.ENDINGS) + ")");
        }
        if (keys.containsKey("ended") && !keys.containsKey("until")) {
            file.problem(keys.get("ended"), "a membership with 'ended' needs 'until' (the day it ended)");
        }
        List<String> successors = new ArrayList<>();
        if (keys.containsKey("successor")) {
            String named = file.string(keys.get("successor"), "successor");
            if (Actor.DISSOLVED.equals(ended)) {
                file.problem(keys.get("successor"), "a dissolved membership has no successor: use ended: merged or"
                        + " continued, or 'successors' for the states that carry on its acts");
            } else {
                successor(keys.get("successor"), named, id, successors);
            }
        } else if (Actor.MERGED.equals(ended) || Actor.CONTINUED.equals(ended)) {
            file.problem(keys.get("ended"), "ended: " + ended + " needs 'successor' (the id of the state that "
                    + (Actor.MERGED.equals(ended) ? "it merged into" : "continues the membership") + ")");
        }
        if (keys.containsKey("successors")) {
            if (!Actor.DISSOLVED.equals(ended)) {
                file.problem(keys.get("successors"), "'successors' is for a dissolved membership (ended: dissolved);"
                        + " a merged or continued one names its 'successor'");
            } else {
                file.scalarOrList(keys.get("successors"), "a successor")
                        .forEach(s -> successor(s, s.getValue(), id, successors));
            }
        }
        return new Membership(true, since, until, ended, List.copyOf(successors), origin(node, keys));
    }

    private void successor(Node at, String named, String id, List<String> successors) {
        if (named != null && named.equals(id)) {
            file.problem(at, "an actor cannot be its own successor");
        } else if (named != null) {
            String known = out.reference(file, at, named, "state");
            if (known != null) {
                successors.add(known);
            }
        }
    }

    private void policy(Node node) {
        Map<String, Node> keys = file.mapping(node, "a policy", POLICY_KEYS);
        if (keys == null) {
            return;
        }
        String kind = required(keys, node, "kind", "a policy");
        if (kind == null) {
            return;
        }
        Origin origin = origin(node, keys);
        if (kind.equals("sever-on-recognition")) {
            String holder = requiredId(keys, node, "state", "a sever-on-recognition policy", "state");
            LocalDate since = keys.containsKey("since") ? file.date(keys.get("since"), "since") : null;
            LocalDate until = keys.containsKey("until") ? file.date(keys.get("until"), "until") : null;
            if (since != null && until != null && until.isBefore(since)) {
                file.problem(keys.get("until"), "until " + until + " is before since " + since);
            }
            if (!keys.containsKey("of")) {
                file.problem(node, "a sever-on-recognition policy needs 'of' (the entities it covers)");
                return;
            }
            for (ScalarNode target : file.scalarOrList(keys.get("of"), "an entity")) {
                String entity = out.reference(file, target, target.getValue(), "entity");
                out.severPolicies.add(new SeverPolicy(holder, entity, since, until, origin));
            }
        } else if (kind.equals("exclusive-recognition")) {
            Node between = keys.get("between");
            List<ScalarNode> sides = between == null ? List.of() : file.scalarOrList(between, "an actor");
            if (sides.size() != 2) {
                file.problem(between == null ? node : between,
                        "an exclusive-recognition policy needs 'between' with exactly two ids");
                return;
            }
            String a = out.reference(file, sides.get(0), sides.get(0).getValue(), "actor");
            String b = out.reference(file, sides.get(1), sides.get(1).getValue(), "actor");
            out.exclusives.add(new Exclusive(a, b, origin));
            out.exclusives.add(new Exclusive(b, a, origin));
        } else {
            file.problem(keys.get("kind"), "unknown policy kind '" + Printable.excerpt(kind) + "': expected one of "
                    + String.join(", ", POLICY_KINDS) + Suggest.hint(kind, POLICY_KINDS));
        }
    }

    private void event(Node node) {
        Map<String, Node> keys = file.mapping(node, "an event", EVENT_KEYS);
        if (keys == null) {
            return;
        }
        LocalDate date = keys.containsKey("date") ? file.date(keys.get("date"), "date") : missing(node, "date");
        String type = out.canonical(required(keys, node, "type", "an event"));
        if (type == null) {
            return;
        }
        if (!EVENT_TYPES.contains(type)) {
            file.problem(keys.get("type"), "unknown event type '" + Printable.excerpt(type) + "': expected one of "
                    + String.join(", ", EVENT_TYPES) + Suggest.hint(type, EVENT_TYPES));
            return;
        }
        boolean relations = type.equals(Event.SEVER) || type.equals(Event.ESTABLISH) || type.equals(Event.RESTORE);
        String targetKey = relations ? "with" : "of";
        String wrongKey = relations ? "of" : "with";
        if (keys.containsKey(wrongKey)) {
            file.problem(keys.get(wrongKey), "'" + wrongKey + "' does not go with a " + type + " event: use '"
                    + targetKey + "'");
        }
        if (!keys.containsKey(targetKey)) {
            file.problem(node, "a " + type + " event needs '" + targetKey + "'");
            return;
        }
        List<ScalarNode> targets = file.scalarOrList(keys.get(targetKey), relations ? "a state" : "an actor");
        String by = type.equals(Event.DISSOLVE) && !keys.containsKey("by") && targets.size() == 1
                ? out.canonical(targets.get(0).getValue()) // referenced below, as the target
                : requiredId(keys, node, "by", "a " + type + " event", "state");
        Boolean approximate = keys.containsKey("approximate")
                ? file.bool(keys.get("approximate"), "approximate") : Boolean.FALSE;
        Origin origin = origin(node, keys);
        for (ScalarNode target : targets) {
            String id = out.reference(file, target, target.getValue(), relations ? "state" : "entity");
            long seq = ((long) fileIndex << 40) | eventsRead++;
            String pair = relations && by != null ? out.canonical(Pairs.key(by, id)) : null;
            if (date != null && by != null) {
                out.events.add(new Event(seq, type, date, by, id, pair,
                        Boolean.TRUE.equals(approximate), origin));
            }
        }
    }

    private void claim(Node node) {
        Map<String, Node> keys = file.mapping(node, "a claim", CLAIM_KEYS);
        if (keys == null) {
            return;
        }
        LocalDate date = keys.containsKey("date") ? file.date(keys.get("date"), "date") : missing(node, "date");
        String kind = required(keys, node, "kind", "a claim");
        if (kind != null && !StatedValues.CLAIM_KINDS.contains(kind)) {
            file.problem(keys.get("kind"), "unknown claim kind '" + Printable.excerpt(kind) + "': expected ordinal or tally");
            return;
        }
        String by = Claim.ORDINAL.equals(kind) ? requiredId(keys, node, "by", "an ordinal claim", "state")
                : optString(keys, "by");
        String entity = requiredId(keys, node, "of", "a claim", "entity");
        Integer value = keys.containsKey("value") ? file.integer(keys.get("value"), "value") : null;
        if (!keys.containsKey("value")) {
            file.problem(node, "a claim needs 'value'");
        }
        Boolean all = keys.containsKey("includeNonMembers")
                ? file.bool(keys.get("includeNonMembers"), "includeNonMembers") : Boolean.FALSE;
        if (date != null && kind != null && entity != null && value != null) {
            out.claims.add(new Claim(kind, date, by, entity, value, Boolean.TRUE.equals(all), origin(node, keys)));
        }
    }

    /**
     * {@code {of, from, to, note}}: the period for which the file's events about an entity are complete, up to
     * {@code to} (required), from {@code from} (left out: from the start). A statement of the knowledge base's
     * own limits, not of the world: it cites no source.
     */
    private void coverage(Node node) {
        Map<String, Node> keys = file.mapping(node, "a coverage", COVERAGE_KEYS);
        if (keys == null) {
            return;
        }
        String entity = requiredId(keys, node, "of", "a coverage", "entity");
        LocalDate from = keys.containsKey("from") ? file.date(keys.get("from"), "from") : null;
        LocalDate to = keys.containsKey("to") ? file.date(keys.get("to"), "to") : missing(node, "to");
        if (from != null && to != null && to.isBefore(from)) {
            file.problem(keys.get("to"), "to " + to + " is before from " + from);
            return;
        }
        String note = optString(keys, "note");
        if (entity != null && to != null) {
            out.coverage(file, keys.get("of"), new Coverage(entity, from, to, note,
                    new Origin(file.name(), YamlFile.line(node), YamlFile.column(node), null, null)));
        }
    }

    private String required(Map<String, Node> keys, Node node, String key, String what) {
        if (!keys.containsKey(key)) {
            file.problem(node, what + " needs '" + key + "'");
            return null;
        }
        return file.string(keys.get(key), key);
    }

    private String requiredId(Map<String, Node> keys, Node node, String key, String what, String role) {
        String id = required(keys, node, key, what);
        return id == null ? null : out.reference(file, keys.get(key), id, role);
    }

    private <T> T missing(Node node, String key) {
        file.problem(node, "needs '" + key + "'");
        return null;
    }

    private String optString(Map<String, Node> keys, String key) {
        return keys.containsKey(key) ? file.string(keys.get(key), key) : null;
    }
}
