package dev.chancery.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarningsExpectedTest {
    private static final List<String> GOT = List.of("unexplained-severance", "already-severed", "unexplained-severance");

    private static List<String> diff(WarningsExpected expected) {
        return expected.differences(GOT, List.of("(the warnings)"));
    }

    @Test
    void exactlyComparesEveryKindAsOftenAsListedAndLabelsWhatDiffers() {
        assertThat(diff(new WarningsExpected(List.of("already-severed", "unexplained-severance", "unexplained-severance"),
                null, null, null))).isEmpty();
        assertThat(diff(new WarningsExpected(List.of("unexplained-severance", "claim-mismatch"), null, null, null)))
                .containsExactly("warnings expected: [claim-mismatch, unexplained-severance]",
                        "warnings got: [already-severed, unexplained-severance, unexplained-severance]",
                        "warnings missing: [claim-mismatch]",
                        "warnings unexpected: [already-severed, unexplained-severance]",
                        "warning got: (the warnings)");
    }

    @Test
    void amongComparesOnlyTheKindsItNames() {
        assertThat(diff(new WarningsExpected(List.of("already-severed"), List.of("already-severed", "claim-mismatch"),
                null, null))).isEmpty();
        assertThat(diff(new WarningsExpected(List.of(), List.of("already-severed"), null, null)))
                .contains("warnings unexpected: [already-severed]");
    }

    @Test
    void includesAllowsOthersAndExcludesForbidsOnlyItsKinds() {
        assertThat(diff(new WarningsExpected(null, null, List.of("already-severed"), List.of("claim-mismatch")))).isEmpty();
        assertThat(diff(new WarningsExpected(null, null, List.of("claim-mismatch"), null)))
                .first().asString().startsWith("warnings missing: [claim-mismatch] (expected to be included");
        assertThat(diff(new WarningsExpected(null, null, null, List.of("already-severed", "recognition-after-end"))))
                .first().asString().startsWith("warnings unexpected: [already-severed] (expected none of");
    }
}
