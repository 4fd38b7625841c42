package eu.ospo.governance.files;

import java.util.Objects;
import java.util.Optional;

/**
 * A code of conduct: which known code it is (when recognised) and how to report.
 *
 * @param code the known code it adopts or is based on, when recognised
 * @param document headings, e-mail addresses and URLs (a reporting contact is an e-mail address or a
 *     URL other than the code's own)
 */
public record CodeOfConduct(Optional<KnownCode> code, CommunityDocument document) {

    /**
     * A known code of conduct.
     *
     * @param name for example {@code Contributor Covenant}
     * @param version for example {@code 2.1}, when stated
     */
    public record KnownCode(String name, Optional<String> version) {

        /** Checks for nulls. */
        public KnownCode {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
        }

        @Override
        public String toString() {
            return version.map(v -> name + " " + v).orElse(name);
        }
    }

    /** Checks for nulls. */
    public CodeOfConduct {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(document, "document");
    }
}
