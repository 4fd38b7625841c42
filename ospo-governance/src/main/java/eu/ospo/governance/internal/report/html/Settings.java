package eu.ospo.governance.internal.report.html;

import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.FteBasis;
import java.math.BigDecimal;

/**
 * The rule parameters the charts draw with, so that a chart shows the line its rule judges by: the
 * FTE basis and the elephant-factor threshold of DIV-ELEPHANT, the absence-factor minimum of
 * DIV-BUS-FACTOR, the warning window of AGR-EXPIRING, the horizon of AGR-COVERAGE-GAP and the
 * community-time floor of CT-BELOW-POLICY and the median tenure TEAM-TENURE expects.
 *
 * @param basis hours of one FTE-year
 * @param elephantShare the share the largest organisations reach (p)
 * @param elephantMinimum the smallest acceptable elephant factor (k)
 * @param absenceShare the share the busiest maintainers reach
 * @param absenceMinimum the smallest acceptable contributor absence factor
 * @param expiringDays the warning window before an agreement ends
 * @param horizonDays how far ahead maintenance must be covered
 * @param communityTimeFloor the lowest community-time percentage accepted whatever the policy says
 * @param tenureMonths the median coder tenure a team should reach, in months
 */
record Settings(
        FteBasis basis,
        BigDecimal elephantShare,
        int elephantMinimum,
        BigDecimal absenceShare,
        int absenceMinimum,
        int expiringDays,
        int horizonDays,
        BigDecimal communityTimeFloor,
        int tenureMonths) {

    /**
     * The parameters of an engine's rules (the ruleset's values over the defaults).
     *
     * @param rules the engine
     * @return the settings
     */
    static Settings of(GovernanceRules rules) {
        RuleParameters elephant = rules.parameters("DIV-ELEPHANT");
        RuleParameters absence = rules.parameters("DIV-BUS-FACTOR");
        return new Settings(
                new FteBasis(elephant.decimal("fteBasis")),
                elephant.decimal("p"),
                elephant.integer("k"),
                absence.decimal("p"),
                absence.integer("min"),
                rules.parameters("AGR-EXPIRING").integer("days"),
                rules.parameters("AGR-COVERAGE-GAP").integer("horizonDays"),
                rules.parameters("CT-BELOW-POLICY").decimal("percentage"),
                rules.parameters("TEAM-TENURE").integer("months"));
    }
}
