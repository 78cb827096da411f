package dev.chancery.engine;

import dev.chancery.load.World;
import dev.chancery.model.Actor;
import dev.chancery.model.AsOf;
import dev.chancery.model.Claim;
import dev.chancery.model.Event;
import dev.chancery.model.Exclusive;
import dev.chancery.result.EntityResult;
import dev.chancery.result.Result;
import dev.chancery.result.ResultReader;
import dev.chancery.result.Timeline;
import dev.chancery.result.Timeline.Mark;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Tallies over time, computed by the rules: the rules stay the only place where a tally is
 * counted. One session walks forward through the dates that matter, inserting the events (and
 * claims) of each date as it is reached, firing, and reading the {@link Result} — the same world a
 * fresh evaluation {@code --as-of} that date sees, at the cost of one evaluation in all (a test
 * checks the two agree).
 */
public final class Timelines {
    private static final Set<String> OWN = Set.of(Event.RECOGNIZE, Event.WITHDRAW, Event.ANNEX, Event.DISSOLVE);

    private Timelines() {
    }

    /** The timelines of {@code entities} in {@code world} as of {@code asOf} (null: every event). */
    public static Map<String, Timeline> of(RuleBase rules, World world, LocalDate asOf, Collection<String> entities,
                                           long firingLimit) {
        return of(rules, world, asOf, entities, firingLimit, done -> { });
    }

    /** As above, telling {@code progress} the fraction of dates done. */
    public static Map<String, Timeline> of(RuleBase rules, World world, LocalDate asOf, Collection<String> entities,
                                           long firingLimit, Consumer<Double> progress) {
        World seen = world.asOf(asOf);
        Map<String, Actor> actors = seen.actorsById();
        Map<String, Set<String>> endedBy = new HashMap<>(); // entity -> the sides whose recognition ends its own
        for (Exclusive x : seen.exclusives()) {
            endedBy.computeIfAbsent(x.other(), k -> new HashSet<>()).add(x.side());
        }
        Map<String, Map<LocalDate, List<Event>>> relevant = new LinkedHashMap<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (String entity : entities) {
            Map<LocalDate, List<Event>> byDate = new LinkedHashMap<>();
            Set<String> others = endedBy.getOrDefault(entity, Set.of());
            for (Event e : seen.events()) {
                boolean own = entity.equals(e.target()) && OWN.contains(e.type());
                boolean other = others.contains(e.target()) && Event.RECOGNIZE.equals(e.type());
                if (own || other) {
                    byDate.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e);
                    dates.add(e.date());
                }
            }
            relevant.put(entity, byDate);
        }

        // the days a UN membership begins or ends: what counts can change with no event
        for (Actor a : seen.actors()) {
            for (LocalDate d : new LocalDate[] {a.unSince(), a.unUntil()}) {
                if (d != null && (asOf == null || !d.isAfter(asOf)) && !dates.isEmpty() && d.isAfter(dates.first())) {
                    dates.add(d);
                }
            }
        }

