package dev.chancery.extract;

import dev.chancery.extract.ActorMentions.Mention;
import dev.chancery.extract.DateResolver.Kind;
import dev.chancery.extract.DateResolver.When;
import dev.chancery.extract.EventPatterns.Finding;
import dev.chancery.extract.EventPatterns.OrdinalClaim;
import dev.chancery.extract.Extraction.ClaimProposal;
import dev.chancery.extract.Extraction.Note;
import dev.chancery.extract.Extraction.Proposal;
import dev.chancery.extract.Extraction.Skipped;
import dev.chancery.load.ActorIndex;
import dev.chancery.load.World;
import dev.chancery.model.Actor;
import dev.chancery.model.Event;
import dev.chancery.model.Pairs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Proposes facts from an article: reads each body sentence for event cues, resolves the actors
 * through the names in the facts and the dates through the publication date, then merges what
 * several sentences say of one event, keeping the sentence that dates it best.
 */
public final class Extractor {
    private static final List<String> TYPE_ORDER = List.of(Event.RECOGNIZE, Event.WITHDRAW, Event.SEVER,
            Event.RESTORE, Event.ESTABLISH, Event.ANNEX, Event.DISSOLVE);

    private final ActorMentions mentions;
    private final EventPatterns patterns;
    private final List<Event> known;
    /** Each side of an exclusive-recognition pair and its other side (CHN and TWN). */
    private final Map<String, String> exclusiveOther = new LinkedHashMap<>();
    /** A member whose membership another continues, by that other's id (SUN by RUS). */
    private final Map<String, Actor> continuedBy = new LinkedHashMap<>();

    /** One (type, by, target) an accepted finding states; {@code target} is null while pending. */
    private record Raw(String type, Actor by, Actor target, When when, int sentence, String quote, String targetsFrom,
                       String remark) {
        Raw(String type, Actor by, Actor target, When when, int sentence, String quote, String targetsFrom) {
            this(type, by, target, when, sentence, quote, targetsFrom, null);
        }

        String key() {
            return type + " " + by.id() + " " + target.id();
        }

        String groupKey() {
            return isRelations(type) ? type + " " + Pairs.key(by.id(), target.id()) : key();
        }
    }

    private record RawClaim(Actor by, List<Actor> targets, int value, int sentence, String quote) {
    }

    /** The actors and the events already known ({@code world}): names to resolve, and events to point the reviewer to. */
    public Extractor(World world) {
        this.mentions = new ActorMentions(new ActorIndex(world.actors()), world.actors());
        this.known = world.events();
        world.exclusives().forEach(x -> exclusiveOther.put(x.side(), x.other()));
        world.actors().stream().filter(a -> Actor.CONTINUED.equals(a.unEnded()) && a.unUntil() != null)
                .forEach(a -> a.unSuccessors().forEach(id -> continuedBy.put(id, a)));
        this.patterns = EventPatterns.of(world);
    }

    /**
     * The sentence as the patterns read it, one character for one, so that every position is the quote's: names as
     * one word, "both X and Y" and "X as well as Y" as "X and Y", a weekday's date without its commas, "to-day" as
     * "today".
     */
    private static String asRead(String quote, List<Mention> found) {
        return DateResolver.oldDaysAsOneWord(DateResolver.weekdayDatesJoined(
                ActorMentions.pairsAsAnd(ActorMentions.namesAsOneWord(quote, found), found)));
    }

