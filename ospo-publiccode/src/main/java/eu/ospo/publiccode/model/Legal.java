package eu.ospo.publiccode.model;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code legal}.
 *
 * @param license SPDX license expression
 * @param mainCopyrightOwner the main copyright owner
 * @param repoOwner deprecated: use {@code organisation.name}
 * @param authorsFile deprecated: path of the authors file
 */
public record Legal(
        String license, Optional<String> mainCopyrightOwner, Optional<String> repoOwner, Optional<String> authorsFile) {

    /** Checks for nulls. */
    public Legal {
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(mainCopyrightOwner, "mainCopyrightOwner");
        Objects.requireNonNull(repoOwner, "repoOwner");
        Objects.requireNonNull(authorsFile, "authorsFile");
    }
}
