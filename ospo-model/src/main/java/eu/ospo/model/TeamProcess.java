package eu.ospo.model;

import eu.ospo.model.validation.NotBlankIfPresent;
import java.util.Objects;
import java.util.Optional;

/**
 * The process a team serves ({@code teams[].process}).
 *
 * @param type a primary process or a supporting one (IT, ...)
 * @param description what the process is, in words, for example {@code building permits}
 */
public record TeamProcess(ProcessType type, Optional<@NotBlankIfPresent String> description) {

    /** Checks for nulls. */
    public TeamProcess {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    /**
     * Whether the process is a primary one.
     *
     * @return true for {@link ProcessType#PRIMARY}
     */
    public boolean isPrimary() {
        return type == ProcessType.PRIMARY;
    }
}
