package eu.ospo.governance.files;

import java.util.List;

/**
 * {@code SECURITY.md}: how to report a vulnerability. Read as OpenSSF Scorecard's Security-Policy
 * check reads it: contacts (e-mail addresses, URLs), and hints of a disclosure process (the words
 * "vuln" and "disclos", and time frames such as "90 days").
 *
 * @param document headings, e-mail addresses and URLs
 * @param disclosureHints how many times "vuln" or "disclos" occurs, without case
 * @param timeFrames the time frames mentioned ({@code 90 days}, {@code 48 hours}), in order
 * @param supportedVersions whether a heading mentions supported versions
 */
public record SecurityPolicy(
        CommunityDocument document, int disclosureHints, List<Mention> timeFrames, boolean supportedVersions) {

    /** Copies the list. */
    public SecurityPolicy {
        java.util.Objects.requireNonNull(document, "document");
        timeFrames = List.copyOf(timeFrames);
    }

    /**
     * The contacts: e-mail addresses, then URLs.
     *
     * @return the contacts
     */
    public List<Mention> contacts() {
        java.util.List<Mention> all = new java.util.ArrayList<>(document.emails());
        all.addAll(document.urls());
        return List.copyOf(all);
    }
}
