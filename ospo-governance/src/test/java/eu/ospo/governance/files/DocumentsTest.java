package eu.ospo.governance.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SECURITY.md, codes of conduct and licence files: what is read from the text. */
class DocumentsTest {

    @TempDir
    Path repository;

    @Test
    void securityPolicyContactsHintsAndTimeFrames() throws IOException {
        Files.writeString(
                repository.resolve("SECURITY.md"),
                String.join(
                        "\n",
                        "# Security policy",
                        "",
                        "## Supported versions",
                        "",
                        "Only the latest release.",
                        "",
                        "## Reporting a vulnerability",
                        "",
                        "Mail security@utrecht.example or use https://git.example.org/permits/-/issues/new?confidential=true.",
                        "We acknowledge within 2 business days and disclose fixed vulnerabilities after 90 days.",
                        "```",
                        "# not a heading: example@code.example",
                        "```"));
        SecurityPolicy policy = RepositoryFiles.read(repository)
                .securityPolicy()
                .orElseThrow()
                .model()
                .orElseThrow();
        assertThat(policy.contacts())
                .extracting(Mention::line, Mention::column, Mention::value)
                .containsExactly(
                        tuple(9, 6, "security@utrecht.example"),
                        tuple(9, 38, "https://git.example.org/permits/-/issues/new?confidential=true"));
        assertThat(policy.disclosureHints()).isEqualTo(3);
        assertThat(policy.timeFrames()).extracting(Mention::value).containsExactly("2 business days", "90 days");
        assertThat(policy.supportedVersions()).isTrue();
        assertThat(policy.document().headings()).extracting(Heading::level).containsExactly(1, 2, 2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "This Code of Conduct is adapted from the Contributor Covenant, version 2.1 | Contributor Covenant 2.1",
                "See https://www.contributor-covenant.org/version/1/4/code-of-conduct.html | Contributor Covenant 1.4",
                "We follow the [CNCF Code of Conduct](https://github.com/cncf/foundation/blob/main/code-of-conduct.md) | CNCF Code of Conduct",
                "Based on the Citizen Code of Conduct. | Citizen Code of Conduct",
                "We are nice to each other. | ''",
            })
    void knownCodesOfConduct(String text, String expected) throws IOException {
        Files.writeString(
                repository.resolve("CODE_OF_CONDUCT.md"),
                "# Code of conduct\n\n" + text + "\n\nReport to conduct@example.org.\n");
        CodeOfConduct code = RepositoryFiles.read(repository)
                .codeOfConduct()
                .orElseThrow()
                .model()
                .orElseThrow();
        assertThat(code.code().map(Object::toString).orElse("")).isEqualTo(expected);
        assertThat(code.document().emails()).extracting(Mention::value).containsExactly("conduct@example.org");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "LICENSE     | EUROPEAN UNION PUBLIC LICENCE v. 1.2\\nEUPL (c) the European Union 2007, 2016                      | EUPL-1.2 | LICENSE_TEXT",
                "LICENSE.md  | # Apache License\\nVersion 2.0, January 2004                                                    | Apache-2.0 | LICENSE_TEXT",
                "COPYING     | GNU GENERAL PUBLIC LICENSE\\nVersion 3, 29 June 2007                                              | GPL-3.0 | LICENSE_TEXT",
                "COPYING     | GNU AFFERO GENERAL PUBLIC LICENSE\\nVersion 3, 19 November 2007                                   | AGPL-3.0 | LICENSE_TEXT",
                "LICENCE.txt | MIT License\\n\\nPermission is hereby granted, free of charge, to any person\\nThe above copyright notice and this permission notice shall be included in all copies | MIT | LICENSE_TEXT",
                "LICENSE     | Redistribution and use in source and binary forms, with or without\\n3. Neither the name of the copyright holder | BSD-3-Clause | LICENSE_TEXT",
                "LICENSE     | SPDX-License-Identifier: MPL-2.0 OR LicenseRef-Permits                                            | MPL-2.0 | SPDX_IDENTIFIER",
                "LICENSE     | All rights reserved.                                                                             | '' | ''",
            })
    void licenceFiles(String name, String text, String id, String source) throws IOException {
        Files.writeString(repository.resolve(name), text.replace("\\n", "\n"));
        RepositoryFile<LicenseFile> file =
                RepositoryFiles.read(repository).licenses().get(0);
        assertThat(file.path()).isEqualTo(name);
        Optional<DetectedLicense> first =
                file.model().orElseThrow().licenses().stream().findFirst();
        assertThat(first.map(DetectedLicense::id).orElse("")).isEqualTo(id);
        assertThat(first.map(d -> d.source().name()).orElse("")).isEqualTo(source);
        if (id.isEmpty()) {
            assertThat(file.problems()).extracting(p -> p.code()).containsExactly("license.unrecognised");
        }
    }

    @Test
    void reuseLicensesFolder() throws IOException {
        Files.createDirectories(repository.resolve("LICENSES"));
        Files.writeString(repository.resolve("LICENSES/EUPL-1.2.txt"), "...");
        Files.writeString(repository.resolve("LICENSES/CC0-1.0.txt"), "...");
        Files.writeString(repository.resolve("LICENSES/notes.txt"), "...");
        RepositoryFile<LicenseFile> folder =
                RepositoryFiles.read(repository).licenses().get(0);
        assertThat(folder.path()).isEqualTo("LICENSES/");
        assertThat(folder.model().orElseThrow().licenses())
                .extracting(DetectedLicense::id)
                .containsExactlyInAnyOrder("EUPL-1.2", "CC0-1.0");
        assertThat(folder.warnings()).extracting(p -> p.code()).containsExactly("license.reuse-unknown-id");
    }
}
