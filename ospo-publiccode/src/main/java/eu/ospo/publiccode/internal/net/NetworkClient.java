package eu.ospo.publiccode.internal.net;

import eu.ospo.publiccode.net.NetworkOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The network side of one parser: a {@link Fetcher}, the limits of at most {@link
 * NetworkOptions#maxConcurrentRequests()} requests at once and {@link
 * NetworkOptions#maxConnectionsPerHost()} to one host, and the answer cache. Requests run on daemon
 * threads shared by every parser of the JVM (idle threads end after 30 s, so a parser needs no
 * closing); callers get futures. Thread-safe.
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
        this.limiter =
                new HostLimiter(SharedThreads.POOL, options.maxConcurrentRequests(), options.maxConnectionsPerHost());
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

    /**
     * The threads every parser's requests run on, shared so that a parser per file (validating files
     * one by one) reuses the threads of the parsers before it instead of starting its own: daemon
     * threads, started when all are busy, ending after 30 s idle (so nothing needs closing). Each
     * parser's {@link HostLimiter} bounds how many of them it uses at once.
     */
    private static final class SharedThreads {
        static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(
                0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), SharedThreads::daemon);

        private static Thread daemon(Runnable task) {
            Thread thread = new Thread(task, "ospo-net-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
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
