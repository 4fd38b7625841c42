package eu.ospo.publiccode.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VocabulariesTest {

    @Test
    void lists106CategoriesInDocumentedOrder() {
        assertThat(Vocabularies.categories())
                .hasSize(106)
                .doesNotHaveDuplicates()
                .startsWith("accounting", "agile-project-management", "applicant-tracking")
                .contains("it-security", "whistleblowing", "other")
                .endsWith("workflow-management", "other");
    }

    @Test
    void lists24Scopes() {
        assertThat(Vocabularies.scopes())
                .hasSize(24)
                .doesNotHaveDuplicates()
                .startsWith("agriculture", "culture")
                .endsWith("transportation", "welfare")
                .contains("finance-and-economic-development", "local-authorities");
    }

    @Test
    void lists9Aliases() {
        assertThat(Vocabularies.aliases())
                .containsExactly("gdpr", "eidas", "nis2", "cra", "spid", "cie", "anpr", "pagopa", "io");
    }

    @Test
    void listsAreImmutable() {
        assertThatThrownBy(() -> Vocabularies.categories().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Vocabularies.scopes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Vocabularies.aliases().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
