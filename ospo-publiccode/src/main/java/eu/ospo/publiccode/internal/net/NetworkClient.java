package eu.ospo.publiccode.internal.net;

import eu.ospo.publiccode.net.NetworkOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The network side of one parser: a {@link Fetcher}, a pool of at most {@link
 * NetworkOptions#maxConcurrentRequests()} daemon threads (idle threads end after 30 s, so a parser
 * needs no closing), the per-host limit and the answer cache. Requests run on the pool; callers get
 * futures. Thread-safe.
 */
public final class NetworkClient {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final NetworkOptions options;
    private final Fetcher fetcher;
    private final HostLimiter limiter;
    private final AnswerCache cache;

    /**
     * A client with the given options.
     *
     * @param options the options
     */
    public NetworkClient(NetworkOptions options) {
        this.options = options;
        this.fetcher = new Fetcher(options);
        ThreadPoolExecutor executor = new ThreadPoolExecutor(
                options.maxConcurrentRequests(),
                options.maxConcurrentRequests(),
                30,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                daemonThreads());
        executor.allowCoreThreadTimeOut(true);
        this.limiter = new HostLimiter(executor, options.maxConnectionsPerHost());
        this.cache = new AnswerCache(options.cacheSize());
    }

    /**
     * The options.
     *
     * @return the options
     */
    public NetworkOptions options() {
        return options;
    }

    /**
     * Asks a URL, through the cache.
     *
     * @param <T> what the answer is turned into
     * @param probe what to ask and how to read the answer
     * @param url where
     * @param deadline the asking file's deadline
     * @return the future answer; it fails with a {@link FetchException}
     */
    public <T> CompletableFuture<T> ask(Probe<T> probe, WebAddress url, Deadline deadline) {
        return cache.get(probe.name() + " " + url, () -> start(probe, url, deadline));
    }

    /**
     * Fetches without the cache (a document to parse).
     *
     * @param request what to ask
     * @param url where
     * @param deadline when to give up
     * @return the answer
     * @throws FetchException if there is none
     */
    public Response fetch(Fetcher.Request request, WebAddress url, Deadline deadline) throws FetchException {
        return fetcher.fetch(request, url, deadline);
    }

    private <T> CompletableFuture<T> start(Probe<T> probe, WebAddress url, Deadline deadline) {
        CompletableFuture<T> future = new CompletableFuture<>();
        limiter.submit(url.origin(), () -> {
            try {
                if (deadline.passed()) {
                    throw new FetchException(FetchException.Kind.TIMEOUT, deadline.exhausted());
                }
                future.complete(probe.read().apply(fetcher.fetch(probe.request(), url, deadline)));
            } catch (FetchException e) {
                future.completeExceptionally(e);
            } catch (RuntimeException e) {
                future.completeExceptionally(new FetchException(
                        FetchException.Kind.UNREACHABLE, "unexpected failure: " + GuardedConnector.describe(e), e));
            }
        });
        return future;
    }

    private static ThreadFactory daemonThreads() {
        return task -> {
            Thread thread = new Thread(task, "ospo-net-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * A kind of request with its reading of the answer; the name keys the cache, so one name means
     * one request and one reading.
     *
     * @param <T> what the answer becomes
     * @param name the cache name, for example {@code page}
     * @param request the request
     * @param read turns the final answer into the result (must not throw)
     */
    public record Probe<T>(String name, Fetcher.Request request, Function<Response, T> read) {}
}
