package eu.ospo.model;

import eu.ospo.model.validation.Slug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A team of one organisation ({@code teams[]}, governance.yml 0.2): the people who do the work of
 * one process together, with their membership periods.
 *
 * <p>Teams are in the model because maintenance is done by people, not by organisations: a
 * prosumer organisation keeps its coders as long-term members of self-organising teams in its
 * primary processes, so knowledge of the software stays where it is used. Tenure, turnover and
 * community time per team are computed from here ({@link eu.ospo.model.measure}).
 *
 * @param id local id, unique among teams; community-time reports name it
 * @param name the team's name
 * @param organisation the id of the organisation the team belongs to
 * @param process the process the team serves
 * @param selfOrganising whether the team decides itself how it does its work
 * @param members membership periods, one per person and period
 */
public record Team(
        @Slug String id,
        @NotBlank String name,
        @Slug String organisation,
        @Valid TeamProcess process,
        boolean selfOrganising,
        List<@Valid TeamMember> members) {

    /** Checks for nulls and copies the list. */
    public Team {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(process, "process");
        members = List.copyOf(members);
    }

    /**
     * Whether the team serves a primary process.
     *
     * @return true if its process is {@link ProcessType#PRIMARY}
     */
    public boolean isPrimary() {
        return process.isPrimary();
    }

    /**
     * The memberships that include a day, in file order.
     *
     * @param day the day
     * @return the memberships
     */
    public List<TeamMember> membersOn(LocalDate day) {
        return members.stream().filter(m -> m.isMemberOn(day)).toList();
    }

    /**
     * The ids of the contacts who are coders in the team on a day, each once, in file order.
     *
     * @param day the day
     * @return the contact ids
     */
    public List<String> codersOn(LocalDate day) {
        return members.stream()
                .filter(m -> m.isCoder() && m.isMemberOn(day))
                .map(TeamMember::contact)
                .distinct()
                .toList();
    }

    /**
     * Whether a contact is a member (in any role) on at least one day of a range.
     *
     * @param contact the contact's id
     * @param range the days
     * @return true if one of the contact's memberships overlaps the range
     */
    public boolean hasMemberDuring(String contact, DateRange range) {
        return members.stream().anyMatch(m -> m.contact().equals(contact) && m.overlaps(range));
    }
}
