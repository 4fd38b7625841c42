package eu.ospo.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void leavesPrintableTextAlone() {
        String text = "Comune di Collina Esempio — €5 \\ C:\\dir ✓ 日本 \uD83D\uDE00";
        assertThat(TerminalText.escape(text)).isSameAs(text);
        assertThat(TerminalText.isSafe(text)).isTrue();
    }

    @Test
    void escapesTerminalSequences() {
        // a colour sequence and an OSC 8 hyperlink (ESC ] 8 ;; URL BEL text ESC ] 8 ;; ESC \)
        String hostile = "\u001b[31mred\u001b[0m \u001b]8;;https://evil.example\u0007click\u001b]8;;\u001b\\";
        String escaped = TerminalText.escape(hostile);
        assertThat(escaped)
                .isEqualTo("\\e[31mred\\e[0m \\e]8;;https://evil.example\\x07click\\e]8;;\\e\\")
                .doesNotContain("\u001b", "\u0007");
    }

    @Test
    void keepsAForgedAnnotationOnTheSameLine() {
        String hostile = "logo.png\n::error file=README.md,line=1::forged\rover";
        assertThat(TerminalText.escape(hostile))
                .isEqualTo("logo.png\\n::error file=README.md,line=1::forged\\rover")
                .doesNotContain("\n", "\r");
    }

    @Test
    void escapesEveryControlDelC1AndBidiCharacter() {
        for (char c = 0; c < 0x20; c++) {
            assertThat(TerminalText.isUnsafe(c)).as("C0 %x", (int) c).isTrue();
        }
        for (char c = 0x7f; c <= 0x9f; c++) {
            assertThat(TerminalText.isUnsafe(c)).as("DEL/C1 %x", (int) c).isTrue();
        }
        for (char c : "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029".toCharArray()) {
            assertThat(TerminalText.isUnsafe(c)).as("%x", (int) c).isTrue();
        }
        assertThat(TerminalText.escape("a\u0000b\u007fc\u0085d\u202ee\u2069"))
                .isEqualTo("a\\x00b\\x7fc\\x85d\\u202ee\\u2069");
        assertThat(TerminalText.escape("\t")).isEqualTo("\\t");
    }

    @Test
    void escapedTextNeverContainsAnUnsafeCharacter() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            all.append(c);
        }
        String escaped = TerminalText.escape(all.toString());
        assertThat(TerminalText.isSafe(escaped)).isTrue();
        for (int i = 0; i < escaped.length(); i++) {
            assertThat(TerminalText.isUnsafe(escaped.charAt(i))).isFalse();
        }
    }
}
