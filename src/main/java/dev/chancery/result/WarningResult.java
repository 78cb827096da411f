package dev.chancery.result;

/** Something that looks inconsistent, at the file:line of the fact it is about. */
public record WarningResult(String kind, String message, String at) implements java.io.Serializable {
}
