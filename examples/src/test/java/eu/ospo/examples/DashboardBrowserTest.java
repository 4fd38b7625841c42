package eu.ospo.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.report.HtmlDashboard;
import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.governance.rules.RuleContext;
import eu.ospo.model.Governance;
import eu.ospo.testkit.Communities;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the dashboard in a real headless Chromium: the DOM the browser builds ({@code --dump-dom})
 * holds the charts and findings, hostile text injects nothing, a 200-organisation community still
 * renders, and screenshots are saved under {@code target/dashboard/} for people to look at (the
 * README's picture is the example community's). Skips, saying so, only where no browser is
 * installed.
 */
class DashboardBrowserTest {

    private static final Path OUT = Path.of("target", "dashboard");
    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    private static HeadlessChromium chromium;

    @BeforeAll
    static void findBrowser() {
        Optional<HeadlessChromium> found = HeadlessChromium.find(OUT);
        Assumptions.assumeTrue(
                found.isPresent(),
                "no Chromium found (looked at $OSPO_CHROMIUM, /usr/bin/chromium and chromium, chromium-browser,"
                        + " google-chrome on PATH): install Debian's chromium (apt-get install chromium) to run the"
                        + " browser test of the dashboard");
        chromium = found.orElseThrow();
    }

    @Test
    void theExampleCommunitysDashboardShowsItsChartsAndFindings() throws IOException {
        Path page = OUT.resolve("shared-permits.html");
        Files.createDirectories(OUT);
        try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            RenderDashboard.render(Path.of("repositories", "shared-permits"), DATE, out);
        }
        Document dom = Jsoup.parse(chromium.dumpDom(page));

        assertThat(dom.title()).isEqualTo("Shared Permits community · governance dashboard");
        // agreements over time: the four agreements, the evaluation date, collina's expiring agreement
        assertThat(dom.select("#agreements svg.timeline")).hasSize(1);
        assertThat(dom.select("#agreements g.agreement").eachAttr("data-agreement"))
                .containsExactlyInAnyOrder("mnt-esempio-2025", "mnt-collina-2025", "mnt-valle-2026", "hst-valle-2026");
        assertThat(dom.select("#agreements g.expiring title").text()).contains("mnt-collina-2025");
        assertThat(dom.select("#agreements svg.timeline text").eachText()).contains("2026-12-01");
        // effort shares: three organisations, elephant factor 2
        Element effort = dom.selectFirst("#effort tr[data-project=shared-permits]");
        assertThat(effort.select("svg.organisations g.share").eachAttr("data-id"))
                .containsExactly("esempio", "collina", "valle");
        assertThat(effort.select(".factor").first().ownText()).isEqualTo("2");
        assertThat(effort.select("svg.maintainers g.share")).hasSize(4);
        // community time per organisation and per team: valle's IT team fell short in 2026-Q3
        assertThat(dom.select("#community-time table[data-level=perTeam] td:eq(0)")
                        .eachText())
                .anySatisfy(name -> assertThat(name).contains("valle-ict"));
        assertThat(dom.select("#community-time g.period.below title").eachText())
                .containsExactlyInAnyOrder(
                        "Unione dei Comuni della Valle Esempio, 2026-Q3: 20 of 390 contract hours (5.1 %); required 10 %",
                        "valle-ict (Unione dei Comuni della Valle Esempio), 2026-Q3: 20 of 390 contract hours (5.1 %);"
                                + " required 10 %");
        assertThat(dom.select("#community-time g.period.met")).hasSizeGreaterThan(20);
        // team tenure: every team, each coder's bar, the median against TEAM-TENURE's 12 months, and the
        // permit desk of Collina that lost its only coder in June
        assertThat(dom.select("#tenure tr.team").eachAttr("data-team"))
                .containsExactly("esempio-permits", "collina-suap", "valle-ict", "vendor-permits");
        Element desk = dom.selectFirst("#tenure tr.team[data-team=esempio-permits]");
        assertThat(desk.select("g.coder").eachAttr("data-contact")).containsExactly("mrusso", "fgalli");
        assertThat(desk.select("g.coder title").first().text())
                .isEqualTo("Matteo Russo: coder of Sportello unico edilizia for 55.0 months (1675 days) on 2026-12-01");
        assertThat(desk.select("td.num").text()).isEqualTo("47.0 months meets 12 months");
        Element lost = dom.selectFirst("#tenure tr.team[data-team=collina-suap]");
        assertThat(lost.hasClass("no-coder")).isTrue();
        assertThat(lost.select("p.lost").text())
                .startsWith("No coder on 2026-12-01: its only coder, Sara Pellegrini, left on 2026-06-30");
        assertThat(dom.select("nav a").eachAttr("href")).contains("#tenure");
        // the findings, grouped by rule, the failing one open with its location
        Element expiring = dom.selectFirst("#findings details.rule[data-rule=AGR-EXPIRING]");
        assertThat(expiring.hasAttr("open")).isTrue();
        assertThat(expiring.select("li.finding.fail .where code").text()).contains("governance.yml:92:5");
        assertThat(dom.select("#findings details.rule")).hasSizeGreaterThan(20);

