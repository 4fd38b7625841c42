package eu.ospo.publiccode.internal.net;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks on an executor with at most {@code total} of them running at once, and at most {@code
 * perHost} for the same host; the others wait in one queue and start in order as slots free up (a
 * task whose host is busy does not hold back a later task for another host). The executor may be
 * shared with other limiters: the limits are this limiter's own. A host with nothing running takes
 * no memory. Thread-safe.
 */
final class HostLimiter {

    private record Waiting(String host, Runnable task) {}

    private final Executor executor;
    private final int total;
    private final int perHost;
    private final Map<String, Integer> running = new HashMap<>();
    private final Queue<Waiting> waiting = new ArrayDeque<>();
    private int runningTotal;

    HostLimiter(Executor executor, int total, int perHost) {
        this.executor = executor;
        this.total = total;
        this.perHost = perHost;
    }

    /** Runs the task now if both limits allow, else when they do. */
    void submit(String host, Runnable task) {
        Runnable wrapped = () -> {
            try {
                task.run();
            } finally {
                release(host);
            }
        };
        synchronized (this) {
            if (!take(host)) {
                waiting.add(new Waiting(host, wrapped));
                return;
            }
        }
        start(wrapped);
    }

    /** How many tasks run or wait for the host (for tests). */
    synchronized int load(String host) {
        int count = running.getOrDefault(host, 0);
        for (Waiting w : waiting) {
            if (w.host().equals(host)) {
                count++;
            }
        }
        return count;
    }

    /** Takes a slot for the host if both limits allow (holding the lock). */
    private boolean take(String host) {
        int now = running.getOrDefault(host, 0);
        if (runningTotal == total || now == perHost) {
            return false;
        }
        running.put(host, now + 1);
        runningTotal++;
        return true;
    }

    private void release(String host) {
        Runnable next = null;
        synchronized (this) {
            int now = running.get(host) - 1;
            if (now == 0) {
                running.remove(host);
            } else {
                running.put(host, now);
            }
            runningTotal--;
            for (Iterator<Waiting> it = waiting.iterator(); it.hasNext(); ) {
                Waiting w = it.next();
                if (take(w.host())) {
                    it.remove();
                    next = w.task();
                    break;
                }
                if (runningTotal == total) {
                    break;
                }
            }
        }
        if (next != null) {
            start(next);
        }
    }

    private void start(Runnable wrapped) {
        try {
            executor.execute(wrapped);
        } catch (RejectedExecutionException e) {
            wrapped.run(); // the shared pool grows without bound; run here rather than lose the slot
        }
    }
}
