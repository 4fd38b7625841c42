package eu.ospo.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaintainerAgreementTest {

    private static final LocalDate START = LocalDate.parse("2025-04-01");
    private static final LocalDate END = LocalDate.parse("2026-03-31");

    @Test
    void isActiveFromStartToEndInclusiveWhenSigned() {
        MaintainerAgreement roma = Example.romaAgreement();
        assertThat(roma.isActiveOn(START.minusDays(1))).isFalse();
        assertThat(roma.isActiveOn(START)).isTrue();
        assertThat(roma.isActiveOn(END)).isTrue();
        assertThat(roma.isActiveOn(END.plusDays(1))).isFalse();
    }

    @Test
    void onlySignedAgreementsAreActive() {
        assertThat(withStatus(AgreementStatus.DRAFT, Optional.of(END)).isActiveOn(START))
                .isFalse();
        assertThat(withStatus(AgreementStatus.TERMINATED, Optional.of(END)).isActiveOn(START))
                .isFalse();
    }

    @Test
    void openEndedAgreementsStayActive() {
        MaintainerAgreement open = withStatus(AgreementStatus.SIGNED, Optional.empty());
        assertThat(open.isActiveOn(LocalDate.parse("2099-12-31"))).isTrue();
        assertThat(open.isActiveOn(START.minusDays(1))).isFalse();
        assertThat(open.noticeDeadline()).isEmpty();
    }

    @Test
    void noticeDeadlineIsEndMinusNotice() {
        assertThat(Example.romaAgreement().noticeDeadline()).contains(LocalDate.parse("2026-01-30"));
        assertThat(Example.utrechtAgreement().noticeDeadline()).contains(LocalDate.parse("2026-10-02"));
    }

    @Test
    void committedHoursDefaultToZero() {
        FteBasis basis = FteBasis.ofHoursPerYear(1600);
        assertThat(Example.romaAgreement().committedHoursPerYear(basis)).isEqualByComparingTo("480");
        MaintainerAgreement none = new MaintainerAgreement(
                "h",
                AgreementKind.HOSTING,
                "p1",
                "o1",
                Optional.empty(),
                "community",
                Optional.empty(),
                START,
                Optional.of(END),
                Renewal.NONE,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                List.of(),
                AgreementStatus.SIGNED,
                Optional.empty());
        assertThat(none.committedHoursPerYear(basis)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(Example.utrechtAgreement().covers(Responsibility.SECURITY_RESPONSE))
                .isTrue();
        assertThat(Example.romaAgreement().covers(Responsibility.SECURITY_RESPONSE))
                .isFalse();
    }

    static MaintainerAgreement withStatus(AgreementStatus status, Optional<LocalDate> end) {
        MaintainerAgreement a = Example.romaAgreement();
        return a.withEnd(end).withRenewal(Renewal.AUTOMATIC).withStatus(status);
    }
}
