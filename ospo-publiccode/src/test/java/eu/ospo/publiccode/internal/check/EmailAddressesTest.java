package eu.ospo.publiccode.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "francesco.rossi@example.org",
                "a@b.co",
                "x@a.b",
                "first.last+tag@sub.example.com",
                "user!#$%&'*+-/=?^_`{|}~@example.org",
                "x@1.example.org",
                "x@example.c0m",
                "x@a-b.c-d.org",
                "x@a~b.org",
                "X@EXAMPLE.ORG",
                "x@example.co.uk",
                "x@xn--mnchen-3ya.de",
                "j\u00f6ran@ex\u00e4mple.se",
                "\"john doe\"@example.org",
                "\"a\\\"b\"@example.org",
                "\"a@b\"@example.org",
                "\"tab\there\"@example.org"
            })
    void acceptsBareAddresses(String text) {
        assertThat(EmailAddresses.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not_an_email",
                "",
                "@",
                "@example.org",
                "x@",
                "x@example",
                "x@localhost",
                "Francesco Rossi <f@example.org>",
                "<f@example.org>",
                "f@example.org (comment)",
                " f@example.org",
                "f@example.org ",
                "f@example.org\n",
                "f@example.org.",
                ".f@example.org",
                "f.@example.org",
                "f..g@example.org",
                "f@example..org",
                "f@.example.org",
                "f@-example.org",
                "f@example.org-",
                "f@example.com1",
                "x@1.2.3.4",
                "f@[192.0.2.1]",
                "f@exa_mple.org",
                "f@exa mple.org",
                "f g@example.org",
                "f@g@example.org",
                "\"\"@example.org",
                "\"a\"b\"@example.org",
                "\"unterminated@example.org",
                "\"a\nb\"@example.org",
                "\uD83D\uDE00@example.org",
                "f@example.\uD83D\uDE00",
                "f,g@example.org",
                "f(g)@example.org"
            })
    void rejectsEverythingElse(String text) {
        assertThat(EmailAddresses.isValid(text)).isFalse();
    }
}
