package dev.chancery.model;

/** A derived fact about one tallied entity: a live session indexes these by entity, to re-read one entity fast. */
public interface AboutEntity {
    String entity();
}
