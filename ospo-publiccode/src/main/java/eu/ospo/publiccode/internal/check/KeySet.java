package eu.ospo.publiccode.internal.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * An immutable set of ASCII strings kept in the compact form of the precomputed registries: the
 * keys of each length sit side by side in one byte array, sorted, and a look-up is a binary search
 * among the keys of the probe's length. Read from a {@link CompactTables} file it points into the
 * file's bytes, so loading allocates nothing per key. Thread-safe.
 *
 * <p>A probe with a character outside ASCII is never found (no key has one).
 */
final class KeySet {
    /** The longest key, in characters (longer ones are rejected when building, never looked up). */
    static final int MAX_KEY_LENGTH = 255;

    private final byte[] bytes;
    // start[n]: offset in bytes of the first key of length n; count[n]: how many keys have length n
    private final int[] start;
    private final int[] count;
    private final int size;

    KeySet(byte[] bytes, int[] start, int[] count) {
        this.bytes = bytes;
        this.start = start;
        this.count = count;
        int total = 0;
        for (int n : count) {
            total += n;
        }
        this.size = total;
    }

    /**
     * The set of the given keys (duplicates collapse).
     *
     * @throws IllegalArgumentException if a key is empty, longer than {@link #MAX_KEY_LENGTH}, or
     *     has a character outside printable ASCII ({@code !}..{@code ~})
     */
    static KeySet of(Collection<String> keys) {
        TreeSet<String> sorted = new TreeSet<>(keys);
        int maxLength = 0;
        int totalBytes = 0;
        for (String key : sorted) {
            checkKey(key);
            maxLength = Math.max(maxLength, key.length());
            totalBytes += key.length();
        }
        int[] count = new int[maxLength + 1];
        for (String key : sorted) {
            count[key.length()]++;
        }
        int[] start = new int[maxLength + 1];
        int offset = 0;
        for (int n = 1; n <= maxLength; n++) {
            start[n] = offset;
            offset += n * count[n];
        }
        byte[] bytes = new byte[totalBytes];
        int[] next = start.clone();
        // String order and byte order agree on ASCII, so each length's keys arrive sorted
        for (String key : sorted) {
            byte[] ascii = key.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(ascii, 0, bytes, next[key.length()], ascii.length);
            next[key.length()] += ascii.length;
        }
        return new KeySet(bytes, start, count);
    }

    private static void checkKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("key length must be 1.." + MAX_KEY_LENGTH + ": " + key);
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= ' ' || c > '~') {
                throw new IllegalArgumentException("key must be printable ASCII without spaces: " + key);
            }
        }
    }

    /**
     * Whether the key is in the set (exact, case-sensitive comparison).
     *
     * @param key the key
     * @return true if present
     */
    boolean contains(String key) {
        int length = key.length();
        if (length == 0 || length >= count.length || count[length] == 0) {
            return false;
        }
        int low = 0;
        int high = count[length] - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int c = compare(key, start[length] + middle * length);
            if (c == 0) {
                return true;
            }
            if (c < 0) {
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        return false;
    }

    /** The key compared with the stored key of the same length at {@code offset}. */
    private int compare(String key, int offset) {
        for (int i = 0; i < key.length(); i++) {
            int difference = key.charAt(i) - (bytes[offset + i] & 0xff);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    /** How many keys the set holds. */
    int size() {
        return size;
    }

    /** The longest key's length (0 for the empty set). */
    int maxLength() {
        for (int n = count.length - 1; n > 0; n--) {
            if (count[n] > 0) {
                return n;
            }
        }
        return 0;
    }

    /** How many keys have the given length. */
    int count(int length) {
        return length > 0 && length < count.length ? count[length] : 0;
    }

    /** The keys of the given length, concatenated in sorted order (for writing). */
    byte[] keysOfLength(int length) {
        if (count(length) == 0) {
            return new byte[0];
        }
        return Arrays.copyOfRange(bytes, start[length], start[length] + length * count[length]);
    }

    /**
     * Every key, shorter keys first, each length in ASCII order.
     *
     * @return a new list
     */
    List<String> keys() {
        List<String> keys = new ArrayList<>(size);
        for (int n = 1; n < count.length; n++) {
            for (int i = 0; i < count[n]; i++) {
                keys.add(new String(bytes, start[n] + i * n, n, StandardCharsets.US_ASCII));
            }
        }
        return keys;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeySet && keys().equals(((KeySet) other).keys());
    }

    @Override
    public int hashCode() {
        return keys().hashCode();
    }

    @Override
    public String toString() {
        return "KeySet[" + size + " keys]";
    }
}
