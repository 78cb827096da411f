package dev.chancery.oracle;

import dev.chancery.load.World;
import dev.chancery.model.Actor;
import dev.chancery.model.Event;
import dev.chancery.model.Exclusive;
import dev.chancery.model.Pairs;
import dev.chancery.model.SeverPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A plain-Java reading of docs/semantics.md's rule semantics 1-8 (and docs/decisions.md), written apart
 * from the DRL, with maps and sorting: the test oracle the rules are checked against. Never used by
 * the product.
 */
public final class Oracle {
    /** What the oracle computes, in the shapes the comparison needs. */
    public record Answer(Map<String, Integer> tallies, Map<String, Map<String, Integer>> ordinals,
                         Map<String, List<String>> spans, Map<String, String> relations, TreeSet<String> conclusions) {
    }

    private record Step(String state, String target, Event event, String action) {
    }

    private record Span(String state, String target, LocalDate since, LocalDate until, String ending, Event endedBy) {
    }

    private record Start(String state, String target, LocalDate date, Event event) {
    }

    private record Severance(String a, String b, LocalDate since, String basis, String pair, Event trigger) {
        boolean window(LocalDate d) {
            return !d.isBefore(since.minusDays(7)) && !d.isAfter(since.plusDays(30));
        }
    }

    private record Change(String pair, String a, String b, LocalDate date, long order, String status, String basis,
                          Severance severance) {
        boolean laterThan(Change o) {
            int c = date.compareTo(o.date);
            if (c != 0) {
                return c > 0;
            }
            if (order != o.order) {
                return order > o.order;
            }
            return basis.compareTo(o.basis) > 0 || basis.equals(o.basis) && a.compareTo(o.a) > 0;
        }

        boolean precedes(Event e) {
            int c = date.compareTo(e.date());
            return c < 0 || c == 0 && order < e.seq();
        }
    }

    private final World world;
    private final Map<String, Actor> actors;
    /** Relations events by pair, in event order: every lookup below is by pair. */
    private final Map<String, List<Event>> byPair = new HashMap<>();

