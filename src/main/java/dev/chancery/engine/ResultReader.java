package dev.chancery.engine;

import dev.chancery.model.AboutEntity;
import dev.chancery.model.Actor;
import dev.chancery.model.Conclusion;
import dev.chancery.model.CountedRecognition;
import dev.chancery.model.Coverage;
import dev.chancery.model.CoverageMark;
import dev.chancery.model.Ending;
import dev.chancery.model.EntityStatus;
import dev.chancery.model.Ordinal;
import dev.chancery.model.Relation;
import dev.chancery.model.Span;
import dev.chancery.model.Tally;
import dev.chancery.model.UnknownOrdinals;
import dev.chancery.model.Warning;
import dev.chancery.result.ConclusionResult;
import dev.chancery.result.EntityResult;
import dev.chancery.result.EntityResult.EndedRecognition;
import dev.chancery.result.EntityResult.NonMemberRecognition;
import dev.chancery.result.EntityResult.Recognition;
import dev.chancery.result.RelationResult;
import dev.chancery.result.Result;
import dev.chancery.result.WarningResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Reads the derived facts of a fired session into a {@link Result}, sorted for stable output. */
public final class ResultReader {
    private final Reasoner reasoner;
    private final Map<String, Actor> actors;
    private final Premises premises;

    private final boolean withReasons;
    private final Predicate<Object> gives;

    public ResultReader(Reasoner reasoner, Map<String, Actor> actors) {
        this(reasoner, actors, true);
    }

    /** Without reasons, conclusions carry no {@code because} or {@code reason}: the batch path saves the walk. */
    public ResultReader(Reasoner reasoner, Map<String, Actor> actors, boolean withReasons) {
        this(reasoner, actors, withReasons, fact -> true);
    }

    /**
     * Reading only what {@code gives} accepts of the facts a result is read from (an entity's tally, a relation, a
     * conclusion, a warning): a part of a big world gives the results it owns.
     */
    public ResultReader(Reasoner reasoner, Map<String, Actor> actors, boolean withReasons, Predicate<Object> gives) {
        this.reasoner = reasoner;
        this.actors = actors;
        this.withReasons = withReasons;
        this.premises = withReasons ? new Premises(reasoner) : null;
        this.gives = gives;
    }

    public Result read(LocalDate asOf) {
        return new Result(asOf, entities(), relations(), conclusions(), warnings());
    }

    /**
     * The result now, given {@code base}: what this session gave before the facts in {@code changed} were
     * inserted or deleted (a live session's {@code changedSinceMark}). Only the entities whose facts
     * changed are read again, and relations, conclusions and warnings only if one of theirs changed; the
     * rest is shared with {@code base}. Equal to {@link #read} without reasons (a property test checks
     * it); with reasons it is not used, since a conclusion's premises can change with no fact of its own
     * inserted or deleted.
     */
    public Result patch(Result base, Collection<Object> changed, LocalDate asOf) {
        Set<String> dirty = new HashSet<>();
        Set<String> conclusionIds = new HashSet<>();
        boolean relations = false;
        boolean warnings = false;
        for (Object fact : changed) {
            if (fact instanceof Conclusion conclusion) {
                conclusionIds.add(conclusion.id());
            } else if (fact instanceof AboutEntity about) {
                dirty.add(about.entity());
            } else if (fact instanceof Actor a) {
                dirty.add(a.id()); // its name and parent are in the entity's result
            } else if (fact instanceof Relation) {
                relations = true;
            } else if (fact instanceof Warning) {
                warnings = true;
            }
        }
        return new Result(asOf, dirty.isEmpty() ? base.entities() : entities(base.entities(), dirty),
                relations ? reusing(relations(), base.relations()) : base.relations(),
                conclusionIds.isEmpty() ? base.conclusions() : conclusions(base.conclusions(), conclusionIds),
                warnings ? reusing(warnings(), base.warnings()) : base.warnings());
    }

    /**
     * {@code read} with each item equal to one of {@code base}'s replaced by it: what a scenario leaves as it was
     * stays the same object, which a batch writes from bytes serialized once (LineJson) instead of again.
     */
    private static <T> List<T> reusing(List<T> read, List<T> base) {
        Map<T, T> before = new HashMap<>();
        for (T item : base) {
            before.put(item, item);
        }
        List<T> out = new ArrayList<>(read.size());
        for (T item : read) {
            out.add(before.getOrDefault(item, item));
        }
        return List.copyOf(out);
    }

