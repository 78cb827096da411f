package dev.chancery.model;

/** A claim beside the number the rules compute for it as of its date. */
public record ClaimCheck(Claim claim, int computed) {

    public boolean agrees() {
        return claim.value() == computed;
    }
}
