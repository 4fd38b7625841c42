package eu.ospo.testkit;

import eu.ospo.model.CalendarPeriod;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.CommunityTimeScope;
import eu.ospo.model.ReportingPeriod;
import eu.ospo.testkit.internal.CommunityTimeDraws;
import eu.ospo.testkit.internal.Draw;
import eu.ospo.testkit.internal.Shape;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators of community-time policies, their reports and calendar periods. Reports fit their
 * policy: the policy's period length, a coder for per-coder policies, a team for per-team policies,
 * one report per unit and period, community hours not above contract hours.
 */
public final class CommunityTime {

    private static final List<CommunityTimeDraws.Reporter> REPORTERS = List.of(
            new CommunityTimeDraws.Reporter("org1", List.of("person1", "person2")),
            new CommunityTimeDraws.Reporter("org2", List.of("person3")),
            new CommunityTimeDraws.Reporter("org3", List.of("person4", "person5")));

    private CommunityTime() {}

    /**
     * Policies (percentage 0–100, any scope and period) with reports from {@code org1}–{@code org3}
     * (coders {@code person1}–{@code person5}) between 2020 and 2030.
     *
     * @return the generator
     */
    public static Gen<CommunityTimePolicy> policies() {
        return in -> CommunityTimeDraws.policy(new Draw(in), Shape.DEFAULT, REPORTERS);
    }

    /**
     * Single reports of {@code org1}–{@code org3} between 2020 and 2030, shaped for a policy of any
     * scope and period length (a coder, a team, or neither).
     *
     * @return the generator
     */
    public static Gen<CommunityTimeReport> reports() {
        return in -> {
            Draw draw = new Draw(in);
            CommunityTimeScope scope = draw.pick(List.of(CommunityTimeScope.values()));
            ReportingPeriod length = draw.pick(List.of(ReportingPeriod.values()));
            return CommunityTimeDraws.report(draw, Shape.DEFAULT, scope, length, draw.pick(REPORTERS))
                    .orElseThrow();
        };
    }

    /**
     * Calendar months, quarters and years between 2020 and 2030.
     *
     * @return the generator
     */
    public static Gen<CalendarPeriod> periods() {
        return in -> {
            Draw draw = new Draw(in);
            ReportingPeriod length = draw.pick(List.of(ReportingPeriod.values()));
            return length.containing(draw.day(Shape.DEFAULT.from(), Shape.DEFAULT.to()));
        };
    }
}
