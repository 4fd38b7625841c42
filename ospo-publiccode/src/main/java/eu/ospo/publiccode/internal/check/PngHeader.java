package eu.ospo.publiccode.internal.check;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Whether bytes start like a decodable PNG image: the signature, then an {@code IHDR} chunk of 13
 * bytes with positive dimensions, a valid bit depth for its colour type, compression, filter and
 * interlace methods PNG defines, and a correct checksum. That is what decoding an image's
 * configuration needs (the reference validator's test for a {@code .png} logo); pixel data is not
 * read. Stateless.
 */
public final class PngHeader {

    /** How many bytes {@link #isValid} looks at. */
    public static final int LENGTH = 33;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngHeader() {}

    /**
     * Checks the start of a file.
     *
     * @param head at least the first {@link #LENGTH} bytes (more are ignored)
     * @return true if they are a valid PNG signature and header chunk
     */
    public static boolean isValid(byte[] head) {
        if (head.length < LENGTH || !Arrays.equals(head, 0, 8, SIGNATURE, 0, 8)) {
            return false;
        }
        ByteBuffer buffer = ByteBuffer.wrap(head);
        boolean ihdr =
                buffer.getInt(8) == 13 && head[12] == 'I' && head[13] == 'H' && head[14] == 'D' && head[15] == 'R';
        if (!ihdr || buffer.getInt(16) <= 0 || buffer.getInt(20) <= 0) {
            return false;
        }
        int depth = head[24];
        int colourType = head[25];
        boolean depthFits = switch (colourType) {
            case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
            case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
            case 2, 4, 6 -> depth == 8 || depth == 16;
            default -> false;
        };
        if (!depthFits || head[26] != 0 || head[27] != 0 || (head[28] != 0 && head[28] != 1)) {
            return false;
        }
        CRC32 crc = new CRC32();
        crc.update(head, 12, 17);
        return (int) crc.getValue() == buffer.getInt(29);
    }
}
