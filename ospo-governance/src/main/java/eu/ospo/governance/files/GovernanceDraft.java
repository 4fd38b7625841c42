package eu.ospo.governance.files;

import eu.ospo.publiccode.model.Contractor;
import eu.ospo.publiccode.model.MaintenanceContact;
import eu.ospo.publiccode.model.OrganisationRef;
import eu.ospo.publiccode.model.PublicCode;
import eu.ospo.yaml.internal.Scalars;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A first governance.yml drafted from what a repository already says: the organisation, maintenance
 * contacts and contractors of publiccode.yml; the people of MAINTAINERS, CODEOWNERS and OWNERS (as
 * contacts with forge handles); the security contact of SECURITY.md. What only a person can say (the
 * agreements and their commitments, the organisations' types and countries where they cannot be
 * derived, membership dates) is marked with {@code # TODO} comments; the draft parses without errors
 * as it is. Deterministic: the same files and date give the same text.
 */
public final class GovernanceDraft {

    private static final String TODO = "  # TODO: ";

    /** Local parts of addresses that are mailboxes of a role rather than of a person. */
    private static final Set<String> ROLE_MAILBOXES = Set.of(
            "security",
            "secure",
            "psirt",
            "cert",
            "csirt",
            "vuln",
            "vulnerabilities",
            "disclosure",
            "info",
            "support",
            "contact",
            "help",
            "helpdesk",
            "abuse");

    private final String text;
    private final List<String> sources;

    private GovernanceDraft(String text, List<String> sources) {
        this.text = text;
        this.sources = List.copyOf(sources);
    }

    /**
     * Drafts governance.yml.
     *
     * @param files the repository's governance files
     * @param publicCode the repository's publiccode.yml, when it has a valid one
     * @param date the draft's date (used for {@code lastReviewed} and membership dates to check)
     * @param fallbackName a name for the project when there is no publiccode.yml (the folder's name)
     * @return the draft
     */
    public static GovernanceDraft of(
            RepositoryFiles files, Optional<PublicCode> publicCode, LocalDate date, String fallbackName) {
        return new Drafter(files, publicCode, date, fallbackName).draft();
    }

    /**
     * The draft's YAML text, with {@code # TODO} comments.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * The files the draft was made from, in order.
     *
     * @return paths relative to the repository
     */
    public List<String> sources() {
        return sources;
    }

    /** One organisation of the draft. */
    private static final class Org {
        final String id;
        final String name;
        String uri;
        String uriNote = "";
        String country;
        String countryNote;
        String type;
        final Set<String> roles = new LinkedHashSet<>();

        Org(String id, String name) {
            this.id = id;
            this.name = name;
            this.uri = "urn:x-todo:" + id;
            this.uriNote = "a URI or URN that identifies " + name;
            this.country = "";
            this.countryNote = "";
            this.type = "company";
        }
    }

    /** One contact of the draft, merged from every file that names the person. */
    private static final class Person {
        String name = "";
        String email = "";
        final Map<String, String> handles = new LinkedHashMap<>();
        String affiliation = "";
        final Set<String> roles = new LinkedHashSet<>();
        boolean mailbox;
        final Set<String> from = new LinkedHashSet<>();
    }

    private static final class Drafter {
        private final RepositoryFiles files;
        private final Optional<PublicCode> publicCode;
        private final LocalDate date;
        private final String fallbackName;
        private final List<String> sources = new ArrayList<>();
        private final Map<String, Org> organisations = new LinkedHashMap<>();
        private final List<Person> people = new ArrayList<>();
        private Org main;

        Drafter(RepositoryFiles files, Optional<PublicCode> publicCode, LocalDate date, String fallbackName) {
            this.files = Objects.requireNonNull(files, "files");
            this.publicCode = Objects.requireNonNull(publicCode, "publicCode");
            this.date = Objects.requireNonNull(date, "date");
            this.fallbackName = fallbackName;
        }

        GovernanceDraft draft() {
            publicCode.ifPresent(pc -> sources.add(files.publiccode().orElse("publiccode.yml")));
            main = mainOrganisation();
            publicCode.ifPresent(this::fromPubliccode);
            files.maintainers().ifPresent(this::fromMaintainers);
            files.codeOwners().filter(f -> f.model().isPresent()).ifPresent(this::fromCodeOwners);
            files.owners().stream().filter(f -> f.model().isPresent()).forEach(this::fromOwners);
            files.securityPolicy().filter(f -> f.model().isPresent()).ifPresent(this::fromSecurityPolicy);
            return new GovernanceDraft(write(), sources);
        }

        private Org mainOrganisation() {
            Optional<OrganisationRef> ref = publicCode.flatMap(PublicCode::organisation);
            String name = ref.flatMap(OrganisationRef::name)
                    .or(() -> publicCode.flatMap(pc -> pc.legal().mainCopyrightOwner()))
                    .orElse("Our organisation");
            Org org = organisation(name);
            org.type = "publicAuthority";
            org.roles.add("member");
            org.roles.add("maintainer");
            if (ref.isPresent()) {
                org.uri = ref.get().uri();
                org.uriNote = "";
            }
            return org;
        }

        private Org organisation(String written) {
            // "ACME (for the City)": the organisation is ACME
            String name = written.replaceAll("\\([^)]*\\)", " ")
                    .replaceAll("\\s+", " ")
                    .strip();
            if (name.isEmpty()) {
                name = written.strip();
            }
            String key = name.toLowerCase(Locale.ROOT);
            for (Org org : organisations.values()) {
                if (org.name.toLowerCase(Locale.ROOT).equals(key)) {
                    return org;
                }
            }
            String id = unique(slug(name, "organisation"), organisations.keySet());
            Org org = new Org(id, name);
            organisations.put(id, org);
            return org;
        }

        private void fromPubliccode(PublicCode pc) {
            for (Contractor contractor : pc.maintenance().contractors()) {
                Org org = organisation(contractor.name());
                org.roles.add("contractor");
                contractor.website().ifPresent(w -> {
                    org.uri = w;
                    org.uriNote = "";
                });
            }
            for (MaintenanceContact contact : pc.maintenance().contacts()) {
                Person person = person(Optional.empty(), contact.email(), contact.name());
                if (person.name.isEmpty()) {
                    person.name = contact.name();
                }
                contact.email().ifPresent(e -> person.email = e.toLowerCase(Locale.ROOT));
                contact.affiliation().ifPresent(a -> person.affiliation = organisation(a).id);
                person.roles.add("maintainer");
                person.from.add(files.publiccode().orElse("publiccode.yml"));
            }
        }

        private void fromMaintainers(RepositoryFile<Maintainers> file) {
            if (file.model().isEmpty() || file.model().get().active().isEmpty()) {
                return;
            }
            sources.add(file.path());
            for (Maintainer maintainer : file.model().get().active()) {
                Person person = person(maintainer.handle(), maintainer.email(), maintainer.name());
                maintainer
                        .handle()
                        .ifPresent(h -> person.handles.putIfAbsent(files.forge().key(), h));
                maintainer.email().ifPresent(e -> person.email = person.email.isEmpty() ? e : person.email);
                if (person.name.isEmpty()) {
                    person.name = maintainer.name();
                }
                maintainer.affiliation().ifPresent(a -> {
                    if (person.affiliation.isEmpty()) {
                        Org org = organisation(a);
                        if (org != main && org.roles.isEmpty()) {
                            org.roles.add("member");
                        }
                        person.affiliation = org.id;
                    }
                });
                person.roles.add("maintainer");
                person.from.add(file.path());
            }
        }

        private void fromCodeOwners(RepositoryFile<CodeOwners> file) {
            CodeOwners codeOwners = file.model().orElseThrow();
            List<CodeOwner> owners = codeOwners.allOwners().stream()
                    .filter(o -> o.kind() == CodeOwner.Kind.USER || o.kind() == CodeOwner.Kind.EMAIL)
                    .toList();
            if (owners.isEmpty()) {
                return;
            }
            sources.add(file.path());
            for (CodeOwner owner : owners) {
                Person person = person(owner.user(), owner.email(), "");
                owner.user()
                        .ifPresent(u ->
                                person.handles.putIfAbsent(codeOwners.flavour().key(), u));
                owner.email().ifPresent(e -> person.email = person.email.isEmpty() ? e : person.email);
                if (person.roles.isEmpty()) {
                    person.roles.add("reviewer");
                }
                person.from.add(file.path());
            }
        }

        private void fromOwners(RepositoryFile<Owners> file) {
            Owners owners = file.model().orElseThrow();
            Optional<OwnersAliases> aliases = files.ownersAliases().flatMap(RepositoryFile::model);
            List<String> approvers = new ArrayList<>(owners.config().approvers());
            owners.filters().values().forEach(c -> approvers.addAll(c.approvers()));
            List<String> everyone = owners.activePeople();
            List<String> approverUsers = aliases.map(a -> a.expand(approvers)).orElse(approvers);
            List<String> users = aliases.map(a -> a.expand(everyone)).orElse(everyone);
            if (users.isEmpty()) {
                return;
            }
            sources.add(file.path());
            for (String user : users) {
                Person person = person(Optional.of(user), Optional.empty(), "");
                person.handles.putIfAbsent(Forge.GITHUB.key(), user);
                person.roles.add(approverUsers.contains(user) ? "maintainer" : "reviewer");
                person.from.add(file.path());
            }
        }

        private void fromSecurityPolicy(RepositoryFile<SecurityPolicy> file) {
            List<Mention> emails = file.model().orElseThrow().document().emails();
            if (emails.isEmpty()) {
                return;
            }
            sources.add(file.path());
            Mention first = emails.get(0);
            Person person = person(Optional.empty(), Optional.of(first.value()), "");
            if (person.name.isEmpty()) {
                String local = first.value().substring(0, first.value().indexOf('@'));
                person.mailbox = ROLE_MAILBOXES.contains(local);
                person.name = person.mailbox ? "Security contact" : "";
                person.email = first.value();
            }
            person.roles.add("securityContact");
            person.from.add(file.path());
        }

        /** The person with this handle, e-mail address or name, or a new one. */
        private Person person(Optional<String> handle, Optional<String> email, String name) {
            for (Person person : people) {
                boolean sameHandle = handle.isPresent()
                        && person.handles.values().stream().anyMatch(h -> h.equalsIgnoreCase(handle.get()));
                boolean sameEmail = email.isPresent() && person.email.equalsIgnoreCase(email.get());
                boolean sameName = !name.isBlank() && person.name.equalsIgnoreCase(name.strip());
                if (sameHandle || sameEmail || sameName) {
                    return person;
                }
            }
            Person person = new Person();
            person.name = name.strip();
            people.add(person);
            return person;
        }

        private String write() {
            StringBuilder out = new StringBuilder();
            out.append("# governance.yml drafted by `ospo governance init`")
                    .append(sources.isEmpty() ? "" : " from " + String.join(", ", sources))
                    .append(".\n");
            out.append("# Check every value; lines marked TODO need what only a person can say. Remove the TODO\n");
            out.append("# comments when done. Format: docs/governance-yml.md.\n");
            out.append("governanceYmlVersion: \"0.1\"\n");
            String projectName = publicCode.map(PublicCode::name).orElse(fallbackName);
            String repository = publicCode.map(PublicCode::url).orElse("urn:x-todo:repository");
            out.append("community:\n");
            line(out, 2, "name", projectName + " community", "the community's name");
            line(out, 2, "uri", repository, "a URI of the community itself (this is the project's repository)");
            files.governanceDocument().ifPresent(doc -> line(out, 2, "charter", doc.path(), ""));
            line(out, 2, "lastReviewed", date.toString(), "");
            out.append("organisations:\n");
            for (Org org : organisations.values()) {
                String country = country(org);
                out.append("  - id: ").append(org.id).append('\n');
                line(out, 4, "name", org.name, "");
                line(out, 4, "uri", org.uri, org.uriNote);
                line(out, 4, "country", country, org.countryNote);
                line(
                        out,
                        4,
                        "type",
                        org.type,
                        org == main
                                ? "publicAuthority, publicEnterprise, company, foundation, association, academia or individual"
                                : "company? (publicAuthority, publicEnterprise, foundation, association, academia, individual)");
                if (org.roles.isEmpty()) {
                    org.roles.add("member");
                }
                line(out, 4, "roles", "[" + String.join(", ", org.roles) + "]", org == main ? "" : "check the roles");
                line(out, 4, "joined", date.toString(), "the first day of membership");
            }
            out.append("projects:\n");
            out.append("  - id: ").append(slug(projectName, "project")).append('\n');
            line(out, 4, "name", projectName, "");
            line(out, 4, "repository", repository, publicCode.isPresent() ? "" : "the project's repository URL");
            files.publiccode().ifPresent(p -> line(out, 4, "publiccode", p, ""));
            publicCode.ifPresent(pc ->
                    line(out, 4, "maintenanceType", pc.maintenance().type().value(), ""));
            line(out, 4, "steward", main.id, "the lead organisation");
            out.append(
                    "# TODO: agreements: who commits how much effort to the project, from when until when. For example:\n");
            out.append("# agreements:\n");
            out.append("#   - id: maintenance-").append(main.id).append('\n');
            out.append("#     kind: maintenance\n");
            out.append("#     project: ").append(slug(projectName, "project")).append('\n');
            out.append("#     provider: ").append(main.id).append('\n');
            out.append("#     commitment: { amount: 0.5, unit: fte }\n");
            out.append("#     start: ").append(date).append('\n');
            out.append("#     end: ").append(date.plusYears(2).minusDays(1)).append('\n');
            out.append("#     maintainers: [")
                    .append(String.join(", ", maintainerIds()))
                    .append("]\n");
            out.append("#     status: draft\n");
            publicCode.ifPresent(pc -> pc.maintenance()
                    .contractors()
                    .forEach(c -> out.append("#   publiccode.yml: ")
                            .append(c.name())
                            .append(" maintains under contract until ")
                            .append(c.until())
                            .append(": an agreement with contractor: ")
                            .append(organisation(c.name()).id)
                            .append(" and end: ")
                            .append(c.until())
                            .append('\n')));
            out.append("contacts:\n");
            if (people.isEmpty()) {
                out.append("  - id: maintainer\n");
                line(out, 4, "name", "To be named", "nobody could be read from the repository: name a maintainer");
                line(out, 4, "affiliation", main.id, "");
                line(out, 4, "roles", "[maintainer]", "");
            }
            List<String> ids = contactIds();
            for (int i = 0; i < people.size(); i++) {
                Person person = people.get(i);
                out.append("  - id: ").append(scalar(ids.get(i)));
                out.append(person.from.isEmpty() ? "\n" : "  # from " + String.join(", ", person.from) + "\n");
                String name = person.name.isEmpty() ? ids.get(i) : person.name;
                line(out, 4, "name", name, person.name.isEmpty() ? "the person's name" : "");
                line(
                        out,
                        4,
                        "affiliation",
                        person.affiliation.isEmpty() ? main.id : person.affiliation,
                        person.affiliation.isEmpty() ? "the organisation this person works for" : "");
                if (!person.email.isEmpty()) {
                    line(out, 4, "email", person.email, "");
                }
                if (!person.handles.isEmpty()) {
                    out.append("    forgeHandles:\n");
                    person.handles.forEach((forge, handle) -> line(out, 6, forge, handle, ""));
                }
                line(out, 4, "roles", "[" + String.join(", ", person.roles) + "]", "");
                if (person.mailbox) {
                    line(out, 4, "isRoleMailbox", "true", "");
                    out.append("    # TODO: owner: the id of the person who answers for this mailbox\n");
                }
            }
            return out.toString();
        }

        private List<String> maintainerIds() {
            List<String> ids = contactIds();
            List<String> maintainers = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                if (people.get(i).roles.contains("maintainer")) {
                    maintainers.add(ids.get(i));
                }
            }
            return maintainers;
        }

        private List<String> contactIds() {
            List<String> ids = new ArrayList<>();
            Set<String> taken = new LinkedHashSet<>();
            for (Person person : people) {
                String base = person.handles.values().stream()
                        .findFirst()
                        .map(h -> h.toLowerCase(Locale.ROOT))
                        .orElseGet(() -> person.mailbox || person.name.isEmpty()
                                ? slug(
                                        person.email.contains("@")
                                                ? person.email.substring(0, person.email.indexOf('@'))
                                                : "contact",
                                        "contact")
                                : slug(person.name, "contact"));
                String id = unique(base, taken);
                taken.add(id);
                ids.add(id);
            }
            return ids;
        }

        /** A country from the organisation's URI, else publiccode.yml's intended audience, else a guess to check. */
        private String country(Org org) {
            String uri = org.uri.toLowerCase(Locale.ROOT);
            if (uri.startsWith("urn:x-italian-pa:")) {
                return "IT";
            }
            if (uri.contains("identifier.overheid.nl")) {
                return "NL";
            }
            try {
                String host = URI.create(org.uri).getHost();
                if (host != null && host.matches(".*\\.[a-z]{2}") && !host.endsWith(".eu")) {
                    return host.substring(host.length() - 2).toUpperCase(Locale.ROOT);
                }
            } catch (IllegalArgumentException e) {
                // not a URI we can read a host from; fall through
            }
            Optional<String> audience = publicCode
                    .flatMap(PublicCode::intendedAudience)
                    .flatMap(a -> a.countries().stream().findFirst())
                    .map(c -> c.toUpperCase(Locale.ROOT));
            org.countryNote = audience.isPresent()
                    ? "check: taken from publiccode.yml's intendedAudience.countries"
                    : "the organisation's country (ISO 3166-1 alpha-2)";
            return audience.orElse("NL");
        }

        private static void line(StringBuilder out, int indent, String key, String value, String todo) {
            out.append(" ".repeat(indent)).append(key).append(": ");
            boolean raw = value.startsWith("[") || value.equals("true") || value.matches("\\d{4}-\\d{2}-\\d{2}");
            out.append(raw ? value : scalar(value));
            if (!todo.isEmpty()) {
                out.append(TODO).append(todo);
            }
            out.append('\n');
        }

        private static String scalar(String value) {
            return Scalars.canBePlain(value) && !value.contains(" #") ? value : Scalars.doubleQuoted(value);
        }

        static String slug(String text, String fallback) {
            String slug =
                    text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (slug.length() > 63) {
                slug = slug.substring(0, 63).replaceAll("-+$", "");
            }
            return slug.length() < 2 ? fallback : slug;
        }

        private static String unique(String base, Set<String> taken) {
            String id = base;
            for (int n = 2; taken.contains(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }
    }
}
