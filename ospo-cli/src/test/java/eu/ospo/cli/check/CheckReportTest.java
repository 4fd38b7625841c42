package eu.ospo.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check report, on sections made by hand (no parser involved). */
class CheckReportTest {

    private static String render(List<Section> sections) {
        StringWriter text = new StringWriter();
        CheckReport.print("repo", sections, new PrintWriter(text, true));
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void errorsComeBeforeWarningsWhateverTheOrderFound() {
        Problem warning = Problem.of("field.deprecated", Severity.WARNING, "legal.repoOwner", 3, 3, "deprecated");
        Problem error = Problem.of("field.required", Severity.ERROR, "name", 0, 0, "name is required");
        Problem second = Problem.of("value.url", Severity.ERROR, "url", 4, 6, "not a URL");

        String text =
                render(List.of(new Section("publiccode.yml", "repo/publiccode.yml", List.of(warning, error, second))));

        assertThat(text).isEqualTo("""
                ospo check: repo

                publiccode.yml
                  file:    repo/publiccode.yml
                  verdict: invalid (2 errors, 1 warning)
                  errors:
                    -:-  name: name is required [field.required]
                    4:6  url: not a URL [value.url]
                  warnings:
                    3:3  legal.repoOwner: deprecated [field.deprecated]

                result: invalid (2 errors, 1 warning)
                """);
    }

    @Test
    void theResultCombinesEverySection() {
        Problem warning = Problem.of("field.deprecated", Severity.WARNING, "legal.repoOwner", 3, 3, "deprecated");
        Problem error = Problem.of("x.y", Severity.ERROR, "", 1, 1, "broken");

        String text = render(List.of(
                new Section("publiccode.yml", "repo/publiccode.yml", List.of(warning)),
                new Section("other", "repo/other.yml", List.of(error))));

        assertThat(text)
                .contains("  verdict: valid (1 warning)\n")
                .contains(
                        "other\n  file:    repo/other.yml\n  verdict: invalid (1 error)\n  errors:\n    1:1  broken [x.y]\n")
                .endsWith("\nresult: invalid (1 error, 1 warning)\n");
    }

    @Test
    void aCleanSectionHasNoProblemGroups() {
        String text = render(List.of(new Section("publiccode.yml", "repo/publiccode.yml", List.of())));

        assertThat(text).doesNotContain("errors:").doesNotContain("warnings:").endsWith("result: valid\n");
    }

    @Test
    void notesFollowTheVerdictAndInformationComesAfterWarnings() {
        Problem info = Problem.of("DIV-ORG-COUNT", Severity.INFO, "projects[0]", 30, 5, "2 organisations");
        Problem warning = Problem.of("AGR-EXPIRING", Severity.WARNING, "agreements[1].end", 86, 5, "ends soon");

        String text = render(List.of(new Section(
                "governance.yml", "repo/governance.yml", List.of("rules:   evaluated"), List.of(info, warning))));

        assertThat(text).contains("""
                        governance.yml
                          file:    repo/governance.yml
                          verdict: valid (1 warning)
                          rules:   evaluated
                          warnings:
                            86:5  agreements[1].end: ends soon [AGR-EXPIRING]
                          info:
                            30:5  projects[0]: 2 organisations [DIV-ORG-COUNT]
                        """);
    }
}
