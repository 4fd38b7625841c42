package eu.ospo.testkit.internal;

import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.Contact;
import eu.ospo.model.Identifier;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Organisation;
import eu.ospo.model.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Copies of model records with one component replaced. */
public final class Copies {

    private Copies() {}

    /**
     * A list with one item replaced.
     *
     * @param <T> the item type
     * @param items the list
     * @param index the position
     * @param change how the item changes
     * @return a new list
     */
    public static <T> List<T> replace(List<T> items, int index, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(items);
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }

    /**
     * A list with one more item at the end.
     *
     * @param <T> the item type
     * @param items the list
     * @param item the new item
     * @return a new list
     */
    public static <T> List<T> append(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }

    /**
     * An organisation with another id, name and uri, and no identifiers (a distinct copy).
     *
     * @param o the organisation
     * @param id the id
     * @param name the name
     * @param uri the uri
     * @return the copy
     */
    public static Organisation withIdentity(Organisation o, String id, String name, String uri) {
        return new Organisation(
                id, name, uri, o.country(), o.type(), List.of(), o.roles(), o.joined(), o.left(), o.communityTime());
    }

    /**
     * An organisation with other identifiers.
     *
     * @param o the organisation
     * @param identifiers the identifiers
     * @return the copy
     */
    public static Organisation withIdentifiers(Organisation o, List<Identifier> identifiers) {
        return new Organisation(
                o.id(),
                o.name(),
                o.uri(),
                o.country(),
                o.type(),
                identifiers,
                o.roles(),
                o.joined(),
                o.left(),
                o.communityTime());
    }

    /**
     * An organisation with another country.
     *
     * @param o the organisation
     * @param country the country code
     * @return the copy
     */
    public static Organisation withCountry(Organisation o, String country) {
        return new Organisation(
                o.id(),
                o.name(),
                o.uri(),
                country,
                o.type(),
                o.identifiers(),
                o.roles(),
                o.joined(),
                o.left(),
                o.communityTime());
    }

    /**
     * An organisation with another last day of membership.
     *
     * @param o the organisation
     * @param left the last day
     * @return the copy
     */
    public static Organisation withLeft(Organisation o, Optional<LocalDate> left) {
        return new Organisation(
                o.id(),
                o.name(),
                o.uri(),
                o.country(),
                o.type(),
                o.identifiers(),
                o.roles(),
                o.joined(),
                left,
                o.communityTime());
    }

    /**
     * A project with another steward.
     *
     * @param p the project
     * @param steward the steward's id
     * @return the copy
     */
    public static Project withSteward(Project p, Optional<String> steward) {
        return new Project(
                p.id(), p.name(), p.repository(), p.publiccode(), p.maintenanceType(), p.criticality(), steward);
    }

    /**
     * A project with another id and name.
     *
     * @param p the project
     * @param id the id
     * @param name the name
     * @return the copy
     */
    public static Project withIdentity(Project p, String id, String name) {
        return new Project(id, name, p.repository(), p.publiccode(), p.maintenanceType(), p.criticality(), p.steward());
    }

    /**
     * A contact with another name and without e-mail, phone or forge handles (a distinct copy).
     *
     * @param c the contact
     * @param name the name
     * @return the copy
     */
    public static Contact withName(Contact c, String name) {
        return new Contact(
                c.id(),
                name,
                c.affiliation(),
                Optional.empty(),
                Optional.empty(),
                java.util.Map.of(),
                c.roles(),
                c.isRoleMailbox(),
                c.owner());
    }

    /**
     * An agreement with other references.
     *
     * @param a the agreement
     * @param project the project's id
     * @param contractor the contractor's id
     * @param maintainers the maintainers' ids
     * @return the copy
     */
    public static MaintainerAgreement withReferences(
            MaintainerAgreement a, String project, Optional<String> contractor, List<String> maintainers) {
        return new MaintainerAgreement(
                a.id(),
                a.kind(),
                project,
                a.provider(),
                contractor,
                a.beneficiary(),
                a.commitment(),
                a.start(),
                a.end(),
                a.renewal(),
                a.noticePeriodDays(),
                a.responsibilities(),
                a.serviceLevels(),
                maintainers,
                a.status(),
                a.document());
    }

    /**
     * An agreement with another term and notice period.
     *
     * @param a the agreement
     * @param start the first day
     * @param end the last day
     * @param noticePeriodDays the notice period
     * @return the copy
     */
    public static MaintainerAgreement withTerm(
            MaintainerAgreement a, LocalDate start, Optional<LocalDate> end, Optional<Integer> noticePeriodDays) {
        return new MaintainerAgreement(
                a.id(),
                a.kind(),
                a.project(),
                a.provider(),
                a.contractor(),
                a.beneficiary(),
                a.commitment(),
                start,
                end,
                a.renewal(),
                noticePeriodDays,
                a.responsibilities(),
                a.serviceLevels(),
                a.maintainers(),
                a.status(),
                a.document());
    }

    /**
     * A policy with another percentage.
     *
     * @param p the policy
     * @param percentage the percentage
     * @return the copy
     */
    public static CommunityTimePolicy withPercentage(CommunityTimePolicy p, BigDecimal percentage) {
        return new CommunityTimePolicy(percentage, p.scope(), p.period(), p.appliesToRoles(), p.reports());
    }

    /**
     * A policy with other reports.
     *
     * @param p the policy
     * @param reports the reports
     * @return the copy
     */
    public static CommunityTimePolicy withReports(CommunityTimePolicy p, List<CommunityTimeReport> reports) {
        return new CommunityTimePolicy(p.percentage(), p.scope(), p.period(), p.appliesToRoles(), reports);
    }

    /**
     * A report from another organisation.
     *
     * @param r the report
     * @param organisation the organisation's id
     * @return the copy
     */
    public static CommunityTimeReport withOrganisation(CommunityTimeReport r, String organisation) {
        return new CommunityTimeReport(
                organisation, r.period(), r.contractHours(), r.communityHours(), r.coders(), r.coder(), r.team());
    }
}
