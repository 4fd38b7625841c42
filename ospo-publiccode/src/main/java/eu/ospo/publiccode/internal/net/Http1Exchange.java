package eu.ospo.publiccode.internal.net;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP/1.1 request and its answer over one connection ({@code Connection: close}): writes the
 * request, reads the status line and headers with size limits, then the body as far as asked,
 * whatever its framing (length, chunked, until close). Every read waits at most the read timeout
 * and never past the deadline. Not thread-safe; one instance per request.
 */
final class Http1Exchange {

    /** Longest status or header line. */
    static final int MAX_LINE = 8 * 1024;
    /** Largest response head (status line and headers). */
    static final int MAX_HEAD = 64 * 1024;
    /** Most header lines. */
    static final int MAX_HEADERS = 200;

    /** The head of an answer. */
    record Head(int status, List<Response.Header> headers) {
        String first(String name) {
            for (Response.Header header : headers) {
                if (header.name().equals(name)) {
                    return header.value();
                }
            }
            return null;
        }
    }

    private final Socket socket;
    private final Deadline deadline;
    private final Duration readTimeout;
    private final InputStream in;
    private int headBytes;
    private boolean truncate;

    Http1Exchange(Socket socket, Deadline deadline, Duration readTimeout) throws IOException {
        this.socket = socket;
        this.deadline = deadline;
        this.readTimeout = readTimeout;
        this.in = new BufferedInputStream(socket.getInputStream(), 8192);
    }

    void send(String method, WebAddress url, String userAgent, String accept) throws IOException {
        String request = method + " " + url.target() + " HTTP/1.1\r\n"
                + "Host: " + url.hostHeader() + "\r\n"
                + "User-Agent: " + userAgent + "\r\n"
                + "Accept: " + accept + "\r\n"
                + "Accept-Encoding: identity\r\n"
                + "Connection: close\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads the status line and headers, skipping interim (1xx) answers. */
    Head head() throws FetchException {
        for (int interim = 0; interim < 5; interim++) {
            String statusLine = line();
            int status = status(statusLine);
            List<Response.Header> headers = headers();
            if (status >= 200 || status == 101) {
                return new Head(status, headers);
            }
        }
        throw malformed("too many interim answers");
    }

    /**
     * Reads the body of a final answer, up to {@code cap} bytes.
     *
     * @param truncate what to do with a longer body: true returns its first {@code cap} bytes, false
     *     fails
     * @throws FetchException of kind TOO_LARGE when the body is longer than the cap and not truncated
     */
    byte[] body(String method, Head head, long cap, boolean truncate) throws FetchException {
        this.truncate = truncate;
        if (method.equals("HEAD") || head.status() == 204 || head.status() == 304) {
            return new byte[0];
        }
        String transfer = head.first("transfer-encoding");
        if (transfer != null && transfer.toLowerCase(Locale.ROOT).strip().endsWith("chunked")) {
            return chunked(cap);
        }
        String length = head.first("content-length");
        if (length != null) {
            long declared = contentLength(head);
            if (declared > cap && !truncate) {
                throw tooLarge(cap);
            }
            return exactly((int) Math.min(declared, cap));
        }
        return untilClose(cap);
    }

    private long contentLength(Head head) throws FetchException {
        long value = -1;
        for (Response.Header header : head.headers()) {
            if (!header.name().equals("content-length")) {
                continue;
            }
            for (String part : header.value().split(",")) {
                String digits = part.strip();
                if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
                    throw malformed("bad Content-Length");
                }
                long parsed = Long.parseLong(digits);
                if (value >= 0 && parsed != value) {
                    throw malformed("conflicting Content-Length");
                }
                value = parsed;
            }
        }
        return value;
    }

    private byte[] exactly(int length) throws FetchException {
        byte[] body = new byte[length];
        int read = 0;
        while (read < length) {
            int n = read(body, read, length - read);
            if (n < 0) {
                throw malformed("connection closed after " + read + " of " + length + " bytes");
            }
            read += n;
        }
        return body;
    }

