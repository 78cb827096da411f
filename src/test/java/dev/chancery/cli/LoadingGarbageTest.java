package dev.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoadingGarbageTest {
    private static final long MB = 1L << 20;

    @Test
    void whatAHundredThousandEventsLeaveIsNotWorthACollection() {
        // 0.3 GB promoted while loading, and a young generation of 0.8 GB at its fullest
        assertThat(LoadingGarbage.worthCollecting(275 * MB + 768 * MB)).isFalse();
    }

    @Test
    void whatAMillionEventsLeaveIs() {
        assertThat(LoadingGarbage.worthCollecting(2_785 * MB)).isTrue();
    }
}
