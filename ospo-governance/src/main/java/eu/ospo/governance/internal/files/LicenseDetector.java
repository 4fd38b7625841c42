package eu.ospo.governance.internal.files;

import eu.ospo.governance.files.DetectedLicense;
import eu.ospo.publiccode.internal.check.LicenseExpressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the SPDX ids of a licence file: {@code SPDX-License-Identifier:} lines first; else the
 * licence's own title and distinctive wording, for the licences most used in public-sector software
 * (EUPL, GPL/LGPL/AGPL families, Apache-2.0, MPL-2.0, MIT, BSD 2/3/4-clause, ISC, 0BSD, EPL, BSL-1.0,
 * Unlicense, CC0-1.0, Zlib). Text recognition names a family ({@code GPL-3.0}): a licence text does
 * not say {@code -only} or {@code -or-later}; comparisons treat those as one. A file that is none of
 * these gives nothing (and the rules say so) rather than a guess.
 *
 * <p>Why not a full SPDX matcher: the maintained Java one ({@code org.spdx:java-spdx-library}) is
 * 6.6 MB of jars with nine runtime dependencies and fetches the licence list online by default;
 * REUSE's {@code LICENSES/} folder and SPDX identifiers cover the rest exactly.
 */
public final class LicenseDetector {

    private static final Pattern IDENTIFIER = Pattern.compile("SPDX-License-Identifier:\\s*(.+?)\\s*(?:\\*/|-->|#}|$)");

    /** A licence and the phrases (in normalised text) that all must occur for it, and none of the excluded. */
    private record Signature(String id, List<String> required, List<String> excluded) {}

    private static final List<Signature> SIGNATURES = List.of(
            sig("AGPL-3.0", "gnu affero general public license", "version 3"),
            sig("LGPL-3.0", "gnu lesser general public license", "version 3"),
            sig("LGPL-2.1", "gnu lesser general public license", "version 2.1"),
            sig("LGPL-2.0", "gnu library general public license", "version 2"),
            sig("GPL-3.0", "gnu general public license", "version 3"),
            sig("GPL-2.0", "gnu general public license", "version 2"),
            sig("EUPL-1.2", "european union public licence", "v. 1.2"),
            sig("EUPL-1.2", "european union public licence", "v.1.2"),
            sig("EUPL-1.2", "european union public licence", "version 1.2"),
            sig("EUPL-1.1", "european union public licence", "v. 1.1"),
            sig("EUPL-1.1", "european union public licence", "v.1.1"),
            sig("Apache-2.0", "apache license", "version 2.0"),
            sig("MPL-2.0", "mozilla public license", "2.0"),
            sig("EPL-2.0", "eclipse public license", "v 2.0"),
            sig("EPL-2.0", "eclipse public license", "version 2.0"),
            sig("EPL-1.0", "eclipse public license", "v 1.0"),
            sig("BSL-1.0", "boost software license", "version 1.0"),
            sig("Unlicense", "this is free and unencumbered software released into the public domain"),
            sig("CC0-1.0", "cc0 1.0 universal"),
            new Signature(
                    "BSD-4-Clause",
                    List.of("redistribution and use in source and binary forms", "all advertising materials"),
                    List.of()),
            new Signature(
                    "BSD-3-Clause",
                    List.of("redistribution and use in source and binary forms", "neither the name"),
                    List.of()),
            new Signature(
                    "BSD-3-Clause",
                    List.of("redistribution and use in source and binary forms", "may not be used to endorse"),
                    List.of()),
            sig("BSD-2-Clause", "redistribution and use in source and binary forms"),
            new Signature(
                    "ISC",
                    List.of(
                            "permission to use, copy, modify",
                            "for any purpose with or without fee is hereby granted",
                            "copyright notice and this permission notice appear in all copies"),
                    List.of()),
            sig("0BSD", "permission to use, copy, modify", "for any purpose with or without fee is hereby granted"),
            sig(
                    "MIT",
                    "permission is hereby granted, free of charge",
                    "the above copyright notice and this permission notice shall be included"),
            sig(
                    "Zlib",
                    "provided 'as-is', without any express or implied warranty",
                    "altered source versions must be plainly marked"));

