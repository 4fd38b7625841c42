package eu.ospo.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** publiccode.yml texts written for these tests. */
final class Fixtures {

    /** A minimal valid file. Line numbers matter: {@code developmentStatus} is on line 6. */
    static final String VALID = """
            publiccodeYmlVersion: "0"
            name: Test Permits
            url: https://git.example.org/test/permits
            platforms:
              - web
            developmentStatus: stable
            softwareType: standalone/web
            description:
              en:
                shortDescription: A small application written for the ospo command-line tests.
                longDescription: >-
                  This application exists only to exercise the ospo command line. It has a
                  long description of more than one hundred and fifty characters, as the
                  standard requires, and nothing else of interest.
                features:
                  - Being validated
            legal:
              license: EUPL-1.2
            maintenance:
              type: none
            localisation:
              localisationReady: false
              availableLanguages:
                - en
            """;

    /** The line of {@code developmentStatus} in {@link #VALID}. */
    static final int DEVELOPMENT_STATUS_LINE = 6;

    /** Valid but with one deprecated key ({@code legal.repoOwner}), so one warning. */
    static final String WITH_WARNING =
            VALID.replace("  license: EUPL-1.2\n", "  license: EUPL-1.2\n  repoOwner: Test Municipality\n");

    /** One error: a {@code developmentStatus} outside the enumeration. */
    static final String INVALID = VALID.replace("developmentStatus: stable", "developmentStatus: finished");

    /** An error and a warning. */
    static final String INVALID_WITH_WARNING =
            WITH_WARNING.replace("developmentStatus: stable", "developmentStatus: finished");

    /** Valid, with a relative logo {@code logo.svg}. */
    static final String WITH_LOGO = VALID.replace("platforms:\n", "logo: logo.svg\nplatforms:\n");

    static final String SVG =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"><rect width=\"8\" height=\"8\"/></svg>\n";

    private Fixtures() {}

    static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
