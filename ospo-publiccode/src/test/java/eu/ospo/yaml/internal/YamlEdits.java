package eu.ospo.yaml.internal;

import java.util.Random;

/** Random small edits of a YAML text, weighted to the characters and line shapes YAML reads. */
final class YamlEdits {

    private static final String SIGNIFICANT = " \n-:#|>+'\"[]{}&*!?,.\\%@`a0~\t\r";

    private YamlEdits() {}

    /**
     * One random edit: a character inserted, removed or replaced, a line's indentation changed, a
     * line repeated or removed, or a space added at a line's end.
     *
     * @param text the text
     * @param random the source of choices
     * @return the edited text
     */
    static String edit(String text, Random random) {
        if (text.isEmpty()) {
            return String.valueOf(SIGNIFICANT.charAt(random.nextInt(SIGNIFICANT.length())));
        }
        int at = random.nextInt(text.length());
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = text.indexOf('\n', at);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        char c = SIGNIFICANT.charAt(random.nextInt(SIGNIFICANT.length()));
        return switch (random.nextInt(8)) {
            case 0 -> text.substring(0, at) + c + text.substring(at);
            case 1 -> text.substring(0, at) + text.substring(at + 1);
            case 2 -> text.substring(0, at) + c + text.substring(at + 1);
            case 3 -> text.substring(0, lineStart) + " ".repeat(1 + random.nextInt(3)) + text.substring(lineStart);
            case 4 ->
                text.startsWith(" ", lineStart)
                        ? text.substring(0, lineStart) + text.substring(lineStart + 1)
                        : text.substring(0, lineStart) + "  " + text.substring(lineStart);
            case 5 -> text.substring(0, lineEnd) + "\n" + text.substring(lineStart, lineEnd) + text.substring(lineEnd);
            case 6 -> text.substring(0, lineStart) + text.substring(Math.min(text.length(), lineEnd + 1));
            default -> text.substring(0, lineEnd) + " ".repeat(1 + random.nextInt(2)) + text.substring(lineEnd);
        };
    }
}
