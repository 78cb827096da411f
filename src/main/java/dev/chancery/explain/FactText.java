package dev.chancery.explain;

import dev.chancery.model.Actor;
import dev.chancery.model.AsOf;
import dev.chancery.model.LatestChange;
import dev.chancery.model.ReportWindow;
import dev.chancery.model.ClaimCounted;
import dev.chancery.model.CountedRecognition;
import dev.chancery.model.Coverage;
import dev.chancery.model.CoverageMark;
import dev.chancery.model.Seat;
import dev.chancery.model.UnknownOrdinals;
import dev.chancery.model.AlreadySevered;
import dev.chancery.model.Claim;
import dev.chancery.model.ClaimCheck;
import dev.chancery.model.ClaimConfirmed;
import dev.chancery.model.ConfirmedSeverance;
import dev.chancery.model.EntityEnd;
import dev.chancery.model.EntityStatus;
import dev.chancery.model.Event;
import dev.chancery.model.Exclusive;
import dev.chancery.model.ExpectedSeverance;
import dev.chancery.model.FirstRecognition;
import dev.chancery.model.FirstsInYear;
import dev.chancery.model.Ordinal;
import dev.chancery.model.PairAtRecognition;
import dev.chancery.model.Precedent;
import dev.chancery.model.PrecedentSince;
import dev.chancery.model.RecognitionStart;
import dev.chancery.model.Relation;
import dev.chancery.model.RelationChange;
import dev.chancery.model.Severance;
import dev.chancery.model.SeverPolicy;
import dev.chancery.model.SeveranceTrigger;
import dev.chancery.model.Span;
import dev.chancery.model.Step;
import dev.chancery.model.Subject;
import dev.chancery.model.Tally;
import dev.chancery.model.Warning;

/** A short line that says what a fact states, for derivation trees. */
public final class FactText {
    private FactText() {
    }

