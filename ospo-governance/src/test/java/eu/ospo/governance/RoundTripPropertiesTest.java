package eu.ospo.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import eu.ospo.model.Commitment;
import eu.ospo.model.CommitmentUnit;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.Governance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * parse(write(model)) equals model for generated text and numbers in the worked example (a small
 * local generator; the generators of whole communities live in ospo-testkit).
 */
class RoundTripPropertiesTest {

    /** Pieces that mean something to YAML somewhere, and ordinary text. */
    private static final List<String> PIECES = List.of(
            "a", "Z", "7", "0", " ", "  ", ".", "-", "_", "/", ":", ": ", " #", "#", "- ", "? ", ",", "[", "]", "{",
            "}", "&", "*", "!", "|", ">", "%", "@", "`", "'", "\"", "\\", "\n", "\t", "\r", "yes", "null", "true", "~",
            "0x1", "1e3", ".5", "---", "...", "é", "ß", "漢", "🙂", "\u0085", "\u2028", "\uFEFF", "\u0000", "\u007F",
            "\u00A0", "\u200B", "\uFFFD");

    private static final Gen<String> TEXTS = lists().of(arbitrary().pick(PIECES))
            .ofSizeBetween(1, 8)
            .map(pieces -> String.join("", pieces))
            .map(text -> text.isBlank() ? "x" + text : text);

    /** Positive decimals within the parser's 15-digit bounds, with any scale from -3 to 12. */
    private static final Gen<BigDecimal> DECIMALS = longs().between(1, 999_999_999_999L)
            .zip(integers().between(-3, 12), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale))
            .assuming(d -> d.precision() - d.scale() <= 15);

    @Test
    void anyTextSurvivesWritingAndReading() {
        Governance example = WriterTest.workedExample();

        qt().withExamples(500).forAll(TEXTS).checkAssert(text -> {
            Governance model = WriterTest.withTexts(example, text);

            assertThat(WriterTest.roundTrip(model)).isEqualTo(model);
        });
    }

    @Test
    void decimalsSurviveWithTheirScale() {
        Governance example = WriterTest.workedExample();

        qt().withExamples(300)
                .forAll(DECIMALS, DECIMALS, integers().between(0, 100))
                .checkAssert((amount, hours, percent) -> {
                    Governance model = withNumbers(example, amount, hours, BigDecimal.valueOf(percent, 0));

                    Governance back = WriterTest.roundTrip(model);

                    assertThat(back).isEqualTo(model);
                    assertThat(back.agreements()
                                    .get(0)
                                    .commitment()
                                    .orElseThrow()
                                    .amount()
                                    .scale())
                            .isEqualTo(amount.scale());
                });
    }

    private static Governance withNumbers(Governance g, BigDecimal amount, BigDecimal hours, BigDecimal percent) {
        var first = g.agreements()
                .get(0)
                .withCommitment(Optional.of(new Commitment(amount, CommitmentUnit.FTE, Optional.empty())));
        CommunityTimePolicy policy = g.communityTime().orElseThrow();
        CommunityTimeReport report = policy.reports().get(0);
        CommunityTimeReport changed = new CommunityTimeReport(
                report.organisation(), report.period(), hours, hours, report.coders(), report.coder(), report.team());
        CommunityTimePolicy newPolicy = new CommunityTimePolicy(
                percent, policy.scope(), policy.period(), policy.appliesToRoles(), List.of(changed));
        Governance withAgreement =
                g.withAgreements(List.of(first, g.agreements().get(1)));
        return withAgreement.withCommunityTime(Optional.of(newPolicy));
    }
}
