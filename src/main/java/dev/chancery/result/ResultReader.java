package dev.chancery.result;

import dev.chancery.engine.Reasoner;
import dev.chancery.model.AboutEntity;
import dev.chancery.model.Actor;
import dev.chancery.model.ClaimConfirmed;
import dev.chancery.model.EntityStatus;
import dev.chancery.model.ExpectedSeverance;
import dev.chancery.model.Ordinal;
import dev.chancery.model.Relation;
import dev.chancery.model.Severance;
import dev.chancery.model.Span;
import dev.chancery.model.Tally;
import dev.chancery.model.Warning;
import dev.chancery.result.EntityResult.EndedRecognition;
import dev.chancery.result.EntityResult.NonMemberRecognition;
import dev.chancery.result.EntityResult.Recognition;
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
import java.util.stream.Collectors;

/** Reads the derived facts of a fired session into a {@link Result}, sorted for stable output. */
public final class ResultReader {
    private final Reasoner reasoner;
    private final Map<String, Actor> actors;
    private final Premises premises;

    private final boolean withReasons;

    public ResultReader(Reasoner reasoner, Map<String, Actor> actors) {
        this(reasoner, actors, true);
    }

    /** Without reasons, conclusions carry no {@code because} or {@code reason}: the batch path saves the walk. */
    public ResultReader(Reasoner reasoner, Map<String, Actor> actors, boolean withReasons) {
        this.reasoner = reasoner;
        this.actors = actors;
        this.withReasons = withReasons;
        this.premises = withReasons ? new Premises(reasoner) : null;
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
        Map<String, List<Object>> conclusionFacts = new HashMap<>();
        boolean relations = false;
        boolean warnings = false;
        for (Object fact : changed) {
            Conclusions.Named conclusion = Conclusions.named(fact);
            if (conclusion != null) {
                conclusionFacts.computeIfAbsent(conclusion.id(), k -> new ArrayList<>()).add(fact);
            }
            if (fact instanceof AboutEntity about) {
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
                relations ? relations() : base.relations(),
                conclusionFacts.isEmpty() ? base.conclusions() : conclusions(base.conclusions(), conclusionFacts),
                warnings ? warnings() : base.warnings());
    }

    /**
     * {@code base} with the conclusions of the ids in {@code ids} read again. A kept conclusion keeps its
     * rule: which rule concludes a fact depends on the fact alone (each conclusion type has one rule per
     * kind of fact), so a conclusion whose fact was neither inserted nor deleted has the same rule.
     */
    private List<ConclusionResult> conclusions(List<ConclusionResult> base, Map<String, List<Object>> changed) {
        List<ConclusionResult> out = new ArrayList<>();
        for (ConclusionResult c : base) {
            if (!changed.containsKey(c.id())) {
                out.add(c);
            }
        }
        // every live fact with a changed id, of the types that changed (two facts can share an id: a claim stated twice)
        Set<Class<?>> types = new HashSet<>();
        changed.values().forEach(facts -> facts.forEach(f -> types.add(f.getClass())));
        for (Class<?> type : types) {
            for (Object fact : reasoner.all(type)) {
                Conclusions.Named named = Conclusions.named(fact);
                if (named != null && changed.containsKey(named.id())) {
                    out.add(conclusion(fact, named.id(), named.kind(), null, List.of()));
                }
            }
        }
        out.sort(CONCLUSION_ORDER);
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
            EntityResult now = entityNow(id);
            if (now != null) {
                byId.put(id, now);
            }
        }
        return List.copyOf(byId.values());
    }

    /** One entity read from the facts about it now, or null if it has no tally. */
    private EntityResult entityNow(String id) {
        Tally tally = null;
        List<Span> spans = new ArrayList<>();
        Map<String, Integer> ordinals = new HashMap<>();
        Map<String, EntityStatus> statuses = new HashMap<>();
        for (Object fact : reasoner.about(id)) {
            if (fact instanceof Tally t) {
                tally = t;
            } else if (fact instanceof Span span) {
                spans.add(span);
            } else if (fact instanceof Ordinal o) {
                ordinals.put(o.entity() + "|" + o.state(), o.value());
            } else if (fact instanceof EntityStatus st) {
                statuses.merge(id, st, (x, y) -> x.since() == null ? y : x);
            }
        }
        return tally == null ? null : entity(tally, Map.of(id, spans), ordinals, statuses);
    }

    private List<EntityResult> entities() {
        Map<String, List<Span>> spans = reasoner.all(Span.class).stream().collect(Collectors.groupingBy(Span::entity));
        Map<String, Integer> ordinals = new HashMap<>();
        for (Ordinal o : reasoner.all(Ordinal.class)) {
            ordinals.put(o.entity() + "|" + o.state(), o.value());
        }
        Map<String, EntityStatus> statuses = reasoner.all(EntityStatus.class).stream()
                .collect(Collectors.toMap(EntityStatus::entity, s -> s, (x, y) -> x.since() == null ? y : x));
        List<EntityResult> out = new ArrayList<>();
        for (Tally tally : reasoner.all(Tally.class)) {
            out.add(entity(tally, spans, ordinals, statuses));
        }
        out.sort(ENTITY_ORDER);
        return out;
    }

