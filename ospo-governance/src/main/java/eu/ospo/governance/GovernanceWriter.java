package eu.ospo.governance;

import eu.ospo.governance.internal.write.GovernanceEmitter;
import eu.ospo.model.Governance;
import java.util.Objects;

/**
 * Writes a {@link Governance} as {@code governance.yml} text. Keys come in the order of the format
 * (and of {@code governance.schema.json}); absent values and empty lists are left out, and so are
 * values equal to the format's defaults (beneficiary {@code community}, renewal {@code none}, period
 * {@code quarter}, {@code maxSeatsPerOrganisation} 1). Decimals are written exactly as the model
 * holds them. The version written is the model's {@code governanceYmlVersion}.
 *
 * <p>Lossless: for every model {@link GovernanceParser} returns, parsing what this writes gives an
 * equal model. Thread-safe.
 */
public final class GovernanceWriter {

    private GovernanceWriter() {}

    /**
     * Writes the model.
     *
     * @param governance the model
     * @return the YAML text, LF line endings
     */
    public static String write(Governance governance) {
        return GovernanceEmitter.write(Objects.requireNonNull(governance, "governance"));
    }
}
