package dev.chancery.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoDateTest {
    @Test
    void writesEveryDateAsLocalDateDoes() {
        // every day of 1900-2100, and the years toString writes differently (before 1000, after 9999, BCE)
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
            assertThat(IsoDate.of(d)).isEqualTo(d.toString());
        }
        for (LocalDate d : new LocalDate[] {LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31),
                LocalDate.of(10000, 1, 1), LocalDate.of(-44, 3, 15), LocalDate.of(0, 1, 1), LocalDate.MIN, LocalDate.MAX}) {
            assertThat(IsoDate.of(d)).isEqualTo(d.toString());
        }
    }
}
