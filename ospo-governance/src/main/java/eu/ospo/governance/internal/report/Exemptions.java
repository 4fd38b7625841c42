package eu.ospo.governance.internal.report;

import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import java.util.Map;
import java.util.Optional;

/** Reads the justification of an exempted finding from its evidence. */
final class Exemptions {

    /** The evidence key under which the engine records the exemption: {@code {reason, until}}. */
    static final String EVIDENCE_KEY = "exemption";

    private Exemptions() {}

    /**
     * The reason a finding is exempted: the evidence entry {@code exemption.reason}.
     *
     * @param finding the finding
     * @return the reason, or empty when the finding is not exempted or gives none
     */
    static Optional<String> reason(Finding finding) {
        if (finding.status() != Status.EXEMPTED) {
            return Optional.empty();
        }
        if (finding.evidence().get(EVIDENCE_KEY) instanceof Map<?, ?> exemption
                && exemption.get("reason") instanceof String text
                && !text.isBlank()) {
            return Optional.of(text);
        }
        return Optional.empty();
    }

    /** The reason, or the finding's message when no reason is recorded. */
    static String justification(Finding finding) {
        return reason(finding).orElse(finding.message());
    }
}
