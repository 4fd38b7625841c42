package eu.ospo.governance.internal.read;

import eu.ospo.governance.internal.read.Fields.Presence;
import eu.ospo.governance.internal.read.References.Kind;
import eu.ospo.model.ProcessType;
import eu.ospo.model.Team;
import eu.ospo.model.TeamMember;
import eu.ospo.model.TeamProcess;
import eu.ospo.model.TeamRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code teams[]} (governance.yml 0.2) with their processes and membership periods. */
final class TeamReader {

    private static final BigDecimal HOURS_PER_WEEK = BigDecimal.valueOf(168);

    private TeamReader() {}

    static Optional<Team> read(Fields fields) {
        Optional<String> id = fields.id(Kind.TEAM, true);
        Optional<String> name = fields.string("name", Presence.REQUIRED);
        Optional<String> organisation = fields.reference("organisation", Kind.ORGANISATION, Presence.REQUIRED);
        Optional<TeamProcess> process = fields.nested("process", Presence.REQUIRED, TeamReader::process);
        boolean selfOrganising = fields.bool("selfOrganising").orElse(false);
        List<TeamMember> members = new ArrayList<>();
        List<Fields> items = fields.items("members", Presence.OPTIONAL);
        for (Fields item : items) {
            member(item).ifPresent(members::add);
        }
        fields.finish();
        overlaps(fields, members, items);
        if (id.isEmpty() || name.isEmpty() || organisation.isEmpty() || process.isEmpty()) {
            return Optional.empty();
        }
        Team team = new Team(id.get(), name.get(), organisation.get(), process.get(), selfOrganising, members);
        fields.references().team(team, members.size() == items.size());
        return Optional.of(team);
    }

    private static Optional<TeamProcess> process(Fields fields) {
        Optional<ProcessType> type = fields.keyword("type", ProcessType.class, Presence.REQUIRED);
        Optional<String> description = fields.string("description", Presence.OPTIONAL);
        fields.finish();
        return type.map(t -> new TeamProcess(t, description));
    }

    private static Optional<TeamMember> member(Fields fields) {
        Optional<String> contact = fields.reference("contact", Kind.CONTACT, Presence.REQUIRED);
        Optional<TeamRole> role = fields.keyword("role", TeamRole.class, Presence.REQUIRED);
        Optional<LocalDate> joined = fields.date("joined", Presence.REQUIRED);
        Optional<LocalDate> left = fields.date("left", Presence.OPTIONAL);
        DateRanges.endNotBeforeStart(fields, "joined", joined, "left", left); // the member is kept either way
        Optional<BigDecimal> hours =
                Numbers.decimalAtLeast(fields, "hoursPerWeek", Presence.OPTIONAL, BigDecimal.ZERO, false);
        if (hours.isPresent() && hours.get().compareTo(HOURS_PER_WEEK) > 0) {
            fields.error(
                    Codes.RANGE,
                    "hoursPerWeek",
                    "hoursPerWeek must be at most 168 (the hours of a week)",
                    "value",
                    hours.get().toString());
            hours = Optional.empty();
        }
        fields.finish();
        if (contact.isEmpty() || role.isEmpty() || joined.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TeamMember(contact.get(), role.get(), joined.get(), left, hours));
    }

    /**
     * Reports {@code range.overlap} on the later of two periods of one contact in the same role that
     * share days: one person in one role is counted once per day (tenure and turnover depend on it).
     */
    private static void overlaps(Fields team, List<TeamMember> members, List<Fields> items) {
        if (members.size() != items.size()) {
            return; // an item was not read; its own problems are reported
        }
        for (int i = 0; i < members.size(); i++) {
            TeamMember later = members.get(i);
            for (int j = 0; j < i; j++) {
                TeamMember earlier = members.get(j);
                if (earlier.contact().equals(later.contact())
                        && earlier.role() == later.role()
                        && overlap(earlier, later)) {
                    Fields item = items.get(i);
                    item.error(
                            Codes.RANGE_OVERLAP,
                            "joined",
                            "this membership of " + later.contact() + " as "
                                    + later.role().value() + " shares days with the one at "
                                    + items.get(j).path(),
                            "contact",
                            later.contact(),
                            "other",
                            items.get(j).path().toString());
                    break;
                }
            }
        }
    }

    private static boolean overlap(TeamMember a, TeamMember b) {
        boolean aEndsBeforeB = a.left().map(l -> l.isBefore(b.joined())).orElse(false);
        boolean bEndsBeforeA = b.left().map(l -> l.isBefore(a.joined())).orElse(false);
        return !aEndsBeforeB && !bEndsBeforeA;
    }
}