    public static String of(Object fact) {
        if (fact instanceof Event e) {
            return e.describe();
        } else if (fact instanceof SeverPolicy p) {
            return p.describe();
        } else if (fact instanceof Exclusive x) {
            return x.describe();
        } else if (fact instanceof Claim c) {
            return c.describe();
        } else if (fact instanceof Actor a) {
            return "actor " + a.id() + " (" + a.name() + ", " + a.kind() + membership(a)
                    + (a.claimedFrom() == null ? "" : ", claimed from " + a.claimedFrom()) + ")";
        } else if (fact instanceof Step s) {
            return "step: " + s.action() + " by " + s.state() + " toward " + s.entity() + " on " + s.date();
        } else if (fact instanceof RecognitionStart r) {
            return r.state() + "'s recognition of " + r.entity() + " starts on " + r.date();
        } else if (fact instanceof Span s) {
            return s.state() + " recognizes " + s.entity() + " from " + s.since()
                    + (s.ended() == null ? " (in force)" : " to " + s.ended() + " (" + s.ending() + ")");
        } else if (fact instanceof ClaimCounted c) {
            return c.member() + " counts for " + c.claim().describe() + " through " + c.recognition().describe();
        } else if (fact instanceof ReportWindow w) {
            return "the report window runs from " + w.daysBefore() + " days before to " + w.daysAfter() + " days after";
        } else if (fact instanceof LatestChange l) {
            return "the latest change of relations " + l.change().a() + "-" + l.change().b() + " is of " + l.change().date();
        } else if (fact instanceof AsOf d) {
            return "seen as of " + d.date();
        } else if (fact instanceof Seat s) {
            return s.isOwn() ? s.state() + " is a UN member" : s.holder() + " carries on " + s.state() + "'s UN membership";
        } else if (fact instanceof CountedRecognition c) {
            return c.member() + " counts in the tally of " + c.entity()
                    + (c.through() == null ? "" : " through " + c.through() + "'s recognition");
        } else if (fact instanceof Coverage c) {
            return c.entity() + "'s events are complete " + (c.from() == null ? "" : "from " + c.from() + " ")
                    + "to " + c.to();
        } else if (fact instanceof CoverageMark m) {
            return m.entity() + "'s tally: " + m.reason();
        } else if (fact instanceof UnknownOrdinals u) {
            return u.entity() + "'s ordinals are unknown: " + u.reason();
        } else if (fact instanceof EntityEnd e) {
            return e.entity() + " ended (" + e.kind() + ") on " + e.date();
        } else if (fact instanceof Subject s) {
            return s.id() + " is tallied";
        } else if (fact instanceof Tally t) {
            return "tally " + t.entity() + " = " + t.count();
        } else if (fact instanceof FirstRecognition f) {
            return f.state() + " first recognized " + f.entity() + " on " + f.date();
        } else if (fact instanceof FirstsInYear y) {
            return y.count() + " UN member" + (y.count() == 1 ? "" : "s") + " first recognized " + y.entity() + " in " + y.year();
        } else if (fact instanceof Ordinal o) {
            return o.state() + " is recognizer no. " + o.value() + " of " + o.entity();
        } else if (fact instanceof EntityStatus s) {
            return s.entity() + " is " + s.status() + (s.since() == null ? "" : " since " + s.since());
        } else if (fact instanceof Severance s) {
            return s.a() + " severs relations with " + s.b() + " on " + s.since() + " (" + s.basis() + ")";
        } else if (fact instanceof ExpectedSeverance e) {
            return e.a() + " is expected to sever relations with " + e.b() + " from " + e.since() + " (precedent)";
        } else if (fact instanceof PairAtRecognition p) {
            return p.state() + "'s recognition of " + p.entity() + " on " + p.date() + " concerns its relations with "
                    + p.other();
        } else if (fact instanceof SeveranceTrigger t) {
            return "brought about by " + t.event().describe();
        } else if (fact instanceof Precedent p) {
            return p.parent() + " severed relations in the report window after a recognition on " + p.date() + " (a precedent)";
        } else if (fact instanceof PrecedentSince p) {
            return p.parent() + " has had a precedent since " + p.date();
        } else if (fact instanceof ConfirmedSeverance c) {
            return "a report confirms " + c.severance().a() + "-" + c.severance().b() + " severed on " + c.severance().since();
        } else if (fact instanceof AlreadySevered a) {
            return "relations " + a.pair().replace('|', '-') + " already severed when " + a.event().by() + " recognized "
                    + a.event().target() + " on " + a.event().date();
        } else if (fact instanceof RelationChange c) {
            return "relations " + c.a() + "-" + c.b() + " " + c.status() + " on " + c.date() + " (" + c.basis() + ")";
        } else if (fact instanceof Relation r) {
            return "relations " + r.a() + "-" + r.b() + " " + r.status() + (r.since() == null ? "" : " since " + r.since())
                    + (r.basis() == null ? "" : " (" + r.basis() + (r.confirmed() == null ? "" : r.confirmed()
                    ? ", confirmed" : ", unconfirmed") + ")");
        } else if (fact instanceof ClaimCheck c) {
            return "the rules compute " + c.computed() + " for " + c.claim().describe();
        } else if (fact instanceof ClaimConfirmed c) {
            return "confirmed: " + c.claim().describe();
        } else if (fact instanceof Warning w) {
            return "warning " + w.kind() + ": " + w.message();
        }
        return String.valueOf(fact);
    }

    private static String membership(Actor a) {
        if (!a.unMember()) {
            return "";
        } else if (a.unSince() == null) {
            return ", UN member";
        }
        return ", UN member from " + a.unSince() + (a.unUntil() == null ? "" : " to " + a.unUntil() + " (" + a.unEnded()
                + (a.unSuccessors().isEmpty() ? "" : ": " + String.join(", ", a.unSuccessors())) + ")");
    }
}
