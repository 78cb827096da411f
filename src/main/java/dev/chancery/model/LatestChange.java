package dev.chancery.model;

/** {@code change} is the latest change of its pair's relations: the one that sets them (rules/relations.drl). */
public record LatestChange(RelationChange change) {
}
