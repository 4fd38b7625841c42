package eu.ospo.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A governance.yml grows with its community: the default limits must admit large ones. */
class LargeCommunityTest {

    private static String community(int organisations) {
        StringBuilder yaml = new StringBuilder("""
                governanceYmlVersion: "0.1"
                community:
                  name: Large community
                  uri: https://example.org/large
                  lastReviewed: 2026-01-01
                organisations:
                """);
        for (int i = 0; i < organisations; i++) {
            yaml.append("  - id: org-")
                    .append(i)
                    .append('\n')
                    .append("    name: Organisation ")
                    .append(i)
                    .append('\n')
                    .append("    uri: https://org-")
                    .append(i)
                    .append(".example\n")
                    .append(
                            "    country: NL\n    type: publicAuthority\n    roles: [member]\n    joined: 2024-01-01\n");
        }
        yaml.append("projects:\n");
        for (int i = 0; i < organisations; i++) {
            yaml.append("  - id: project-")
                    .append(i)
                    .append('\n')
                    .append("    name: Project ")
                    .append(i)
                    .append('\n')
                    .append("    repository: https://git.example/p")
                    .append(i)
                    .append('\n');
        }
        yaml.append("contacts:\n  - id: c1\n    name: Contact\n    affiliation: org-0\n    roles: [maintainer]\n");
        return yaml.toString();
    }

    @Test
    void aCommunityBeyondTheGenericNodeLimitLoadsWithTheGovernanceDefaults() {
        String yaml = community(12_000); // about 170,000 nodes: over YamlLimits.DEFAULT's 100,000
        GovernanceResult result = GovernanceParser.builder().build().parse(yaml);
        assertThat(result.problems()).isEmpty();
        assertThat(result.governance().orElseThrow().organisations()).hasSize(12_000);
    }

    @Test
    void theGenericLimitsStillApplyWhenChosen() {
        GovernanceResult result = GovernanceParser.builder()
                .limits(eu.ospo.yaml.YamlLimits.DEFAULT)
                .build()
                .parse(community(12_000));
        assertThat(result.problems()).extracting(p -> p.code()).containsExactly("yaml.limit");
    }
}