    /** The facts {@code article} states; {@code published} (the article's, or given) anchors relative dates. */
    public Extraction extract(ArticleText article, LocalDate published) {
        DateResolver dates = new DateResolver(published);
        List<Raw> raws = new ArrayList<>();
        List<Raw> pending = new ArrayList<>();
        List<RawClaim> rawClaims = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<List<Actor>> history = new ArrayList<>();
        if (article.title() != null) {
            history.add(entities(mentions.find(article.title())));
        }
        LocalDate narrative = published;
        List<String> sentences = article.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            String quote = sentences.get(i);
            List<Mention> found = mentions.find(quote);
            String s = asRead(quote, found);
            Finding firstRecognition = null;
            List<Finding> findings = patterns.find(s, found, history);
            for (Finding f : findings) {
                if (!f.accepted()) {
                    skipped.add(new Skipped(f.type(), describe(f) + ": " + f.rejected(), quote));
                    continue;
                }
                List<int[]> otherClauses = findings.stream().filter(g -> g.clauseStart() != f.clauseStart())
                        .map(g -> new int[] {g.clauseStart(), g.clauseEnd()}).toList();
                boolean others = findings.stream().anyMatch(g -> g != f && g.accepted() && !g.dependent());
                boolean main = findings.stream().anyMatch(g -> g.accepted() && !g.dependent());
                When when = f.dependent() && others
                        ? When.undated(null, "the cause or circumstance of another event of the sentence, which its time words date")
                        : dates.resolve(s, f.cueStart(), narrative, otherClauses,
                                findings.stream().filter(g -> g == f || !(g.dependent() && main))
                                        .map(g -> new int[] {g.cueStart(), g.cueEnd()}).toList());
                if (f.announced() && when.dated() && when.kind() == Kind.APPROXIMATE && when.phrase() != null
                        && s.indexOf(when.phrase()) >= 0 && s.indexOf(when.phrase()) < f.cueStart()
                        && when.note() != null && when.note().contains("dates the report")) {
                    // "said on Monday it would switch": the announcement is the switch, so its day is the event's.
                    when = new When(when.date(), false, Kind.RELATIVE, when.phrase(), "\"" + when.phrase()
                            + "\" dates the announcement of the switch (" + when.date() + "), which is the switch", false);
                }
                for (Actor doer : f.by()) {
                    Actor by = asOn(doer, when, published);
                    if (f.pending()) {
                        pending.add(new Raw(f.type(), by, null, when, i, quote, f.targetsFrom()));
                    }
                    for (Actor target : f.targets()) {
                        Raw raw = asRecognition(new Raw(f.type(), by, asOn(target, when, published), when, i, quote, f.targetsFrom()));
                        String notAnEvent = notAnEventOfTheFacts(raw, published);
                        if (notAnEvent != null) {
                            skipped.add(new Skipped(raw.type(), raw.type() + " by " + raw.by().id() + " of " + raw.target().id()
                                    + ": " + notAnEvent, quote));
                            continue;
                        }
                        raws.add(raw);
                        Raw away = switchedAway(raw, f.announced());
                        if (away != null) {
                            raws.add(away);
                        }
                    }
                }
                if (when.dated() && (when.kind() == Kind.EXACT || when.kind() == Kind.RELATIVE)) {
                    narrative = when.date();
                }
                if (firstRecognition == null && f.type().equals(Event.RECOGNIZE)) {
                    firstRecognition = f;
                }
            }
            OrdinalClaim ordinal = EventPatterns.ordinal(s);
            if (ordinal != null && firstRecognition != null && firstRecognition.by().size() == 1) {
                rawClaims.add(new RawClaim(firstRecognition.by().get(0), firstRecognition.targets(), ordinal.value(), i, quote));
            }
            history.add(entities(found));
        }

        Map<String, List<Raw>> groups = new LinkedHashMap<>();
        raws.forEach(r -> groups.computeIfAbsent(r.groupKey(), k -> new ArrayList<>()).add(r));
        Map<String, Raw> best = new LinkedHashMap<>();
        Map<String, List<Note>> notes = new LinkedHashMap<>();
        for (List<Raw> group : groups.values()) {
            Raw chosen = group.stream().min(Comparator.comparing((Raw r) -> r.when().kind())
                    .thenComparing(r -> r.targetsFrom() != null).thenComparingInt(Raw::sentence)).orElseThrow();
            best.put(chosen.key(), chosen);
            notes.put(chosen.key(), notesFor(chosen, group));
        }
        for (Raw p : pending) {
            boolean absorbed = best.values().stream().anyMatch(r -> r.type().equals(p.type()) && r.by().equals(p.by()));
            if (!absorbed) {
                skipped.add(new Skipped(p.type(), p.type() + " by " + p.by().id() + ": could not tell of whom ("
                        + p.targetsFrom() + ")", p.quote()));
            }
        }

