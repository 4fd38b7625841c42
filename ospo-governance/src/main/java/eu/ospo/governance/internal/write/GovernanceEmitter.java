package eu.ospo.governance.internal.write;

import eu.ospo.model.Commitment;
import eu.ospo.model.Community;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.Contact;
import eu.ospo.model.DecisionBody;
import eu.ospo.model.DecisionMaking;
import eu.ospo.model.Exemption;
import eu.ospo.model.Governance;
import eu.ospo.model.Identifier;
import eu.ospo.model.Keyword;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.OpenSourceProgramOffice;
import eu.ospo.model.Organisation;
import eu.ospo.model.OspoRuleset;
import eu.ospo.model.OspoTool;
import eu.ospo.model.Project;
import eu.ospo.model.Quorum;
import eu.ospo.model.Renewal;
import eu.ospo.model.ReportingPeriod;
import eu.ospo.model.Seat;
import eu.ospo.model.ServiceLevels;
import eu.ospo.model.Team;
import eu.ospo.model.TeamMember;
import eu.ospo.yaml.internal.Scalars;
import eu.ospo.yaml.internal.YamlEmitter;
import eu.ospo.yaml.internal.YamlOut;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a {@link Governance} into governance.yml text: keys in the format's order (the order of the
 * record components), absent values and empty lists left out, defaults left out when the value
 * equals them, decimals written exactly as they are held ({@link BigDecimal#toString()}).
 */
public final class GovernanceEmitter {

    private GovernanceEmitter() {}

    /**
     * The YAML text of a model.
     *
     * @param governance the model
     * @return the text, LF line endings, ending with a line break
     */
    public static String write(Governance governance) {
        // multi-line text double-quoted: governance.yml values are short, and one line each reads best
        return YamlEmitter.emit(tree(governance), false);
    }

    /**
     * The tree {@link #write} emits.
     *
     * @param governance the model
     * @return the tree, in the format's key order
     */
    public static YamlOut.MapOut tree(Governance governance) {
        return governance(governance);
    }

    private static YamlOut.MapOut governance(Governance g) {
        Fields fields = new Fields();
        fields.quoted("governanceYmlVersion", g.governanceYmlVersion());
        fields.put("community", community(g.community()));
        fields.list("organisations", g.organisations(), GovernanceEmitter::organisation);
        fields.list("projects", g.projects(), GovernanceEmitter::project);
        fields.list("agreements", g.agreements(), GovernanceEmitter::agreement);
        g.communityTime().ifPresent(policy -> fields.put("communityTime", communityTime(policy)));
        g.decisionMaking().ifPresent(d -> fields.put("decisionMaking", decisionMaking(d)));
        fields.list("contacts", g.contacts(), GovernanceEmitter::contact);
        fields.list("teams", g.teams(), GovernanceEmitter::team);
        g.ospo().ifPresent(ospo -> fields.put("ospo", ospo(ospo)));
        return fields.mapping();
    }

    private static YamlOut.MapOut community(Community c) {
        Fields fields = new Fields();
        fields.text("name", c.name());
        fields.text("uri", c.uri());
        fields.text("description", c.description());
        fields.text("charter", c.charter());
        fields.date("lastReviewed", c.lastReviewed());
        fields.list("exemptions", c.exemptions(), GovernanceEmitter::exemption);
        return fields.mapping();
    }

    private static YamlOut.MapOut exemption(Exemption e) {
        Fields fields = new Fields();
        fields.text("rule", e.rule());
        fields.text("reason", e.reason());
        e.until().ifPresent(until -> fields.date("until", until));
        return fields.mapping();
    }

    private static YamlOut.MapOut organisation(Organisation o) {
        Fields fields = new Fields();
        fields.text("id", o.id());
        fields.text("name", o.name());
        fields.text("uri", o.uri());
        fields.text("country", o.country());
        fields.keyword("type", o.type());
        fields.list("identifiers", o.identifiers(), GovernanceEmitter::identifier);
        fields.keywords("roles", o.roles());
        fields.date("joined", o.joined());
        o.left().ifPresent(left -> fields.date("left", left));
        o.communityTime().ifPresent(policy -> fields.put("communityTime", communityTime(policy)));
        return fields.mapping();
    }

    private static YamlOut.MapOut identifier(Identifier i) {
        Fields fields = new Fields();
        fields.keyword("scheme", i.scheme());
        fields.text("value", i.value());
        return fields.mapping();
    }

    private static YamlOut.MapOut project(Project p) {
        Fields fields = new Fields();
        fields.text("id", p.id());
        fields.text("name", p.name());
        fields.text("repository", p.repository());
        fields.text("publiccode", p.publiccode());
        p.maintenanceType().ifPresent(type -> fields.keyword("maintenanceType", type));
        p.criticality().ifPresent(criticality -> fields.keyword("criticality", criticality));
        fields.text("steward", p.steward());
        fields.text("ruleset", p.ruleset());
        fields.text("rulesetWaiver", p.rulesetWaiver());
        return fields.mapping();
    }

    private static YamlOut.MapOut agreement(MaintainerAgreement a) {
        Fields fields = new Fields();
        fields.text("id", a.id());
        fields.keyword("kind", a.kind());
        fields.text("project", a.project());
        fields.text("provider", a.provider());
        fields.text("contractor", a.contractor());
        if (!a.beneficiary().equals(MaintainerAgreement.COMMUNITY)) {
            fields.text("beneficiary", a.beneficiary());
        }
        a.commitment().ifPresent(c -> fields.put("commitment", commitment(c)));
        fields.date("start", a.start());
        a.end().ifPresent(end -> fields.date("end", end));
        if (a.renewal() != Renewal.NONE) {
            fields.keyword("renewal", a.renewal());
        }
        a.noticePeriodDays().ifPresent(days -> fields.integer("noticePeriodDays", days));
        fields.keywords("responsibilities", a.responsibilities());
        a.serviceLevels().ifPresent(levels -> fields.put("serviceLevels", serviceLevels(levels)));
        fields.texts("maintainers", a.maintainers());
        fields.keyword("status", a.status());
        fields.text("document", a.document());
        return fields.mapping();
    }

    private static YamlOut.MapOut commitment(Commitment c) {
        Fields fields = new Fields();
        fields.decimal("amount", c.amount());
        fields.keyword("unit", c.unit());
        c.per().ifPresent(per -> fields.keyword("per", per));
        return fields.mapping();
    }

    private static YamlOut.MapOut serviceLevels(ServiceLevels s) {
        Fields fields = new Fields();
        s.firstResponseDays().ifPresent(days -> fields.integer("firstResponseDays", days));
        s.securityResponseDays().ifPresent(days -> fields.integer("securityResponseDays", days));
        s.reviewDays().ifPresent(days -> fields.integer("reviewDays", days));
        return fields.mapping();
    }

    private static YamlOut.MapOut communityTime(CommunityTimePolicy p) {
        Fields fields = new Fields();
        fields.decimal("percentage", p.percentage());
        fields.keyword("scope", p.scope());
        if (p.period() != ReportingPeriod.DEFAULT) {
            fields.keyword("period", p.period());
        }
        fields.texts("appliesToRoles", p.appliesToRoles());
        fields.list("reports", p.reports(), GovernanceEmitter::report);
        return fields.mapping();
    }

    private static YamlOut.MapOut report(CommunityTimeReport r) {
        Fields fields = new Fields();
        fields.text("organisation", r.organisation());
        fields.text("period", r.period().label());
        fields.decimal("contractHours", r.contractHours());
        fields.decimal("communityHours", r.communityHours());
        r.coders().ifPresent(coders -> fields.integer("coders", coders));
        fields.text("coder", r.coder());
        fields.text("team", r.team());
        return fields.mapping();
    }

    private static YamlOut.MapOut decisionMaking(DecisionMaking d) {
        Fields fields = new Fields();
        fields.list("bodies", d.bodies(), GovernanceEmitter::body);
        d.governanceChange().ifPresent(rule -> fields.keyword("governanceChange", rule));
        return fields.mapping();
    }

    private static YamlOut.MapOut body(DecisionBody b) {
        Fields fields = new Fields();
        fields.text("id", b.id());
        fields.text("name", b.name());
        fields.text("purpose", b.purpose());
        fields.list("seats", b.seats(), GovernanceEmitter::seat);
        if (b.maxSeatsPerOrganisation() != DecisionBody.DEFAULT_MAX_SEATS_PER_ORGANISATION) {
            fields.integer("maxSeatsPerOrganisation", b.maxSeatsPerOrganisation());
        }
        fields.put("quorum", quorum(b.quorum()));
        fields.keyword("votingRule", b.votingRule());
        b.votingPeriodDays().ifPresent(days -> fields.integer("votingPeriodDays", days));
        b.termMonths().ifPresent(months -> fields.integer("termMonths", months));
        return fields.mapping();
    }

    private static YamlOut.MapOut seat(Seat s) {
        Fields fields = new Fields();
        fields.text("organisation", s.organisation());
        fields.text("contact", s.contact());
        return fields.mapping();
    }

    private static YamlOut.MapOut quorum(Quorum q) {
        Fields fields = new Fields();
        fields.keyword("type", q.type());
        fields.decimal("value", q.value());
        return fields.mapping();
    }

    private static YamlOut.MapOut contact(Contact c) {
        Fields fields = new Fields();
        fields.text("id", c.id());
        fields.text("name", c.name());
        fields.text("affiliation", c.affiliation());
        fields.text("email", c.email());
        fields.text("phone", c.phone());
        if (!c.forgeHandles().isEmpty()) {
            Fields handles = new Fields();
            for (Map.Entry<String, String> handle : c.forgeHandles().entrySet()) {
                handles.text(handle.getKey(), handle.getValue());
            }
            fields.put("forgeHandles", handles.mapping());
        }
        fields.keywords("roles", c.roles());
        if (c.isRoleMailbox()) {
            fields.put("isRoleMailbox", new YamlOut.Raw("true"));
        }
        fields.text("owner", c.owner());
        return fields.mapping();
    }

    private static YamlOut.MapOut team(Team t) {
        Fields fields = new Fields();
        fields.text("id", t.id());
        fields.text("name", t.name());
        fields.text("organisation", t.organisation());
        Fields process = new Fields();
        process.keyword("type", t.process().type());
        process.text("description", t.process().description());
        fields.put("process", process.mapping());
        if (t.selfOrganising()) {
            fields.put("selfOrganising", new YamlOut.Raw("true"));
        }
        fields.list("members", t.members(), GovernanceEmitter::member);
        return fields.mapping();
    }

    private static YamlOut.MapOut member(TeamMember m) {
        Fields fields = new Fields();
        fields.text("contact", m.contact());
        fields.keyword("role", m.role());
        fields.date("joined", m.joined());
        m.left().ifPresent(left -> fields.date("left", left));
        m.hoursPerWeek().ifPresent(hours -> fields.decimal("hoursPerWeek", hours));
        return fields.mapping();
    }

    private static YamlOut.MapOut ospo(OpenSourceProgramOffice o) {
        Fields fields = new Fields();
        fields.text("organisation", o.organisation());
        fields.text("unit", o.unit());
        fields.text("contact", o.contact());
        fields.text("uri", o.uri());
        fields.list("rulesets", o.rulesets(), GovernanceEmitter::ospoRuleset);
        fields.list("tooling", o.tooling(), GovernanceEmitter::tool);
        return fields.mapping();
    }

    private static YamlOut.MapOut ospoRuleset(OspoRuleset r) {
        Fields fields = new Fields();
        fields.text("id", r.id());
        fields.text("location", r.location());
        fields.text("description", r.description());
        return fields.mapping();
    }

    private static YamlOut.MapOut tool(OspoTool t) {
        Fields fields = new Fields();
        fields.text("name", t.name());
        fields.text("url", t.url());
        fields.text("description", t.description());
        return fields.mapping();
    }

    /** The entries of one mapping being built, in the order they are put. */
    private static final class Fields {
        private final YamlOut.MapOut mapping = new YamlOut.MapOut();

        void put(String key, YamlOut value) {
            mapping.put(key, value);
        }

        void text(String key, String value) {
            put(key, new YamlOut.Text(value));
        }

        void text(String key, Optional<String> value) {
            value.ifPresent(v -> text(key, v));
        }

        /** Always double-quoted (the version must read back as a string, never a number). */
        void quoted(String key, String value) {
            put(key, new YamlOut.Raw(Scalars.doubleQuoted(value)));
        }

        /** A plain YYYY-MM-DD literal (the format's date type). */
        void date(String key, LocalDate value) {
            put(key, new YamlOut.Raw(value.toString()));
        }

        void integer(String key, int value) {
            put(key, new YamlOut.Raw(Integer.toString(value)));
        }

        void decimal(String key, BigDecimal value) {
            put(key, new YamlOut.Raw(value.toString()));
        }

        void keyword(String key, Keyword value) {
            text(key, value.value());
        }

        void keywords(String key, List<? extends Keyword> values) {
            if (!values.isEmpty()) {
                put(key, new YamlOut.Flow(values.stream().map(Keyword::value).toList()));
            }
        }

        void texts(String key, List<String> values) {
            if (!values.isEmpty()) {
                YamlOut.SeqOut sequence = new YamlOut.SeqOut();
                values.forEach(v -> sequence.add(new YamlOut.Text(v)));
                put(key, sequence);
            }
        }

        <T> void list(String key, List<T> values, Function<T, YamlOut.MapOut> item) {
            if (!values.isEmpty()) {
                YamlOut.SeqOut sequence = new YamlOut.SeqOut();
                values.forEach(v -> sequence.add(item.apply(v)));
                put(key, sequence);
            }
        }

        YamlOut.MapOut mapping() {
            return mapping;
        }
    }
}
