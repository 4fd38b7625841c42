package eu.ospo.testkit.internal;

import eu.ospo.model.AgreementKind;
import eu.ospo.model.AgreementStatus;
import eu.ospo.model.Commitment;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.CommunityTimeScope;
import eu.ospo.model.Contact;
import eu.ospo.model.Governance;
import eu.ospo.model.Identifier;
import eu.ospo.model.IdentifierScheme;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Organisation;
import eu.ospo.model.Project;
import eu.ospo.model.ReportingPeriod;
import eu.ospo.testkit.BrokenGovernance;
import eu.ospo.testkit.Defect;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Breaks exactly one thing in a valid governance model (as {@link GovernanceAssembler} makes them):
 * the change introduces one defect and keeps everything else valid.
 */
public final class Breakers {

    /** An organisation id no generated model declares. */
    public static final String MISSING_ORGANISATION = "missing-org";

    /** A project id no generated model declares. */
    public static final String MISSING_PROJECT = "missing-project";

    /** A contact id no generated model declares. */
    public static final String MISSING_CONTACT = "missing-person";

    private Breakers() {}

    /**
     * Points one reference at an id that is not declared.
     *
     * @param draw the source
     * @param g a valid model
     * @return the broken model
     */
    public static BrokenGovernance danglingReference(Draw draw, Governance g) {
        List<Supplier<BrokenGovernance>> sites = new ArrayList<>();
        List<MaintainerAgreement> agreements = g.agreements();
        for (int i = 0; i < agreements.size(); i++) {
            int index = i;
            MaintainerAgreement a = agreements.get(i);
            sites.add(() -> dangling(
                    g.withAgreements(Copies.replace(agreements, index, x -> x.withProject(MISSING_PROJECT))),
                    "agreements[" + index + "].project",
                    "project " + MISSING_PROJECT));
            if (a.contractor().isPresent()) {
                sites.add(() -> dangling(
                        g.withAgreements(Copies.replace(
                                agreements, index, x -> x.withContractor(Optional.of(MISSING_ORGANISATION)))),
                        "agreements[" + index + "].contractor",
                        "organisation " + MISSING_ORGANISATION));
            }
            for (int m = 0; m < a.maintainers().size(); m++) {
                int maintainer = m;
                sites.add(() -> dangling(
                        g.withAgreements(Copies.replace(
                                agreements,
                                index,
                                x -> x.withMaintainers(
                                        Copies.replace(x.maintainers(), maintainer, name -> MISSING_CONTACT)))),
                        "agreements[" + index + "].maintainers[" + maintainer + "]",
                        "contact " + MISSING_CONTACT));
            }
        }
        List<Project> projects = g.projects();
        for (int i = 0; i < projects.size(); i++) {
            int index = i;
            sites.add(() -> dangling(
                    g.withProjects(Copies.replace(
                            projects, index, p -> Copies.withSteward(p, Optional.of(MISSING_ORGANISATION)))),
                    "projects[" + index + "].steward",
                    "organisation " + MISSING_ORGANISATION));
        }
        g.communityTime().ifPresent(policy -> {
            List<CommunityTimeReport> reports = policy.reports();
            for (int i = 0; i < reports.size(); i++) {
                int index = i;
                if (reports.get(i).coder().isEmpty()) {
                    sites.add(() -> dangling(
                            g.withCommunityTime(Optional.of(Copies.withReports(
                                    policy,
                                    Copies.replace(
                                            reports, index, r -> Copies.withOrganisation(r, MISSING_ORGANISATION))))),
                            "communityTime.reports[" + index + "].organisation",
                            "organisation " + MISSING_ORGANISATION));
                }
            }
        });
        return draw.pick(sites).get();
    }

    private static BrokenGovernance dangling(Governance g, String key, String target) {
        return new BrokenGovernance(
                g, Defect.DANGLING_REFERENCE, key, key + " names " + target + ", which is not declared");
    }

    /**
     * Adds a second organisation, project, agreement or contact with an id already in use. The copy
     * differs in name and leaves out identifiers, e-mail and handles, so only the id repeats.
     *
     * @param draw the source
     * @param g a valid model
     * @return the broken model
     */
    public static BrokenGovernance duplicateId(Draw draw, Governance g) {
        List<Supplier<BrokenGovernance>> kinds = new ArrayList<>();
        kinds.add(() -> {
            Organisation original = draw.pick(g.organisations());
            Organisation copy = original.withName(original.name() + " (copy)")
                    .withUri("https://copy.example.org")
                    .withIdentifiers(List.of());
            return duplicate(
                    g.withOrganisations(Copies.append(g.organisations(), copy)),
                    "organisations[" + g.organisations().size() + "].id",
                    "organisation",
                    original.id());
        });
        kinds.add(() -> {
            Project original = draw.pick(g.projects());
            Project copy = Copies.withIdentity(original, original.id(), original.name() + " (copy)");
            return duplicate(
                    g.withProjects(Copies.append(g.projects(), copy)),
                    "projects[" + g.projects().size() + "].id",
                    "project",
                    original.id());
        });
        kinds.add(() -> {
            Contact original = draw.pick(g.contacts());
            Contact copy = original.withName(original.name() + " (copy)")
                    .withEmail(Optional.empty())
                    .withPhone(Optional.empty())
                    .withForgeHandles(Map.of());
            return duplicate(
                    g.withContacts(Copies.append(g.contacts(), copy)),
                    "contacts[" + g.contacts().size() + "].id",
                    "contact",
                    original.id());
        });
        if (!g.agreements().isEmpty()) {
            kinds.add(() -> {
                MaintainerAgreement original = draw.pick(g.agreements());
                return duplicate(
                        g.withAgreements(Copies.append(g.agreements(), original)),
                        "agreements[" + g.agreements().size() + "].id",
                        "agreement",
                        original.id());
            });
        }
        return draw.pick(kinds).get();
    }

