package eu.ospo.publiccode.internal.net;

import eu.ospo.problem.EchoedValue;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.publiccode.internal.check.OEmbedSchemes;
import eu.ospo.publiccode.internal.check.Urls;
import eu.ospo.publiccode.net.NetworkOptions;
import eu.ospo.yaml.internal.MappingReader.Text;
import eu.ospo.yaml.internal.ProblemList.Position;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The online checks of one parse. The reader registers each value as it reads it; the requests
 * start at once and run concurrently on the parser's {@link NetworkClient}; {@link #finish()} waits
 * for all of them (never past the file's time budget) and returns their problems in the order the
 * values were registered. Every failure becomes a positioned problem; nothing here throws. One
 * instance per parse; registration is not thread-safe (the reader is single-threaded).
 */
public final class OnlineChecks {

    private static final long GRACE_MILLIS = 500;
    private static final String MASTER = "master";

    /** What a remote image turned out to be. */
    private record Image(int status, String type, boolean png) {}

    /** A page fetch that failed, or a status that counts as failure. */
    private record Failure(String code, String reason, boolean rateLimited) {}

    /** An oEmbed answer: its status and, for a JSON object, its string members. */
    private record OEmbedAnswer(int status, Optional<Map<String, String>> members) {}

    /** A raw-file root derived from {@code url}, or the problem saying why there is none. */
    private record Derived(Optional<WebAddress> root, List<Problem> problems) {}

    private record Pending(CompletableFuture<List<Problem>> problems, Function<String, List<Problem>> timedOut) {}

    private final NetworkClient client;
    private final Deadline deadline;
    private final Optional<WebAddress> base;
    private final boolean deriveBase;
    private final List<Pending> pending = new ArrayList<>();
    private Text repositoryUrl;
    private CompletableFuture<Derived> derived;

    /** The requests the checks make; none when off (a parse without network makes no probes). */
    private final @Nullable Probes probes;

    private OnlineChecks(NetworkClient client, Optional<WebAddress> base, boolean deriveBase) {
        this.client = client;
        NetworkOptions options = client == null ? NetworkOptions.defaults() : client.options();
        this.deadline = Deadline.in(options.fileBudget());
        this.base = base;
        this.deriveBase = deriveBase;
        this.probes = client == null ? null : new Probes(options);
    }

    /** The probes of the online checks, made from the network options. */
    private static final class Probes {
        final NetworkClient.Probe<Integer> page;
        final NetworkClient.Probe<Integer> gitRefs;
        final NetworkClient.Probe<Boolean> mercurial;
        final NetworkClient.Probe<Boolean> gitLab;
        final NetworkClient.Probe<Optional<String>> branch;
        final NetworkClient.Probe<Image> image;
        final NetworkClient.Probe<OEmbedAnswer> oEmbed;

        Probes(NetworkOptions options) {
            long body = options.maxBodyBytes();
            this.page = new NetworkClient.Probe<>("page", Fetcher.Request.status("*/*"), Response::status);
            this.gitRefs = new NetworkClient.Probe<>("git", new Fetcher.Request("HEAD", "*/*", -1), Response::status);
            this.mercurial = new NetworkClient.Probe<>(
                    "hg", new Fetcher.Request("GET", "application/mercurial-0.1", body), OnlineChecks::isMercurial);
            this.gitLab =
                    new NetworkClient.Probe<>("gitlab", Fetcher.Request.status("*/*"), OnlineChecks::hasGitLabSession);
            this.branch = new NetworkClient.Probe<>(
                    "branch",
                    new Fetcher.Request("GET", "*/*", body),
                    r -> r.isSuccess()
                            ? CodeHosts.defaultBranch(new String(r.body(), StandardCharsets.ISO_8859_1))
                            : Optional.empty());
            this.image = new NetworkClient.Probe<>(
                    "image",
                    new Fetcher.Request("GET", "image/*,*/*;q=0.8", options.maxImageBytes()),
                    r -> new Image(r.status(), ImageContent.sniff(r.body()), ImageContent.isDecodablePng(r.body())));
            this.oEmbed = new NetworkClient.Probe<>(
                    "oembed",
                    new Fetcher.Request("GET", "application/json", body),
                    r -> new OEmbedAnswer(
                            r.status(),
                            r.isSuccess()
                                    ? JsonObjectReader.strings(new String(r.body(), StandardCharsets.UTF_8))
                                    : Optional.empty()));
        }
    }

    /**
     * No online checks: every method does nothing.
     *
     * @return the disabled checks
     */
    public static OnlineChecks off() {
        return new OnlineChecks(null, Optional.empty(), false);
    }

    /**
     * Online checks for one parse; the time budget starts now.
     *
     * @param client the parser's client
     * @param base the remote base for relative file references, if the file has one
     * @param deriveBase whether to derive the base from {@code url} (a file parsed from bytes with no
     *     base of its own, as the reference validator does)
     * @return the checks
     */
    public static OnlineChecks on(NetworkClient client, Optional<WebAddress> base, boolean deriveBase) {
        return new OnlineChecks(client, base, deriveBase && base.isEmpty());
    }

    /** Whether requests are made. */
    public boolean isOn() {
        return client != null;
    }

    /**
     * {@code url}: reachable, and a code repository; for a file without a base, also the source of
     * the raw-file base its relative references resolve against (derived when the first one needs
     * it).
     *
     * @param url the value
     */
    public void url(Text url) {
        if (!isOn()) {
            return;
        }
        reachable(url, url.key(), Severity.ERROR);
        repository(url);
        repositoryUrl = url;
    }

    /**
     * A URL the reference validator checks for reachability ({@code landingURL}, {@code roadmap},
     * {@code documentation}, {@code apiDocumentation}): an error when it does not answer with 2xx.
     *
     * @param text the value
     */
    public void reachable(Text text) {
        if (isOn()) {
            reachable(text, text.key(), Severity.ERROR);
        }
    }

    /**
     * A URL the reference validator does not check but ospo does ({@code isBasedOn}, {@code
     * organisation.uri}, {@code fundedBy[].uri}): only {@code http(s)} values, and a failure is a
     * warning.
     *
     * @param text the value
     * @param at where to report
     */
    public void related(Text text, Position at) {
        String lower = text.value().toLowerCase(Locale.ROOT);
        if (isOn() && (lower.startsWith("http://") || lower.startsWith("https://"))) {
            reachable(text, at, Severity.WARNING);
        }
    }

    /**
     * A file reference, checked remotely when it is an absolute URL or the file has a remote base.
     *
     * @param role what the file is for
     * @param text the value
     * @param at where to report
     * @return true when it was taken over here; false when the local checks apply
     */
    public boolean file(FileRole role, Text text, Position at) {
        if (!isOn()) {
            return false;
        }
        String value = text.value();
        if (Urls.hasScheme(value)) {
            try {
                remoteFile(
                        role,
                        text,
                        at,
                        CompletableFuture.completedFuture(Optional.of(CodeHosts.rawFile(WebAddress.parse(value)))));
            } catch (IllegalArgumentException e) {
                add(done(List.of(fileProblem(role, text, at, value, badUrl(value, e)))), budget -> List.of());
            }
            return true;
        }
        if (base.isPresent()) {
            remoteFile(
                    role,
                    text,
                    at,
                    CompletableFuture.completedFuture(Optional.of(base.get().file(value))));
            return true;
        }
        if (deriveBase && repositoryUrl != null) {
            if (derived == null) { // derived once, when the first relative reference needs it
                derived = deriveRoot(repositoryUrl);
                add(derived.thenApply(Derived::problems), budget -> List.of());
            }
            remoteFile(role, text, at, derived.thenApply(d -> d.root().map(root -> root.file(value))));
            return true;
        }
        return false;
    }

    /**
     * A video URL that matches an oEmbed provider's scheme: resolved through the provider's endpoint;
     * a failure is a warning (the reference validator checks the scheme only).
     *
     * @param text the value
     */
    public void video(Text text) {
        if (!isOn()) {
            return;
        }
        Optional<String> endpoint = OEmbedSchemes.instance().endpoint(text.value());
        if (endpoint.isEmpty()) {
            return;
        }
        String request = endpoint.get().replace("{format}", "json");
        request += (request.contains("?") ? "&" : "?") + "url="
                + URLEncoder.encode(text.value(), StandardCharsets.UTF_8) + "&format=json";
        String prefix = "'" + echo(text.value()) + "' could not be resolved through its oEmbed provider: ";
        WebAddress url;
        try {
            url = WebAddress.parse(request);
        } catch (IllegalArgumentException e) {
            return; // a provider list entry that is no URL: nothing to ask
        }
        String shown = url.toString();
        add(
                client.ask(probes.oEmbed, url, deadline).handle((answer, error) -> {
                    Optional<Failure> failure = error != null
                            ? Optional.of(requestFailure(cause(error), shown))
                            : statusFailure(answer.status(), shown);
                    if (failure.isPresent()) {
                        return List.of(problem(
                                Codes.VIDEO_UNRESOLVED,
                                Severity.WARNING,
                                text,
                                text.at(),
                                prefix + failure.get().reason(),
                                "endpoint",
                                shown));
                    }
                    if (answer.members().isEmpty() || !answer.members().get().containsKey("type")) {
                        return List.of(problem(
                                Codes.VIDEO_UNRESOLVED,
                                Severity.WARNING,
                                text,
                                text.at(),
                                prefix + echo(shown) + " did not answer with an oEmbed JSON object",
                                "endpoint",
                                shown));
                    }
                    return List.<Problem>of();
                }),
                reason -> List.of(problem(
                        Codes.TIMEOUT,
                        Severity.WARNING,
                        text,
                        text.at(),
                        prefix + "HTTP GET failed for " + echo(shown) + ": " + reason,
                        "endpoint",
                        shown)));
    }

    /**
     * Waits for every check (at most until the file's budget ends) and returns their problems in
     * registration order; checks that did not finish are reported as timeouts.
     *
     * @return the problems
     */
    public List<Problem> finish() {
        List<Problem> problems = new ArrayList<>();
        for (Pending check : pending) {
            long wait = deadline.remaining().toMillis() + GRACE_MILLIS;
            try {
                problems.addAll(check.problems().get(wait, TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                problems.addAll(check.timedOut().apply(deadline.exhausted()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problems.addAll(check.timedOut().apply("interrupted"));
            } catch (ExecutionException e) {
                throw new IllegalStateException("an online check failed unexpectedly", e.getCause());
            }
        }
        return problems;
    }

    private void reachable(Text text, Position at, Severity severity) {
        String value = text.value();
        String prefix = "'" + echo(value) + "' not reachable: ";
        WebAddress url;
        try {
            url = WebAddress.parse(value);
        } catch (WebAddress.MissingSchemeException e) {
            add(
                    done(List.of(
                            problem(Codes.NO_SCHEME, severity, text, at, prefix + "missing URL scheme", "url", value))),
                    budget -> List.of());
            return;
        } catch (IllegalArgumentException e) {
            Failure failure = badUrl(value, e);
            add(
                    done(List.of(problem(failure.code(), severity, text, at, prefix + failure.reason(), "url", value))),
                    budget -> List.of());
            return;
        }
        add(
                pageFailure(probes.page, url, value)
                        .thenApply(failure -> failure
                                .map(f -> problem(
                                        f.code(),
                                        f.rateLimited() ? Severity.WARNING : severity,
                                        text,
                                        at,
                                        prefix + f.reason(),
                                        "url",
                                        value))
                                .stream()
                                .toList()),
                reason -> List.of(problem(
                        Codes.TIMEOUT,
                        severity,
                        text,
                        at,
                        prefix + "HTTP GET failed for " + echo(value) + ": " + reason)));
    }

    private void repository(Text text) {
        Problem notRepository = problem(
                Codes.NOT_REPOSITORY,
                Severity.ERROR,
                text,
                text.key(),
                "is not a valid code repository",
                "url",
                text.value());
        WebAddress url;
        try {
            url = WebAddress.parse(text.value());
        } catch (IllegalArgumentException e) {
            add(done(List.of(notRepository)), budget -> List.of());
            return;
        }
        Optional<Boolean> byShape = CodeHosts.isRepositoryByShape(url);
        if (byShape.isPresent()) {
            add(done(byShape.get() ? List.of() : List.of(notRepository)), budget -> List.of());
            return;
        }
        CompletableFuture<Boolean> isGitLab = orFalse(client.ask(probes.gitLab, CodeHosts.gitLabApi(url), deadline));
        CompletableFuture<Boolean> isGit = orFalse(
                client.ask(probes.gitRefs, CodeHosts.gitRefs(url), deadline).thenApply(s -> s >= 200 && s <= 299));
        CompletableFuture<Boolean> isHg =
                orFalse(client.ask(probes.mercurial, CodeHosts.mercurialCapabilities(url), deadline));
        CompletableFuture<List<Problem>> verdict = isGitLab.thenCompose(lab -> lab
                        ? CompletableFuture.completedFuture(CodeHosts.isGitLabProject(url))
                        : isGit.thenCombine(isHg, (git, hg) -> git || hg))
                .thenApply(repository -> repository ? List.of() : List.of(notRepository));
        add(
                verdict,
                reason -> List.of(problem(
                        Codes.TIMEOUT,
                        Severity.ERROR,
                        text,
                        text.key(),
                        "could not check that it is a code repository: " + reason,
                        "url",
                        text.value())));
    }

    private CompletableFuture<Derived> deriveRoot(Text text) {
        String value = text.value();
        String prefix = "failed to get raw URL for code repository at " + echo(value) + ": ";
        Function<String, Derived> failed = reason -> new Derived(
                Optional.empty(),
                List.of(problem(Codes.RAW_ROOT, Severity.ERROR, text, text.key(), prefix + reason, "url", value)));
        WebAddress url;
        try {
            url = WebAddress.parse(value);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(failed.apply("not an http(s) URL"));
        }
        String host = url.host().name();
        CompletableFuture<Boolean> isGitLab = host.equals(CodeHosts.GITHUB) || host.equals(CodeHosts.BITBUCKET)
                ? CompletableFuture.completedFuture(false)
                : orFalse(client.ask(probes.gitLab, CodeHosts.gitLabApi(url), deadline));
        return isGitLab.thenCompose(lab -> {
            if (CodeHosts.rawRoot(url, MASTER, lab).isEmpty()) {
                return CompletableFuture.completedFuture(failed.apply("not a GitHub, Bitbucket or GitLab repository"));
            }
            return client.ask(probes.branch, CodeHosts.gitRefs(url), deadline)
                    .handle((name, error) -> error == null
                            ? new Derived(CodeHosts.rawRoot(url, name.orElse(MASTER), lab), List.of())
                            : failed.apply("cannot get the default branch: "
                                    + cause(error).reason()));
        });
    }

    private void remoteFile(FileRole role, Text text, Position at, CompletableFuture<Optional<WebAddress>> location) {
        add(
                location.thenCompose(target ->
                        target.map(url -> remoteFile(role, text, at, url)).orElse(done(List.of()))),
                reason ->
                        List.of(fileProblem(role, text, at, text.value(), new Failure(Codes.TIMEOUT, reason, false))));
    }

    private CompletableFuture<List<Problem>> remoteFile(FileRole role, Text text, Position at, WebAddress url) {
        String shown = Urls.hasScheme(text.value()) ? shownAbsolute(text.value(), url) : url.toString();
        String extension = extension(url.path());
        if (!role.extensions().isEmpty() && !role.extensions().contains(extension)) {
            Failure failure = new Failure(FILE_EXTENSION, "invalid file extension for: " + echo(shown), false);
            return done(List.of(fileProblem(role, text, at, shown, failure)));
        }
        if (role == FileRole.AUTHORS) {
            return pageFailure(probes.page, url, shown)
                    .thenApply(failure -> failure.map(f -> fileProblem(role, text, at, shown, f)).stream()
                            .toList());
        }
        return client.ask(probes.image, url, deadline).handle((answer, error) -> {
            if (error != null || !statusFailure(answer.status(), shown).isEmpty()) {
                Failure failure = error != null
                        ? requestFailure(cause(error), shown)
                        : statusFailure(answer.status(), shown).orElseThrow();
                return List.of(fileProblem(role, text, at, shown, failure));
            }
            List<Problem> problems = new ArrayList<>();
            if (role == FileRole.LOGO && extension.equals(".png") && !answer.png()) {
                problems.add(problem(FILE_NOT_PNG, Severity.ERROR, text, at, "image: unknown format", "url", shown));
            } else {
                Optional<String> expected = ImageContent.expected(extension);
                if (expected.isPresent() && !expected.get().equals(answer.type())) {
                    String reason =
                            "the content at " + echo(shown) + " is " + answer.type() + ", not " + expected.get();
                    problems.add(problem(
                            Codes.NOT_IMAGE,
                            Severity.WARNING,
                            text,
                            at,
                            role == FileRole.SCREENSHOT
                                    ? "'" + echo(text.value()) + "' is not an image: " + reason
                                    : reason,
                            "url",
                            shown,
                            "type",
                            answer.type()));
                }
            }
            return problems;
        });
    }

    /** The absolute URL as written when it is what was requested, else as requested (after blob to raw). */
    private static String shownAbsolute(String value, WebAddress url) {
        try {
            return WebAddress.parse(value).equals(url) ? value : url.toString();
        } catch (IllegalArgumentException e) {
            return url.toString();
        }
    }

    private Problem fileProblem(FileRole role, Text text, Position at, String shown, Failure failure) {
        String message = switch (role) {
            case LOGO -> failure.reason();
            case SCREENSHOT -> "'" + echo(text.value()) + "' is not an image: " + failure.reason();
            case AUTHORS -> "'" + echo(shown) + "' does not exist: " + failure.reason();
        };
        return problem(
                failure.code(),
                failure.rateLimited() ? Severity.WARNING : Severity.ERROR,
                text,
                at,
                message,
                "url",
                shown);
    }

    /** A page request: empty when it answered 2xx. */
    private CompletableFuture<Optional<Failure>> pageFailure(
            NetworkClient.Probe<Integer> probe, WebAddress url, String shown) {
        return client.ask(probe, url, deadline)
                .handle((status, error) -> error != null
                        ? Optional.of(requestFailure(cause(error), shown))
                        : statusFailure(status, shown));
    }

    private static Optional<Failure> statusFailure(int status, String shown) {
        String prefix = "HTTP GET failed for " + echo(shown) + ": ";
        if (status >= 200 && status <= 299) {
            return Optional.empty();
        }
        return Optional.of(
                switch (status) {
                    case 404 -> new Failure(Codes.STATUS, prefix + "not found", false);
                    case 403 -> new Failure(Codes.STATUS, prefix + "forbidden resource", false);
                    case 429 -> new Failure(Codes.RATE_LIMITED, prefix + "too many requests (status 429)", true);
                    default -> new Failure(Codes.STATUS, prefix + "status code " + status, false);
                });
    }

    private static Failure requestFailure(FetchException e, String shown) {
        return new Failure(e.kind().code(), "HTTP GET failed for " + echo(shown) + ": " + echo(e.reason()), false);
    }

    private static Failure badUrl(String value, IllegalArgumentException e) {
        String code = e instanceof WebAddress.UnsupportedSchemeException ? Codes.UNSUPPORTED_SCHEME : Codes.INVALID_URL;
        return new Failure(code, "HTTP GET failed for " + echo(value) + ": " + echo(e.getMessage()), false);
    }

    private static FetchException cause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof FetchException)) {
            cause = cause.getCause();
        }
        return cause instanceof FetchException f
                ? f
                : new FetchException(FetchException.Kind.UNREACHABLE, GuardedConnector.describe((Exception) cause));
    }

    private static CompletableFuture<Boolean> orFalse(CompletableFuture<Boolean> future) {
        return future.exceptionally(error -> false);
    }

    private static <T> CompletableFuture<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    private void add(CompletableFuture<List<Problem>> problems, Function<String, List<Problem>> timedOut) {
        pending.add(new Pending(problems, timedOut));
    }

    private static Problem problem(
            String code, Severity severity, Text text, Position at, String message, String... arguments) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < arguments.length; i += 2) {
            map.put(arguments[i], arguments[i + 1]);
        }
        return new Problem(code, severity, text.path().toString(), at.line(), at.column(), message, map);
    }

    /** A file value or URL as a message repeats it (shortened like every echoed value). */
    private static String echo(String value) {
        return EchoedValue.of(value);
    }

    /** The extension of the last path segment, lower-case with the dot ({@code .png}), or empty. */
    static String extension(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 ? "" : last.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static boolean isMercurial(Response response) {
        if (!response.isSuccess()) {
            return false;
        }
        if (response.header("content-type")
                .map(t -> t.startsWith("application/mercurial"))
                .orElse(false)) {
            return true;
        }
        // every Mercurial server since 1.x lists both; their values, if any, follow a '='
        List<String> capabilities = List.of(
                new String(response.body(), StandardCharsets.ISO_8859_1).strip().split("\\s+"));
        return capabilities.contains("lookup") && capabilities.contains("branchmap");
    }

    private static boolean hasGitLabSession(Response response) {
        return response.headers("set-cookie").stream()
                .anyMatch(cookie -> cookie.strip().startsWith("_gitlab_session="));
    }

    private static final String FILE_EXTENSION = "file.extension";
    private static final String FILE_NOT_PNG = "file.not-png";

    /** The problem codes of the online checks (see {@code docs/problem-codes.md}). */
    static final class Codes {
        static final String NO_SCHEME = "net.no-scheme";
        static final String INVALID_URL = "net.invalid-url";
        static final String UNSUPPORTED_SCHEME = "net.unsupported-scheme";
        static final String STATUS = "net.status";
        static final String RATE_LIMITED = "net.rate-limited";
        static final String TIMEOUT = "net.timeout";
        static final String NOT_REPOSITORY = "net.not-repository";
        static final String NOT_IMAGE = "net.not-image";
        static final String VIDEO_UNRESOLVED = "net.video-unresolved";
        static final String RAW_ROOT = "net.raw-root";

        private Codes() {}
    }
}
