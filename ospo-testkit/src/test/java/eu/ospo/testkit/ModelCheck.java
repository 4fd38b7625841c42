package eu.ospo.testkit;

import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.Contact;
import eu.ospo.model.DecisionBody;
import eu.ospo.model.Governance;
import eu.ospo.model.Identifier;
import eu.ospo.model.IdentifierScheme;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Organisation;
import eu.ospo.model.Project;
import eu.ospo.model.Seat;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * An independent check of a governance model, written for these tests: Hibernate Validator for the
 * record constraints, plus the cross-record rules a governance.yml reader enforces (unique ids,
 * references that resolve, agreements inside membership, iPA codes in the index; known countries
 * are a record constraint, {@code @CountryCode}).
 * Problems come back as key path to message, keys in the dotted form of {@link BrokenGovernance#key()}.
 */
final class ModelCheck {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private static final Set<String> IPA_CODES = ipaCodes();

    private ModelCheck() {}

    /** Every problem: constraint violations and cross-record problems, by key path. */
    static Map<String, String> problems(Governance g) {
        Map<String, String> problems = new TreeMap<>(constraintViolations(g));
        problems.putAll(crossRecordProblems(g));
        return problems;
    }

    /** Hibernate Validator's violations, by property path. */
    static Map<String, String> constraintViolations(Object value) {
        Map<String, String> violations = new TreeMap<>();
        for (ConstraintViolation<Object> violation : VALIDATOR.validate(value)) {
            violations.merge(violation.getPropertyPath().toString(), violation.getMessage(), (a, b) -> a + "; " + b);
        }
        return violations;
    }

    /** The rules that span records. */
    static Map<String, String> crossRecordProblems(Governance g) {
        Map<String, String> problems = new TreeMap<>();
        Set<String> organisations = duplicates(problems, "organisations", g.organisations(), Organisation::id);
        Set<String> projects = duplicates(problems, "projects", g.projects(), Project::id);
        duplicates(problems, "agreements", g.agreements(), MaintainerAgreement::id);
        Set<String> contacts = duplicates(problems, "contacts", g.contacts(), Contact::id);
        g.decisionMaking().ifPresent(d -> duplicates(problems, "decisionMaking.bodies", d.bodies(), DecisionBody::id));

        for (int i = 0; i < g.organisations().size(); i++) {
            Organisation o = g.organisations().get(i);
            for (int k = 0; k < o.identifiers().size(); k++) {
                Identifier identifier = o.identifiers().get(k);
                if (identifier.scheme() == IdentifierScheme.IT_IPA
                        && identifier.isWellFormed()
                        && !IPA_CODES.contains(identifier.value().toLowerCase(Locale.ROOT))) {
                    problems.put("organisations[" + i + "].identifiers[" + k + "].value", "not in the iPA index");
                }
            }
            String prefix = "organisations[" + i + "].communityTime";
            o.communityTime().ifPresent(p -> reports(problems, prefix, p, organisations, contacts));
        }
        for (int i = 0; i < g.projects().size(); i++) {
            Project p = g.projects().get(i);
            resolves(problems, "projects[" + i + "].steward", p.steward().orElse(null), organisations);
        }
        for (int i = 0; i < g.agreements().size(); i++) {
            MaintainerAgreement a = g.agreements().get(i);
            String key = "agreements[" + i + "]";
            resolves(problems, key + ".project", a.project(), projects);
            resolves(problems, key + ".provider", a.provider(), organisations);
            resolves(problems, key + ".contractor", a.contractor().orElse(null), organisations);
            if (!a.beneficiary().equals(MaintainerAgreement.COMMUNITY)) {
                resolves(problems, key + ".beneficiary", a.beneficiary(), organisations);
            }
            for (int m = 0; m < a.maintainers().size(); m++) {
                resolves(
                        problems,
                        key + ".maintainers[" + m + "]",
                        a.maintainers().get(m),
                        contacts);
            }
            g.organisation(a.provider()).ifPresent(provider -> {
                if (a.start().isBefore(provider.joined())) {
                    problems.put(key + ".start", "before the provider joined");
                }
                provider.left().ifPresent(left -> {
                    if (a.end().map(end -> end.isAfter(left)).orElse(true)) {
                        problems.put(key + ".end", "after the provider left");
                    }
                });
            });
        }
        for (int i = 0; i < g.contacts().size(); i++) {
            Contact c = g.contacts().get(i);
            resolves(problems, "contacts[" + i + "].affiliation", c.affiliation(), organisations);
            resolves(problems, "contacts[" + i + "].owner", c.owner().orElse(null), contacts);
        }
        g.communityTime().ifPresent(p -> reports(problems, "communityTime", p, organisations, contacts));
        g.decisionMaking().ifPresent(d -> {
            for (int b = 0; b < d.bodies().size(); b++) {
                List<Seat> seats = d.bodies().get(b).seats();
                for (int s = 0; s < seats.size(); s++) {
                    String key = "decisionMaking.bodies[" + b + "].seats[" + s + "]";
                    resolves(problems, key + ".organisation", seats.get(s).organisation(), organisations);
                    resolves(problems, key + ".contact", seats.get(s).contact().orElse(null), contacts);
                }
            }
        });
        return problems;
    }

    private static void reports(
            Map<String, String> problems,
            String prefix,
            CommunityTimePolicy policy,
            Set<String> organisations,
            Set<String> contacts) {
        List<CommunityTimeReport> reports = policy.reports();
        for (int r = 0; r < reports.size(); r++) {
            String key = prefix + ".reports[" + r + "]";
            resolves(problems, key + ".organisation", reports.get(r).organisation(), organisations);
            resolves(problems, key + ".coder", reports.get(r).coder().orElse(null), contacts);
        }
    }

    private static <T> Set<String> duplicates(
            Map<String, String> problems, String list, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(id.apply(items.get(i)))) {
                problems.put(list + "[" + i + "].id", "repeats the id " + id.apply(items.get(i)));
            }
        }
        return seen;
    }

    private static void resolves(Map<String, String> problems, String key, String reference, Set<String> declared) {
        if (reference != null && !declared.contains(reference)) {
            problems.put(key, reference + " is not declared");
        }
    }

    private static Set<String> ipaCodes() {
        Path tsv = Path.of(
                "..",
                "ospo-publiccode",
                "src",
                "main",
                "resources",
                "eu",
                "ospo",
                "publiccode",
                "internal",
                "check",
                "it-ipa-codes.tsv");
        try {
            return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .map(line -> line.split("\t")[0].toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