    private static BrokenGovernance duplicate(Governance g, String key, String kind, String id) {
        return new BrokenGovernance(g, Defect.DUPLICATE_ID, key, key + " repeats the " + kind + " id " + id);
    }

    /**
     * Moves one end date to the day before its start: an agreement's {@code end} (its notice period
     * removed, which has no meaning for an empty term), or, when no agreement has an end, the {@code
     * left} of an organisation without agreements.
     *
     * @param draw the source
     * @param g a valid model
     * @return the broken model
     */
    public static BrokenGovernance endBeforeStart(Draw draw, Governance g) {
        List<Integer> bounded = new ArrayList<>();
        for (int i = 0; i < g.agreements().size(); i++) {
            if (g.agreements().get(i).end().isPresent()) {
                bounded.add(i);
            }
        }
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < g.organisations().size(); i++) {
            String id = g.organisations().get(i).id();
            if (g.agreements().stream().noneMatch(a -> a.provider().equals(id))) {
                free.add(i);
            }
        }
        if (!bounded.isEmpty() || free.isEmpty()) {
            List<Integer> candidates =
                    bounded.isEmpty() ? indices(g.agreements().size()) : bounded;
            int index = draw.pick(candidates);
            MaintainerAgreement a = g.agreements().get(index);
            LocalDate end = a.start().minusDays(1);
            String key = "agreements[" + index + "].end";
            return new BrokenGovernance(
                    g.withAgreements(Copies.replace(
                            g.agreements(),
                            index,
                            x -> x.withEnd(Optional.of(end)).withNoticePeriodDays(Optional.empty()))),
                    Defect.END_BEFORE_START,
                    key,
                    key + " is " + end + ", the day before the start " + a.start());
        }
        int index = draw.pick(free);
        Organisation o = g.organisations().get(index);
        LocalDate left = o.joined().minusDays(1);
        String key = "organisations[" + index + "].left";
        return new BrokenGovernance(
                g.withOrganisations(Copies.replace(g.organisations(), index, x -> x.withLeft(Optional.of(left)))),
                Defect.END_BEFORE_START,
                key,
                key + " is " + left + ", the day before joined " + o.joined());
    }

    private static List<Integer> indices(int size) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            all.add(i);
        }
        return all;
    }

    /**
     * Raises the community-time percentage above 100, adding a policy without reports if the model
     * has none.
     *
     * @param draw the source
     * @param g a valid model
     * @return the broken model
     */
    public static BrokenGovernance percentageOver100(Draw draw, Governance g) {
        BigDecimal percentage = BigDecimal.valueOf(100).add(draw.decimal(1, 9000, 1));
        CommunityTimePolicy policy = g.communityTime()
                .map(p -> Copies.withPercentage(p, percentage))
                .orElseGet(() -> new CommunityTimePolicy(
                        percentage,
                        CommunityTimeScope.PER_ORGANISATION,
                        ReportingPeriod.QUARTER,
                        List.of(),
                        List.of()));
        String key = "communityTime.percentage";
        return new BrokenGovernance(
                g.withCommunityTime(Optional.of(policy)),
                Defect.PERCENTAGE_OVER_100,
                key,
                key + " is " + percentage.toPlainString() + ", above 100");
    }

    /**
     * Gives one organisation an identifier that fails its scheme's check, replacing its identifier in
     * that scheme or adding one.
     *
     * @param draw the source
     * @param g a valid model
     * @return the broken model
     */
    public static BrokenGovernance malformedIdentifier(Draw draw, Governance g) {
        int index = draw.between(0, g.organisations().size() - 1);
        Organisation o = g.organisations().get(index);
        Malformed malformed = malformed(draw);
        List<Identifier> identifiers = new ArrayList<>(o.identifiers());
        int position = -1;
        for (int i = 0; i < identifiers.size(); i++) {
            if (identifiers.get(i).scheme() == malformed.identifier().scheme()) {
                position = i;
            }
        }
        if (position < 0) {
            identifiers.add(malformed.identifier());
            position = identifiers.size() - 1;
        } else {
            identifiers.set(position, malformed.identifier());
        }
        String key = "organisations[" + index + "].identifiers[" + position + "].value";
        return new BrokenGovernance(
                g.withOrganisations(Copies.replace(g.organisations(), index, x -> x.withIdentifiers(identifiers))),
                Defect.MALFORMED_IDENTIFIER,
                key,
                key + " is " + malformed.identifier().scheme().value() + " "
                        + malformed.identifier().value() + ": " + malformed.why());
    }

    private record Malformed(Identifier identifier, String why) {}

    private static Malformed malformed(Draw draw) {
        return switch (draw.between(0, 7)) {
            case 0 -> {
                String lei = IdentifierValues.lei(draw);
                char last = lei.charAt(19);
                char other = (char) ('0' + (last - '0' + draw.between(1, 9)) % 10);
                yield new Malformed(
                        new Identifier(IdentifierScheme.LEI, lei.substring(0, 19) + other),
                        "its check digits do not verify");
            }
            case 1 ->
                new Malformed(
                        new Identifier(IdentifierScheme.NL_OIN, "00000012" + draw.digits(9) + "000"),
                        "prefix 00000012 names no register");
            case 2 ->
                new Malformed(
                        new Identifier(IdentifierScheme.NL_OIN, "00000001" + draw.digits(8) + "0001"),
                        "it does not end in 000");
            case 3 -> new Malformed(new Identifier(IdentifierScheme.NL_KVK, draw.digits(7)), "it has 7 digits");
            case 4 ->
                new Malformed(
                        new Identifier(
                                IdentifierScheme.NL_TOOI,
                                "https://identifier.overheid.nl/tooi/id/gemeente/GM" + draw.digits(4)),
                        "the code is upper case");
            case 5 ->
                new Malformed(
                        new Identifier(IdentifierScheme.WIKIDATA, "Q0" + draw.between(1, 9999)),
                        "the number has a leading zero");
            case 6 ->
                new Malformed(
                        new Identifier(IdentifierScheme.ISO6523, "0190:00000012" + draw.digits(12)),
                        "under ICD 0190 the id must be an OIN, and prefix 00000012 names no register");
            default ->
                new Malformed(
                        new Identifier(IdentifierScheme.IT_IPA, "c " + draw.digits(3)), "an iPA code has no spaces");
        };
    }

    /**
     * Gives one organisation an upper-case two-letter country that ISO 3166-1 does not assign.
     *
     * @param draw the source
     * @param g a valid model
     * @return the broken model
     */
    public static BrokenGovernance unknownCountry(Draw draw, Governance g) {
        int index = draw.between(0, g.organisations().size() - 1);
        String country = draw.pick(List.of("ZZ", "XX", "QQ", "AA"));
        String key = "organisations[" + index + "].country";
        return new BrokenGovernance(
                g.withOrganisations(Copies.replace(g.organisations(), index, x -> x.withCountry(country))),
                Defect.UNKNOWN_COUNTRY,
                key,
                key + " is " + country + ", which ISO 3166-1 does not assign");
    }

    /**
     * Moves the start of one agreement that is not terminated to before its provider joined, or
     * adds such an agreement (signed) if the model has none.
     *
     * @param draw the source
     * @param g a valid model
     * @return the broken model
     */
    public static BrokenGovernance outsideMembership(Draw draw, Governance g) {
        int days = draw.between(1, 365);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < g.agreements().size(); i++) {
            if (g.agreements().get(i).status() != AgreementStatus.TERMINATED) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            Organisation provider = g.organisations().get(0);
            LocalDate start = provider.joined().minusDays(days);
            MaintainerAgreement added = MaintainerAgreement.of(
                            unusedAgreementId(g),
                            AgreementKind.MAINTENANCE,
                            g.projects().get(0).id(),
                            provider.id(),
                            AgreementStatus.SIGNED,
                            start)
                    .withCommitment(Optional.of(Commitment.ofFte(new BigDecimal("0.5"))))
                    .withEnd(
                            Optional.of(provider.left().orElse(provider.joined().plusYears(1))));
            return outside(
                    g.withAgreements(Copies.append(g.agreements(), added)),
                    g.agreements().size(),
                    start,
                    provider);
        }
        int index = draw.pick(candidates);
        MaintainerAgreement a = g.agreements().get(index);
        Organisation provider = g.organisation(a.provider()).orElseThrow();
        LocalDate start = provider.joined().minusDays(days);
        return outside(
                g.withAgreements(Copies.replace(g.agreements(), index, x -> x.withStart(start))),
                index,
                start,
                provider);
    }

    private static String unusedAgreementId(Governance g) {
        int n = g.agreements().size() + 1;
        while (true) {
            String id = "agreement" + n;
            if (g.agreements().stream().noneMatch(a -> a.id().equals(id))) {
                return id;
            }
            n++;
        }
    }

    private static BrokenGovernance outside(Governance g, int index, LocalDate start, Organisation provider) {
        String key = "agreements[" + index + "].start";
        return new BrokenGovernance(
                g,
                Defect.OUTSIDE_MEMBERSHIP,
                key,
                key + " is " + start + ", before its provider " + provider.id() + " joined on " + provider.joined());
    }
}