    /**
     * {@code base} with the conclusions of the ids in {@code ids} read again. A kept conclusion keeps its
     * rule: which rule concludes a fact depends on the fact alone (each conclusion type has one rule per
     * kind of fact), so a conclusion whose fact was neither inserted nor deleted has the same rule.
     */
    private List<ConclusionResult> conclusions(List<ConclusionResult> base, Set<String> ids) {
        List<ConclusionResult> out = new ArrayList<>();
        for (ConclusionResult c : base) {
            if (!ids.contains(c.id())) {
                out.add(c);
            }
        }
        // every live conclusion with a changed id (two can share an id: a claim stated twice)
        for (Conclusion c : reasoner.all(Conclusion.class)) {
            if (ids.contains(c.id())) {
                out.add(conclusion(c, null, List.of()));
            }
        }
        out.sort(Result.CONCLUSION_ORDER);
        return out;
    }

    /** {@code base} with the entities named in {@code dirty} read again (added, changed or gone). */
    private List<EntityResult> entities(List<EntityResult> base, Set<String> dirty) {
        Map<String, EntityResult> byId = new TreeMap<>();
        for (EntityResult e : base) {
            if (!dirty.contains(e.id())) {
                byId.put(e.id(), e);
            }
        }
        for (String id : dirty) {
            EntityResult now = entity(id);
            if (now != null) {
                byId.put(id, now);
            }
        }
        return List.copyOf(byId.values());
    }

    /** One entity read from the facts about it now, or null if the rules do not tally it. */
    public EntityResult entity(String id) {
        About about = new About();
        reasoner.about(id).forEach(about::add);
        return about.tally == null ? null : entity(about);
    }

    /** The types of fact an entity's result is read from. */
    private static final List<Class<?>> ABOUT_TYPES = List.of(Tally.class, Span.class, CountedRecognition.class,
            Ordinal.class, EntityStatus.class, Coverage.class, CoverageMark.class, UnknownOrdinals.class);

    private List<EntityResult> entities() {
        Map<String, About> byEntity = new HashMap<>();
        for (Class<?> type : ABOUT_TYPES) {
            for (Object fact : reasoner.all(type)) {
                byEntity.computeIfAbsent(((AboutEntity) fact).entity(), k -> new About()).add(fact);
            }
        }
        List<EntityResult> out = new ArrayList<>();
        for (About about : byEntity.values()) {
            if (about.tally != null && gives.test(about.tally)) {
                out.add(entity(about));
            }
        }
        out.sort(Result.ENTITY_ORDER);
        return out;
    }

    /** The derived facts about one entity that its result is read from. */
    private static final class About {
        Tally tally;
        final List<Span> spans = new ArrayList<>();
        final List<CountedRecognition> counted = new ArrayList<>();
        final Map<String, Integer> ordinals = new HashMap<>();
        EntityStatus status;
        Coverage coverage;
        CoverageMark mark;
        UnknownOrdinals unknown;

        void add(Object fact) {
            if (fact instanceof Tally t) {
                tally = t;
            } else if (fact instanceof Span span) {
                spans.add(span);
            } else if (fact instanceof CountedRecognition c) {
                counted.add(c);
            } else if (fact instanceof Ordinal o) {
                ordinals.put(o.state(), o.value());
            } else if (fact instanceof EntityStatus st) {
                status = status == null || status.since() == null ? st : status; // a dated status wins
            } else if (fact instanceof Coverage c) {
                coverage = c;
            } else if (fact instanceof CoverageMark m) {
                mark = m;
            } else if (fact instanceof UnknownOrdinals u) {
                unknown = u;
            }
        }
    }

    /** By content alone, to its end: the session gives facts in no order to rely on. */
    private static final Comparator<Span> SPAN_ORDER = Comparator.comparing(Span::since).thenComparing(Span::state)
            .thenComparing(Span::ended, Comparator.nullsLast(Comparator.naturalOrder()));

