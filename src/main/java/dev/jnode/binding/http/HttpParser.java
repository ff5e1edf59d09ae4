package dev.jnode.binding.http;

import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An incremental HTTP/1.0 and HTTP/1.1 message parser (requests or responses), written for jnode.
 *
 * <p>It is fed whole chunks of bytes ({@link #execute}) exactly as the socket delivered them and
 * records what it found as events in an int log, three ints per event:
 * <ul>
 *   <li>{@link #EV_HEADERS}, index of the {@link Head} in {@link #heads()}, 0</li>
 *   <li>{@link #EV_BODY}, offset of the body bytes in the fed chunk, length</li>
 *   <li>{@link #EV_COMPLETE}, index of the trailers {@link Head} or -1, 0</li>
 * </ul>
 * The log is a caller's buffer with a fixed capacity; when it is nearly full, parsing stops and
 * {@link #status()} is {@link #STATUS_LOG_FULL}: the caller reads the events and feeds the rest.
 * After the head of an upgrade (Upgrade + Connection: upgrade, a CONNECT request, a 101 response,
 * a response to CONNECT) parsing stops with {@link #STATUS_PAUSED_UPGRADE}; the bytes after the
 * head are the upgraded protocol's, unless the caller decides it is no upgrade after all and calls
 * {@link #resumeWithoutUpgrade()}.
 *
 * <p>Errors carry Node's llhttp codes and reasons (HPE_*). The parser is strict as Node is by
 * default: CRLF line ends, no obs-fold, no Content-Length together with Transfer-Encoding, a
 * request's Transfer-Encoding must end in chunked, one Content-Length. {@code lenient} (Node's
 * insecureHTTPParser) relaxes those.
 *
 * <p>Header size: like Node, the bytes of the URL, the status text and the header names and values
 * are counted (not the separators); reaching {@code maxHeaderSize} is HPE_HEADER_OVERFLOW.
 */
public final class HttpParser {
    public static final int REQUEST = 1;
    public static final int RESPONSE = 2;

    public static final int EV_HEADERS = 1;
    public static final int EV_BODY = 2;
    public static final int EV_COMPLETE = 3;

    public static final int STATUS_OK = 0;
    public static final int STATUS_PAUSED_UPGRADE = 1;
    public static final int STATUS_LOG_FULL = 2;
    public static final int STATUS_ERROR = 3;

    /** Node's http.METHODS, the methods llhttp accepts. */
    public static final List<String> METHODS = List.of("ACL", "BIND", "CHECKOUT", "CONNECT", "COPY",
            "DELETE", "GET", "HEAD", "LINK", "LOCK", "M-SEARCH", "MERGE", "MKACTIVITY", "MKCALENDAR",
            "MKCOL", "MOVE", "NOTIFY", "OPTIONS", "PATCH", "POST", "PROPFIND", "PROPPATCH", "PURGE",
            "PUT", "QUERY", "REBIND", "REPORT", "SEARCH", "SOURCE", "SUBSCRIBE", "TRACE", "UNBIND",
            "UNLINK", "UNLOCK", "UNSUBSCRIBE");
    private static final Set<String> METHOD_SET = Set.copyOf(METHODS);

    static final int MAX_CHUNK_EXTENSIONS = 16 * 1024;

    /** A message head (or a trailer block: only {@link #headers} is set). */
    public static final class Head {
        public String method;
        public String url;
        public int versionMajor;
        public int versionMinor;
        public int statusCode;
        public String statusMessage;
        /** name, value, name, value, … as received (ISO-8859-1). */
        public final List<String> headers = new ArrayList<>();
        public boolean upgrade;
        public boolean shouldKeepAlive;
    }

    // ---- states ----
    private static final int S_START = 0;
    private static final int S_METHOD = 1;
    private static final int S_URL = 2;
    private static final int S_REQ_VERSION = 3;
    private static final int S_RES_VERSION = 4;
    private static final int S_RES_STATUS = 5;
    private static final int S_RES_REASON = 6;
    private static final int S_LINE_LF = 7;
    private static final int S_HEADER_START = 8;
    private static final int S_FIELD = 9;
    private static final int S_VALUE_OWS = 10;
    private static final int S_VALUE = 11;
    private static final int S_VALUE_LF = 12;
    private static final int S_HEADERS_END_LF = 13;
    private static final int S_BODY_LENGTH = 14;
    private static final int S_BODY_EOF = 15;
    private static final int S_CHUNK_SIZE = 16;
    private static final int S_CHUNK_EXT = 17;
    private static final int S_CHUNK_SIZE_LF = 18;
    private static final int S_CHUNK_DATA = 19;
    private static final int S_CHUNK_DATA_CR = 20;
    private static final int S_CHUNK_DATA_LF = 21;
    private static final int S_DEAD = 22;
    private static final int S_PAUSED = 23;

    private static final boolean[] TOKEN = new boolean[256];

    static {
        for (int c = '0'; c <= '9'; c++) TOKEN[c] = true;
        for (int c = 'a'; c <= 'z'; c++) TOKEN[c] = true;
        for (int c = 'A'; c <= 'Z'; c++) TOKEN[c] = true;
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) TOKEN[c] = true;
    }

    private final int type;
    private int maxHeaderSize;
    private boolean lenient;
    private final IntBuffer log;
    private final List<Head> heads = new ArrayList<>();

    private int state = S_START;
    private int status;
    private String errorCode;
    private String errorReason;
    private int errorPos;

    // the message being parsed
    private Head head;
    private Head trailers;
    private boolean inTrailers;
    private int headerBytes;
    private final Bytes token = new Bytes();
    private final Bytes value = new Bytes();
    private int versionIndex;
    private int statusDigits;
    private long contentLength;
    private boolean sawContentLength;
    private boolean sawTransferEncoding;
    private boolean chunked;
    private boolean connClose;
    private boolean connKeepAlive;
    private boolean connUpgrade;
    private boolean sawUpgrade;
    private long remaining;
    private int chunkExtBytes;
    private boolean chunkSizeDigits;

    // set by the client for the request whose response comes next
    private boolean headRequest;
    private boolean connectRequest;

    public HttpParser(int type, int maxHeaderSize, boolean lenient, IntBuffer log) {
        if (type != REQUEST && type != RESPONSE) throw new IllegalArgumentException("type " + type);
        this.type = type;
        this.maxHeaderSize = maxHeaderSize;
        this.lenient = lenient;
        this.log = log;
        newMessage();
    }

    // ---- configuration ----

    public int type() {
        return type;
    }

    public void setMaxHeaderSize(int n) {
        maxHeaderSize = n;
    }

    public void setLenient(boolean on) {
        lenient = on;
    }

    /** The response that comes next answers a HEAD request (it has no body). */
    public void setHeadRequest(boolean on) {
        headRequest = on;
    }

    /** The response that comes next answers a CONNECT request (it is an upgrade). */
    public void setConnectRequest(boolean on) {
        connectRequest = on;
    }

    /** Ready for a new connection. */
    public void reset() {
        state = S_START;
        status = STATUS_OK;
        errorCode = null;
        errorReason = null;
        errorPos = 0;
        headRequest = false;
        connectRequest = false;
        heads.clear();
        newMessage();
    }

    // ---- results ----

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    public String errorReason() {
        return errorReason;
    }

    /** Where in the last fed chunk the error was found. */
    public int errorPos() {
        return errorPos;
    }

    /** The heads and trailer blocks the events of the last {@link #execute} refer to. */
    public List<Head> heads() {
        return heads;
    }

    /** Number of ints written to the log by the last call. */
    public int logSize() {
        return log.position();
    }

    // ---- parsing ----

    /**
     * Parses {@code len} bytes of {@code b} from {@code off}. Returns how many were consumed (all
     * of them unless {@link #status()} says paused, log full or error). Events are written to the
     * log from its start; body offsets are relative to {@code off}.
     */
    public int execute(byte[] b, int off, int len) {
        log.clear();
        heads.clear();
        if (state == S_DEAD) {
            status = STATUS_ERROR;
            errorPos = 0;
            return 0;
        }
        if (state == S_PAUSED) {
            status = STATUS_PAUSED_UPGRADE;
            return 0;
        }
        status = STATUS_OK;
        int end = off + len;
        int i = off;
        while (i < end) {
            if (log.remaining() < 9) {
                status = STATUS_LOG_FULL;
                return i - off;
            }
            switch (state) {
                case S_BODY_LENGTH, S_CHUNK_DATA -> {
                    int n = (int) Math.min(remaining, end - i);
                    event(EV_BODY, i - off, n);
                    i += n;
                    remaining -= n;
                    if (remaining == 0) {
                        if (state == S_BODY_LENGTH) messageComplete();
                        else state = S_CHUNK_DATA_CR;
                    }
                    continue;
                }
                case S_BODY_EOF -> {
                    event(EV_BODY, i - off, end - i);
                    i = end;
                    continue;
                }
                default -> {
                }
            }
            int c = b[i] & 0xff;
            if (!step(c)) {
                // like llhttp, an overflow is noticed at the end of the span being counted
                if ("HPE_HEADER_OVERFLOW".equals(errorCode)) i = endOfSpan(b, i + 1, end);
                errorPos = i - off;
                state = S_DEAD;
                status = STATUS_ERROR;
                return -1;
            }
            i++;
            if (state == S_PAUSED) {
                status = STATUS_PAUSED_UPGRADE;
                return i - off;
            }
        }
        return len;
    }

    /** Where the URL / status text / header name or value that {@code i} is in ends. */
    private int endOfSpan(byte[] b, int i, int end) {
        while (i < end) {
            int c = b[i] & 0xff;
            boolean more = switch (state) {
                case S_URL -> c != ' ' && c != '\r' && c != '\n';
                case S_FIELD, S_HEADER_START -> TOKEN[c];
                default -> c != '\r' && c != '\n';
            };
            if (!more) break;
            i++;
        }
        return i;
    }

    /** The peer ended the stream. Returns false (and sets the error) when that cut a message. */
    public boolean finish() {
        log.clear();
        heads.clear();
        status = STATUS_OK;
        switch (state) {
            case S_START, S_PAUSED, S_DEAD:
                return true;
            case S_BODY_EOF:
                messageComplete();
                return true;
            default:
                state = S_DEAD;
                status = STATUS_ERROR;
                errorCode = "HPE_INVALID_EOF_STATE";
                errorReason = "Invalid EOF state";
                errorPos = 0;
                return false;
        }
    }

    /**
     * After {@link #STATUS_PAUSED_UPGRADE}: the message was not an upgrade; parse its body. The log
     * is rewritten (a message without a body completes here).
     */
    public void resumeWithoutUpgrade() {
        log.clear();
        heads.clear();
        status = STATUS_OK;
        if (state != S_PAUSED) return;
        head.upgrade = false;
        startBody(false);
    }

    // ---- the state machine (one byte) ----

    private boolean fail(String code, String reason) {
        errorCode = code;
        errorReason = reason;
        return false;
    }

    private boolean track() {
        if (++headerBytes >= maxHeaderSize) return fail("HPE_HEADER_OVERFLOW", "Header overflow");
        return true;
    }

    private boolean step(int c) {
        switch (state) {
            case S_START:
                if (c == '\r' || c == '\n') return true;
                if (type == REQUEST) {
                    if (c < 'A' || c > 'Z') return fail("HPE_INVALID_METHOD", "Invalid method encountered");
                    token.reset();
                    token.add(c);
                    state = S_METHOD;
                } else {
                    versionIndex = 0;
                    state = S_RES_VERSION;
                    return version(c, ' ');
                }
                return true;
            case S_METHOD:
                if (c == ' ') {
                    String m = token.latin1();
                    if (!METHOD_SET.contains(m)) return fail("HPE_INVALID_METHOD", "Invalid method encountered");
                    head.method = m;
                    token.reset();
                    state = S_URL;
                    return true;
                }
                if ((c < 'A' || c > 'Z') && c != '-' || token.size() > 16) {
                    return fail("HPE_INVALID_METHOD", "Invalid method encountered");
                }
                token.add(c);
                return true;
            case S_URL:
                if (c == ' ') {
                    if (token.size() == 0) return fail("HPE_INVALID_URL", "Unexpected start char in url");
                    head.url = token.latin1();
                    token.reset();
                    versionIndex = 0;
                    state = S_REQ_VERSION;
                    return true;
                }
                if (c <= 0x20 || c >= 0x7f) {
                    if (c == '\r' || c == '\n') return fail("HPE_INVALID_URL", "Invalid char in url path");
                    if (!(lenient && c >= 0x80)) return fail("HPE_INVALID_URL", "Invalid char in url path");
                }
                token.add(c);
                return track();
            case S_REQ_VERSION:
                return version(c, '\r');
            case S_RES_VERSION:
                return version(c, ' ');
            case S_RES_STATUS:
                if (c >= '0' && c <= '9' && statusDigits < 3) {
                    head.statusCode = head.statusCode * 10 + (c - '0');
                    statusDigits++;
                    return true;
                }
                if (statusDigits != 3 || head.statusCode < 100) return fail("HPE_INVALID_STATUS", "Invalid status code");
                if (c == ' ') {
                    token.reset();
                    state = S_RES_REASON;
                    return true;
                }
                if (c == '\r') {
                    head.statusMessage = "";
                    state = S_LINE_LF;
                    return true;
                }
                if (c == '\n' && lenient) {
                    head.statusMessage = "";
                    state = S_HEADER_START;
                    return true;
                }
                return fail("HPE_INVALID_STATUS", "Invalid response status");
            case S_RES_REASON:
                if (c == '\r') {
                    head.statusMessage = token.latin1();
                    state = S_LINE_LF;
                    return true;
                }
                if (c == '\n') {
                    if (!lenient) return fail("HPE_CR_EXPECTED", "Missing expected CR after response line");
                    head.statusMessage = token.latin1();
                    state = S_HEADER_START;
                    return true;
                }
                if (c < 0x20 && c != '\t' || c == 0x7f) return fail("HPE_INVALID_STATUS", "Invalid response status");
                token.add(c);
                return track();
            case S_LINE_LF:
                if (c != '\n') return fail("HPE_LF_EXPECTED", "Expected LF after start line");
                state = S_HEADER_START;
                return true;
            case S_HEADER_START:
                if (c == '\r') {
                    state = S_HEADERS_END_LF;
                    return true;
                }
                if (c == '\n') {
                    if (!lenient) return fail("HPE_CR_EXPECTED", "Missing expected CR after header value");
                    return headersDone();
                }
                if (c == ' ' || c == '\t') {
                    if (lenient && reopenLastHeader()) return true;
                    return fail("HPE_INVALID_HEADER_TOKEN", "Unexpected whitespace after header value");
                }
                if (!TOKEN[c]) return fail("HPE_INVALID_HEADER_TOKEN", "Invalid header token");
                token.reset();
                token.add(c);
                state = S_FIELD;
                return track();
            case S_FIELD:
                if (c == ':') {
                    value.reset();
                    state = S_VALUE_OWS;
                    return true;
                }
                if (!TOKEN[c]) return fail("HPE_INVALID_HEADER_TOKEN", "Invalid header token");
                token.add(c);
                return track();
            case S_VALUE_OWS:
                if (c == ' ' || c == '\t') return true;
                state = S_VALUE;
                return valueByte(c);
            case S_VALUE:
                return valueByte(c);
            case S_VALUE_LF:
                if (c != '\n') return fail("HPE_LF_EXPECTED", "Missing expected LF after header value");
                if (!headerDone()) return false;
                state = S_HEADER_START;
                return true;
            case S_HEADERS_END_LF:
                if (c != '\n') return fail("HPE_STRICT", "Expected LF after headers");
                return headersDone();
            case S_CHUNK_SIZE:
                if (hex(c) >= 0) {
                    if (remaining > (Long.MAX_VALUE >> 4)) {
                        return fail("HPE_INVALID_CHUNK_SIZE", "Chunk size overflow");
                    }
                    remaining = remaining * 16 + hex(c);
                    chunkSizeDigits = true;
                    return true;
                }
                if (!chunkSizeDigits) return fail("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size");
                if (c == ';') {
                    chunkExtBytes = 0;
                    state = S_CHUNK_EXT;
                    return true;
                }
                if (c == '\r') {
                    state = S_CHUNK_SIZE_LF;
                    return true;
                }
                if (c == '\n' && lenient) return chunkSizeDone();
                if ((c == ' ' || c == '\t') && lenient) {
                    chunkExtBytes = 0;
                    state = S_CHUNK_EXT;
                    return true;
                }
                return fail("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size");
            case S_CHUNK_EXT:
                if (c == '\r') {
                    state = S_CHUNK_SIZE_LF;
                    return true;
                }
                if (c == '\n') {
                    if (!lenient) return fail("HPE_CR_EXPECTED", "Missing expected CR after chunk extension name");
                    return chunkSizeDone();
                }
                if (c < 0x20 && c != '\t' || c == 0x7f) {
                    return fail("HPE_STRICT", "Invalid character in chunk extensions");
                }
                if (++chunkExtBytes > MAX_CHUNK_EXTENSIONS) {
                    return fail("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow");
                }
                return true;
            case S_CHUNK_SIZE_LF:
                if (c != '\n') return fail("HPE_STRICT", "Expected LF after chunk size");
                return chunkSizeDone();
            case S_CHUNK_DATA_CR:
                if (c == '\r') {
                    state = S_CHUNK_DATA_LF;
                    return true;
                }
                if (c == '\n' && lenient) {
                    startChunkSize();
                    return true;
                }
                return fail("HPE_STRICT", "Expected LF after chunk data");
            case S_CHUNK_DATA_LF:
                if (c != '\n') return fail("HPE_STRICT", "Expected LF after chunk data");
                startChunkSize();
                return true;
            default:
                throw new IllegalStateException("state " + state);
        }
    }

    /** "HTTP/d.d" then {@code after} (' ' or '\r'). */
    private boolean version(int c, int after) {
        int k = versionIndex++;
        if (k < 5) {
            if (c != "HTTP/".charAt(k)) {
                return fail("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/");
            }
            return true;
        }
        switch (k) {
            case 5:
                if (c < '0' || c > '9') return fail("HPE_INVALID_VERSION", "Invalid major version");
                head.versionMajor = c - '0';
                return true;
            case 6:
                if (c != '.') return fail("HPE_INVALID_VERSION", "Expected dot");
                return true;
            case 7:
                if (c < '0' || c > '9') return fail("HPE_INVALID_VERSION", "Invalid minor version");
                head.versionMinor = c - '0';
                int v = head.versionMajor * 10 + head.versionMinor;
                if (v != 9 && v != 10 && v != 11 && v != 20) {
                    return fail("HPE_INVALID_VERSION", "Invalid HTTP version");
                }
                return true;
            default:
                if (c == after) {
                    if (type == REQUEST) {
                        state = S_LINE_LF;
                    } else {
                        head.statusCode = 0;
                        statusDigits = 0;
                        state = S_RES_STATUS;
                    }
                    return true;
                }
                if (type == REQUEST && c == '\n' && lenient) {
                    state = S_HEADER_START;
                    return true;
                }
                if (type == REQUEST) return fail("HPE_INVALID_VERSION", "Expected CRLF after version");
                return fail("HPE_INVALID_VERSION", "Expected space after version");
        }
    }

    private boolean valueByte(int c) {
        if (c == '\r') {
            state = S_VALUE_LF;
            return true;
        }
        if (c == '\n') {
            if (!lenient) return fail("HPE_CR_EXPECTED", "Missing expected CR after header value");
            if (!headerDone()) return false;
            state = S_HEADER_START;
            return true;
        }
        if (((c < 0x20 && c != '\t') || c == 0x7f) && !(lenient && c != 0)) {
            return fail("HPE_INVALID_HEADER_TOKEN", "Invalid header value char");
        }
        value.add(c);
        return track();
    }

    /**
     * Lenient parsing accepts obsolete line folding: a line starting with whitespace continues the
     * previous header's value, joined with one space. The previous header is taken back and its
     * value reopened (its side effects, e.g. Connection flags, are applied again when it ends).
     */
    private boolean reopenLastHeader() {
        Head target = inTrailers ? trailers : head;
        int n = target.headers.size();
        if (n < 2) return false;
        String val = target.headers.remove(n - 1);
        String name = target.headers.remove(n - 2);
        token.reset();
        for (int i = 0; i < name.length(); i++) token.add(name.charAt(i));
        value.reset();
        for (int i = 0; i < val.length(); i++) value.add(val.charAt(i));
        if (!val.isEmpty()) value.add(' ');
        if (!inTrailers && name.equalsIgnoreCase("content-length")) sawContentLength = false;
        state = S_VALUE_OWS;
        return true;
    }

    /** One header (or trailer) line is complete. */
    private boolean headerDone() {
        value.trimTrailingWhitespace();
        String name = token.latin1();
        String val = value.latin1();
        Head target = inTrailers ? trailers : head;
        target.headers.add(name);
        target.headers.add(val);
        if (inTrailers) return true;
        switch (name.length()) {
            case 10:
                if (name.equalsIgnoreCase("connection")) connection(val);
                break;
            case 7:
                if (name.equalsIgnoreCase("upgrade")) sawUpgrade = true;
                break;
            case 14:
                if (name.equalsIgnoreCase("content-length")) return contentLength(val);
                break;
            case 17:
                if (name.equalsIgnoreCase("transfer-encoding")) return transferEncoding(val);
                break;
            default:
                break;
        }
        return true;
    }

    private void connection(String val) {
        for (String t : val.split(",")) {
            String s = t.trim();
            if (s.equalsIgnoreCase("close")) connClose = true;
            else if (s.equalsIgnoreCase("keep-alive")) connKeepAlive = true;
            else if (s.equalsIgnoreCase("upgrade")) connUpgrade = true;
        }
    }

    private boolean contentLength(String val) {
        if (sawContentLength) return fail("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length");
        if (sawTransferEncoding && !lenient) {
            return fail("HPE_INVALID_CONTENT_LENGTH", "Content-Length can't be present with Transfer-Encoding");
        }
        if (val.isEmpty()) return fail("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length");
        long n = 0;
        for (int k = 0; k < val.length(); k++) {
            char ch = val.charAt(k);
            if (ch < '0' || ch > '9') return fail("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length");
            if (n > (Long.MAX_VALUE - 9) / 10) return fail("HPE_INVALID_CONTENT_LENGTH", "Content-Length overflow");
            n = n * 10 + (ch - '0');
        }
        sawContentLength = true;
        contentLength = n;
        return true;
    }

    private boolean transferEncoding(String val) {
        if (sawContentLength && !lenient) {
            return fail("HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length");
        }
        sawTransferEncoding = true;
        // chunked counts only as the last coding of the last Transfer-Encoding header
        String[] parts = val.split(",");
        chunked = parts.length > 0 && parts[parts.length - 1].trim().equalsIgnoreCase("chunked");
        return true;
    }

    private boolean headersDone() {
        if (inTrailers) {
            inTrailers = false;
            heads.add(trailers);
            int idx = heads.size() - 1;
            event(EV_COMPLETE, idx, 0);
            newMessage();
            return true;
        }
        boolean request = type == REQUEST;
        if (request && sawTransferEncoding && !chunked && !lenient) {
            return fail("HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`");
        }
        Head h = head;
        int sc = h.statusCode;
        boolean noBody = !request && (headRequest || sc / 100 == 1 || sc == 204 || sc == 304);
        boolean needsEof = !request && !noBody && !chunked && !sawContentLength;
        boolean keep;
        if (h.versionMajor == 0) keep = false;
        else if (h.versionMajor > 1 || h.versionMinor > 0) keep = !connClose;
        else keep = connKeepAlive;
        h.shouldKeepAlive = keep && !needsEof;
        if (request) {
            h.upgrade = (sawUpgrade && connUpgrade) || "CONNECT".equals(h.method);
        } else {
            h.upgrade = sc == 101 || (connectRequest && sc >= 200);
        }
        heads.add(h);
        event(EV_HEADERS, heads.size() - 1, 0);
        if (h.upgrade) {
            state = S_PAUSED;
            return true;
        }
        startBody(noBody);
        return true;
    }

    private void startBody(boolean noBody) {
        if (noBody) {
            messageComplete();
        } else if (sawTransferEncoding && chunked) {
            startChunkSize();
        } else if (sawContentLength) {
            if (contentLength == 0) {
                messageComplete();
            } else {
                remaining = contentLength;
                state = S_BODY_LENGTH;
            }
        } else if (type == RESPONSE) {
            state = S_BODY_EOF;
        } else {
            messageComplete();
        }
    }

    private void startChunkSize() {
        remaining = 0;
        chunkSizeDigits = false;
        state = S_CHUNK_SIZE;
    }

    private boolean chunkSizeDone() {
        if (remaining == 0) {
            inTrailers = true;
            trailers = new Head();
            state = S_HEADER_START;
        } else {
            state = S_CHUNK_DATA;
        }
        return true;
    }

    private void messageComplete() {
        event(EV_COMPLETE, -1, 0);
        newMessage();
    }

    private void newMessage() {
        if (head != null && type == RESPONSE && head.statusCode >= 200) {
            // a final response answers the request: the next one is for another request
            headRequest = false;
            connectRequest = false;
        }
        head = new Head();
        trailers = null;
        inTrailers = false;
        headerBytes = 0;
        token.reset();
        value.reset();
        contentLength = 0;
        sawContentLength = false;
        sawTransferEncoding = false;
        chunked = false;
        connClose = false;
        connKeepAlive = false;
        connUpgrade = false;
        sawUpgrade = false;
        remaining = 0;
        state = S_START;
    }

    private void event(int kind, int a, int b) {
        log.put(kind).put(a).put(b);
    }

    private static int hex(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** A growable byte accumulator for tokens and values. */
    private static final class Bytes {
        private byte[] a = new byte[64];
        private int n;

        void add(int c) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = (byte) c;
        }

        int size() {
            return n;
        }

        void reset() {
            n = 0;
            if (a.length > 4096) a = new byte[64];
        }

        void trimTrailingWhitespace() {
            while (n > 0 && (a[n - 1] == ' ' || a[n - 1] == '\t')) n--;
        }

        String latin1() {
            return new String(a, 0, n, StandardCharsets.ISO_8859_1);
        }
    }
}
