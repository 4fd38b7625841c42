package eu.ospo.publiccode.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The Italian country section ({@code IT}, or the deprecated lower-case {@code it}); the whole section
 * is deprecated since standard 0.7 in favour of {@code supports} and {@code organisation}.
 *
 * @param countryExtensionVersion {@code "0.2"} or {@code "1.0"}
 * @param conforme deprecated compliance flags
 * @param piattaforme national platforms used
 * @param riuso reuse data ({@code codiceIPA}, deprecated)
 */
public record ItalianExtension(
        Optional<String> countryExtensionVersion,
        Optional<Conforme> conforme,
        Optional<Piattaforme> piattaforme,
        Optional<Riuso> riuso) {

    /** Checks for nulls. */
    public ItalianExtension {
        Objects.requireNonNull(countryExtensionVersion, "countryExtensionVersion");
        Objects.requireNonNull(conforme, "conforme");
        Objects.requireNonNull(piattaforme, "piattaforme");
        Objects.requireNonNull(riuso, "riuso");
    }

    /**
     * {@code IT.conforme} (deprecated).
     *
     * @param lineeGuidaDesign complies with the design guidelines
     * @param modelloInteroperabilita complies with the interoperability model
     * @param misureMinimeSicurezza complies with the minimum security measures
     * @param gdpr complies with the GDPR
     */
    public record Conforme(
            boolean lineeGuidaDesign, boolean modelloInteroperabilita, boolean misureMinimeSicurezza, boolean gdpr) {}

    /**
     * {@code IT.piattaforme}.
     *
     * @param spid uses SPID
     * @param pagopa uses pagoPA
     * @param cie uses CIE
     * @param anpr uses ANPR
     * @param io uses the IO app
     */
    public record Piattaforme(boolean spid, boolean pagopa, boolean cie, boolean anpr, boolean io) {}

    /**
     * {@code IT.riuso}.
     *
     * @param codiceIPA the iPA code of the owning administration (deprecated)
     */
    public record Riuso(Optional<String> codiceIPA) {

        /** Checks for nulls. */
        public Riuso {
            Objects.requireNonNull(codiceIPA, "codiceIPA");
        }
    }
}
