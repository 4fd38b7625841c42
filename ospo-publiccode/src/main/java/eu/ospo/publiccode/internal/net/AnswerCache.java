package eu.ospo.publiccode.internal.net;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The answers of one parser, least recently used first out when full. Holds futures, so that two
 * files asking for the same URL at the same time share one request. Answers that depend on the
 * asking file (timeouts, which depend on its time budget) are dropped when they complete, so a later
 * file asks again. Thread-safe.
 */
final class AnswerCache {

    private final int capacity;
    private final Map<String, CompletableFuture<?>> entries;

    AnswerCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<?>> eldest) {
                return size() > AnswerCache.this.capacity;
            }
        };
    }

    /** The cached future for the key, or a new one from the supplier (started once, outside the lock). */
    @SuppressWarnings("unchecked")
    <T> CompletableFuture<T> get(String key, Supplier<CompletableFuture<T>> start) {
        if (capacity == 0) {
            return start.get();
        }
        CompletableFuture<T> placeholder = new CompletableFuture<>();
        synchronized (entries) {
            CompletableFuture<?> existing = entries.get(key);
            if (existing != null) {
                return (CompletableFuture<T>) existing;
            }
            entries.put(key, placeholder);
        }
        start.get().whenComplete((value, failure) -> {
            if (failure != null && !isCacheable(failure)) {
                synchronized (entries) {
                    entries.remove(key, placeholder);
                }
            }
            if (failure != null) {
                placeholder.completeExceptionally(failure);
            } else {
                placeholder.complete(value);
            }
        });
        return placeholder;
    }

    /** How many entries there are (for tests). */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private static boolean isCacheable(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        return cause instanceof FetchException f && f.kind() != FetchException.Kind.TIMEOUT;
    }
}
