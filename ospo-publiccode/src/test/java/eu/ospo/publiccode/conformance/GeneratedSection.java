package eu.ospo.publiccode.conformance;

/**
 * A part of CONFORMANCE.md that one test writes between two marker comments, so that each test
 * regenerates its own part and keeps the others' (ConformanceTest writes the rest of the file).
 *
 * @param begin the marker line that opens the section
 * @param end the marker line that closes it
 */
record GeneratedSection(String begin, String end) {

    /**
     * The document with this section replaced, or appended when it has none.
     *
     * @param document the document
     * @param section the new section, markers included
     * @return the new document
     */
    String replace(String document, String section) {
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        if (from < 0 || to < from) {
            return document + (document.endsWith("\n") || document.isEmpty() ? "\n" : "\n\n") + section;
        }
        return document.substring(0, from)
                + section
                + document.substring(to + end.length()).replaceFirst("^\n", "");
    }

    /**
     * This section of a document, markers included, with a final line feed; empty when it has none.
     *
     * @param document the document
     * @return the section
     */
    String of(String document) {
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        return from < 0 || to < from ? "" : document.substring(from, to + end.length()) + "\n";
    }
}
