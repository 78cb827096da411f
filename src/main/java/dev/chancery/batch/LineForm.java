package dev.chancery.batch;

/**
 * What a batch line holds of its scenario's result ({@code --result}): the whole result, what it changes from its
 * base, or just the changed tallies, ranks and relations. On the bundled knowledge base a line is about 85 KB in
 * full, 940 bytes as a diff and 460 as a summary (docs/benchmarks.md).
 */
public enum LineForm {
    FULL, DIFF, SUMMARY
}
