package dev.chancery.model;

/** A fact read from a facts file (an actor, an event, a policy, an exclusive pair, a claim, a coverage): where it was read. */
public interface Stated {
    Origin origin();
}
