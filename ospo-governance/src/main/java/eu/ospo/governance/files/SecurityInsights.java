package eu.ospo.governance.files;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of OpenSSF {@code SECURITY-INSIGHTS.yml} (schema 1.x or 2.x) that concern governance:
 * its dates and its people.
 *
 * @param schemaVersion {@code header.schema-version}
 * @param lastUpdated {@code header.last-updated}
 * @param lastReviewed {@code header.last-reviewed}
 * @param expirationDate {@code header.expiration-date} (schema 1)
 * @param contacts security contacts and core-team members with an e-mail address or a name
 */
public record SecurityInsights(
        Optional<String> schemaVersion,
        Optional<LocalDate> lastUpdated,
        Optional<LocalDate> lastReviewed,
        Optional<LocalDate> expirationDate,
        List<Person> contacts) {

    /**
     * A person or address named in the file.
     *
     * @param name the name, or empty
     * @param email the e-mail address in lower case, or empty
     * @param affiliation the affiliation, or empty
     * @param security whether it is a security contact (rather than a core-team member)
     * @param key where it is, as a dotted key path
     */
    public record Person(
            String name, Optional<String> email, Optional<String> affiliation, boolean security, String key) {

        /** Checks for nulls. */
        public Person {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(affiliation, "affiliation");
            Objects.requireNonNull(key, "key");
        }
    }

    /** Checks and copies. */
    public SecurityInsights {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(lastUpdated, "lastUpdated");
        Objects.requireNonNull(lastReviewed, "lastReviewed");
        Objects.requireNonNull(expirationDate, "expirationDate");
        contacts = List.copyOf(contacts);
    }
}
