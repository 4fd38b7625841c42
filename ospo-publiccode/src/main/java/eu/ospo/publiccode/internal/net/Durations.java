package eu.ospo.publiccode.internal.net;

import java.time.Duration;

/** Durations in messages: {@code 30 s}, {@code 250 ms}. */
final class Durations {
    private Durations() {}

    static String text(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }
}
