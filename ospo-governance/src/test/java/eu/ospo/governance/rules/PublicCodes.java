package eu.ospo.governance.rules;

import eu.ospo.model.MaintenanceType;
import eu.ospo.publiccode.model.Contractor;
import eu.ospo.publiccode.model.DevelopmentStatus;
import eu.ospo.publiccode.model.Legal;
import eu.ospo.publiccode.model.Localisation;
import eu.ospo.publiccode.model.Maintenance;
import eu.ospo.publiccode.model.MaintenanceContact;
import eu.ospo.publiccode.model.OrganisationRef;
import eu.ospo.publiccode.model.PublicCode;
import eu.ospo.publiccode.model.SoftwareType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A builder of publiccode.yml models in tests: only the keys the rules read vary. */
final class PublicCodes {

    private String url = "https://git.example.org/meldingen/meldingen";
    private DevelopmentStatus status = DevelopmentStatus.STABLE;
    private MaintenanceType type = MaintenanceType.COMMUNITY;
    private final List<Contractor> contractors = new ArrayList<>();
    private final List<MaintenanceContact> contacts = new ArrayList<>();
    private Optional<OrganisationRef> organisation = Optional.empty();
    private final List<OrganisationRef> fundedBy = new ArrayList<>();

    private PublicCodes() {}

    static PublicCodes builder() {
        return new PublicCodes();
    }

    PublicCodes url(String value) {
        url = value;
        return this;
    }

    PublicCodes status(DevelopmentStatus value) {
        status = value;
        return this;
    }

    PublicCodes type(MaintenanceType value) {
        type = value;
        return this;
    }

    PublicCodes contractor(String name, String until) {
        contractors.add(new Contractor(name, LocalDate.parse(until), Optional.empty(), Optional.empty()));
        return this;
    }

    PublicCodes contractorWithWebsite(String name, String until, String website) {
        contractors.add(new Contractor(name, LocalDate.parse(until), Optional.empty(), Optional.of(website)));
        return this;
    }

    PublicCodes contact(String name, String affiliation) {
        contacts.add(new MaintenanceContact(name, Optional.empty(), Optional.of(affiliation), Optional.empty()));
        return this;
    }

    PublicCodes organisation(String uri) {
        organisation = Optional.of(new OrganisationRef(uri, Optional.empty()));
        return this;
    }

    PublicCodes fundedBy(String uri) {
        fundedBy.add(new OrganisationRef(uri, Optional.empty()));
        return this;
    }

    PublicCode build() {
        return PublicCode.of(
                        "Meldingen",
                        url,
                        List.of("web"),
                        status,
                        SoftwareType.STANDALONE_WEB,
                        Map.of(),
                        new Legal("EUPL-1.2", Optional.empty(), Optional.empty(), Optional.empty()),
                        new Maintenance(type, contractors, contacts),
                        new Localisation(true, List.of("nl", "it")))
                .withCategories(List.of("it-development"))
                .withFundedBy(fundedBy)
                .withOrganisation(organisation);
    }
}
