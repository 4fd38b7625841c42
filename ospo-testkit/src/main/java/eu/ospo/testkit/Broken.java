package eu.ospo.testkit;

import eu.ospo.model.Governance;
import eu.ospo.testkit.internal.Breakers;
import eu.ospo.testkit.internal.Draw;
import eu.ospo.testkit.internal.TeamBreakers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.quicktheories.core.Gen;

/**
 * Generators of deliberately broken governance models. Each takes a generator of valid models (from
 * {@link Communities}) and breaks exactly one thing in every model it draws, reporting the {@link
 * Defect}, the key path and what was done ({@link BrokenGovernance}). Everything else stays valid,
 * so a reader should report exactly that problem.
 */
public final class Broken {

    private Broken() {}

    /**
     * One reference (an agreement's project, contractor or maintainer, a project's steward, a
     * report's organisation) names an id that is not declared ({@code missing-project}, {@code
     * missing-org}, {@code missing-person}).
     *
     * @param valid valid models
     * @return the generator
     */
    public static Gen<BrokenGovernance> danglingReference(Gen<Governance> valid) {
        return breaking(valid, Breakers::danglingReference);
    }

    /**
     * A second organisation, project, agreement or contact repeats an id (appended at the end of its
     * list; only the id repeats, nothing else that must be unique).
     *
     * @param valid valid models
     * @return the generator
     */
    public static Gen<BrokenGovernance> duplicateId(Gen<Governance> valid) {
        return breaking(valid, Breakers::duplicateId);
    }

    /**
     * An agreement ends the day before it starts (its notice period removed), or, when no agreement
     * has an end date and some organisation provides none, that organisation left the day before it
     * joined.
     *
     * @param valid valid models
     * @return the generator
     */
    public static Gen<BrokenGovernance> endBeforeStart(Gen<Governance> valid) {
        return breaking(valid, Breakers::endBeforeStart);
    }

    /**
     * The community-time percentage is 100.1 to 1000 (a policy without reports is added if there is
     * none).
     *
     * @param valid valid models
     * @return the generator
     */
    public static Gen<BrokenGovernance> percentageOver100(Gen<Governance> valid) {
        return breaking(valid, Breakers::percentageOver100);
    }

    /**
     * One organisation's identifier fails its check: LEI check digits, an OIN register prefix or
     * suffix, a 7-digit KvK number, an upper-case TOOI code, a Wikidata id with a leading zero, an
     * ISO 6523 id that is no OIN under ICD 0190, an iPA code with a space.
     *
     * @param valid valid models
     * @return the generator
     */
    public static Gen<BrokenGovernance> malformedIdentifier(Gen<Governance> valid) {
        return breaking(valid, Breakers::malformedIdentifier);
    }

    /**
     * One organisation's country is an upper-case pair ISO 3166-1 does not assign ({@code ZZ},
     * {@code XX}, {@code QQ}, {@code AA}).
     *
     * @param valid valid models
     * @return the generator
     */
    public static Gen<BrokenGovernance> unknownCountry(Gen<Governance> valid) {
        return breaking(valid, Breakers::unknownCountry);
    }

    /**
     * One agreement that is not terminated starts 1–365 days before its provider joined (a signed
     * one is added if there is none).
     *
     * @param valid valid models
     * @return the generator
     */
    public static Gen<BrokenGovernance> outsideMembership(Gen<Governance> valid) {
        return breaking(valid, Breakers::outsideMembership);
    }

    /**
     * Models broken in one given way.
     *
     * @param defect what to break
     * @param valid valid models
     * @return the generator
     */
    public static Gen<BrokenGovernance> of(Defect defect, Gen<Governance> valid) {
        Objects.requireNonNull(defect, "defect");
        return switch (defect) {
            case DANGLING_REFERENCE -> danglingReference(valid);
            case DUPLICATE_ID -> duplicateId(valid);
            case END_BEFORE_START -> endBeforeStart(valid);
            case PERCENTAGE_OVER_100 -> percentageOver100(valid);
            case MALFORMED_IDENTIFIER -> malformedIdentifier(valid);
            case UNKNOWN_COUNTRY -> unknownCountry(valid);
            case OUTSIDE_MEMBERSHIP -> outsideMembership(valid);
            case MEMBER_LEFT_BEFORE_JOINED -> memberLeftBeforeJoined(valid);
            case OVERLAPPING_MEMBERSHIP -> overlappingMembership(valid);
            case UNKNOWN_TEAM_MEMBER -> unknownTeamMember(valid);
        };
    }

    /**
     * One team member's {@code left} moves to the day before their {@code joined}. Needs models with
     * teams: models without a team that has a member are drawn again (up to 100 times).
     *
     * @param valid valid models with teams ({@link Communities.Builder#teamsPerOrganisation(int, int)})
     * @return the generator
     */
    public static Gen<BrokenGovernance> memberLeftBeforeJoined(Gen<Governance> valid) {
        return breakingTeams(valid, TeamBreakers::leftBeforeJoined);
    }

    /**
     * One team member's period is repeated at the end of the team's members, so one contact has two
     * periods in one role that share days; the reader reports the later one's {@code joined}. Needs
     * models with teams, as {@link #memberLeftBeforeJoined(Gen)}.
     *
     * @param valid valid models with teams
     * @return the generator
     */
    public static Gen<BrokenGovernance> overlappingMembership(Gen<Governance> valid) {
        return breakingTeams(valid, TeamBreakers::overlapping);
    }

    /**
     * One team member's {@code contact} names {@code missing-person}, which is not declared. Needs
     * models with teams, as {@link #memberLeftBeforeJoined(Gen)}.
     *
     * @param valid valid models with teams
     * @return the generator
     */
    public static Gen<BrokenGovernance> unknownTeamMember(Gen<Governance> valid) {
        return breakingTeams(valid, TeamBreakers::unknownMember);
    }

    /**
     * Models broken in any one of the ways of {@link Defect}.
     *
     * @param valid valid models
     * @return the generator
     */
    public static Gen<BrokenGovernance> any(Gen<Governance> valid) {
        Objects.requireNonNull(valid, "valid");
        return in -> {
            Draw draw = new Draw(in);
            Governance model = valid.generate(in);
            List<Defect> defects = new ArrayList<>();
            for (Defect defect : Defect.values()) {
                if (!defect.needsTeams() || TeamBreakers.hasMembers(model)) {
                    defects.add(defect);
                }
            }
            Gen<Governance> same = ignored -> model;
            return of(draw.pick(defects), same).generate(in);
        };
    }

    private static Gen<BrokenGovernance> breakingTeams(
            Gen<Governance> valid, BiFunction<Draw, Governance, BrokenGovernance> breaker) {
        Objects.requireNonNull(valid, "valid");
        return in -> {
            for (int attempt = 0; attempt < 100; attempt++) {
                Governance model = valid.generate(in);
                if (TeamBreakers.hasMembers(model)) {
                    return breaker.apply(new Draw(in), model);
                }
            }
            throw new IllegalArgumentException("no model with a team member in 100 draws: build the valid models"
                    + " with Communities.builder().teamsPerOrganisation(1, n)");
        };
    }

    private static Gen<BrokenGovernance> breaking(
            Gen<Governance> valid, BiFunction<Draw, Governance, BrokenGovernance> breaker) {
        Objects.requireNonNull(valid, "valid");
        return in -> breaker.apply(new Draw(in), valid.generate(in));
    }
}
