package eu.ospo.governance.files;

import java.util.Objects;

/**
 * A licence found in the repository and how it was found.
 *
 * @param id the SPDX id (for licences recognised from their text, the version family such as {@code
 *     GPL-3.0}, which the text alone cannot tell as {@code -only} or {@code -or-later})
 * @param line the 1-based line it was found on (0 for a {@code LICENSES/} file name)
 * @param source how it was found
 */
public record DetectedLicense(String id, int line, Source source) {

    /** How a licence was found. */
    public enum Source {
        /** An {@code SPDX-License-Identifier:} line in the licence file. */
        SPDX_IDENTIFIER,
        /** The licence's own title and wording in the licence file. */
        LICENSE_TEXT,
        /** A file of the REUSE {@code LICENSES/} folder named by the SPDX id. */
        REUSE_FOLDER
    }

    /** Checks for nulls. */
    public DetectedLicense {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
    }
}
