package eu.ospo.examples;

import eu.ospo.Ospo;
import eu.ospo.model.MaintenanceType;
import eu.ospo.publiccode.PubliccodeWriter;
import eu.ospo.publiccode.model.Description;
import eu.ospo.publiccode.model.DevelopmentStatus;
import eu.ospo.publiccode.model.Legal;
import eu.ospo.publiccode.model.Localisation;
import eu.ospo.publiccode.model.Maintenance;
import eu.ospo.publiccode.model.MaintenanceContact;
import eu.ospo.publiccode.model.PublicCode;
import eu.ospo.publiccode.model.SoftwareType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a publiccode.yml model by hand, changes it, and writes it as YAML.
 *
 * <p>Run: {@code java eu.ospo.examples.BuildPubliccode}
 */
public final class BuildPubliccode {

    private BuildPubliccode() {}

    /**
     * Prints the YAML of {@link #build()} and the library's version.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.out.print(PubliccodeWriter.write(build()));
        System.out.println("# written by ospo " + Ospo.version());
    }

    /**
     * A publiccode.yml model built with the factory and withers.
     *
     * @return the model
     */
    public static PublicCode build() {
        // tag::build[]
        Description english = Description.of(
                        "Permits for events in public space",
                        "Citizens apply for an event permit online; the municipality reviews, asks for "
                                + "changes and decides, and applicants and staff always see where each "
                                + "application stands.",
                        List.of("online application", "review workflow"))
                .withDocumentation(Optional.of("https://example.org/permits/docs"));

        PublicCode publicCode = PublicCode.of( // the keys the standard requires
                        "Shared Permits",
                        "https://git.example.org/permits/permits.git",
                        List.of("web"),
                        DevelopmentStatus.STABLE,
                        SoftwareType.STANDALONE_WEB,
                        Map.of("en", english),
                        new Legal("EUPL-1.2", Optional.empty(), Optional.empty(), Optional.empty()),
                        new Maintenance(
                                MaintenanceType.INTERNAL,
                                List.of(),
                                List.of(new MaintenanceContact(
                                        "Permits team",
                                        Optional.of("permits@example.org"),
                                        Optional.empty(),
                                        Optional.empty()))),
                        new Localisation(true, List.of("en", "it")))
                .withLandingUrl(Optional.of("https://example.org/permits")) // one with... per key
                .withCategories(List.of("it-development"));

        PublicCode released = publicCode.withSoftwareVersion(Optional.of("2.1.0")); // a changed copy
        // end::build[]
        return released;
    }
}