    /** By content alone, to its end: the session gives facts in no order to rely on. */
    private static final Comparator<Span> SPAN_ORDER = Comparator.comparing(Span::since).thenComparing(Span::state)
            .thenComparing(Span::ended, Comparator.nullsLast(Comparator.naturalOrder()));

    private EntityResult entity(Tally tally, Map<String, List<Span>> spans, Map<String, Integer> ordinals,
                                Map<String, EntityStatus> statuses) {
        String id = tally.entity();
        List<Span> mine = spans.getOrDefault(id, List.of()).stream()
                .sorted(SPAN_ORDER).toList();
        List<Recognition> inForce = new ArrayList<>();
        List<EndedRecognition> withdrawn = new ArrayList<>();
        List<EndedRecognition> lapsed = new ArrayList<>();
        List<NonMemberRecognition> nonMembers = new ArrayList<>();
        for (Span span : mine) {
            Integer ordinal = ordinals.get(id + "|" + span.state());
            if (span.isOpen()) {
                if (span.member()) {
                    inForce.add(new Recognition(span.state(), span.since(), ordinal, span.sinceApproximate()));
                } else {
                    nonMembers.add(new NonMemberRecognition(span.state(), span.since(), span.sinceApproximate()));
                }
            } else {
                EndedRecognition ended = new EndedRecognition(span.state(), span.since(), span.ended(), ordinal,
                        span.sinceApproximate(), span.endedApproximate());
                (Span.LAPSE.equals(span.ending()) ? lapsed : withdrawn).add(ended);
            }
        }
        Actor actor = actors.get(id);
        EntityStatus status = statuses.get(id);
        return new EntityResult(id, actor == null ? id : actor.name(), actor == null ? null : actor.claimedFrom(),
                status == null ? null : status.status(), status == null ? null : status.since(),
                tally.count(), inForce, withdrawn, lapsed, nonMembers);
    }

    static final Comparator<EntityResult> ENTITY_ORDER = Comparator.comparing(EntityResult::id);

    /** By date (unknown last), then by the pair. */
    static final Comparator<RelationResult> RELATION_ORDER =
            Comparator.comparing((RelationResult r) -> r.since() == null ? LocalDate.MAX : r.since())
                    .thenComparing(RelationResult::a).thenComparing(RelationResult::b);

    private List<RelationResult> relations() {
        return reasoner.all(Relation.class).stream()
                .map(r -> new RelationResult(r.a(), r.b(), r.status(), r.since(), r.basis(), r.confirmed()))
                .sorted(RELATION_ORDER)
                .toList();
    }

    private List<ConclusionResult> conclusions() {
        List<Conclusions.Named> named = Conclusions.of(reasoner);
        List<List<String>> because = withReasons ? premises.because(named.stream().map(Conclusions.Named::fact).toList())
                : null;
        List<ConclusionResult> out = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            Object fact = named.get(i).fact();
            out.add(conclusion(fact, named.get(i).id(), named.get(i).kind(), withReasons ? reason(fact) : null,
                    withReasons ? because.get(i) : List.of()));
        }
        out.sort(CONCLUSION_ORDER);
        return out;
    }

    /** By id; ids are unique but for claims repeated in two places, which their premises then tell apart. */
    static final Comparator<ConclusionResult> CONCLUSION_ORDER = Comparator.comparing(ConclusionResult::id)
            .thenComparing(c -> String.join("|", c.because()));

    private String reason(Object fact) {
        if (fact instanceof Severance s) {
            return Reasons.severance(s, reasoner.justifications(s));
        } else if (fact instanceof ExpectedSeverance e) {
            return Reasons.expected(e);
        } else if (fact instanceof Span span) {
            return Span.EXCLUSIVE.equals(span.ending()) ? Reasons.recognitionEnded(span) : Reasons.lapse(span);
        }
        return Reasons.claim((ClaimConfirmed) fact);
    }

    private ConclusionResult conclusion(Object fact, String id, String kind, String reason, List<String> because) {
        return new ConclusionResult(id, kind, reasoner.firstRule(fact), reason, because);
    }

    private List<WarningResult> warnings() {
        return reasoner.all(Warning.class).stream()
                .sorted(Comparator.comparing((Warning w) -> w.at().file()).thenComparingInt(w -> w.at().line())
                        .thenComparing(Warning::kind).thenComparing(Warning::message))
                .map(w -> new WarningResult(w.kind(), w.message(), w.at().at()))
                .toList();
    }
}
