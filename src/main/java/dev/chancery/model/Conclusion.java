package dev.chancery.model;

/**
 * A derived fact the reports list as a conclusion: its {@code id} (kind and the facts it is about), its
 * {@code kind}, the {@code fact} concluded (whose derivation explain shows) and a one-line {@code reason} a
 * reader understands. Which facts are conclusions, their ids and reasons are the rules' (rules/conclusions.drl).
 */
public record Conclusion(String id, String kind, Object fact, String reason) {
}
