package eu.ospo.testkit;

import eu.ospo.model.MaintenanceType;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.model.PublicCode;
import java.time.LocalDate;

/** Minimal valid publiccode.yml models for a governance project, parsed from YAML. */
final class PublicCodes {

    private static final PubliccodeParser PARSER =
            PubliccodeParser.builder().fileChecks(false).build();

    private PublicCodes() {}

    /**
     * A publiccode.yml whose {@code url} is the project's repository (which links it to the project)
     * with a maintenance type; a contract names one contractor until a day.
     */
    static PublicCode of(String repository, MaintenanceType type, LocalDate contractorUntil) {
        StringBuilder maintenance = new StringBuilder("maintenance:\n  type: " + type.value() + "\n");
        if (type == MaintenanceType.CONTRACT) {
            maintenance
                    .append("  contractors:\n    - name: Noordhaven Software B.V.\n      until: ")
                    .append(contractorUntil)
                    .append('\n');
        }
        if (type == MaintenanceType.INTERNAL || type == MaintenanceType.COMMUNITY) {
            maintenance.append("  contacts:\n    - name: Anna Bakker\n      affiliation: Municipality of Noordhaven\n");
        }
        String yaml = """
                publiccodeYmlVersion: "0"
                name: Meldingen
                url: %s
                platforms: [web]
                categories: [workflow-management]
                developmentStatus: %s
                softwareType: standalone/web
                organisation:
                  uri: https://org1.example.org
                  name: Municipality of Noordhaven
                description:
                  en:
                    shortDescription: Report problems in public space and follow them up.
                    longDescription: >-
                      Residents report problems in public space, such as broken street lights,
                      litter or damaged pavements, and follow what the municipality does about them.
                      Several municipalities share one installation and one roadmap.
                    features:
                      - Reports with photos and a location
                legal:
                  license: EUPL-1.2
                %s
                localisation:
                  localisationReady: true
                  availableLanguages: [en]
                """.formatted(repository, type == MaintenanceType.NONE ? "obsolete" : "stable", maintenance);
        PubliccodeResult result = PARSER.parse(yaml);
        return result.publicCode()
                .orElseThrow(() -> new IllegalStateException("test publiccode.yml is invalid: " + result.problems()));
    }
}