    private Oracle(World world) {
        this.world = world;
        this.actors = world.actorsById();
        for (Event e : world.events()) {
            if (e.pair() != null) {
                byPair.computeIfAbsent(e.pair(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    private List<Event> pairEvents(String pair) {
        return byPair.getOrDefault(pair, List.of());
    }

    public static Answer answer(World world, LocalDate asOf) {
        return new Oracle(world.asOf(asOf)).compute();
    }

    private boolean isState(String id) {
        return actors.get(id) != null && actors.get(id).isState();
    }

    /**
     * The UN members of the as-of date that count {@code id}'s recognitions: itself while a member, or, once its
     * membership has ended, the members among the successors it names (a state's, not an entity's).
     */
    private Set<String> holders(String id) {
        return holders(id, new java.util.HashSet<>());
    }

    private Set<String> holders(String id, Set<String> seen) {
        Actor a = actors.get(id);
        if (a == null || !a.unMember() || !seen.add(id)) { // a circle of successors holds no seat
            return Set.of();
        } else if (a.unUntil() == null) {
            return Set.of(id);
        } else if (!a.isState()) {
            return Set.of();
        }
        Set<String> out = new TreeSet<>();
        a.unSuccessors().forEach(s -> out.addAll(holders(s, seen)));
        return out;
    }

    private Answer compute() {
        List<Event> events = world.events(); // already in event order
        // rule 8: the first annexation or dissolution ends an entity
        Map<String, Event> ends = new HashMap<>();
        for (Event e : events) {
            if (e.type().equals(Event.ANNEX) || e.type().equals(Event.DISSOLVE)) {
                ends.putIfAbsent(e.target(), e);
            }
        }
        // rule 1 and 6: the steps of each (state, target) pair, in event order
        Map<String, List<Step>> steps = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.type().equals(Event.RECOGNIZE)) {
                add(steps, new Step(e.by(), e.target(), e, "recognize"));
                if (isState(e.by())) {
                    for (Exclusive x : world.exclusives()) {
                        if (x.side().equals(e.target())) {
                            add(steps, new Step(e.by(), x.other(), e, "exclusive"));
                        }
                    }
                }
            } else if (e.type().equals(Event.WITHDRAW)) {
                add(steps, new Step(e.by(), e.target(), e, "withdraw"));
            }
        }
        for (List<Step> list : new ArrayList<>(steps.values())) {
            Step first = list.get(0);
            Event end = ends.get(first.target());
            if (end != null && list.stream().anyMatch(s -> s.action().equals("recognize"))) {
                list.add(new Step(first.state(), first.target(), end, "lapse"));
            }
        }
        List<Span> spans = new ArrayList<>();
        List<Start> starts = new ArrayList<>();
        for (List<Step> list : steps.values()) {
            list.sort((x, y) -> x.event().precedes(y.event()) ? -1 : y.event().precedes(x.event()) ? 1 : 0);
            boolean inForce = false;
            boolean ceased = false;
            LocalDate since = null;
            for (Step step : list) {
                switch (step.action()) {
                    case "recognize" -> {
                        if (!inForce && !ceased) {
                            inForce = true;
                            since = step.event().date();
                            starts.add(new Start(step.state(), step.target(), since, step.event()));
                        }
                    }
                    case "withdraw", "exclusive" -> {
                        if (inForce) {
                            spans.add(new Span(step.state(), step.target(), since, step.event().date(),
                                    step.action(), step.event()));
                            inForce = false;
                        }
                    }
                    default -> { // lapse
                        if (inForce) {
                            spans.add(new Span(step.state(), step.target(), since, step.event().date(), "lapse",
                                    step.event()));
                        }
                        inForce = false;
                        ceased = true;
                    }
                }
            }
            if (inForce) {
                spans.add(new Span(list.get(0).state(), list.get(0).target(), since, null, null, null));
            }
        }
        // rules 2 and 3: tallies and ordinals
        TreeSet<String> subjects = new TreeSet<>();
        world.actors().stream().filter(Actor::isEntity).forEach(a -> subjects.add(a.id()));
        events.stream().filter(e -> e.type().equals(Event.RECOGNIZE))
                .filter(e -> actors.get(e.target()) == null || !actors.get(e.target()).unMember())
                .forEach(e -> subjects.add(e.target()));
        Map<String, Integer> tallies = new TreeMap<>();
        Map<String, Map<String, Integer>> ordinals = new TreeMap<>();
        Map<String, List<String>> spanText = new TreeMap<>();
        Map<String, List<Span>> spansOf = new HashMap<>(); // by entity: a scan of every span an entity grows as the square
        spans.forEach(s -> spansOf.computeIfAbsent(s.target(), k -> new ArrayList<>()).add(s));
        for (String t : subjects) {
            List<Span> mine = spansOf.getOrDefault(t, List.of());
            Set<String> counted = new TreeSet<>();
            for (Span s : mine) {
                if (s.until() == null) {
                    for (String h : holders(s.state())) {
                        // a successor's own step toward the entity since ends what it carries on
                        boolean ownStep = !h.equals(s.state()) && steps.getOrDefault(h + "|" + t, List.of()).stream()
                                .anyMatch(step -> !step.action().equals("recognize") && !step.event().date().isBefore(s.since()));
                        if (!ownStep) {
                            counted.add(h);
                        }
                    }
                }
            }
            tallies.put(t, counted.size());
            Map<String, LocalDate> first = new HashMap<>();
            mine.forEach(s -> holders(s.state())
                    .forEach(h -> first.merge(h, s.since(), (a, b) -> a.isBefore(b) ? a : b)));
            Map<String, Integer> ranks = new TreeMap<>();
            first.forEach((state, d) -> ranks.put(state,
                    1 + (int) first.values().stream().filter(o -> o.isBefore(d)).count()));
            // the ranks a result shows: each member counted, and each ended recognition of a state that is a
            // member itself (a former member's ended recognition is listed under its own id, with no rank)
            Map<String, Integer> shown = new TreeMap<>();
            counted.forEach(h -> shown.put(h, ranks.get(h)));
            for (Span s : mine) {
                if (s.until() != null && holders(s.state()).equals(Set.of(s.state()))) {
                    shown.put(s.state(), ranks.get(s.state()));
                }
            }
            ordinals.put(t, shown);
            List<String> text = mine.stream()
                    .map(s -> s.state() + " " + s.since() + ".." + s.until() + " "
                            + (s.ending() == null || s.ending().equals("lapse") ? s.ending() : "ENDED"))
                    .sorted().toList();
            spanText.put(t, text);
        }
        // rules 4-6: severances, in event order, each seeing the conclusions of earlier days
        List<Severance> severances = new ArrayList<>();
        for (Span s : spans) {
            if ("exclusive".equals(s.ending())) {
                severances.add(new Severance(s.state(), s.target(), s.until(), "exclusive",
                        Pairs.key(s.state(), s.target()), s.endedBy()));
            }
        }
        starts.sort((x, y) -> x.event().precedes(y.event()) ? -1 : y.event().precedes(x.event()) ? 1 : 0);
        Map<String, List<Severance>> inferredByPair = new HashMap<>();
        severances.forEach(s -> inferredByPair.computeIfAbsent(s.pair(), k -> new ArrayList<>()).add(s));
        // a parent's earliest precedent: "some precedent dated before d" is "the earliest is before d"
        Map<String, LocalDate> precedentSince = new HashMap<>();
        Map<String, List<SeverPolicy>> policiesOn = new HashMap<>(); // by entity
        world.severPolicies().forEach(p -> policiesOn.computeIfAbsent(p.entity(), k -> new ArrayList<>()).add(p));
        List<Severance> expected = new ArrayList<>();
        for (Start r : starts) {
            if (!isState(r.state())) {
                continue;
            }
            String parent = actors.get(r.target()) == null ? null : actors.get(r.target()).claimedFrom();
            for (SeverPolicy p : policiesOn.getOrDefault(r.target(), List.of())) {
                if (!p.holder().equals(r.state()) && p.covers(r.date())) {
                    String k = Pairs.key(p.holder(), r.state());
                    if (!alreadySevered(k, p.holder(), r, inferredByPair)) {
                        Severance severance = new Severance(p.holder(), r.state(), r.date(), "policy", k, r.event());
                        severances.add(severance);
                        inferredByPair.computeIfAbsent(k, x -> new ArrayList<>()).add(severance);
                    }
                }
            }
            if (parent != null && !parent.equals(r.state())) {
                String k = Pairs.key(parent, r.state());
                boolean policy = policiesOn.getOrDefault(r.target(), List.of()).stream()
                        .anyMatch(p -> p.holder().equals(parent) && p.covers(r.date()));
                boolean precedent = precedentSince.containsKey(parent) && precedentSince.get(parent).isBefore(r.date());
                if (!policy && precedent && !alreadySevered(k, parent, r, inferredByPair)) {
                    expected.add(new Severance(parent, r.state(), r.date(), "expected", k, r.event()));
                }
                boolean severedSoon = pairEvents(k).stream().anyMatch(e -> e.type().equals(Event.SEVER)
                        && !e.date().isBefore(r.date()) && !e.date().isAfter(r.date().plusDays(30)));
                if (severedSoon) {
                    precedentSince.merge(parent, r.date(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        // one severance per (a, b, since, basis): the first trigger of its day dates the change
        Map<String, Severance> merged = new LinkedHashMap<>();
        for (Severance s : severances) {
            merged.merge(s.a() + "|" + s.b() + "|" + s.since() + "|" + s.basis(), s,
                    (x, y) -> x.trigger().precedes(y.trigger()) ? x : y);
        }
        // rule 7: the latest change of each pair
        List<Change> changes = new ArrayList<>();
        for (Severance s : merged.values()) {
            changes.add(new Change(s.pair(), s.a(), s.b(), s.since(), s.trigger().seq(), "severed", s.basis(), s));
        }
        Map<String, List<Severance>> severancesByPair = new HashMap<>();
        merged.values().forEach(s -> severancesByPair.computeIfAbsent(s.pair(), k -> new ArrayList<>()).add(s));
        for (Event e : events) {
            if (e.type().equals(Event.SEVER) && severancesByPair.getOrDefault(e.pair(), List.of()).stream()
                    .noneMatch(s -> s.window(e.date()))) {
                changes.add(new Change(e.pair(), e.by(), e.target(), e.date(), e.seq(), "severed", "reported", null));
            } else if (e.type().equals(Event.RESTORE) || e.type().equals(Event.ESTABLISH)) {
                changes.add(new Change(e.pair(), e.by(), e.target(), e.date(), e.seq(), "active", "reported", null));
            }
        }
        // a reported severance of relations already severed (by an earlier change not undone since) is no change
        Map<String, List<Change>> byPair = new HashMap<>();
        changes.forEach(c -> byPair.computeIfAbsent(c.pair(), k -> new ArrayList<>()).add(c));
        Map<String, Change> latest = new TreeMap<>();
        for (List<Change> pairChanges : byPair.values()) {
            pairChanges.sort((x, y) -> x.laterThan(y) ? 1 : y.laterThan(x) ? -1 : 0);
            Change now = null;
            for (Change c : pairChanges) {
                boolean redundant = c.severance() == null && c.status().equals("severed") && now != null
                        && now.status().equals("severed");
                if (!redundant) {
                    now = c;
                }
            }
            latest.put(now.pair(), now);
        }
        Map<String, String> relations = new TreeMap<>();
        latest.forEach((k, c) -> {
            String confirmed = c.severance() == null ? "" : " confirmed=" + pairEvents(k).stream().anyMatch(e ->
                    e.type().equals(Event.SEVER) && c.severance().window(e.date()));
            relations.put(k, c.a() + ">" + c.b() + " " + c.status() + " " + c.date() + " " + c.basis() + confirmed);
        });
        expected.stream()
                .sorted(Comparator.comparing(Severance::since).thenComparing(Severance::a))
                .forEach(x -> relations.putIfAbsent(x.pair(), x.a() + ">" + x.b() + " unknown null null"));
        TreeSet<String> conclusions = new TreeSet<>();
        merged.values().forEach(s -> conclusions.add("severance:" + s.a() + ":" + s.b() + ":" + s.since()));
        expected.forEach(s -> conclusions.add("expected-severance:" + s.a() + ":" + s.b() + ":" + s.since()));
        for (Span s : spans) {
            if ("exclusive".equals(s.ending())) {
                conclusions.add("recognition-ended:" + s.state() + ":" + s.target() + ":" + s.until());
            } else if ("lapse".equals(s.ending())) {
                conclusions.add("lapse:" + s.state() + ":" + s.target() + ":" + s.until());
            }
        }
        return new Answer(tallies, ordinals, spanText, relations, conclusions);
    }

    /**
     * docs/semantics.md rule 4's "already severed on d", as docs/decisions.md reads it, for {@code holder}'s
     * severance of the recognizer.
     */
    private boolean alreadySevered(String pair, String holder, Start r, Map<String, List<Severance>> severances) {
        List<Event> events = pairEvents(pair);
        for (Event rep : events) {
            if (rep.type().equals(Event.SEVER) && rep.date().isBefore(r.date().minusDays(7))
                    && events.stream().noneMatch(e -> restores(e, pair) && rep.precedes(e) && e.precedes(r.event()))) {
                return true;
            }
        }
        Map<String, Severance> firstOfDay = new HashMap<>();
        for (Severance s : severances.getOrDefault(pair, List.of())) {
            // before d, or on d by the recognizer itself (whose recognition came first that day)
            if (s.since().isBefore(r.date())
                    || s.since().equals(r.date()) && !s.a().equals(holder) && s.trigger().precedes(r.event())) {
                firstOfDay.merge(s.a() + s.b() + s.since() + s.basis(), s,
                        (x, y) -> x.trigger().precedes(y.trigger()) ? x : y);
            }
        }
        for (Severance s : firstOfDay.values()) {
            Change change = new Change(pair, s.a(), s.b(), s.since(), s.trigger().seq(), "severed", s.basis(), s);
            if (events.stream().noneMatch(e -> restores(e, pair) && change.precedes(e) && e.precedes(r.event()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean restores(Event e, String pair) {
        return (e.type().equals(Event.RESTORE) || e.type().equals(Event.ESTABLISH)) && Objects.equals(e.pair(), pair);
    }

    private static void add(Map<String, List<Step>> steps, Step step) {
        steps.computeIfAbsent(step.state() + "|" + step.target(), k -> new ArrayList<>()).add(step);
    }

    static Comparator<Event> order() {
        return (x, y) -> x.precedes(y) ? -1 : y.precedes(x) ? 1 : 0;
    }
}
