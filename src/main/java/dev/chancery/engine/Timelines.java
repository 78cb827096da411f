package dev.chancery.engine;

import dev.chancery.load.World;
import dev.chancery.model.AboutEntity;
import dev.chancery.model.Actor;
import dev.chancery.model.AsOf;
import dev.chancery.model.Claim;
import dev.chancery.model.Event;
import dev.chancery.result.EntityResult;
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
 * Tallies over time, computed by the rules: the rules stay the only place where a tally is counted, and
 * what each point says is read from their derived facts. One session walks forward through the dates on
 * which something can change (an event's date, the day a UN membership begins or ends), inserting each
 * date's events and claims as it is reached, seeing the world as of that date, firing, and reading the
 * entities whose derived facts changed: the same world a fresh evaluation {@code --as-of} that date sees,
 * at the cost of one evaluation in all (a test checks the two agree). A point's marks come from what
 * changed: a recognizer gained or lost (and the span that started or ended, with its ending), a status
 * that ended the entity, and the day's events about it that changed nothing.
 */
public final class Timelines {
    private Timelines() {
    }

    /** The timelines of {@code entities} in {@code world} as of {@code asOf} (null: every event). */
    public static Map<String, Timeline> of(RuleBase rules, World world, LocalDate asOf, Collection<String> entities,
                                           long firingLimit) {
        return of(rules, world, asOf, entities, firingLimit, done -> { });
    }

    /**
     * As above, telling {@code progress} the fraction of dates done. An entity the rules never tally (a UN
     * member, or an actor no event recognizes) has no timeline.
     */
    public static Map<String, Timeline> of(RuleBase rules, World world, LocalDate asOf, Collection<String> entities,
                                           long firingLimit, Consumer<Double> progress) {
        World seen = world.asOf(asOf);
        Map<String, Actor> actors = seen.actorsById();
        Map<LocalDate, List<Event>> eventsOn = new HashMap<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Event e : seen.events()) {
            eventsOn.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e);
            dates.add(e.date());
        }
        // the days a UN membership begins or ends: what counts can change with no event
        for (Actor a : seen.actors()) {
            for (LocalDate d : new LocalDate[] {a.unSince(), a.unUntil()}) {
                if (d != null && (asOf == null || !d.isAfter(asOf)) && !dates.isEmpty() && d.isAfter(dates.first())) {
                    dates.add(d);
                }
            }
        }
        Set<String> wanted = new LinkedHashSet<>(entities);
        Map<String, List<Timeline.Point>> points = new LinkedHashMap<>();
        Map<String, EntityResult> before = new HashMap<>();
        wanted.forEach(e -> points.put(e, new ArrayList<>()));
        Set<String> tallied = new HashSet<>();
        List<Claim> claims = seen.claims().stream().sorted(Comparator.comparing(Claim::date)).toList();
        try (Reasoner reasoner = new Reasoner(rules, firingLimit)) {
            ResultReader reader = new ResultReader(reasoner, actors, false);
            // each actor as seen on the day reached, replaced when its membership changes
            Map<String, Actor> current = new HashMap<>();
            seen.severPolicies().forEach(reasoner::insert);
            seen.exclusives().forEach(reasoner::insert);
            seen.coverage().forEach(reasoner::insert);
            AsOf day = null;
            int nextClaim = 0;
            int done = 0;
            for (LocalDate date : dates) {
                reasoner.mark();
                for (Actor a : seen.actors()) {
                    Actor then = a.asOf(date);
                    Actor was = current.put(a.id(), then);
                    if (was != then) {
                        if (was != null) {
                            reasoner.delete(was);
                        }
                        reasoner.insert(then);
                    }
                }
                if (day != null) {
                    reasoner.delete(day);
                }
                day = new AsOf(date);
                reasoner.insert(day);
                List<Event> events = eventsOn.getOrDefault(date, List.of());
                events.forEach(reasoner::insert);
                while (nextClaim < claims.size() && !claims.get(nextClaim).date().isAfter(date)) {
                    reasoner.insert(claims.get(nextClaim++));
                }
                reasoner.fire();
                Set<String> touched = new LinkedHashSet<>();
                for (Object fact : reasoner.changedSinceMark()) {
                    if (fact instanceof AboutEntity about && wanted.contains(about.entity())) {
                        touched.add(about.entity());
                    }
                }
                events.stream().map(Event::target).filter(wanted::contains).forEach(touched::add);
                for (String entity : touched) {
                    EntityResult now = reader.entity(entity);
                    if (now != null) {
                        tallied.add(entity);
                    }
                    Timeline.Point point = point(entity, date, events, before.get(entity), now, current);
                    if (!point.marks().isEmpty()) {
                        points.get(entity).add(point);
                    }
                    before.put(entity, now);
                }
                progress.accept(++done / (double) dates.size());
            }
            reasoner.fire();
            for (String entity : wanted) {
                if (reader.entity(entity) != null) {
                    tallied.add(entity);
                }
            }
        }
        Map<String, Timeline> out = new LinkedHashMap<>();
        for (String entity : wanted) {
            if (tallied.contains(entity)) {
                Actor actor = actors.get(entity);
                out.put(entity, new Timeline(entity, actor == null ? entity : actor.name(), asOf, points.get(entity)));
            }
        }
        return out;
    }

    private static Map<String, EntityResult.Recognition> inForce(EntityResult e) {
        Map<String, EntityResult.Recognition> out = new LinkedHashMap<>();
        if (e != null) {
            e.recognizedBy().forEach(r -> out.put(r.state(), r));
        }
        return out;
    }

    /**
     * What changed on the day, read from the entity's result before and after it: each recognizer gained
     * (its recognition started, it joined the UN, or it carries on a former member's recognition) or lost
     * (its span ended, as the rules say how: withdrawn, switched, lapsed; or its membership ended), the end of
     * the entity, and each of the day's events about it that changed nothing.
     */
    private static Timeline.Point point(String entity, LocalDate date, List<Event> events, EntityResult before,
                                        EntityResult now, Map<String, Actor> actors) {
        Map<String, EntityResult.Recognition> was = inForce(before);
        Map<String, EntityResult.Recognition> is = inForce(now);
        List<Mark> marks = new ArrayList<>();
        Set<String> explained = new HashSet<>();
        if (now != null && now.statusSince() != null && date.equals(now.statusSince())
                && (before == null || !date.equals(before.statusSince()))
                && ("annexed".equals(now.status()) || "dissolved".equals(now.status()))) {
            boolean annexed = "annexed".equals(now.status());
            Event end = events.stream().filter(e -> entity.equals(e.target())).findFirst().orElse(null);
            String by = end == null ? null : end.by();
            marks.add(new Mark(annexed ? Mark.ANNEXED : Mark.DISSOLVED, by,
                    entity + (annexed ? " is annexed" + (by == null ? "" : " by " + by) : " is dissolved"),
                    end != null && end.approximate()));
            if (end != null) {
                explained.add(end.by() + "|" + end.type());
            }
        }
        for (Map.Entry<String, EntityResult.Recognition> gained : is.entrySet()) {
            String s = gained.getKey();
            EntityResult.Recognition r = gained.getValue();
            if (was.containsKey(s)) {
                continue;
            }
            Actor a = actors.get(s);
            if (r.through() != null) {
                marks.add(new Mark(Mark.JOINED, s, s + " carries on " + r.through() + "'s recognition", false));
            } else if (date.equals(r.since())) {
                marks.add(new Mark(Mark.RECOGNIZED, s, s + " recognizes " + entity, r.approximate()));
                explained.add(s + "|" + Event.RECOGNIZE);
            } else if (a != null && date.equals(a.unSince())) {
                marks.add(new Mark(Mark.JOINED, s, s + " becomes a UN member: its recognition counts", false));
            } else {
                marks.add(new Mark(Mark.RECOGNIZED, s, s + ": its recognition comes into force", false));
            }
        }
        for (String s : was.keySet()) {
            if (is.containsKey(s)) {
                continue;
            }
            String whose = was.get(s).through() == null ? s : was.get(s).through(); // a carried recognition: its maker's
            EntityResult.EndedRecognition ended = endedOn(now, whose, date);
            if (ended == null) {
                Actor a = actors.get(s);
                boolean left = a != null && date.equals(a.unUntil());
                marks.add(left ? new Mark(Mark.LEFT, s, s + "'s UN membership ends: its recognition no longer counts", false)
                        : new Mark(Mark.WITHDRAWN, s, s + ": its recognition ends", false));
            } else if (ended.switchedTo() != null) {
                marks.add(new Mark(Mark.SWITCHED, s, s + " recognizes " + ended.switchedTo() + ": its recognition of "
                        + entity + " ends (exclusive recognition)", ended.untilApproximate()));
            } else if (now.lapsed().contains(ended)) {
                marks.add(new Mark(Mark.LAPSED, s, s + ": its recognition lapses", ended.untilApproximate()));
            } else {
                marks.add(new Mark(Mark.WITHDRAWN, s, s + " withdraws its recognition", ended.untilApproximate()));
                explained.add(s + "|" + Event.WITHDRAW);
            }
        }
        // the day's events about the entity that changed nothing the tally shows
        for (Event e : events) {
            if (!entity.equals(e.target()) || !explained.add(e.by() + "|" + e.type())) {
                continue;
            }
            boolean notCounted = now != null && now.nonMemberRecognizers().stream().anyMatch(r -> r.state().equals(e.by()));
            if (Event.RECOGNIZE.equals(e.type()) && notCounted) {
                marks.add(new Mark(Mark.NOT_COUNTED, e.by(), e.by() + " recognizes " + entity
                        + " (not a UN member: not counted)", e.approximate()));
            } else if (Event.RECOGNIZE.equals(e.type())) {
                marks.add(new Mark(Mark.NO_CHANGE, e.by(), e.by() + " recognizes " + entity + " (no change)", e.approximate()));
            } else if (Event.WITHDRAW.equals(e.type())) {
                marks.add(new Mark(Mark.NO_CHANGE, e.by(), e.by() + " withdraws its recognition (none in force: no change)",
                        e.approximate()));
            }
        }
        // in the order of the day's events (their load order), then the changes no event of the day made
        List<String> actedFirst = events.stream().map(Event::by).distinct().toList();
        marks.sort(Comparator.comparingInt(m -> {
            int at = actedFirst.indexOf(m.state());
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        String coverage = now == null || now.coverage() == null ? null : now.coverage().tally();
        return new Timeline.Point(date, now == null ? 0 : now.tally(), marks, coverage);
    }

    /** {@code state}'s recognition of the entity that ended on {@code date}, as the rules ended it, or null. */
    private static EntityResult.EndedRecognition endedOn(EntityResult now, String state, LocalDate date) {
        if (now == null) {
            return null;
        }
        return java.util.stream.Stream.concat(now.withdrawn().stream(), now.lapsed().stream())
                .filter(r -> r.state().equals(state) && date.equals(r.until())).findFirst().orElse(null);
    }
}
