package dev.chancery.model;

/** Something in the facts that looks inconsistent; {@code at} is the fact it is about. */
public record Warning(String kind, String message, Origin at) {
}
