package eu.ospo.model.measure;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import eu.ospo.model.ProcessType;
import eu.ospo.model.Team;
import eu.ospo.model.TeamMember;
import eu.ospo.model.TeamProcess;
import eu.ospo.model.TeamRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/** Small generators of teams and memberships for the measure properties (the testkit has richer ones). */
final class TeamsGen {

    /** Every day the generated memberships start or end on lies in 2020–2025. */
    static final LocalDate START = LocalDate.of(2020, 1, 1);

    static final LocalDate DAY = LocalDate.of(2025, 6, 30);

    private TeamsGen() {}

    /** A membership of one of six contacts, joined 0–2000 days after 2020-01-01, open or closed. */
    static Gen<TeamMember> members() {
        return integers()
                .between(0, 5)
                .zip(
                        integers().between(0, 2000),
                        integers().between(-1, 1000),
                        booleans().all(),
                        (contact, joined, length, coder) -> new TeamMember(
                                "c" + contact,
                                coder ? TeamRole.CODER : TeamRole.DOMAIN_EXPERT,
                                START.plusDays(joined),
                                length < 0 ? Optional.empty() : Optional.of(START.plusDays(joined + length)),
                                Optional.empty()));
    }

    static Gen<List<TeamMember>> memberLists() {
        return lists().of(members()).ofSizeBetween(0, 8);
    }

    static Team team(String id, List<TeamMember> members) {
        return new Team(id, id, "org", new TeamProcess(ProcessType.PRIMARY, Optional.empty()), true, members);
    }

    static Gen<Team> teams(String id) {
        return memberLists().map(members -> team(id, members));
    }

    static Gen<LocalDate> days() {
        return integers().between(0, 2400).map(START::plusDays);
    }

    static <T> List<T> with(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
