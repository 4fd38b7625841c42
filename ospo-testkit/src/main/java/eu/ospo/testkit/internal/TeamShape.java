package eu.ospo.testkit.internal;

import eu.ospo.testkit.internal.Shape.Span;
import java.util.Objects;

/**
 * The knobs of teams and the OSPO (governance.yml 0.2): how many teams each organisation has, how
 * many coders a team has, how long before the end of the date range its coders joined (tenure), the
 * chance that a coder has left (turnover), and whether the community names an OSPO.
 *
 * @param teamsPerOrganisation teams per organisation that has not left
 * @param codersPerTeam coders per team (at most the organisation's people)
 * @param tenureMonths months before the range's end a coder joined (joins never precede the
 *     organisation's or the range's start)
 * @param turnoverPercent the chance, 0-100, that a coder has left by the range's end
 * @param ospo whether the community names an OSPO with a ruleset, and projects choose it
 */
public record TeamShape(
        Span teamsPerOrganisation, Span codersPerTeam, Span tenureMonths, int turnoverPercent, boolean ospo) {

    /** No teams and no OSPO: a governance.yml 0.1 model, as the generators gave before teams. */
    public static final TeamShape NONE = new TeamShape(new Span(0, 0), new Span(1, 3), new Span(0, 72), 20, false);

    /** Checks the knobs. */
    public TeamShape {
        Objects.requireNonNull(teamsPerOrganisation, "teamsPerOrganisation");
        Objects.requireNonNull(codersPerTeam, "codersPerTeam");
        Objects.requireNonNull(tenureMonths, "tenureMonths");
        if (turnoverPercent < 0 || turnoverPercent > 100) {
            throw new IllegalArgumentException("turnover is a percentage, 0 to 100: " + turnoverPercent);
        }
    }

    /**
     * Whether models are governance.yml 0.2: they have teams or an OSPO.
     *
     * @return true when teams or the OSPO are asked for
     */
    public boolean enabled() {
        return teamsPerOrganisation.max() > 0 || ospo;
    }
}
