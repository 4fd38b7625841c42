package eu.ospo.governance.rules;

import static eu.ospo.governance.rules.Communities.body;
import static eu.ospo.governance.rules.Communities.count;
import static eu.ospo.governance.rules.Communities.date;
import static eu.ospo.governance.rules.Communities.fraction;
import static eu.ospo.governance.rules.Communities.governance;
import static eu.ospo.governance.rules.Communities.organisation;
import static eu.ospo.governance.rules.Communities.project;
import static eu.ospo.governance.rules.Communities.seat;
import static eu.ospo.governance.rules.RuleRunner.only;
import static eu.ospo.governance.rules.RuleRunner.run;
import static eu.ospo.governance.rules.RuleRunner.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.model.DecisionBody;
import eu.ospo.model.Governance;
import eu.ospo.model.Seat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DEC-*: decision bodies. */
class DecisionRulesTest {

    private static Governance with(DecisionBody... bodies) {
        return governance()
                .organisations(
                        organisation("a"),
                        organisation("b"),
                        organisation("c"),
                        organisation("gone", date("2020-01-01"), Optional.of(date("2024-12-31"))))
                .projects(project("p"))
                .bodies(bodies)
                .build();
    }

    @ParameterizedTest
    @CsvSource({"DEC-BODY-VALID", "DEC-NEUTRALITY"})
    void withoutBodiesNothingApplies(String rule) {
        assertThat(statuses(run(rule, with(), "2025-05-01"))).containsExactly(Status.NOT_APPLICABLE);
    }

    @ParameterizedTest
    @CsvSource({
        "fraction, 1, PASS",
        "fraction, 0.34, PASS",
        "fraction, 1.01, FAIL",
        "fraction, 0, FAIL",
        "count, 3, PASS",
        "count, 4, FAIL",
        "count, 1.5, FAIL",
        "count, 0, FAIL"
    })
    void quorumsMustBeReachable(String type, String value, Status expected) {
        DecisionBody board = body(
                "board", 1, type.equals("fraction") ? fraction(value) : count(value), seat("a"), seat("b"), seat("c"));
        Outcome outcome = only(run("DEC-BODY-VALID", with(board), "2025-05-01"));
        assertThat(outcome.status()).isEqualTo(expected);
    }

    @Test
    void seatsAreHeldByCurrentMembers() {
        Outcome outcome = only(run(
                "DEC-BODY-VALID",
                with(body("board", 1, fraction("0.5"), seat("a"), seat("gone"), seat("ghost"))),
                "2025-05-01"));
        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.evidence().get("defects"))
                .isEqualTo(List.of(
                        "a seat is held by gone, which is not a member on 2025-05-01",
                        "a seat names unknown organisation ghost"));
        assertThat(outcome.locations())
                .extracting(l -> l.key())
                .containsExactlyInAnyOrder(
                        "decisionMaking.bodies[0].seats[1].organisation",
                        "decisionMaking.bodies[0].seats[2].organisation");
        assertThat(only(run(
                                "DEC-BODY-VALID",
                                with(body("board", 1, fraction("0.5"), seat("a"), seat("gone"))),
                                "2024-12-31"))
                        .status())
                .isEqualTo(Status.PASS);
    }

    @Test
    void seatContactsMustBeDeclared() {
        DecisionBody board = body("board", 1, fraction("0.5"), seat("a"), new Seat("b", Optional.of("nobody")));
        assertThat(only(run("DEC-BODY-VALID", with(board), "2025-05-01")).message())
                .contains("unknown contact nobody");
    }

    @Test
    void requiredSeatsAreReported() {
        Outcome outcome = only(run(
                "DEC-BODY-VALID",
                with(body("board", 1, fraction("0.5"), seat("a"), seat("b"), seat("c"))),
                "2025-05-01"));
        assertThat(outcome.evidence()).containsEntry("requiredSeats", new BigDecimal("2"));
    }

    @Test
    void oneSeatPerOrganisationAcrossTwoOrganisationsByDefault() {
        assertThat(only(run(
                                "DEC-NEUTRALITY",
                                with(body("board", 1, fraction("0.5"), seat("a"), seat("b"))),
                                "2025-05-01"))
                        .status())
                .isEqualTo(Status.PASS);
        Outcome twoSeats = only(run(
                "DEC-NEUTRALITY",
                with(body("board", 2, fraction("0.5"), seat("a"), seat("a"), seat("b"))),
                "2025-05-01"));
        assertThat(twoSeats.status()).isEqualTo(Status.FAIL);
        assertThat(twoSeats.evidence())
                .containsEntry("seatLimit", 1)
                .containsEntry("seatsByOrganisation", Map.of("a", 2, "b", 1));
        Outcome single = only(run("DEC-NEUTRALITY", with(body("board", 1, fraction("1"), seat("a"))), "2025-05-01"));
        assertThat(single.status()).isEqualTo(Status.FAIL);
        assertThat(single.message()).contains("fewer than 2");
    }

    @Test
    void theLimitIsTheSmallerOfTheBodysAndTheRules() {
        Governance governance = with(body("board", 2, fraction("0.5"), seat("a"), seat("a"), seat("b")));
        Map<String, String> relaxed = Map.of("maxSeatsPerOrganisation", "2");
        assertThat(only(run("DEC-NEUTRALITY", governance, Optional.empty(), "2025-05-01", relaxed))
                        .status())
                .isEqualTo(Status.PASS);
        Governance strictBody = with(body("board", 1, fraction("0.5"), seat("a"), seat("a"), seat("b")));
        assertThat(only(run("DEC-NEUTRALITY", strictBody, Optional.empty(), "2025-05-01", relaxed))
                        .status())
                .isEqualTo(Status.FAIL);
    }

    @Test
    void bodiesAreReportedById() {
        List<Outcome> outcomes = run(
                "DEC-NEUTRALITY",
                with(
                        body("technical", 1, fraction("0.5"), seat("a"), seat("b")),
                        body("board", 1, fraction("0.5"), seat("a"), seat("b"))),
                "2025-05-01");
        assertThat(outcomes).extracting(o -> o.evidence().get("body")).containsExactly("board", "technical");
        assertThat(outcomes.get(0).locations().get(0).key()).isEqualTo("decisionMaking.bodies[1]");
    }
}
