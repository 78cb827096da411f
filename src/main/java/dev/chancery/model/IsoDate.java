package dev.chancery.model;

import java.time.LocalDate;

/**
 * A date as {@code LocalDate.toString()} writes it, without its builder: the reasons of a large world
 * write one for every stated fact they name, and {@code toString} was a third of that time.
 */
public final class IsoDate {
    private IsoDate() {
    }

    public static String of(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return date.toString(); // signs and five-digit years: rare, and toString knows them
        }
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        byte[] text = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
                digit(month / 10), digit(month), '-', digit(day / 10), digit(day)};
        return new String(text, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static byte digit(int n) {
        return (byte) ('0' + n % 10);
    }
}
