package eu.ospo.governance.internal.read;

import eu.ospo.model.Team;
import eu.ospo.yaml.internal.KeyPath;
import eu.ospo.yaml.internal.ProblemList;
import eu.ospo.yaml.internal.ProblemList.Position;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The ids a governance.yml declares and the references to them: reports a repeated id when it is
 * declared and, once the whole file is read, every reference to an id nobody declared.
 */
final class References {

    /** What an id names; ids are unique within one kind. */
    enum Kind {
        ORGANISATION("organisation"),
        PROJECT("project"),
        AGREEMENT("agreement"),
        CONTACT("contact"),
        DECISION_BODY("decision body"),
        TEAM("team"),
        OSPO_RULESET("OSPO ruleset");

        private final String noun;

        Kind(String noun) {
            this.noun = noun;
        }
    }

    private record Reference(Kind kind, String id, KeyPath path, Position at) {}

    private final ProblemList problems;
    private final Map<Kind, Map<String, KeyPath>> declared = new EnumMap<>(Kind.class);
    private final List<Reference> references = new ArrayList<>();
    private final Map<String, Team> teams = new HashMap<>();
    private final java.util.Set<String> partialTeams = new java.util.HashSet<>();
    private final List<Consumer<References>> checks = new ArrayList<>();

    References(ProblemList problems) {
        this.problems = problems;
        for (Kind kind : Kind.values()) {
            declared.put(kind, new HashMap<>());
        }
    }

    /**
     * Declares an id; reports {@code id.duplicate} if it was declared before (the first one wins).
     *
     * @param kind what the id names
     * @param id the id
     * @param path the key path of the {@code id} key
     * @param at its position
     */
    void declare(Kind kind, String id, KeyPath path, Position at) {
        KeyPath first = declared.get(kind).putIfAbsent(id, path);
        if (first != null) {
            problems.error(
                    Codes.ID_DUPLICATE,
                    path,
                    at,
                    "the " + kind.noun + " id \"" + ProblemList.echo(id) + "\" is already used at " + first,
                    "id",
                    id,
                    "first",
                    first.toString());
        }
    }

    /**
     * Records a reference, checked by {@link #resolve()}.
     *
     * @param kind what the id must name
     * @param id the id
     * @param path the key path of the referring key or item
     * @param at its position
     */
    void refer(Kind kind, String id, KeyPath path, Position at) {
        references.add(new Reference(kind, id, path, at));
    }

    /**
     * Keeps a team that was read, for the checks of references to it (the first of an id wins).
     *
     * @param team the team
     * @param complete false when some of its members could not be read (their problems are reported;
     *     checks of membership then stay silent rather than report a consequence)
     */
    void team(Team team, boolean complete) {
        if (teams.putIfAbsent(team.id(), team) == null && !complete) {
            partialTeams.add(team.id());
        }
    }

    /** Whether every member of the team with an id was read. */
    boolean isComplete(String teamId) {
        return !partialTeams.contains(teamId);
    }

    /** The team read with an id. */
    Optional<Team> team(String id) {
        return Optional.ofNullable(teams.get(id));
    }

    /** Whether an id of a kind is declared. */
    boolean isDeclared(Kind kind, String id) {
        return declared.get(kind).containsKey(id);
    }

    /**
     * Registers a check that needs the whole file (a reference's target read later), run by {@link
     * #resolve()} after the unknown references are reported.
     */
    void check(Consumer<References> check) {
        checks.add(check);
    }

    ProblemList problems() {
        return problems;
    }

    /**
     * Reports {@code reference.unknown} for every reference to an undeclared id, in file order, then
     * runs the registered checks.
     */
    void resolve() {
        for (Reference reference : references) {
            if (!declared.get(reference.kind()).containsKey(reference.id())) {
                problems.error(
                        Codes.REFERENCE_UNKNOWN,
                        reference.path(),
                        reference.at(),
                        "no " + reference.kind().noun + " has the id \"" + ProblemList.echo(reference.id()) + "\"",
                        "kind",
                        reference.kind().name().toLowerCase(java.util.Locale.ROOT),
                        "id",
                        reference.id());
            }
        }
        checks.forEach(check -> check.accept(this));
    }
}