    private static final Comparator<CountedRecognition> COUNTED_ORDER =
            Comparator.comparing((CountedRecognition c) -> c.through() != null).thenComparing(c -> c.span().since())
                    .thenComparing(c -> c.span().state());

    private static final Comparator<Recognition> RECOGNITION_ORDER = Comparator.comparing(Recognition::since)
            .thenComparing(Recognition::state);

    private EntityResult entity(About about) {
        String id = about.tally.entity();
        // a member once: by its own recognition if it has one in force, else by the earliest it carries on
        Map<String, CountedRecognition> byMember = new HashMap<>();
        Set<Span> countedSpans = new HashSet<>();
        for (CountedRecognition c : about.counted) {
            countedSpans.add(c.span());
            byMember.merge(c.member(), c, (x, y) -> COUNTED_ORDER.compare(x, y) <= 0 ? x : y);
        }
        List<Recognition> inForce = new ArrayList<>();
        for (CountedRecognition c : byMember.values()) {
            inForce.add(new Recognition(c.member(), c.span().since(), about.ordinals.get(c.member()),
                    c.span().sinceApproximate(), c.through()));
        }
        inForce.sort(RECOGNITION_ORDER);
        List<EndedRecognition> withdrawn = new ArrayList<>();
        List<EndedRecognition> lapsed = new ArrayList<>();
        List<NonMemberRecognition> nonMembers = new ArrayList<>();
        for (Span span : about.spans.stream().sorted(SPAN_ORDER).toList()) {
            if (span.isOpen()) {
                if (!countedSpans.contains(span)) {
                    nonMembers.add(new NonMemberRecognition(span.state(), span.since(), span.sinceApproximate()));
                }
            } else {
                EndedRecognition ended = new EndedRecognition(span.state(), span.since(), span.ended(),
                        about.ordinals.get(span.state()), span.sinceApproximate(), span.endedApproximate(),
                        span.ending() == Ending.EXCLUSIVE ? span.endedBy().target() : null);
                (span.ending() == Ending.LAPSE ? lapsed : withdrawn).add(ended);
            }
        }
        Actor actor = actors.get(id);
        EntityStatus status = about.status;
        return new EntityResult(id, actor == null ? id : actor.name(), actor == null ? null : actor.claimedFrom(),
                status == null ? null : status.status(), status == null ? null : status.since(),
                about.tally.count(), inForce, withdrawn, lapsed, nonMembers, coverage(about));
    }

    private static EntityResult.CoverageResult coverage(About about) {
        if (about.coverage == null) {
            return null;
        }
        Coverage c = about.coverage;
        return new EntityResult.CoverageResult(c.from(), c.to(), c.note(), about.mark == null ? null : about.mark.where(),
                about.mark == null ? null : about.mark.reason(), about.unknown == null ? null : about.unknown.reason());
    }

    private List<RelationResult> relations() {
        return reasoner.all(Relation.class).stream()
                .filter(gives)
                .map(r -> new RelationResult(r.a(), r.b(), r.status(), r.since(), r.basis(), r.confirmed()))
                .sorted(Result.RELATION_ORDER)
                .toList();
    }

    private List<ConclusionResult> conclusions() {
        List<Conclusion> all = reasoner.all(Conclusion.class).stream().filter(gives).toList();
        List<List<String>> because = withReasons ? premises.because(all.stream().map(Conclusion::fact).toList()) : null;
        List<ConclusionResult> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Conclusion c = all.get(i);
            out.add(conclusion(c, withReasons ? c.reason() : null, withReasons ? because.get(i) : List.of()));
        }
        out.sort(Result.CONCLUSION_ORDER);
        return out;
    }


    /** The rule named is the one that concluded the fact, not the one that lists it as a conclusion. */
    private ConclusionResult conclusion(Conclusion c, String reason, List<String> because) {
        return new ConclusionResult(c.id(), c.kind(), reasoner.firstRule(c.fact()), reason, because);
    }

    private List<WarningResult> warnings() {
        return reasoner.all(Warning.class).stream()
                .filter(gives)
                .sorted(Comparator.comparing((Warning w) -> w.at().file()).thenComparingInt(w -> w.at().line())
                        .thenComparing(Warning::kind).thenComparing(Warning::message))
                .map(w -> new WarningResult(w.kind(), w.message(), w.at().at()))
                .toList();
    }
}