    private byte[] untilClose(long cap) throws FetchException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            int n = read(buffer, 0, buffer.length);
            if (n < 0) {
                return body.toByteArray();
            }
            if (body.size() + (long) n > cap) {
                return overflow(body, buffer, n, cap);
            }
            body.write(buffer, 0, n);
        }
    }

    /** A body that went past the cap: its first {@code cap} bytes, or a failure. */
    private byte[] overflow(ByteArrayOutputStream body, byte[] buffer, int n, long cap) throws FetchException {
        if (!truncate) {
            throw tooLarge(cap);
        }
        body.write(buffer, 0, (int) Math.min(n, cap - body.size()));
        return body.toByteArray();
    }

    private byte[] chunked(long cap) throws FetchException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            String sizeLine = line();
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip();
            if (hex.isEmpty() || hex.length() > 15 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw malformed("bad chunk size");
            }
            long size = Long.parseLong(hex, 16);
            if (size == 0) {
                headers(); // trailers
                return body.toByteArray();
            }
            long left = size;
            while (left > 0) {
                int n = read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw malformed("connection closed inside a chunk");
                }
                if (body.size() + (long) n > cap) {
                    return overflow(body, buffer, n, cap);
                }
                body.write(buffer, 0, n);
                left -= n;
            }
            if (!line().isEmpty()) {
                throw malformed("chunk not followed by CRLF");
            }
        }
    }

    private int status(String line) throws FetchException {
        if (!line.startsWith("HTTP/1.") || line.length() < 12 || line.charAt(8) != ' ') {
            throw malformed("not an HTTP/1.x status line");
        }
        String code = line.substring(9, 12);
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9') || (line.length() > 12 && line.charAt(12) != ' ')) {
            throw malformed("bad status code");
        }
        int status = Integer.parseInt(code);
        if (status < 100) {
            throw malformed("bad status code");
        }
        return status;
    }

    private List<Response.Header> headers() throws FetchException {
        List<Response.Header> headers = new ArrayList<>();
        while (true) {
            String line = line();
            if (line.isEmpty()) {
                return headers;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                throw malformed("folded header line");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw malformed("header line without a name");
            }
            if (headers.size() == MAX_HEADERS) {
                throw malformed("more than " + MAX_HEADERS + " headers");
            }
            String name = line.substring(0, colon);
            if (!name.chars().allMatch(Http1Exchange::isTokenChar)) {
                throw malformed("bad header name");
            }
            headers.add(new Response.Header(
                    name.toLowerCase(Locale.ROOT), line.substring(colon + 1).strip()));
        }
    }

    private static boolean isTokenChar(int c) {
        return c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }

    /** One line of the head, without CRLF (a bare LF is accepted), ISO-8859-1. */
    private String line() throws FetchException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = readByte();
            if (b < 0) {
                throw malformed(headBytes == 0 ? "empty answer" : "connection closed inside the head");
            }
            if (++headBytes > MAX_HEAD) {
                throw malformed("head larger than " + MAX_HEAD + " bytes");
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() == MAX_LINE) {
                throw malformed("line longer than " + MAX_LINE + " bytes");
            }
            line.append((char) b);
        }
    }

    private int readByte() throws FetchException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    private int read(byte[] buffer, int offset, int length) throws FetchException {
        if (deadline.passed()) {
            throw new FetchException(FetchException.Kind.TIMEOUT, deadline.exhausted());
        }
        boolean budgetFirst = deadline.cuts(readTimeout);
        try {
            socket.setSoTimeout(deadline.millis(readTimeout));
            return in.read(buffer, offset, length);
        } catch (SocketTimeoutException e) {
            throw new FetchException(
                    FetchException.Kind.TIMEOUT,
                    budgetFirst ? deadline.exhausted() : "no answer within " + Durations.text(readTimeout),
                    e);
        } catch (IOException e) {
            throw new FetchException(
                    FetchException.Kind.UNREACHABLE,
                    "connection failed while reading: " + GuardedConnector.describe(e),
                    e);
        }
    }

    private static FetchException malformed(String what) {
        return new FetchException(FetchException.Kind.UNREACHABLE, "malformed HTTP answer: " + what);
    }

    private static FetchException tooLarge(long cap) {
        return new FetchException(FetchException.Kind.TOO_LARGE, "response body larger than " + cap + " bytes");
    }
}