        // One proposal per (type, by, sentence, date): "recognize PRK [DPR, LPR]".
        Map<String, List<Raw>> together = new LinkedHashMap<>();
        best.values().stream()
                .sorted(Comparator.comparingInt(Raw::sentence).thenComparingInt(r -> TYPE_ORDER.indexOf(r.type())))
                .forEach(r -> together.computeIfAbsent(r.type() + " " + r.by().id() + " " + r.sentence() + " " + r.when(),
                        k -> new ArrayList<>()).add(r));
        List<Proposal> events = new ArrayList<>();
        for (List<Raw> list : together.values()) {
            Raw first = list.get(0);
            Set<Note> merged = new LinkedHashSet<>();
            Map<String, List<String>> described = new LinkedHashMap<>();
            for (Raw r : list) {
                if (r.targetsFrom() != null) {
                    described.computeIfAbsent(r.targetsFrom(), k -> new ArrayList<>()).add(r.target().id());
                }
            }
            described.forEach((from, ids) -> merged.add(new Note(String.join(", ", ids) + " from " + from,
                    !from.endsWith("earlier in the sentence"))));
            list.forEach(r -> merged.addAll(notes.get(r.key())));
            events.add(new Proposal(first.type(), first.by(), list.stream().map(Raw::target).toList(), first.when(),
                    first.quote(), first.sentence(), List.copyOf(merged)));
        }
        List<ClaimProposal> claims = claims(rawClaims, best);
        Set<Actor> used = new LinkedHashSet<>();
        events.forEach(e -> {
            used.add(e.by());
            used.addAll(e.targets());
        });
        return new Extraction(article.title(), article.publisher(), published, events, claims, skipped, List.copyOf(used));
    }

    /**
     * The state {@code actor} was on the event's date: before the day its membership continued another's, that other
     * ("Moscow established ties with Seoul in 1990" is the Soviet Union's act); undated, the state on the day the
     * article was published, since the event was no later.
     */
    private Actor asOn(Actor actor, When when, LocalDate published) {
        Actor before = continuedBy.get(actor.id());
        if (before == null) {
            return actor;
        }
        // undated, told before that day: "Moscow broke ties with Israel over the Six-Day War" in a paper of 1990
        LocalDate day = when.dated() ? when.date() : published;
        // not before a union the state was a member before joined: "Egypt cut ties with France in 1956" is Egypt's, not
        // the United Arab Republic's (1958-1961)
        boolean union = before.unSince() != null && actor.unSince() != null && actor.unSince().isBefore(before.unSince());
        return day != null && day.isBefore(before.unUntil()) && !(union && day.isBefore(before.unSince())) ? before : actor;
    }

    /**
     * One side of an exclusive pair recognizing the other is no event the facts record. Nor is a recognition of a UN
     * member state outside an exclusive pair:
     * "recognized Paraguay for its support", "Dublin recognizes Israel"; unless it is dated before the state joined
     * the UN ("Cuba recognized South Korea in 1949"), or, undated, told by an article published before it joined, or
     * of a state recognized as new ("recognized newly independent Montenegro", "as an independent state").
     */
    private String notAnEventOfTheFacts(Raw r, LocalDate published) {
        boolean recognition = r.type().equals(Event.RECOGNIZE) || r.type().equals(Event.WITHDRAW);
        if (recognition && r.target().id().equals(exclusiveOther.get(r.by().id()))) {
            // "China denounces countries with which we have ties to set up relations with Taiwan": not China's
            return "the two sides of an exclusive pair do not recognize each other";
        }
        if (!recognition || !r.target().isState()
                || !r.target().unMember() || exclusiveOther.containsKey(r.target().id())) {
            return null;
        }
        boolean member = r.when().dated() ? r.target().memberOn(r.when().date())
                : (published == null || r.target().memberOn(published)) && !AS_A_NEW_STATE.matcher(r.quote()).find();
        return member ? "a UN member state is recognized once for all, so this is praise or a standing relation, not an event"
                : null;
    }

    /**
     * Words that recognize a state as new: its independence, its sovereignty, "as an independent state", "the new
     * Jewish State".
     */
    private static final Pattern AS_A_NEW_STATE = Pattern.compile("(?i)\\b(?:independen(?:t|ce)|sovereign(?:ty)?"
            + "|(?:as\\s+an?|the\\s+new|newly)(?:\\s+[\\p{L}'’-]+)?\\s+(?:state|nation|country|republic))\\b");

    /**
     * A switch of recognition to one side of an exclusive pair ("from Taiwan to China") ends the
     * recognition of the other side on the same date; proposed for review, since the knowledge base
     * may leave that end to the exclusive-recognition policy.
     */
    private Raw switchedAway(Raw r, boolean switched) {
        String other = exclusiveOther.get(r.target().id());
        if (!switched || !r.type().equals(Event.RECOGNIZE) || other == null || other.equals(r.by().id())) {
            return null;
        }
        Actor left = mentions.actor(other);
        if (left == null) {
            return null;
        }
        When w = r.when();
        String note = "the switch to " + r.target().id() + " ends " + r.by().id() + "'s recognition of " + other
                + " (exclusive pair): keep this only where the knowledge base records the break as its own event"
                + (w.note() == null ? "" : "; " + w.note());
        return new Raw(Event.WITHDRAW, r.by(), left, new When(w.date(), w.approximate(), w.kind(), w.phrase(), note, true),
                r.sentence(), r.quote(), r.targetsFrom());
    }

    /**
     * Diplomatic relations established or restored between a state and a claimed entity are the
     * state's recognition of the entity, as the knowledge base records them (Taiwan's allies).
     */
    private Raw asRecognition(Raw r) {
        if ((r.type().equals(Event.ESTABLISH) || r.type().equals(Event.RESTORE)) && r.by().isEntity() == r.target().isEntity()) {
            // Relations with one side of an exclusive pair (China) are its recognition, as the knowledge base records them.
            Actor side = exclusiveOther.containsKey(r.target().id()) ? r.target()
                    : exclusiveOther.containsKey(r.by().id()) ? r.by() : null;
            if (side != null) {
                Actor state = side == r.target() ? r.by() : r.target();
                return new Raw(Event.RECOGNIZE, state, side, r.when(), r.sentence(), r.quote(), r.targetsFrom(),
                        (r.type().equals(Event.ESTABLISH) ? "established" : "restored") + " diplomatic relations with "
                                + side.id() + ", one side of an exclusive pair: proposed as " + state.id() + "'s recognition of it");
            }
        }
        if (r.type().equals(Event.SEVER) && !r.by().isEntity() && r.target().isEntity()
                && !exclusiveOther.containsKey(r.target().id())) {
            // "Bolivia suspended relations with the SADR": the knowledge base records the end of its recognition.
            return new Raw(Event.WITHDRAW, r.by(), r.target(), r.when(), r.sentence(), r.quote(), r.targetsFrom(),
                    "ended diplomatic relations with " + r.target().id() + ", an entity: proposed as " + r.by().id()
                            + "'s withdrawal of its recognition");
        }
        if (!r.type().equals(Event.ESTABLISH) && !r.type().equals(Event.RESTORE)
                || r.by().isEntity() == r.target().isEntity()) {
            return r;
        }
        Actor state = r.by().isEntity() ? r.target() : r.by();
        Actor entity = r.by().isEntity() ? r.by() : r.target();
        return new Raw(Event.RECOGNIZE, state, entity, r.when(), r.sentence(), r.quote(), r.targetsFrom(),
                (r.type().equals(Event.ESTABLISH) ? "established" : "restored") + " diplomatic relations with "
                        + entity.id() + ", an entity: proposed as " + state.id() + "'s recognition of it");
    }

    private List<Note> notesFor(Raw chosen, List<Raw> group) {
        List<Note> out = new ArrayList<>();
        When w = chosen.when();
        if (w.note() != null) {
            out.add(new Note(w.note(), w.review()));
        }
        group.stream().map(Raw::remark).filter(r -> r != null).distinct().forEach(r -> out.add(new Note(r, false)));
        for (Raw other : group) {
            When o = other.when();
            if (other != chosen && o.dated() && !o.date().equals(w.date())) {
                out.add(new Note("another sentence dates it " + (o.approximate() ? "about " : "") + o.date()
                        + " (\"" + o.phrase() + "\"): " + shorten(other.quote()), true));
            }
        }
        List<Event> all = known.stream().filter(e -> same(e, chosen)).toList();
        List<Event> sameDay = all.stream().filter(e -> e.date().equals(w.date())).toList();
        List<Event> matches = (sameDay.isEmpty() ? all : sameDay).stream().limit(2).toList();
        for (Event e : matches) {
            boolean differs = w.dated() && !e.date().equals(w.date());
            out.add(new Note("in the knowledge base: " + e.origin().at() + ", dated " + e.date()
                    + (differs ? " (differs)" : ""), differs));
        }
        return out;
    }

    private static boolean same(Event e, Raw r) {
        if (!e.type().equals(r.type())) {
            return false;
        }
        return isRelations(r.type()) ? e.pair().equals(Pairs.key(r.by().id(), r.target().id()))
                : e.by().equals(r.by().id()) && e.target().equals(r.target().id());
    }

    private List<ClaimProposal> claims(List<RawClaim> rawClaims, Map<String, Raw> best) {
        Map<String, ClaimProposal> out = new LinkedHashMap<>();
        for (RawClaim c : rawClaims) {
            List<Actor> targets = c.targets().isEmpty()
                    ? best.values().stream().filter(r -> r.type().equals(Event.RECOGNIZE) && r.by().equals(c.by()))
                            .map(Raw::target).toList()
                    : c.targets();
            for (Actor target : targets) {
                Raw event = best.get(Event.RECOGNIZE + " " + c.by().id() + " " + target.id());
                if (event == null) {
                    continue;
                }
                List<Note> notes = new ArrayList<>();
                notes.add(new Note("dated like the recognition it counts (" + (event.when().dated() ? event.when().date() : "undated") + ")", false));
                if (c.targets().isEmpty()) {
                    notes.add(new Note(target.id() + ": what " + c.by().id() + " recognizes elsewhere in the article", true));
                }
                out.putIfAbsent(c.by().id() + " " + target.id() + " " + c.value(),
                        new ClaimProposal(c.by(), target, c.value(), event.when(), c.quote(), notes));
            }
        }
        return List.copyOf(out.values());
    }

    private static List<Actor> entities(List<Mention> found) {
        return found.stream().map(Mention::actor).filter(Actor::isEntity).distinct().toList();
    }

    private static String describe(Finding f) {
        return f.type() + " by " + f.by().stream().map(Actor::id).collect(Collectors.joining(", "))
                + (f.targets().isEmpty() ? "" : " of " + f.targets().stream().map(Actor::id).collect(Collectors.joining(", ")));
    }

    static boolean isRelations(String type) {
        return type.equals(Event.SEVER) || type.equals(Event.RESTORE) || type.equals(Event.ESTABLISH);
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
