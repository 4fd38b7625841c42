package eu.ospo.governance.files;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One owner named in {@code CODEOWNERS}, as written.
 *
 * @param token the owner as written, for example {@code @jvdberg}, {@code @org/team}, {@code
 *     @@maintainer} or {@code jan@example.org}
 * @param kind what kind of owner it is
 */
public record CodeOwner(String token, Kind kind) {

    /** The kinds of owners the forges accept. */
    public enum Kind {
        /** A user: {@code @name}. */
        USER,
        /** A team ({@code @org/team} on GitHub) or a group, possibly nested ({@code @group/sub} on GitLab). */
        TEAM,
        /** An e-mail address registered to an account. */
        EMAIL,
        /** A GitLab role: {@code @@developer}, {@code @@maintainer}, {@code @@owner}. */
        ROLE
    }

    /** Checks for nulls. */
    public CodeOwner {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The user name without the {@code @}, for users.
     *
     * @return the user name (as written), or empty for teams, e-mail addresses and roles
     */
    public Optional<String> user() {
        return kind == Kind.USER ? Optional.of(token.substring(1)) : Optional.empty();
    }

    /**
     * The e-mail address, for e-mail owners.
     *
     * @return the address in lower case, or empty
     */
    public Optional<String> email() {
        return kind == Kind.EMAIL ? Optional.of(token.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    @Override
    public String toString() {
        return token;
    }
}
