package eu.ospo.publiccode.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole {@code publiccode.yml} file. Component names follow the standard's keys ({@code landingURL}
 * becomes {@link #landingUrl()}, the country section {@code IT} becomes {@link #it()}).
 *
 * @param publiccodeYmlVersion the version the file declares, as written ({@code "0"}, {@code "0.4"})
 * @param name the software's name
 * @param applicationSuite the suite it belongs to
 * @param url the source-code repository URL
 * @param landingUrl the landing page
 * @param isBasedOn URLs of the software this one is based on
 * @param softwareVersion the latest version
 * @param releaseDate the date of the latest release
 * @param logo relative path or URL of the logo
 * @param monochromeLogo deprecated monochrome logo
 * @param inputTypes deprecated MIME types accepted
 * @param outputTypes deprecated MIME types produced
 * @param platforms the platforms it runs on
 * @param categories categories from the standard's list
 * @param usedBy organisations that use it
 * @param fundedBy organisations that funded it
 * @param roadmap URL of the roadmap
 * @param developmentStatus development status
 * @param softwareType software type
 * @param supports regulations, platforms and standards supported
 * @param organisation the organisation that owns it
 * @param intendedAudience who it is for
 * @param description descriptions by BCP 47 language tag, in file order
 * @param legal licence and ownership
 * @param maintenance how it is maintained
 * @param localisation languages
 * @param dependsOn dependencies
 * @param it the deprecated Italian section
 */
public record PublicCode(
        String publiccodeYmlVersion,
        String name,
        Optional<String> applicationSuite,
        String url,
        Optional<String> landingUrl,
        List<String> isBasedOn,
        Optional<String> softwareVersion,
        Optional<LocalDate> releaseDate,
        Optional<String> logo,
        Optional<String> monochromeLogo,
        List<String> inputTypes,
        List<String> outputTypes,
        List<String> platforms,
        List<String> categories,
        List<String> usedBy,
        List<OrganisationRef> fundedBy,
        Optional<String> roadmap,
        DevelopmentStatus developmentStatus,
        SoftwareType softwareType,
        List<Support> supports,
        Optional<OrganisationRef> organisation,
        Optional<IntendedAudience> intendedAudience,
        Map<String, Description> description,
        Legal legal,
        Maintenance maintenance,
        Localisation localisation,
        Optional<DependsOn> dependsOn,
        Optional<ItalianExtension> it) {

    /** Checks for nulls and copies the collections (the description map keeps its order). */
    public PublicCode {
        Objects.requireNonNull(publiccodeYmlVersion, "publiccodeYmlVersion");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(applicationSuite, "applicationSuite");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(landingUrl, "landingUrl");
        isBasedOn = List.copyOf(isBasedOn);
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        Objects.requireNonNull(releaseDate, "releaseDate");
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(monochromeLogo, "monochromeLogo");
        inputTypes = List.copyOf(inputTypes);
        outputTypes = List.copyOf(outputTypes);
        platforms = List.copyOf(platforms);
        categories = List.copyOf(categories);
        usedBy = List.copyOf(usedBy);
        fundedBy = List.copyOf(fundedBy);
        Objects.requireNonNull(roadmap, "roadmap");
        Objects.requireNonNull(developmentStatus, "developmentStatus");
        Objects.requireNonNull(softwareType, "softwareType");
        supports = List.copyOf(supports);
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(intendedAudience, "intendedAudience");
        description = Collections.unmodifiableMap(new LinkedHashMap<>(description));
        Objects.requireNonNull(legal, "legal");
        Objects.requireNonNull(maintenance, "maintenance");
        Objects.requireNonNull(localisation, "localisation");
        Objects.requireNonNull(dependsOn, "dependsOn");
        Objects.requireNonNull(it, "it");
    }
}
