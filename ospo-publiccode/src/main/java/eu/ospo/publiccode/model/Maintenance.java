package eu.ospo.publiccode.model;

import eu.ospo.model.MaintenanceType;
import java.util.List;
import java.util.Objects;

/**
 * {@code maintenance}.
 *
 * @param type how the software is maintained
 * @param contractors the contractors (only with {@link MaintenanceType#CONTRACT})
 * @param contacts the technical contacts
 */
public record Maintenance(MaintenanceType type, List<Contractor> contractors, List<MaintenanceContact> contacts) {

    /** Checks for nulls and copies the lists. */
    public Maintenance {
        Objects.requireNonNull(type, "type");
        contractors = List.copyOf(contractors);
        contacts = List.copyOf(contacts);
    }
}
