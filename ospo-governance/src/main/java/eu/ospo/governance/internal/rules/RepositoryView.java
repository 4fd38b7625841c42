package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.CodeOwner;
import eu.ospo.governance.files.CodeOwners;
import eu.ospo.governance.files.Forge;
import eu.ospo.governance.files.Maintainer;
import eu.ospo.governance.files.Owners;
import eu.ospo.governance.files.OwnersAliases;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.model.Contact;
import eu.ospo.problem.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the FILE-* and CO-* rules share: the repository files of the context, locations in them, the
 * people the files list, and matching those people to governance.yml's contacts (by forge handle,
 * without case, on the file's forge first, else on any forge; or by e-mail address).
 */
final class RepositoryView {

    private RepositoryView() {}

    /** The outcome of a rule when the repository was not read. */
    static List<Outcome> notRead() {
        return List.of(
                Outcome.notApplicable("the repository's files were not read (no RepositoryFiles in the context)"));
    }

    /**
     * A location in a repository file.
     *
     * @param path the file's path
     * @param line 1-based line, or 0
     * @param column 1-based column, or 0
     * @return the location
     */
    static Location at(String path, int line, int column) {
        return new Location(path, "", line, column);
    }

    /**
     * A person a file lists.
     *
     * @param file the file's path
     * @param line the line (0 for YAML files, where the key path says where)
     * @param key the key path in YAML files, else empty
     * @param handle the forge handle, without {@code @}
     * @param email the e-mail address, lower case
     * @param forge the forge the handle belongs to
     * @param label how the file names the person ({@code @jan}, {@code jan@example.org}, {@code Jan (@jan)})
     */
    record Listed(
            String file,
            int line,
            String key,
            Optional<String> handle,
            Optional<String> email,
            Forge forge,
            String label) {

        Location location() {
            return new Location(file, key, line, line > 0 ? 1 : 0);
        }
    }

    /** The users and e-mail owners of CODEOWNERS, once each, with the first line naming them. */
    static List<Listed> codeOwners(RepositoryFile<CodeOwners> file) {
        List<Listed> listed = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        CodeOwners codeOwners = file.model().orElseThrow();
        codeOwners
                .sections()
                .forEach(section -> section.defaultOwners()
                        .forEach(owner ->
                                addOwner(listed, seen, file.path(), section.line(), owner, codeOwners.flavour())));
        codeOwners
                .entries()
                .forEach(entry -> entry.owners()
                        .forEach(owner ->
                                addOwner(listed, seen, file.path(), entry.line(), owner, codeOwners.flavour())));
        return listed;
    }

    private static void addOwner(
            List<Listed> listed, List<String> seen, String path, int line, CodeOwner owner, Forge forge) {
        String key = owner.token().toLowerCase(Locale.ROOT);
        if (seen.contains(key)) {
            return;
        }
        if (owner.kind() == CodeOwner.Kind.USER || owner.kind() == CodeOwner.Kind.EMAIL) {
            seen.add(key);
            listed.add(new Listed(path, line, "", owner.user(), owner.email(), forge, owner.token()));
        }
    }

    /** The teams, groups and roles of CODEOWNERS, which cannot be matched to contacts. */
    static List<String> codeOwnerTeams(CodeOwners codeOwners) {
        return codeOwners.allOwners().stream()
                .filter(o -> o.kind() == CodeOwner.Kind.TEAM || o.kind() == CodeOwner.Kind.ROLE)
                .map(CodeOwner::token)
                .toList();
    }

    /** The active people of an OWNERS file, aliases expanded (Prow is GitHub's). */
    static List<Listed> owners(RepositoryFile<Owners> file, Optional<OwnersAliases> aliases) {
        List<Listed> listed = new ArrayList<>();
        List<String> names = file.model().orElseThrow().activePeople();
        List<String> users = aliases.map(a -> a.expand(names)).orElse(names);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String user : users) {
            if (seen.add(user.toLowerCase(Locale.ROOT))) {
                listed.add(new Listed(file.path(), 0, "", Optional.of(user), Optional.empty(), Forge.GITHUB, user));
            }
        }
        return listed;
    }

    /** The active people of MAINTAINERS with a handle or e-mail address. */
    static List<Listed> maintainers(RepositoryFile<?> file, List<Maintainer> people, Forge forge) {
        List<Listed> listed = new ArrayList<>();
        for (Maintainer person : people) {
            if (person.emeritus()
                    || (person.handle().isEmpty() && person.email().isEmpty())) {
                continue;
            }
            String label = person.name().isEmpty()
                    ? person.handle()
                            .map(h -> "@" + h)
                            .orElseGet(() -> person.email().orElse(""))
                    : person.name() + person.handle().map(h -> " (@" + h + ")").orElse("");
            listed.add(new Listed(file.path(), person.line(), "", person.handle(), person.email(), forge, label));
        }
        return listed;
    }

    /** Every person listed by CODEOWNERS, OWNERS and MAINTAINERS, in that order. */
    static List<Listed> everyone(RepositoryFiles files) {
        List<Listed> all = new ArrayList<>();
        files.codeOwners().filter(f -> f.model().isPresent()).ifPresent(f -> all.addAll(codeOwners(f)));
        Optional<OwnersAliases> aliases = files.ownersAliases().flatMap(RepositoryFile::model);
        files.owners().stream().filter(f -> f.model().isPresent()).forEach(f -> all.addAll(owners(f, aliases)));
        files.maintainers()
                .ifPresent(f -> f.model().ifPresent(m -> all.addAll(maintainers(f, m.people(), files.forge()))));
        return all;
    }

    /**
     * The contact a listed person is: by handle on the forge, else on any forge, else by e-mail.
     *
     * @param facts the facts
     * @param person the person
     * @return the contact, or empty
     */
    static Optional<Indexed<Contact>> contactOf(Facts facts, Listed person) {
        if (person.handle().isPresent()) {
            String handle = person.handle().get();
            Optional<Indexed<Contact>> onForge = facts.contacts().stream()
                    .filter(c -> c.value()
                            .handleOn(person.forge().key())
                            .filter(handle::equalsIgnoreCase)
                            .isPresent())
                    .findFirst();
            if (onForge.isPresent()) {
                return onForge;
            }
            Optional<Indexed<Contact>> anyForge = facts.contacts().stream()
                    .filter(c -> c.value().forgeHandles().values().stream().anyMatch(handle::equalsIgnoreCase))
                    .findFirst();
            if (anyForge.isPresent()) {
                return anyForge;
            }
        }
        return person.email().flatMap(email -> contactByEmail(facts, email));
    }

    /**
     * The contact with an e-mail address, without case.
     *
     * @param facts the facts
     * @param email the address
     * @return the contact, or empty
     */
    static Optional<Indexed<Contact>> contactByEmail(Facts facts, String email) {
        return facts.contacts().stream()
                .filter(c -> c.value().email().filter(email::equalsIgnoreCase).isPresent())
                .findFirst();
    }
}