        // the README's picture (docs/dashboard.png): down to the team tenure section
        Path png = OUT.resolve("shared-permits.png");
        chromium.screenshot(page, png, 1400, 2900);
        assertDrawn(png, 1400, 2900);
        chromium.screenshot(page, OUT.resolve("shared-permits-full.png"), 1400, 4200);
    }

    @Test
    void hostileTextInGovernanceYmlInjectsNothing() throws IOException {
        GovernanceResult result = GovernanceParser.builder()
                .build()
                .parse(Path.of("src", "test", "resources", "dashboard", "hostile-governance.yml"));
        Governance governance = result.governance().orElseThrow(() -> new AssertionError(result.problems()));
        Path page = write("hostile.html", governance, result);
        Document dom = Jsoup.parse(chromium.dumpDom(page));

        List<String> injected = new ArrayList<>();
        for (Element element : dom.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().startsWith("on")) {
                    injected.add(element.normalName() + "[" + attribute.getKey() + "]");
                }
            }
        }
        assertThat(injected).isEmpty();
        assertThat(dom.select("script, img, iframe, object, embed")).isEmpty();
        // exactly the page's own svg charts (each with a role), none opened by a value
        assertThat(dom.select("svg:not([role=img])")).isEmpty();
        assertThat(dom.title()).startsWith("<img src=x onerror=alert(1)> \\x1b[31mred");
        assertThat(dom.select("#agreements h3").text()).contains("\"><script>alert(1)</script>");
        assertThat(dom.text()).contains("invoice\\u202egpj.exe").doesNotContain("\u202E", "\u001b");
        chromium.screenshot(page, OUT.resolve("hostile.png"), 1400, 1400);
    }

    @Test
    void aTwoHundredOrganisationCommunityStaysUsable() throws IOException {
        List<Governance> generated = new ArrayList<>();
        qt().withFixedSeed(20261201L)
                .withExamples(8) // the first examples are the generator's edge cases
                .forAll(Communities.builder()
                        .organisations(200, 200)
                        .projectsPerOrganisation(0, 1)
                        .contactsPerOrganisation(1, 3)
                        .agreementsPerOrganisation(1, 4)
                        .between(LocalDate.of(2022, 1, 1), LocalDate.of(2029, 12, 31))
                        .build())
                .checkAssert(generated::add);
        Governance governance = generated.get(generated.size() - 1);
        Path page = write("community-200.html", governance, null);
        long bytes = Files.size(page);
        Document dom = Jsoup.parse(chromium.dumpDom(page));

        assertThat(dom.select("#agreements g.agreement"))
                .hasSize(governance.agreements().size());
        assertThat(dom.select("#effort tbody tr")).hasSize(governance.projects().size());
        assertThat(dom.select("#findings details.rule")).isNotEmpty();
        assertThat(bytes).as("page size in bytes").isLessThan(12L * 1024 * 1024);
        Files.writeString(
                OUT.resolve("community-200.txt"),
                "organisations=" + governance.organisations().size() + " projects="
                        + governance.projects().size() + " agreements="
                        + governance.agreements().size() + " bytes=" + bytes + "\n");
        chromium.screenshot(page, OUT.resolve("community-200.png"), 1400, 2400);
    }

    private static Path write(String name, Governance governance, GovernanceResult result) throws IOException {
        GovernanceRules rules = GovernanceRules.defaults();
        Evaluation evaluation = result == null
                ? rules.evaluate(RuleContext.of(governance, Optional.empty(), DATE))
                : rules.evaluate(new RuleContext(
                        governance,
                        Optional.empty(),
                        DATE,
                        result.sourceMap().named("governance.yml"),
                        result.sourceMap()));
        Path page = OUT.resolve(name);
        Files.createDirectories(OUT);
        try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            HtmlDashboard.builder()
                    .governance(governance)
                    .rules(rules)
                    .build()
                    .write(evaluation, ReportInput.of("test").withRules(rules.rules()), out);
        }
        return page;
    }

    /** The screenshot has the window's size and is not blank: a drawn page has many colours. */
    private static void assertDrawn(Path png, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < height; y += 7) {
            for (int x = 0; x < width; x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).hasSizeGreaterThan(20);
    }
}
