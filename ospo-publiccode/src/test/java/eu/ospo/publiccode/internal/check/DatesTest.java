package eu.ospo.publiccode.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource({
        "2017-04-15, 2017, 4, 15",
        "2024-02-29, 2024, 2, 29",
        "2000-02-29, 2000, 2, 29",
        "0000-01-01, 0, 1, 1",
        "9999-12-31, 9999, 12, 31",
        "2001-01-01, 2001, 1, 1"
    })
    void parsesRealCalendarDates(String text, int year, int month, int day) {
        assertThat(Dates.parse(text)).contains(LocalDate.of(year, month, day));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "foobar",
                "2011-01-01 20:04:05",
                "2011-01-01T20:04:05Z",
                "2023-02-29",
                "1900-02-29",
                "2017-02-30",
                "2017-04-31",
                "2017-13-01",
                "2017-00-10",
                "2017-01-00",
                "2017-4-15",
                "2017-04-5",
                "17-04-15",
                "02017-04-15",
                " 2017-04-15",
                "2017-04-15 ",
                "2017-04-15\n",
                "2017/04/15",
                "20170415",
                "+201-04-15",
                "-201-04-15",
                "2017-04-1x",
                "２０１７-04-15"
            })
    void rejectsEverythingElse(String text) {
        assertThat(Dates.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void acceptsExactlyTheDatesLocalDateAccepts() {
        for (int year : new int[] {0, 1900, 2000, 2023, 2024, 2100, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    java.util.Optional<java.time.LocalDate> expected;
                    try {
                        expected = java.util.Optional.of(java.time.LocalDate.of(year, month, day));
                    } catch (java.time.DateTimeException e) {
                        expected = java.util.Optional.empty();
                    }
                    String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
                    org.assertj.core.api.Assertions.assertThat(Dates.parse(text))
                            .as(text)
                            .isEqualTo(expected);
                }
            }
        }
    }
}
