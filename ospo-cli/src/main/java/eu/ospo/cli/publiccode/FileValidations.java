package eu.ospo.cli.publiccode;

import eu.ospo.cli.InputErrors;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Validates files on all available processors (one thread-safe parser behind the validator) and
 * gives the results in the order of the files, so the report is the same as one file after the
 * other: per file its outcome, or why it could not be read.
 */
final class FileValidations {

    private FileValidations() {}

    /** Validates one file; what it throws says why the file could not be read. */
    @FunctionalInterface
    interface Validator {
        /**
         * The file's outcome.
         *
         * @throws IOException when the file cannot be read
         * @throws IllegalArgumentException when the file cannot be validated as named (the message says why)
         */
        FileOutcome validate(String file) throws IOException;
    }

    /**
     * What validating one file gave: the outcome, or the message for stderr when the file could not
     * be read (then {@code outcome} is null).
     *
     * @param outcome the problems found
     * @param unreadable why the file could not be read
     */
    record Result(@Nullable FileOutcome outcome, @Nullable String unreadable) {}

    /**
     * Validates every file, on up to {@code threads} threads.
     *
     * @throws RuntimeException or {@link Error} what a file's validation threw unexpectedly (for the
     *     first such file in order), as validating them one by one would
     */
    static List<Result> validate(Validator validator, List<String> files, int threads) {
        Object[] results = new Object[files.size()];
        int workers = Math.min(threads, files.size());
        if (workers <= 1) {
            for (int i = 0; i < files.size(); i++) {
                results[i] = validateOne(validator, files.get(i));
            }
        } else {
            AtomicInteger next = new AtomicInteger();
            Runnable worker = () -> {
                for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                    results[i] = validateOne(validator, files.get(i));
                }
            };
            List<Thread> started = new ArrayList<>(workers);
            for (int w = 1; w < workers; w++) {
                Thread thread = new Thread(worker, "ospo-validate-" + w);
                thread.setDaemon(true);
                thread.start();
                started.add(thread);
            }
            worker.run();
            joinAll(started);
        }
        List<Result> ordered = new ArrayList<>(results.length);
        for (Object result : results) {
            if (result instanceof RuntimeException) {
                throw (RuntimeException) result;
            }
            if (result instanceof Error) {
                throw (Error) result;
            }
            ordered.add((Result) result);
        }
        return ordered;
    }

    /** The result of one file, or what its validation threw unexpectedly. */
    private static Object validateOne(Validator validator, String file) {
        try {
            return new Result(validator.validate(file), null);
        } catch (IOException e) {
            return new Result(null, "ospo: " + file + ": " + InputErrors.reason(e));
        } catch (InvalidPathException e) {
            return new Result(null, "ospo: " + file + ": not a valid path");
        } catch (IllegalArgumentException e) {
            return new Result(null, "ospo: " + file + ": " + e.getMessage());
        } catch (RuntimeException | Error e) {
            return e;
        }
    }

    private static void joinAll(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
