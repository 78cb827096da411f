package dev.chancery.model;

/** A derived fact about the relations of one pair of states ({@link Pairs#key}): what a pass of pairs concludes. */
public interface AboutPair {
    String pair();
}
