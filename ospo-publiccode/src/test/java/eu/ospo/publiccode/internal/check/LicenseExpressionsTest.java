package eu.ospo.publiccode.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LicenseExpressionsTest {

    private final LicenseExpressions spdx = LicenseExpressions.instance();

    @Test
    void knowsTheDocumentedLicencesAndExceptions() {
        assertThat(spdx.licenceCount()).isEqualTo(729);
        assertThat(TsvColumn.read("spdx-exceptions.tsv", 0)).hasSize(85).contains("Nokia-Qt-exception-1.1");
        // 85 exceptions in the file, minus the deprecated Nokia-Qt-exception-1.1
        assertThat(spdx.exceptionCount()).isEqualTo(84);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "MIT",
                "MIT OR Apache-2.0",
                "MIT WITH Bison-exception-2.2",
                "AGPL-3.0-or-later",
                "GPL-2.0+",
                "(MIT AND BSD-3-Clause) OR Apache-2.0",
                "LicenseRef-my-licence",
                "mit",
                "apache-2.0 OR mit",
                "GPL-2.0", // deprecated ids are accepted
                "eCos-2.0",
                "GPL-2.0-only WITH Classpath-exception-2.0",
                "GPL-3.0-or-later WITH gcc-exception-3.1",
                "MIT+",
                "Apache-2.0-only", // go-spdx strips -only from active ids
                "MIT-or-later",
                "MIT and Apache-2.0",
                "MIT or Apache-2.0",
                "MIT with Bison-exception-2.2",
                "MIT OR Apache-2.0 AND BSD-3-Clause",
                "((MIT))",
                "(MIT)AND(Apache-2.0)",
                "  MIT   OR  Apache-2.0  ",
                "LicenseRef-x.1-y",
                "LicenseRef-x WITH Bison-exception-2.2",
                "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2",
                "MIT OR DocumentRef-a:LicenseRef-b",
                "EUPL-1.2 OR LGPL-2.1-or-later OR (GPL-3.0-only AND LicenseRef-extra)"
            })
    void acceptsValidExpressions(String expression) {
        assertThat(spdx.isValid(expression)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "Invalid License",
                "MIT OR",
                "OR MIT",
                "AND",
                "(MIT",
                "MIT)",
                "()",
                "MIT WITH MIT",
                "MIT WITH",
                "MIT WITH Nokia-Qt-exception-1.1", // the deprecated exception, rejected as in go-spdx
                "MIT WITH No-Such-exception",
                "Bison-exception-2.2",
                "MIT Apache-2.0",
                "MIT AND AND Apache-2.0",
                "MIT And Apache-2.0",
                "MIT oR Apache-2.0",
                "MIT ANDApache-2.0",
                "MIT +",
                "MIT++",
                "LicenseRef-",
                "LicenseRef-x+",
                "licenseref-x",
                "LicenseRef-a_b",
                "DocumentRef-a",
                "DocumentRef-a:",
                "DocumentRef-:LicenseRef-b",
                "DocumentRef-a :LicenseRef-b",
                "DocumentRef-a:MIT",
                "MIT\tOR Apache-2.0",
                "MIT\n",
                "MIT, Apache-2.0",
                "MIT/Apache-2.0",
                "GPL",
                "No-Such-License-1.0-only",
                "eCos-2.0-only", // -only is only stripped from active ids
                "MIT WITH Bison-exception-2.2 WITH Bison-exception-2.2",
                "(MIT) WITH Bison-exception-2.2",
                "MIT OR (Apache-2.0 AND)"
            })
    void rejectsInvalidExpressions(String expression) {
        assertThat(spdx.isValid(expression)).isFalse();
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        int depth = LicenseExpressionParser.MAX_DEPTH;
        assertThat(spdx.isValid("(".repeat(depth) + "MIT" + ")".repeat(depth))).isTrue();
        assertThat(spdx.isValid("(".repeat(depth + 1) + "MIT" + ")".repeat(depth + 1)))
                .isFalse();
    }

    @Test
    void survivesHostileInput() {
        assertThat(spdx.isValid("(".repeat(200_000))).isFalse();
        assertThat(spdx.isValid("(".repeat(2000) + "MIT" + ")".repeat(2000))).isFalse();
        String longButFlat = "MIT" + " OR MIT".repeat(584); // 4091 characters
        assertThat(longButFlat.length()).isLessThanOrEqualTo(LicenseExpressions.MAX_LENGTH);
        assertThat(spdx.isValid(longButFlat)).isTrue();
        assertThat(spdx.isValid(longButFlat + " OR MIT")).isFalse(); // over the length limit
    }
}
