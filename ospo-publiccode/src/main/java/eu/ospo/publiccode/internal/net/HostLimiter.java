package eu.ospo.publiccode.internal.net;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks on an executor with at most {@code perHost} of them running for the same host at once;
 * the others wait in a queue per host, in order. A host with nothing running or waiting takes no
 * memory. Thread-safe.
 */
final class HostLimiter {

    private static final class Slot {
        int running;
        final Queue<Runnable> waiting = new ArrayDeque<>();
    }

    private final Executor executor;
    private final int perHost;
    private final Map<String, Slot> slots = new HashMap<>();

    HostLimiter(Executor executor, int perHost) {
        this.executor = executor;
        this.perHost = perHost;
    }

    /** Runs the task now if the host has a free slot, else when one frees up. */
    void submit(String host, Runnable task) {
        Runnable wrapped = () -> {
            try {
                task.run();
            } finally {
                release(host);
            }
        };
        synchronized (slots) {
            Slot slot = slots.computeIfAbsent(host, h -> new Slot());
            if (slot.running == perHost) {
                slot.waiting.add(wrapped);
                return;
            }
            slot.running++;
        }
        start(host, wrapped);
    }

    /** How many tasks run or wait for the host (for tests). */
    int load(String host) {
        synchronized (slots) {
            Slot slot = slots.get(host);
            return slot == null ? 0 : slot.running + slot.waiting.size();
        }
    }

    private void release(String host) {
        Runnable next;
        synchronized (slots) {
            Slot slot = slots.get(host);
            next = slot.waiting.poll();
            if (next == null) {
                slot.running--;
                if (slot.running == 0) {
                    slots.remove(host);
                }
                return;
            }
        }
        start(host, next);
    }

    private void start(String host, Runnable wrapped) {
        try {
            executor.execute(wrapped);
        } catch (RejectedExecutionException e) {
            wrapped.run(); // never happens with an unbounded queue; run here rather than lose the slot
        }
    }
}
