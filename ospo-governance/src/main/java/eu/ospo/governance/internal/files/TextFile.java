package eu.ospo.governance.internal.files;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shared reader of text files, with the YAML layer's limits in spirit: only regular files (never
 * a FIFO or a device, so reading cannot hang), at most a size limit plus one byte read, a byte-order
 * mark skipped, UTF-8 decoded (bytes that are not UTF-8 become U+FFFD, reported once at the first
 * one), lines split at LF, CRLF or CR.
 */
public final class TextFile {

    /** Problem code: the file is larger than the limit; it was not read. */
    public static final String TOO_LARGE = "file.too-large";
    /** Problem code: the file is not valid UTF-8 (it was read with replacement characters). */
    public static final String ENCODING = "file.encoding";
    /** Problem code: the path is not a regular file (a directory, FIFO, device); it was not read. */
    public static final String NOT_REGULAR = "file.not-regular";

    /** The default size limit: 4 MiB, as for YAML files. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private final List<String> lines;

    private TextFile(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    /**
     * Reads a file's bytes, bounded.
     *
     * @param file the file
     * @param maxBytes the limit
     * @param problems where to report a file that is too large or not regular
     * @return the bytes, or empty after reporting
     * @throws IOException if reading fails
     */
    public static Optional<byte[]> readBytes(Path file, int maxBytes, List<Problem> problems) throws IOException {
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.of(NOT_REGULAR, Severity.ERROR, "", 0, 0, "not a regular file; it was not read"));
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream input = Files.newInputStream(file)) {
            bytes = input.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            problems.add(new Problem(
                    TOO_LARGE,
                    Severity.ERROR,
                    "",
                    0,
                    0,
                    "file is larger than the limit of " + maxBytes + " bytes; it was not read",
                    Map.of("limit", Integer.toString(maxBytes))));
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    /**
     * Reads a file as text.
     *
     * @param file the file
     * @param maxBytes the size limit
     * @param problems where to report
     * @return the text, or empty after reporting
     * @throws IOException if reading fails
     */
    public static Optional<TextFile> read(Path file, int maxBytes, List<Problem> problems) throws IOException {
        return readBytes(file, maxBytes, problems).map(bytes -> decode(bytes, problems));
    }

    /**
     * Decodes bytes as UTF-8 text, leniently.
     *
     * @param bytes the content
     * @param problems where an encoding problem is reported (a warning, at its line and column)
     * @return the text
     */
    public static TextFile decode(byte[] bytes, List<Problem> problems) {
        int offset =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer output = CharBuffer.allocate(bytes.length - offset + 16);
        boolean reported = false;
        while (true) {
            CoderResult result = decoder.decode(input, output, true);
            if (result.isError()) {
                if (!reported) {
                    reported = true;
                    String before = output.duplicate().flip().toString();
                    int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
                    String last = before.substring(before.lastIndexOf('\n') + 1);
                    problems.add(new Problem(
                            ENCODING,
                            Severity.WARNING,
                            "",
                            line,
                            1 + last.codePointCount(0, last.length()),
                            "not valid UTF-8 from byte " + input.position() + " on; such bytes were read as U+FFFD",
                            Map.of("offset", Integer.toString(input.position()))));
                }
                input.position(input.position() + result.length());
                output.put('\uFFFD');
            } else {
                break;
            }
        }
        decoder.flush(output);
        return new TextFile(split(output.flip().toString()));
    }

    /**
     * Text given in code (tests, strings read elsewhere).
     *
     * @param text the text
     * @return the text file
     */
    public static TextFile of(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new TextFile(split(body));
    }

    private static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /**
     * The lines, without their line ends; line {@code n} (1-based) is {@code lines().get(n - 1)}.
     *
     * @return the lines
     */
    public List<String> lines() {
        return lines;
    }

    /**
     * The 1-based column (in code points) of a character index in a line.
     *
     * @param line the line
     * @param index the UTF-16 index
     * @return the column
     */
    public static int column(String line, int index) {
        return 1 + line.codePointCount(0, Math.min(index, line.length()));
    }
}
