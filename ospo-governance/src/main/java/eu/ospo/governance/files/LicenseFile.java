package eu.ospo.governance.files;

import java.util.List;

/**
 * A licence file ({@code LICENSE}, {@code LICENCE}, {@code COPYING}, with any extension) or the REUSE
 * {@code LICENSES/} folder, and the licences found in it.
 *
 * @param licenses the licences found, in order
 */
public record LicenseFile(List<DetectedLicense> licenses) {

    /** Copies the list. */
    public LicenseFile {
        licenses = List.copyOf(licenses);
    }
}
