package eu.ospo.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.governance.rules.RuleContext;
import eu.ospo.governance.rules.Ruleset;
import eu.ospo.governance.rules.Status;
import eu.ospo.model.Governance;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The HTML dashboard, parsed the way a browser parses it (jsoup implements the HTML5 parsing
 * algorithm): its sections and charts are there, they show what the model and the rules say, and
 * hostile text from governance.yml stays text.
 */
class HtmlDashboardTest {

    /** Every element the page is made of; anything else was injected. */
    private static final Set<String> ELEMENTS = Set.of(
            "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "span", "div", "nav", "a",
            "main", "section", "p", "footer", "details", "summary", "table", "thead", "tbody", "tr", "th", "td", "ul",
            "li", "code", "br", "b", "small", "svg", "defs", "pattern", "rect", "line", "text", "g", "polygon",
            "circle");

    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    private static Governance parse(String yaml) {
        GovernanceResult result = GovernanceParser.builder().build().parse(yaml);
        return result.governance()
                .orElseThrow(() -> new AssertionError(result.problems().toString()));
    }

    /** Renders a page and keeps a copy under target/dashboard/ for people to open. */
    private static String render(String name, String yaml, LocalDate date) throws IOException {
        String html = render(yaml, date);
        Path copy = Path.of("target", "dashboard", name + ".html");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, html, StandardCharsets.UTF_8);
        return html;
    }

    private static String render(String yaml, LocalDate date) throws IOException {
        GovernanceResult result = GovernanceParser.builder().build().parse(yaml);
        Governance governance = result.governance().orElseThrow(() -> new AssertionError(result.problems()));
        GovernanceRules rules = GovernanceRules.defaults();
        Evaluation evaluation = rules.evaluate(new RuleContext(
                governance, Optional.empty(), date, result.sourceMap().named("governance.yml"), result.sourceMap()));
        ReportInput input =
                ReportInput.of("9.9.9").withRules(rules.rules()).withProblems("governance.yml", result.problems());
        StringWriter out = new StringWriter();
        HtmlDashboard.builder().governance(governance).rules(rules).build().write(evaluation, input, out);
        return out.toString();
    }

    private static String workedExample() throws IOException {
        return Files.readString(Path.of("src/test/resources/governance/worked-example.yml"), StandardCharsets.UTF_8);
    }

    @Test
    void theWorkedExampleHasEverySectionAndChart() throws IOException {
        Document page = Jsoup.parse(render("worked-example-2025-05-01", workedExample(), LocalDate.of(2025, 5, 1)));
        assertThat(page.title()).isEqualTo("Gemeenschap Meldingen · governance dashboard");
        assertThat(page.select("nav a").eachAttr("href"))
                .containsExactly("#agreements", "#effort", "#community-time", "#findings");
        // one timeline per project, one bar per agreement, the coverage row
        assertThat(page.select("#agreements svg.timeline")).hasSize(1);
        assertThat(page.select("#agreements g.agreement").eachAttr("data-agreement"))
                .containsExactly("mnt-utrecht-2025", "mnt-roma-2025");
        assertThat(page.select("#agreements g.cover")).hasSize(1);
        // effort: utrecht 1280 h/yr (72.7 %), roma 480 h/yr; elephant factor 1 (below 2)
        Element effort = page.selectFirst("#effort tr[data-project=meldingen]");
        assertThat(effort.select("svg.organisations g.share").eachAttr("data-id"))
                .containsExactly("utrecht", "roma");
        assertThat(effort.select("svg.organisations g.share title").first().text())
                .isEqualTo("Gemeente Utrecht: 1280 h/yr, 72.7 % of the hours of Meldingen");
        assertThat(effort.select(".factor").first().ownText()).isEqualTo("1");
        assertThat(effort.select(".factor").first().hasClass("low")).isTrue();
        assertThat(effort.select("svg.maintainers g.share").eachAttr("data-id")).containsExactly("jvdberg", "mrossi");
        // community time: utrecht reported 430 of 4160 hours in 2025-Q1 = 10.3 %, meets 10 %
        Element time = page.selectFirst("#community-time table[data-level=perOrganisation]");
        assertThat(time.select("g.period").eachAttr("class")).containsExactly("period met");
        assertThat(time.select("g.period title").text()).contains("2025-Q1: 430 of 4160 contract hours (10.3 %)");
        // findings: one group per rule, the exempted elephant factor among those open
        assertThat(page.select("#findings details.rule")).hasSizeGreaterThan(20);
        Element elephant = page.selectFirst("details.rule[data-rule=DIV-ELEPHANT]");
        assertThat(elephant.hasAttr("open")).isTrue();
        assertThat(elephant.select("li.finding.exempted").text()).contains("Community founded in 2025");
    }

    @Test
    void findingsComeGroupedByRuleWithTheFailingRulesFirstAndTheirLocations() throws IOException {
        Document page = Jsoup.parse(render(workedExample(), LocalDate.of(2026, 12, 1)));
        List<String> rules = page.select("#findings details.rule").eachAttr("data-rule");
        List<String> open = page.select("#findings details.rule[open]").eachAttr("data-rule");
        assertThat(rules.subList(0, open.size())).isEqualTo(open);
        Element first = page.selectFirst("#findings details.rule");
        assertThat(first.select("li.finding.fail")).isNotEmpty();
        assertThat(first.select("li.finding.fail .where code").first().text()).matches("governance\\.yml:\\d+:\\d+ .+");
        assertThat(rules).doesNotHaveDuplicates();
    }

    @Test
    void anAgreementEndingWithoutSuccessorIsTaggedAndGapsAreHatched() throws IOException {
        // on 2026-12-01 utrecht's agreement (ends 2026-12-31, notice 90 days) is expiring; roma's ended in March,
        // and nothing covers 2027: the coverage row shows the gap from 2027-01-01 on
        Document page = Jsoup.parse(render("worked-example-2026-12-01", workedExample(), DATE));
        assertThat(page.select("#agreements g.expiring")).hasSize(1);
        assertThat(page.select("#agreements g.expiring title").text()).contains("mnt-utrecht-2025");
        assertThat(page.select("#agreements g.gap title").eachText())
                .anyMatch(t -> t.startsWith("no maintenance agreement covers 2027-01-01 to 2027-05-30"));
        assertThat(page.selectFirst("#agreements h3 .meta").text()).contains("150 days uncovered in the next 180 days");
    }

    @Test
    void theLinesAreTheRulesetsParameters() throws IOException {
        Governance governance = parse(workedExample());
        Ruleset strict = Ruleset.defaults()
                .withParameter("AGR-COVERAGE-GAP", "horizonDays", "365")
                .withParameter("DIV-ELEPHANT", "k", "3");
        GovernanceRules rules = GovernanceRules.builder().ruleset(strict).build();
        Evaluation evaluation = rules.evaluate(RuleContext.of(governance, Optional.empty(), LocalDate.of(2025, 5, 1)));
        StringWriter out = new StringWriter();
        HtmlDashboard.builder().governance(governance).rules(rules).build().write(evaluation, ReportInput.of("1"), out);
        Document page = Jsoup.parse(out.toString());
        assertThat(page.select("#agreements svg text").eachText()).contains("+365 d");
        assertThat(page.selectFirst("#effort .factor small").text()).isEqualTo("≥ 3");
    }

    @Test
    void hostileTextFromGovernanceYmlStaysText() throws IOException {
        String html = render("hostile", HostileCommunity.yaml(), DATE);
        Document page = Jsoup.parse(html);
        List<String> injected = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            if (!ELEMENTS.contains(element.normalName())
                    && !element.normalName().equals("#root")) {
                injected.add(element.normalName());
            }
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().toLowerCase().startsWith("on")) {
                    injected.add(element.normalName() + "[" + attribute.getKey() + "]");
                }
            }
        }
        assertThat(injected).isEmpty();
        assertThat(page.select("script, img, iframe, object, embed")).isEmpty();
        assertThat(page.select("head > *").eachAttr("charset")).containsExactly("utf-8");
        // the values are shown, as text: in the title, headings, labels, tooltips and findings
        assertThat(page.title()).startsWith(HostileCommunity.IMG);
        assertThat(page.selectFirst("h1").ownText()).startsWith(HostileCommunity.IMG);
        assertThat(page.select("#agreements h3").text()).contains(HostileCommunity.SCRIPT);
        assertThat(page.select("#effort svg.organisations title").text()).contains(HostileCommunity.RAW_TEXT);
        assertThat(page.select("#community-time td").eachText()).anyMatch(t -> t.startsWith(HostileCommunity.IMG));
        // controls and the bidi override are shown, never passed on; CR/LF become spaces
        assertThat(html).doesNotContain("\u001b", "\u0007", "\u202E", "\r", "\n::error");
        assertThat(page.text()).contains("\\x1b[31mred\\x1b[0m", "invoice\\u202egpj.exe", "ok ::error file=README.md");
    }

    /** A 0.2 community with teams: long-standing coders, a newcomer, and a permit desk that lost its only coder. */
    private static String teams(String deskName, String coderName, String description) {
        return """
                governanceYmlVersion: "0.2"
                community:
                  name: Teams
                  uri: https://example.org/teams
                  lastReviewed: 2026-06-01
                organisations:
                  - { id: alpha, name: Alpha, uri: https://alpha.example, country: NL, type: publicAuthority,
                      roles: [member, maintainer], joined: 2020-01-01 }
                  - { id: beta, name: Beta, uri: https://beta.example, country: NL, type: publicAuthority,
                      roles: [member, maintainer], joined: 2020-01-01 }
                projects:
                  - { id: app, name: App, repository: https://git.example/app, maintenanceType: internal }
                contacts:
                  - { id: ann, name: %2$s, affiliation: alpha, roles: [maintainer] }
                  - { id: bob, name: Bob, affiliation: alpha, roles: [maintainer] }
                  - { id: cas, name: Cas, affiliation: alpha, roles: [maintainer] }
                  - { id: dee, name: Dee, affiliation: beta, roles: [maintainer] }
                teams:
                  - id: desk
                    name: %1$s
                    organisation: alpha
                    process: { type: primary, description: %3$s }
                    selfOrganising: true
                    members:
                      - { contact: ann, role: coder, joined: 2020-03-01 }
                      - { contact: bob, role: coder, joined: 2023-12-01 }
                      - { contact: cas, role: coder, joined: 2026-09-01 }
                  - id: lost
                    name: Lost desk
                    organisation: beta
                    process: { type: primary, description: Licences }
                    members:
                      - { contact: dee, role: coder, joined: 2022-01-01, left: 2026-06-30 }
                  - id: it
                    name: IT
                    organisation: beta
                    process: { type: support }
                    members: []
                """.formatted(
                        HostileCommunity.quoted(deskName),
                        HostileCommunity.quoted(coderName),
                        HostileCommunity.quoted(description));
    }

    @Test
    void teamTenureShowsEveryCodersBarTheMedianAndTheTeamThatLostItsOnlyCoder() throws IOException {
        Document page = Jsoup.parse(render("teams", teams("Permit desk", "Ann", "Permits"), DATE));
        assertThat(page.select("nav a").eachAttr("href"))
                .containsExactly("#agreements", "#effort", "#community-time", "#tenure", "#findings");
        Element desk = page.selectFirst("#tenure tr.team[data-team=desk]");
        // longest first: ann since 2020-03-01 (2467 days counting both ends = 81.1 months), bob, cas (92 days)
        assertThat(desk.select("svg.tenure-bars g.coder").eachAttr("data-contact"))
                .containsExactly("ann", "bob", "cas");
        assertThat(desk.select("g.coder title").first().text())
                .isEqualTo("Ann: coder of Permit desk for 81.1 months (2467 days) on 2026-12-01");
        // the median is bob's 1097 days = 36.0 months; TEAM-TENURE's line is 12 months
        assertThat(desk.select("td.num").text()).isEqualTo("36.0 months meets 12 months");
        assertThat(desk.select("svg line.policy")).hasSize(1);
        Element lost = page.selectFirst("#tenure tr.team[data-team=lost]");
        assertThat(lost.hasClass("no-coder")).isTrue();
        assertThat(lost.select("p.lost").text())
                .isEqualTo("No coder on 2026-12-01: its only coder, Dee, left on 2026-06-30 after 53.9 months."
                        + " The team serves a primary process: it needs a coder (TEAM-CODER-EMBEDDED).");
        Element support = page.selectFirst("#tenure tr.team[data-team=it]");
        assertThat(support.hasClass("no-coder")).isFalse();
        assertThat(support.select("p.note").text()).isEqualTo("No coder on 2026-12-01: the team never had one.");
        // a ruleset's line moves with it
        GovernanceRules strict = GovernanceRules.builder()
                .ruleset(Ruleset.defaults().withParameter("TEAM-TENURE", "months", "40"))
                .build();
        Governance governance = parse(teams("Permit desk", "Ann", "Permits"));
        StringWriter out = new StringWriter();
        HtmlDashboard.builder()
                .governance(governance)
                .rules(strict)
                .build()
                .write(strict.evaluate(RuleContext.of(governance, Optional.empty(), DATE)), ReportInput.of("1"), out);
        assertThat(Jsoup.parse(out.toString())
                        .select("#tenure tr[data-team=desk] td.num")
                        .text())
                .isEqualTo("36.0 months below 40 months");
    }

    @Test
    void hostileTeamAndCoderNamesStayTextInTheTenureSection() throws IOException {
        String html = render(
                "teams-hostile",
                teams(
                        HostileCommunity.IMG + " " + HostileCommunity.ESCAPES,
                        HostileCommunity.SCRIPT + " " + HostileCommunity.BIDI,
                        HostileCommunity.RAW_TEXT + " " + HostileCommunity.CRLF),
                DATE);
        Document page = Jsoup.parse(html);
        for (Element element : page.select("#tenure *")) {
            assertThat(ELEMENTS).contains(element.normalName());
            assertThat(element.attributes().asList()).noneMatch(a -> a.getKey().startsWith("on"));
        }
        Element desk = page.selectFirst("#tenure tr.team[data-team=desk]");
        assertThat(desk.select("td b").text()).startsWith(HostileCommunity.IMG);
        assertThat(desk.select("g.coder title").first().text())
                .startsWith(HostileCommunity.SCRIPT + " invoice\\u202egpj.exe: coder of " + HostileCommunity.IMG);
        assertThat(desk.select("small.meta").text()).contains(HostileCommunity.RAW_TEXT);
        assertThat(html).doesNotContain("\u001b", "\u202E", "\r", "\n::error");
    }

    @Test
    void withoutAModelThePageShowsTheFindingsAndProblems() throws IOException {
        GovernanceResult broken = GovernanceParser.builder()
                .build()
                .parse("governanceYmlVersion: \"0.1\"\ncommunity: 3\n"
                        + HostileCommunity.quoted(HostileCommunity.IMG + HostileCommunity.ESCAPES) + ": 1\n");
        assertThat(broken.governance()).isEmpty();
        ReportInput input = ReportInput.of("1").withProblems("governance.yml", broken.problems());
        String html = Reports.asString(ReportFormat.HTML, new Evaluation(DATE, "default", List.of()), input);
        Document page = Jsoup.parse(html);
        assertThat(page.select("nav a").eachAttr("href")).containsExactly("#findings", "#problems");
        assertThat(page.select("h1 .verdict").text()).isEqualTo("FAILED");
        assertThat(page.select("#problems tr.problem"))
                .hasSize(broken.problems().size());
        assertThat(page.select("svg")).isEmpty();
        assertThat(page.select("img, script")).isEmpty();
        assertThat(page.select("#problems td").text()).contains(HostileCommunity.IMG, "\\x1b[31mred");
    }

    @Test
    void thePageLoadsNothing() throws IOException {
        Document page = Jsoup.parse(render(HostileCommunity.yaml(), DATE));
        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'");
        assertThat(page.select("[src], link, script, iframe")).isEmpty();
        assertThat(page.select("[href]").eachAttr("href"))
                .allMatch(href -> href.startsWith("#") || href.startsWith("https://"));
        assertThat(page.select("[style]").eachAttr("style")).noneMatch(style -> style.contains("url("));
    }

    @Test
    void thePageIsWrittenAsItIsBuilt() throws IOException {
        // the writer sees the first section before the last one is computed: flushes come per section
        List<Integer> flushedAt = new ArrayList<>();
        StringWriter target = new StringWriter();
        Writer counting = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                target.write(buffer, offset, length);
            }

            @Override
            public void flush() {
                flushedAt.add(target.getBuffer().length());
            }

            @Override
            public void close() {}
        };
        Governance governance = parse(workedExample());
        Evaluation evaluation = GovernanceRules.defaults().evaluate(RuleContext.of(governance, Optional.empty(), DATE));
        HtmlDashboard.builder().governance(governance).build().write(evaluation, ReportInput.of("1"), counting);
        assertThat(flushedAt).hasSizeGreaterThanOrEqualTo(4);
        assertThat(flushedAt.get(0)).isLessThan(target.getBuffer().length() / 2);
        assertThat(evaluation.findings()).anyMatch(f -> f.status() == Status.FAIL);
    }
}
