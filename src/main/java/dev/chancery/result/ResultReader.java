package dev.chancery.result;

import dev.chancery.engine.Justification;
import dev.chancery.engine.Reasoner;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        this.premises = new Premises(reasoner);
    }

    public Result read(LocalDate asOf) {
        return new Result(asOf, entities(), relations(), conclusions(), warnings());
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
            String id = tally.entity();
            List<Span> mine = spans.getOrDefault(id, List.of()).stream()
                    .sorted(Comparator.comparing(Span::since).thenComparing(Span::state)).toList();
            List<Recognition> inForce = new ArrayList<>();
            List<EndedRecognition> withdrawn = new ArrayList<>();
            List<EndedRecognition> lapsed = new ArrayList<>();
            List<NonMemberRecognition> nonMembers = new ArrayList<>();
            for (Span span : mine) {
                Integer ordinal = ordinals.get(id + "|" + span.state());
                if (span.isOpen()) {
                    if (span.member()) {
                        inForce.add(new Recognition(span.state(), span.since(), ordinal));
                    } else {
                        nonMembers.add(new NonMemberRecognition(span.state(), span.since()));
                    }
                } else {
                    EndedRecognition ended = new EndedRecognition(span.state(), span.since(), span.ended(), ordinal);
                    (Span.LAPSE.equals(span.ending()) ? lapsed : withdrawn).add(ended);
                }
            }
            Actor actor = actors.get(id);
            EntityStatus status = statuses.get(id);
            out.add(new EntityResult(id, actor == null ? id : actor.name(), actor == null ? null : actor.claimedFrom(),
                    status == null ? null : status.status(), status == null ? null : status.since(),
                    tally.count(), inForce, withdrawn, lapsed, nonMembers));
        }
        out.sort(Comparator.comparing(EntityResult::id));
        return out;
    }

    private List<RelationResult> relations() {
        return reasoner.all(Relation.class).stream()
                .map(r -> new RelationResult(r.a(), r.b(), r.status(), r.since(), r.basis(), r.confirmed()))
                .sorted(Comparator.comparing((RelationResult r) -> r.since() == null ? LocalDate.MAX : r.since())
                        .thenComparing(RelationResult::a).thenComparing(RelationResult::b))
                .toList();
    }

    private List<ConclusionResult> conclusions() {
        List<ConclusionResult> out = new ArrayList<>();
        for (Conclusions.Named named : Conclusions.of(reasoner)) {
            out.add(conclusion(named.fact(), named.id(), named.kind(), withReasons ? reason(named.fact()) : null));
        }
        // ids are unique but for claims repeated in two places; the premises then tell them apart
        out.sort(Comparator.comparing(ConclusionResult::id).thenComparing(c -> String.join("|", c.because())));
        return out;
    }

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

    private ConclusionResult conclusion(Object fact, String id, String kind, String reason) {
        // justifications come in the order truth maintenance met them, which differs between a fresh
        // and an incremental run: sort, so that equal worlds give equal results
        String rule = reasoner.justifications(fact).stream().map(Justification::rule).sorted().findFirst().orElse(null);
        List<String> because = withReasons ? premises.groundFacts(fact).stream().sorted().toList() : List.of();
        return new ConclusionResult(id, kind, rule, reason, because);
    }

    private List<WarningResult> warnings() {
        return reasoner.all(Warning.class).stream()
                .sorted(Comparator.comparing((Warning w) -> w.at().file()).thenComparingInt(w -> w.at().line())
                        .thenComparing(Warning::kind).thenComparing(Warning::message))
                .map(w -> new WarningResult(w.kind(), w.message(), w.at().at()))
                .toList();
    }
}
