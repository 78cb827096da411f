package dev.chancery.model;

/**
 * How far a reported severance may lie from the date of what it answers: from {@code daysBefore} days before
 * to {@code daysAfter} days after. Its numbers are set in one place, rules/windows.drl; the rules that tie a
 * report to a recognition or to an inferred severance read them from this fact.
 */
public record ReportWindow(int daysBefore, int daysAfter) {
}
