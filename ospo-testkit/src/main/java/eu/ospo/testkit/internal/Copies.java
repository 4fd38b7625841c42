package eu.ospo.testkit.internal;

import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.Project;
import java.math.BigDecimal;
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
