package eu.ospo.publiccode.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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

    /** The version {@link #of} declares: {@code "0"}, the latest. */
    public static final String LATEST_VERSION = "0";

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

    /**
     * A model with the keys the standard requires and nothing else: version {@code "0"} (the latest),
     * every optional key absent, every list empty. Add the rest with the {@code with...} methods:
     *
     * <pre>{@code
     * PublicCode publicCode = PublicCode.of(
     *                 "Permits",
     *                 "https://example.org/permits.git",
     *                 List.of("web"),
     *                 DevelopmentStatus.STABLE,
     *                 SoftwareType.STANDALONE_WEB,
     *                 Map.of("en", Description.of("Event permits", longDescription, List.of("online forms"))),
     *                 new Legal("EUPL-1.2", Optional.empty(), Optional.empty(), Optional.empty()),
     *                 new Maintenance(MaintenanceType.INTERNAL, List.of(), List.of(contact)),
     *                 new Localisation(true, List.of("en")))
     *         .withLandingUrl(Optional.of("https://example.org/permits"));
     * }</pre>
     *
     * @param name the software's name
     * @param url the source-code repository URL
     * @param platforms the platforms it runs on
     * @param developmentStatus development status
     * @param softwareType software type
     * @param description descriptions by BCP 47 language tag, in order
     * @param legal licence and ownership
     * @param maintenance how it is maintained
     * @param localisation languages
     * @return the model
     */
    public static PublicCode of(
            String name,
            String url,
            List<String> platforms,
            DevelopmentStatus developmentStatus,
            SoftwareType softwareType,
            Map<String, Description> description,
            Legal legal,
            Maintenance maintenance,
            Localisation localisation) {
        return new PublicCode(
                LATEST_VERSION,
                name,
                Optional.empty(),
                url,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                platforms,
                List.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                developmentStatus,
                softwareType,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                description,
                legal,
                maintenance,
                localisation,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * A copy with {@code publiccodeYmlVersion} replaced; every other component is kept.
     *
     * @param publiccodeYmlVersion the version the file declares, as written ({@code "0"}, {@code "0.4"})
     * @return the copy
     */
    public PublicCode withPubliccodeYmlVersion(String publiccodeYmlVersion) {
        return copy(c -> c.publiccodeYmlVersion = publiccodeYmlVersion);
    }

    /**
     * A copy with {@code name} replaced; every other component is kept.
     *
     * @param name the software's name
     * @return the copy
     */
    public PublicCode withName(String name) {
        return copy(c -> c.name = name);
    }

    /**
     * A copy with {@code applicationSuite} replaced; every other component is kept.
     *
     * @param applicationSuite the suite it belongs to
     * @return the copy
     */
    public PublicCode withApplicationSuite(Optional<String> applicationSuite) {
        return copy(c -> c.applicationSuite = applicationSuite);
    }

    /**
     * A copy with {@code url} replaced; every other component is kept.
     *
     * @param url the source-code repository URL
     * @return the copy
     */
    public PublicCode withUrl(String url) {
        return copy(c -> c.url = url);
    }

    /**
     * A copy with {@code landingUrl} replaced; every other component is kept.
     *
     * @param landingUrl the landing page
     * @return the copy
     */
    public PublicCode withLandingUrl(Optional<String> landingUrl) {
        return copy(c -> c.landingUrl = landingUrl);
    }

    /**
     * A copy with {@code isBasedOn} replaced; every other component is kept.
     *
     * @param isBasedOn URLs of the software this one is based on
     * @return the copy
     */
    public PublicCode withIsBasedOn(List<String> isBasedOn) {
        return copy(c -> c.isBasedOn = isBasedOn);
    }

    /**
     * A copy with {@code softwareVersion} replaced; every other component is kept.
     *
     * @param softwareVersion the latest version
     * @return the copy
     */
    public PublicCode withSoftwareVersion(Optional<String> softwareVersion) {
        return copy(c -> c.softwareVersion = softwareVersion);
    }

    /**
     * A copy with {@code releaseDate} replaced; every other component is kept.
     *
     * @param releaseDate the date of the latest release
     * @return the copy
     */
    public PublicCode withReleaseDate(Optional<LocalDate> releaseDate) {
        return copy(c -> c.releaseDate = releaseDate);
    }

    /**
     * A copy with {@code logo} replaced; every other component is kept.
     *
     * @param logo relative path or URL of the logo
     * @return the copy
     */
    public PublicCode withLogo(Optional<String> logo) {
        return copy(c -> c.logo = logo);
    }

    /**
     * A copy with {@code monochromeLogo} replaced; every other component is kept.
     *
     * @param monochromeLogo deprecated monochrome logo
     * @return the copy
     */
    public PublicCode withMonochromeLogo(Optional<String> monochromeLogo) {
        return copy(c -> c.monochromeLogo = monochromeLogo);
    }

    /**
     * A copy with {@code inputTypes} replaced; every other component is kept.
     *
     * @param inputTypes deprecated MIME types accepted
     * @return the copy
     */
    public PublicCode withInputTypes(List<String> inputTypes) {
        return copy(c -> c.inputTypes = inputTypes);
    }

    /**
     * A copy with {@code outputTypes} replaced; every other component is kept.
     *
     * @param outputTypes deprecated MIME types produced
     * @return the copy
     */
    public PublicCode withOutputTypes(List<String> outputTypes) {
        return copy(c -> c.outputTypes = outputTypes);
    }

    /**
     * A copy with {@code platforms} replaced; every other component is kept.
     *
     * @param platforms the platforms it runs on
     * @return the copy
     */
    public PublicCode withPlatforms(List<String> platforms) {
        return copy(c -> c.platforms = platforms);
    }

    /**
     * A copy with {@code categories} replaced; every other component is kept.
     *
     * @param categories categories from the standard's list
     * @return the copy
     */
    public PublicCode withCategories(List<String> categories) {
        return copy(c -> c.categories = categories);
    }

    /**
     * A copy with {@code usedBy} replaced; every other component is kept.
     *
     * @param usedBy organisations that use it
     * @return the copy
     */
    public PublicCode withUsedBy(List<String> usedBy) {
        return copy(c -> c.usedBy = usedBy);
    }

    /**
     * A copy with {@code fundedBy} replaced; every other component is kept.
     *
     * @param fundedBy organisations that funded it
     * @return the copy
     */
    public PublicCode withFundedBy(List<OrganisationRef> fundedBy) {
        return copy(c -> c.fundedBy = fundedBy);
    }

    /**
     * A copy with {@code roadmap} replaced; every other component is kept.
     *
     * @param roadmap URL of the roadmap
     * @return the copy
     */
    public PublicCode withRoadmap(Optional<String> roadmap) {
        return copy(c -> c.roadmap = roadmap);
    }

    /**
     * A copy with {@code developmentStatus} replaced; every other component is kept.
     *
     * @param developmentStatus development status
     * @return the copy
     */
    public PublicCode withDevelopmentStatus(DevelopmentStatus developmentStatus) {
        return copy(c -> c.developmentStatus = developmentStatus);
    }

    /**
     * A copy with {@code softwareType} replaced; every other component is kept.
     *
     * @param softwareType software type
     * @return the copy
     */
    public PublicCode withSoftwareType(SoftwareType softwareType) {
        return copy(c -> c.softwareType = softwareType);
    }

    /**
     * A copy with {@code supports} replaced; every other component is kept.
     *
     * @param supports regulations, platforms and standards supported
     * @return the copy
     */
    public PublicCode withSupports(List<Support> supports) {
        return copy(c -> c.supports = supports);
    }

    /**
     * A copy with {@code organisation} replaced; every other component is kept.
     *
     * @param organisation the organisation that owns it
     * @return the copy
     */
    public PublicCode withOrganisation(Optional<OrganisationRef> organisation) {
        return copy(c -> c.organisation = organisation);
    }

    /**
     * A copy with {@code intendedAudience} replaced; every other component is kept.
     *
     * @param intendedAudience who it is for
     * @return the copy
     */
    public PublicCode withIntendedAudience(Optional<IntendedAudience> intendedAudience) {
        return copy(c -> c.intendedAudience = intendedAudience);
    }

    /**
     * A copy with {@code description} replaced; every other component is kept.
     *
     * @param description descriptions by BCP 47 language tag, in file order
     * @return the copy
     */
    public PublicCode withDescription(Map<String, Description> description) {
        return copy(c -> c.description = description);
    }

    /**
     * A copy with {@code legal} replaced; every other component is kept.
     *
     * @param legal licence and ownership
     * @return the copy
     */
    public PublicCode withLegal(Legal legal) {
        return copy(c -> c.legal = legal);
    }

    /**
     * A copy with {@code maintenance} replaced; every other component is kept.
     *
     * @param maintenance how it is maintained
     * @return the copy
     */
    public PublicCode withMaintenance(Maintenance maintenance) {
        return copy(c -> c.maintenance = maintenance);
    }

    /**
     * A copy with {@code localisation} replaced; every other component is kept.
     *
     * @param localisation languages
     * @return the copy
     */
    public PublicCode withLocalisation(Localisation localisation) {
        return copy(c -> c.localisation = localisation);
    }

    /**
     * A copy with {@code dependsOn} replaced; every other component is kept.
     *
     * @param dependsOn dependencies
     * @return the copy
     */
    public PublicCode withDependsOn(Optional<DependsOn> dependsOn) {
        return copy(c -> c.dependsOn = dependsOn);
    }

    /**
     * A copy with {@code it} replaced; every other component is kept.
     *
     * @param it the deprecated Italian section
     * @return the copy
     */
    public PublicCode withIt(Optional<ItalianExtension> it) {
        return copy(c -> c.it = it);
    }

    private PublicCode copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** The components of a record being copied; each wither changes one. */
    private static final class Copy {
        private String publiccodeYmlVersion;
        private String name;
        private Optional<String> applicationSuite;
        private String url;
        private Optional<String> landingUrl;
        private List<String> isBasedOn;
        private Optional<String> softwareVersion;
        private Optional<LocalDate> releaseDate;
        private Optional<String> logo;
        private Optional<String> monochromeLogo;
        private List<String> inputTypes;
        private List<String> outputTypes;
        private List<String> platforms;
        private List<String> categories;
        private List<String> usedBy;
        private List<OrganisationRef> fundedBy;
        private Optional<String> roadmap;
        private DevelopmentStatus developmentStatus;
        private SoftwareType softwareType;
        private List<Support> supports;
        private Optional<OrganisationRef> organisation;
        private Optional<IntendedAudience> intendedAudience;
        private Map<String, Description> description;
        private Legal legal;
        private Maintenance maintenance;
        private Localisation localisation;
        private Optional<DependsOn> dependsOn;
        private Optional<ItalianExtension> it;

        Copy(PublicCode r) {
            publiccodeYmlVersion = r.publiccodeYmlVersion;
            name = r.name;
            applicationSuite = r.applicationSuite;
            url = r.url;
            landingUrl = r.landingUrl;
            isBasedOn = r.isBasedOn;
            softwareVersion = r.softwareVersion;
            releaseDate = r.releaseDate;
            logo = r.logo;
            monochromeLogo = r.monochromeLogo;
            inputTypes = r.inputTypes;
            outputTypes = r.outputTypes;
            platforms = r.platforms;
            categories = r.categories;
            usedBy = r.usedBy;
            fundedBy = r.fundedBy;
            roadmap = r.roadmap;
            developmentStatus = r.developmentStatus;
            softwareType = r.softwareType;
            supports = r.supports;
            organisation = r.organisation;
            intendedAudience = r.intendedAudience;
            description = r.description;
            legal = r.legal;
            maintenance = r.maintenance;
            localisation = r.localisation;
            dependsOn = r.dependsOn;
            it = r.it;
        }

        PublicCode build() {
            return new PublicCode(
                    publiccodeYmlVersion,
                    name,
                    applicationSuite,
                    url,
                    landingUrl,
                    isBasedOn,
                    softwareVersion,
                    releaseDate,
                    logo,
                    monochromeLogo,
                    inputTypes,
                    outputTypes,
                    platforms,
                    categories,
                    usedBy,
                    fundedBy,
                    roadmap,
                    developmentStatus,
                    softwareType,
                    supports,
                    organisation,
                    intendedAudience,
                    description,
                    legal,
                    maintenance,
                    localisation,
                    dependsOn,
                    it);
        }
    }
}
