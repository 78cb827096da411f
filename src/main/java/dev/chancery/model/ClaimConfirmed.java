package dev.chancery.model;

/** A claim whose number agrees with the computed one. */
public record ClaimConfirmed(Claim claim, int computed) {

    public String id() {
        return "claim-confirmed:" + claim.kind() + ":" + (claim.by() == null ? "" : claim.by() + ":")
                + claim.entity() + ":" + claim.date();
    }
}
