package eu.ospo.publiccode.internal.net;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code hosting services the reference validator knows by name (GitHub, Bitbucket, GitLab), as
 * go-vcsurl describes them: which paths are a repository's root, how a file page becomes its raw
 * file, and where a repository's raw files live. Only URL shapes; no requests. Stateless.
 */
final class CodeHosts {

    static final String GITHUB = "github.com";
    static final String BITBUCKET = "bitbucket.org";
    static final String GITLAB = "gitlab.com";

    private static final Pattern OWNER_REPO = Pattern.compile("^/[^/]+/[^/]+/?$");
    private static final Pattern GITLAB_PROJECT = Pattern.compile("^(/[^/]+){2,}/?$");
    private static final Pattern GITLAB_FILE_VIEW = Pattern.compile("/(blob|raw)/");
    private static final Pattern GITHUB_BLOB = Pattern.compile("^(/[^/]+/[^/]+)/blob/(.+)$");
    private static final Pattern BITBUCKET_SRC = Pattern.compile("^(/[^/]+/[^/]+)/src/(.+)$");
    private static final Pattern GITLAB_BLOB = Pattern.compile("^((?:/[^/]+)+?)/(?:-/)?blob/([^/]+/.+)$");

    private CodeHosts() {}

    /**
     * Whether a URL is a repository by its shape alone, or empty when the host is none of the three
     * (a GitLab on another host is recognised with {@link #isGitLabProject} after a probe).
     */
    static Optional<Boolean> isRepositoryByShape(WebAddress url) {
        String host = url.host().name();
        String path = url.path();
        if (host.equals(GITHUB) || host.equals(BITBUCKET)) {
            return Optional.of(OWNER_REPO.matcher(path).matches());
        }
        if (host.equals(GITLAB)) {
            return Optional.of(isGitLabProject(url));
        }
        return Optional.empty();
    }

    /** A GitLab project page: at least two path segments, not a file view. */
    static boolean isGitLabProject(WebAddress url) {
        return GITLAB_PROJECT.matcher(url.path()).matches()
                && !GITLAB_FILE_VIEW.matcher(url.path()).find();
    }

    /**
     * The raw file behind a file page ({@code github.com/o/r/blob/main/logo.png} becomes {@code
     * raw.githubusercontent.com/o/r/main/logo.png}); other URLs unchanged. GitLab file pages are
     * recognised on gitlab.com and, on any host, by GitLab's {@code /-/blob/} path.
     */
    static WebAddress rawFile(WebAddress url) {
        String host = url.host().name();
        String path = url.path();
        if (host.equals(GITHUB) && url.isHttps()) {
            Matcher blob = GITHUB_BLOB.matcher(path);
            if (blob.matches()) {
                return WebAddress.parse("https://raw.githubusercontent.com" + blob.group(1) + "/" + blob.group(2)
                        + url.query().map(q -> "?" + q).orElse(""));
            }
        } else if (host.equals(BITBUCKET) && url.isHttps()) {
            Matcher src = BITBUCKET_SRC.matcher(path);
            if (src.matches()) {
                return url.withTarget(src.group(1) + "/raw/" + src.group(2), url.query());
            }
        } else if (host.equals(GITLAB) || path.contains("/-/blob/")) {
            Matcher blob = GITLAB_BLOB.matcher(path);
            if (blob.matches()) {
                return url.withTarget(blob.group(1) + "/raw/" + blob.group(2), url.query());
            }
        }
        return url;
    }

    /**
     * The raw-file root of a repository on a named host, for a branch: {@code
     * https://raw.githubusercontent.com/o/r/main/}, {@code https://bitbucket.org/o/r/raw/main/},
     * {@code https://gitlab.com/g/p/-/raw/main/}; empty for other hosts and other shapes.
     */
    static Optional<WebAddress> rawRoot(WebAddress repository, String branch, boolean gitLab) {
        String host = repository.host().name();
        String path = repository.path().replaceAll("/+$", "");
        if (host.equals(GITHUB) && OWNER_REPO.matcher(path).matches()) {
            String ownerRepo = path.endsWith(".git") ? path.substring(0, path.length() - 4) : path;
            return Optional.of(WebAddress.parse("https://raw.githubusercontent.com" + ownerRepo + "/" + branch + "/"));
        }
        if (host.equals(BITBUCKET) && OWNER_REPO.matcher(path).matches()) {
            return Optional.of(repository.withTarget(path + "/raw/" + branch + "/", Optional.empty()));
        }
        if ((gitLab || host.equals(GITLAB)) && isGitLabProject(repository)) {
            return Optional.of(repository.withTarget(path + "/-/raw/" + branch + "/", Optional.empty()));
        }
        return Optional.empty();
    }

    /** Where git's smart HTTP protocol advertises a repository's refs. */
    static WebAddress gitRefs(WebAddress repository) {
        String path = repository.path().replaceAll("/+$", "");
        return repository.withTarget(path + "/info/refs", Optional.of("service=git-upload-pack"));
    }

    /** Where a Mercurial server lists its capabilities. */
    static WebAddress mercurialCapabilities(WebAddress repository) {
        return repository.withTarget(repository.path(), Optional.of("cmd=capabilities"));
    }

    /** Where a GitLab answers with its session cookie (a GitLab on its own domain). */
    static WebAddress gitLabApi(WebAddress repository) {
        return repository.withTarget("/api", Optional.empty());
    }

    /** The default branch named in a smart-HTTP ref advertisement, if any. */
    static Optional<String> defaultBranch(String advertisement) {
        Matcher matcher =
                Pattern.compile("symref=HEAD:refs/heads/([^ \\x00\\n]+)").matcher(advertisement);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
