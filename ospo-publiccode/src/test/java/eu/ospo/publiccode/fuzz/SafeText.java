package eu.ospo.publiccode.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Problem;

/**
 * What the fuzz targets assert of text meant for a terminal or a CI log, written out here rather
 * than taken from the library (a test that reused the library's own notion of "safe" could not
 * catch a mistake in it).
 */
final class SafeText {

    private SafeText() {}

    /**
     * Whether a character may reach a terminal: not a C0 control (LF and TAB only where {@code
     * lines} allows them), DEL, a C1 control, a bidi embedding, override or isolate, or a line or
     * paragraph separator.
     */
    static boolean isUnsafe(char c, boolean lines) {
        if (lines && (c == '\n' || c == '\t')) {
            return false;
        }
        return c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028
                || c == 0x2029;
    }

    /** The index of the first unsafe character, or -1. */
    static int firstUnsafe(String text, boolean lines) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i), lines)) {
                return i;
            }
        }
        return -1;
    }

    /** Text for a terminal: only safe characters, LF and TAB allowed. */
    static void assertTerminalSafe(String text) {
        int at = firstUnsafe(text, true);
        assertThat(at)
                .as("U+%04X at %d in:\n%s", at < 0 ? 0 : (int) text.charAt(at), at, text)
                .isNegative();
    }

    /** A problem has a code, a severity, a message and a position that is either known or not, and formats to one safe line. */
    static void assertWellFormed(Problem problem) {
        assertThat(problem.code()).isNotBlank();
        assertThat(problem.severity()).isNotNull();
        assertThat(problem.message()).isNotBlank();
        assertThat(problem.line() > 0 == problem.column() > 0)
                .as("line and column both known or both unknown: %s", problem)
                .isTrue();
        String line = problem.format("publiccode.yml");
        int at = firstUnsafe(line, false);
        assertThat(at)
                .as("U+%04X at %d in: %s", at < 0 ? 0 : (int) line.charAt(at), at, line)
                .isNegative();
    }
}
