package eu.ospo.governance.report;

import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.Location;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-built evaluation that exercises every status, every severity, findings with zero, one and
 * two locations (one in publiccode.yml, one without position), exact decimals (including one whose
 * {@code toString} is in scientific notation), nested evidence, characters Markdown must escape and
 * a non-ASCII character.
 */
final class SampleEvaluation {

    static final LocalDate DATE = LocalDate.of(2025, 5, 1);

    private SampleEvaluation() {}

    static URI anchor(String fragment) {
        return URI.create("https://github.com/ospo-eu/ospo/blob/main/docs/rules.md#" + fragment);
    }

    static Evaluation evaluation() {
        return new Evaluation(
                DATE,
                "default",
                List.of(
                        new Finding(
                                "XF-COMMUNITY-BACKED",
                                Severity.ERROR,
                                Status.PASS,
                                "2 organisations hold active maintenance agreements on project permits (at least 2 required).",
                                List.of(new Location("governance.yml", "projects[0]", 38, 5)),
                                evidence("activeProviders", List.of("utrecht", "roma"), "minimum", 2),
                                anchor("xf-community-backed")),
                        new Finding(
                                "XF-PROJECT-LINKED",
                                Severity.ERROR,
                                Status.FAIL,
                                "Project permits has maintenanceType community but publiccode.yml says contract.",
                                List.of(
                                        new Location("governance.yml", "projects[0].maintenanceType", 42, 5),
                                        new Location("publiccode.yml", "maintenance.type", 83, 3)),
                                evidence("governance", "community", "publiccode", "contract"),
                                anchor("xf-project-linked")),
                        new Finding(
                                "PC-CONTRACTOR-EXPIRED",
                                Severity.ERROR,
                                Status.NOT_APPLICABLE,
                                "publiccode.yml lists no contractors.",
                                List.of(),
                                Map.of(),
                                anchor("pc-contractor-expired")),
                        new Finding(
                                "AGR-EXPIRING",
                                Severity.WARNING,
                                Status.FAIL,
                                "Agreement mnt-roma-2025 ends on 2025-06-30, in 60 days, and no successor starts by 2025-07-01.",
                                List.of(new Location("governance.yml", "agreements[1].end", 71, 10)),
                                evidence(
                                        "agreement",
                                        "mnt-roma-2025",
                                        "end",
                                        "2025-06-30",
                                        "daysLeft",
                                        60,
                                        "windowDays",
                                        90),
                                anchor("agr-expiring")),
                        new Finding(
                                "DIV-ELEPHANT",
                                Severity.WARNING,
                                Status.EXEMPTED,
                                "Elephant factor 1 is below 2: utrecht commits 72.73% of the effort (exempted until"
                                        + " 2025-12-31: Community founded in 2025, second member joins Q3)",
                                List.of(
                                        new Location("governance.yml", "agreements", 50, 1),
                                        new Location("governance.yml", "community.exemptions[0]", 8, 7)),
                                evidence(
                                        "elephantFactor",
                                        1,
                                        "p",
                                        new BigDecimal("0.5"),
                                        "hoursPerYear",
                                        evidence("utrecht", new BigDecimal("1280.0"), "roma", new BigDecimal("480")),
                                        "shares",
                                        evidence(
                                                "utrecht",
                                                new BigDecimal("0.7272727272727272727272727272727273"),
                                                "roma",
                                                new BigDecimal("0.2727272727272727272727272727272727")),
                                        "exemption",
                                        evidence(
                                                "reason",
                                                "Community founded in 2025, second member joins Q3",
                                                "until",
                                                "2025-12-31")),
                                anchor("div-elephant")),
                        new Finding(
                                "DIV-ORG-COUNT",
                                Severity.INFO,
                                Status.FAIL,
                                "2 organisations contribute effort; 3 recommended (acme is a contractor, not a provider).",
                                List.of(),
                                evidence("organisations", 2L, "minimum", 3),
                                anchor("div-org-count")),
                        new Finding(
                                "CT-BELOW-POLICY",
                                Severity.WARNING,
                                Status.PASS,
                                "utrecht spent 10.34% of contract hours on community work in 2025-Q1 (policy: 10%).",
                                List.of(new Location("governance.yml", "communityTime.reports[0]", 0, 0)),
                                evidence(
                                        "organisation", "utrecht",
                                        "period", "2025-Q1",
                                        "contractHours", new BigDecimal("4160"),
                                        "communityHours", new BigDecimal("430"),
                                        "percentage", new BigDecimal("10.3365384615384615384615384615384"),
                                        "policy", new BigDecimal("1E+1"),
                                        "meets", true),
                                anchor("ct-below-policy")),
                        new Finding(
                                "META-STALE",
                                Severity.WARNING,
                                Status.FAIL,
                                "community.lastReviewed is 2023-11-30: more than 12 months ago | review *now* (Überprüfung fällig).",
                                List.of(new Location("governance.yml", "community.lastReviewed", 6, 17)),
                                evidence("lastReviewed", "2023-11-30", "maxMonths", 12),
                                anchor("meta-stale"))));
    }

    static ReportInput input() {
        return ReportInput.of("1.2.3")
                .withRules(List.of())
                .withProblems(
                        "governance.yml",
                        List.of(Problem.of(
                                "key.unknown",
                                Severity.WARNING,
                                "community.website",
                                4,
                                3,
                                "unknown key; did you mean 'uri'?")));
    }

    /** Descriptions for some rules (SARIF falls back to the id for the others). */
    static ReportInput describedInput() {
        Map<String, String> descriptions = new LinkedHashMap<>();
        descriptions.put(
                "XF-PROJECT-LINKED", "A project's maintenanceType equals its publiccode.yml maintenance.type.");
        descriptions.put("AGR-EXPIRING", "An active agreement does not end soon without a successor.");
        descriptions.put("DIV-ELEPHANT", "No organisation commits half or more of the effort.");
        return new ReportInput(input().toolVersion(), descriptions, input().problems());
    }

    /** An ordered map from alternating names and values. */
    static Map<String, Object> evidence(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