        Map<String, List<Timeline.Point>> points = new LinkedHashMap<>();
        Map<String, Set<String>> inForce = new HashMap<>();
        entities.forEach(e -> {
            points.put(e, new ArrayList<>());
            inForce.put(e, Set.of());
        });
        List<Claim> claims = seen.claims().stream().sorted(Comparator.comparing(Claim::date)).toList();
        try (Reasoner reasoner = new Reasoner(rules, firingLimit)) {
            // each actor as seen on the day reached, replaced when its membership changes
            Map<String, Actor> current = new HashMap<>();
            seen.severPolicies().forEach(reasoner::insert);
            seen.exclusives().forEach(reasoner::insert);
            seen.coverage().forEach(reasoner::insert);
            AsOf day = null;
            int nextEvent = 0;
            int nextClaim = 0;
            int done = 0;
            for (LocalDate date : dates) {
                for (Actor a : seen.actors()) {
                    Actor then = a.asOf(date);
                    Actor before = current.put(a.id(), then);
                    if (before != then) {
                        if (before != null) {
                            reasoner.delete(before);
                        }
                        reasoner.insert(then);
                    }
                }
                if (day != null) {
                    reasoner.delete(day);
                }
                day = new AsOf(date);
                reasoner.insert(day);
                while (nextEvent < seen.events().size() && !seen.events().get(nextEvent).date().isAfter(date)) {
                    reasoner.insert(seen.events().get(nextEvent++));
                }
                while (nextClaim < claims.size() && !claims.get(nextClaim).date().isAfter(date)) {
                    reasoner.insert(claims.get(nextClaim++));
                }
                reasoner.fire();
                Result result = new ResultReader(reasoner, actors, false).read(date);
                for (String entity : entities) {
                    List<Event> events = relevant.get(entity).getOrDefault(date, List.of());
                    EntityResult now = result.entity(entity);
                    Set<String> after = states(now);
                    if (!events.isEmpty() || !after.equals(inForce.get(entity))) {
                        Timeline.Point point = point(entity, date, events, inForce.get(entity), now, current);
                        if (!point.marks().isEmpty()) {
                            points.get(entity).add(point);
                        }
                        inForce.put(entity, after);
                    }
                }
                progress.accept(++done / (double) dates.size());
            }
        }
        Map<String, Timeline> out = new LinkedHashMap<>();
        for (String entity : entities) {
            Actor actor = actors.get(entity);
            out.put(entity, new Timeline(entity, actor == null ? entity : actor.name(), asOf, points.get(entity)));
        }
        return out;
    }

    private static Set<String> states(EntityResult e) {
        Set<String> out = new LinkedHashSet<>();
        if (e != null) {
            e.recognizedBy().forEach(r -> out.add(r.state()));
        }
        return out;
    }

    /** {@code state}'s UN membership begins on {@code date} ({@code actors}: as seen on that date). */
    private static boolean joined(String state, LocalDate date, Map<String, Actor> actors) {
        Actor a = actors.get(state);
        return a != null && date.equals(a.unSince());
    }

    /** {@code state}'s UN membership ends on {@code date}. */
    private static boolean left(String state, LocalDate date, Map<String, Actor> actors) {
        Actor a = actors.get(state);
        return a != null && date.equals(a.unUntil());
    }

    /** What each event of the day did, read from the change in the recognizers in force. */
    private static Timeline.Point point(String entity, LocalDate date, List<Event> events, Set<String> before,
                                        EntityResult now, Map<String, Actor> actors) {
        Set<String> after = states(now);
        Set<String> gained = new LinkedHashSet<>(after);
        gained.removeAll(before);
        Set<String> lost = new LinkedHashSet<>(before);
        lost.removeAll(after);
        List<Mark> marks = new ArrayList<>();
        for (Event e : events) {
            boolean own = e.target().equals(entity);
            String by = e.by();
            switch (e.type()) {
                case Event.RECOGNIZE -> {
                    if (!own) {
                        if (lost.remove(by)) {
                            marks.add(new Mark(Mark.SWITCHED, by, by + " recognizes " + e.target() + ": its recognition of "
                                    + entity + " ends (exclusive recognition)", e.approximate()));
                        }
                    } else if (gained.remove(by)) {
                        marks.add(new Mark(Mark.RECOGNIZED, by, by + " recognizes " + entity, e.approximate()));
                    } else if (now != null && now.nonMemberRecognizers().stream().anyMatch(r -> r.state().equals(by))) {
                        marks.add(new Mark(Mark.NOT_COUNTED, by, by + " recognizes " + entity
                                + " (not a UN member: not counted)", e.approximate()));
                    } else {
                        marks.add(new Mark(Mark.NO_CHANGE, by, by + " recognizes " + entity + " (no change)", e.approximate()));
                    }
                }
                case Event.WITHDRAW -> marks.add(lost.remove(by)
                        ? new Mark(Mark.WITHDRAWN, by, by + " withdraws its recognition", e.approximate())
                        : new Mark(Mark.NO_CHANGE, by, by + " withdraws its recognition (none in force: no change)",
                                e.approximate()));
                case Event.ANNEX, Event.DISSOLVE -> {
                    boolean annex = Event.ANNEX.equals(e.type());
                    marks.add(new Mark(annex ? Mark.ANNEXED : Mark.DISSOLVED, by,
                            entity + (annex ? " is annexed by " + by : " is dissolved"), e.approximate()));
                    for (String state : List.copyOf(lost)) {
                        if (now != null && now.lapsed().stream().anyMatch(l -> l.state().equals(state) && date.equals(l.until()))) {
                            lost.remove(state);
                            marks.add(new Mark(Mark.LAPSED, state, state + ": its recognition lapses", e.approximate()));
                        }
                    }
                }
                default -> { }
            }
        }
        for (String s : gained) {
            String through = now.recognizedBy().stream().filter(r -> r.state().equals(s) && r.through() != null)
                    .map(EntityResult.Recognition::through).findFirst().orElse(null);
            marks.add(through != null
                    ? new Mark(Mark.JOINED, s, s + " carries on " + through + "'s recognition", false)
                    : joined(s, date, actors)
                            ? new Mark(Mark.JOINED, s, s + " becomes a UN member: its recognition counts", false)
                            : new Mark(Mark.RECOGNIZED, s, s + ": its recognition comes into force", false));
        }
        for (String s : lost) {
            marks.add(left(s, date, actors)
                    ? new Mark(Mark.LEFT, s, s + "'s UN membership ends: its recognition no longer counts", false)
                    : new Mark(Mark.WITHDRAWN, s, s + ": its recognition ends", false));
        }
        String coverage = now == null || now.coverage() == null ? null : now.coverage().tally();
        return new Timeline.Point(date, now == null ? 0 : now.tally(), marks, coverage);
    }
}