    private static Signature sig(String id, String... required) {
        return new Signature(id, List.of(required), List.of());
    }

    private LicenseDetector() {}

    /**
     * The licences a licence file declares.
     *
     * @param text the file's text
     * @return the licences, in order: identifiers, else the one recognised from the text
     */
    public static List<DetectedLicense> detect(TextFile text) {
        List<DetectedLicense> found = new ArrayList<>();
        List<String> lines = text.lines();
        for (int i = 0; i < Math.min(lines.size(), 200); i++) {
            Matcher id = IDENTIFIER.matcher(lines.get(i));
            if (id.find()) {
                for (String license : idsOf(id.group(1))) {
                    found.add(new DetectedLicense(license, i + 1, DetectedLicense.Source.SPDX_IDENTIFIER));
                }
            }
        }
        if (!found.isEmpty()) {
            return found;
        }
        StringBuilder normal = new StringBuilder();
        int firstLine = 0;
        for (int i = 0; i < Math.min(lines.size(), 400); i++) {
            String line = lines.get(i).strip();
            if (firstLine == 0 && !line.isEmpty()) {
                firstLine = i + 1;
            }
            normal.append(line.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('"', '\''))
                    .append(' ');
        }
        String body = normal.toString().replaceAll("\\s+", " ");
        for (Signature signature : SIGNATURES) {
            if (signature.required.stream().allMatch(body::contains)
                    && signature.excluded.stream().noneMatch(body::contains)) {
                found.add(
                        new DetectedLicense(signature.id, Math.max(firstLine, 1), DetectedLicense.Source.LICENSE_TEXT));
                break;
            }
        }
        return found;
    }

    /**
     * The licence ids of an SPDX expression: operators, parentheses and exceptions left out.
     *
     * @param expression for example {@code (MIT OR Apache-2.0) AND GPL-2.0-only WITH Classpath-exception-2.0}
     * @return the ids, in order, without repeats
     */
    public static List<String> idsOf(String expression) {
        List<String> ids = new ArrayList<>();
        String[] words = expression.replace("(", " ").replace(")", " ").trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String upper = word.toUpperCase(Locale.ROOT);
            if (upper.equals("WITH")) {
                i++;
            } else if (!word.isEmpty() && !upper.equals("AND") && !upper.equals("OR") && !ids.contains(word)) {
                ids.add(word);
            }
        }
        return ids;
    }

    /**
     * The family of an id: {@code GPL-3.0-or-later}, {@code GPL-3.0-only}, {@code GPL-3.0+} and {@code
     * GPL-3.0} are all {@code gpl-3.0}; other ids are themselves, in lower case.
     *
     * @param id an SPDX id
     * @return the family key
     */
    public static String family(String id) {
        String key = id.toLowerCase(Locale.ROOT);
        for (String suffix : List.of("-or-later", "-only", "+")) {
            if (key.endsWith(suffix)) {
                return key.substring(0, key.length() - suffix.length());
            }
        }
        return key;
    }

    /**
     * Whether an id is approved by the OSI or marked free by the FSF in the bundled SPDX list; {@code
     * LicenseRef-} ids are not.
     *
     * @param id an SPDX id (a family such as {@code GPL-3.0} counts as its deprecated id)
     * @return true when approved
     */
    public static boolean isApproved(String id) {
        return LicenseExpressions.instance().isOsiOrFsfApproved(family(id))
                || LicenseExpressions.instance().isOsiOrFsfApproved(id);
    }

    /**
     * Whether a name is a known SPDX licence id or a {@code LicenseRef-}.
     *
     * @param id the id
     * @return true when known
     */
    public static boolean isKnown(String id) {
        return id.startsWith("LicenseRef-") || LicenseExpressions.instance().isValid(id);
    }
}
