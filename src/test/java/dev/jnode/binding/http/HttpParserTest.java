package dev.jnode.binding.http;

import org.junit.jupiter.api.Test;

import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpParserTest {
    /** Feeds chunks and records what the parser reported, as readable strings. */
    private static final class Run {
        final HttpParser p;
        final List<String> out = new ArrayList<>();
        final StringBuilder body = new StringBuilder();
        int lastConsumed;

        Run(int type, int max) {
            this(type, max, false);
        }

        Run(int type, int max, boolean lenient) {
            p = new HttpParser(type, max, lenient, IntBuffer.allocate(3 * 64));
        }

        Run(int type) {
            this(type, 16 * 1024);
        }

        Run feed(String... chunks) {
            for (String c : chunks) {
                byte[] b = c.getBytes(StandardCharsets.ISO_8859_1);
                int off = 0;
                while (true) {
                    int n = p.execute(b, off, b.length - off);
                    collect(b, off);
                    if (n < 0) {
                        out.add("error " + p.errorCode() + " " + p.errorReason());
                        return this;
                    }
                    lastConsumed = n;
                    off += n;
                    if (p.status() != HttpParser.STATUS_LOG_FULL || off == b.length) break;
                }
            }
            return this;
        }

        Run end() {
            boolean ok = p.finish();
            collect(new byte[0], 0);
            if (!ok) out.add("error " + p.errorCode() + " " + p.errorReason());
            return this;
        }

        private void collect(byte[] b, int off) {
            int n = p.logSize();
            IntBuffer log = logOf(p);
            for (int i = 0; i < n; i += 3) {
                int kind = log.get(i);
                int a = log.get(i + 1);
                int c = log.get(i + 2);
                if (kind == HttpParser.EV_HEADERS) {
                    HttpParser.Head h = p.heads().get(a);
                    String start = h.method != null
                            ? h.method + " " + h.url + " " + h.versionMajor + "." + h.versionMinor
                            : h.versionMajor + "." + h.versionMinor + " " + h.statusCode + " " + h.statusMessage;
                    out.add("head " + start + " " + h.headers + (h.upgrade ? " upgrade" : "")
                            + (h.shouldKeepAlive ? " keep-alive" : " close"));
                } else if (kind == HttpParser.EV_BODY) {
                    body.append(new String(b, off + a, c, StandardCharsets.ISO_8859_1));
                } else if (kind == HttpParser.EV_COMPLETE) {
                    out.add("complete body=" + body + (a >= 0 ? " trailers=" + p.heads().get(a).headers : ""));
                    body.setLength(0);
                }
            }
        }
    }

    private static IntBuffer logOf(HttpParser p) {
        try {
            var f = HttpParser.class.getDeclaredField("log");
            f.setAccessible(true);
            return (IntBuffer) f.get(p);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void simpleRequest() {
        Run r = new Run(HttpParser.REQUEST).feed("GET /a?b=1 HTTP/1.1\r\nHost: x\r\nX-Y:  v v \r\n\r\n");
        assertEquals(List.of("head GET /a?b=1 1.1 [Host, x, X-Y, v v] keep-alive", "complete body="), r.out);
    }

    @Test
    void requestSplitByteByByte() {
        String msg = "POST /p HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello";
        Run r = new Run(HttpParser.REQUEST);
        for (char c : msg.toCharArray()) r.feed(String.valueOf(c));
        assertEquals(List.of("head POST /p 1.1 [Content-Length, 5] keep-alive", "complete body=hello"), r.out);
    }

    @Test
    void pipelinedRequestsInOneChunk() {
        Run r = new Run(HttpParser.REQUEST).feed(
                "GET /1 HTTP/1.1\r\n\r\nPOST /2 HTTP/1.1\r\nContent-Length: 2\r\n\r\nokGET /3 HTTP/1.0\r\n\r\n");
        assertEquals(List.of("head GET /1 1.1 [] keep-alive", "complete body=",
                "head POST /2 1.1 [Content-Length, 2] keep-alive", "complete body=ok",
                "head GET /3 1.0 [] close", "complete body="), r.out);
    }

    @Test
    void manyPipelinedRequestsFillTheLog() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) sb.append("GET /").append(i).append(" HTTP/1.1\r\n\r\n");
        Run r = new Run(HttpParser.REQUEST).feed(sb.toString());
        assertEquals(400, r.out.size());
        assertEquals("head GET /199 1.1 [] keep-alive", r.out.get(398));
    }

    @Test
    void foldedHeaderLinesOnlyWhenLenient() {
        String msg = "HTTP/1.1 200 OK\r\nContent-Type: text/plain;\r\n x-mode=1;\r\n\t name=a\r\n"
                + "Content-Length: 2\r\n\r\nok";
        assertEquals(List.of("head 1.1 200 OK [Content-Type, text/plain; x-mode=1; name=a, Content-Length, 2] keep-alive",
                "complete body=ok"), new Run(HttpParser.RESPONSE, 16 * 1024, true).feed(msg).out);
        assertEquals(List.of("error HPE_INVALID_HEADER_TOKEN Unexpected whitespace after header value"),
                new Run(HttpParser.RESPONSE).feed(msg).out);
    }

    @Test
    void keepAliveRules() {
        assertEquals("head GET / 1.0 [Connection, Keep-Alive] keep-alive",
                new Run(HttpParser.REQUEST).feed("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").out.get(0));
        assertEquals("head GET / 1.1 [Connection, foo, close] close",
                new Run(HttpParser.REQUEST).feed("GET / HTTP/1.1\r\nConnection: foo, close\r\n\r\n").out.get(0));
    }

    @Test
    void chunkedWithExtensionsAndTrailers() {
        Run r = new Run(HttpParser.REQUEST).feed("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
                "3;a=b\r\nabc\r\n1", "0\r\n0123456789abcdef\r\n0\r\nX-T: 1\r\n\r\n");
        assertEquals(List.of("head POST / 1.1 [Transfer-Encoding, chunked] keep-alive",
                "complete body=abc0123456789abcdef trailers=[X-T, 1]"), r.out);
    }

    @Test
    void responseBodies() {
        Run r = new Run(HttpParser.RESPONSE).feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi",
                "HTTP/1.1 204 No Content\r\n\r\n", "HTTP/1.1 100 Continue\r\n\r\n");
        assertEquals(List.of("head 1.1 200 OK [Content-Length, 2] keep-alive", "complete body=hi",
                "head 1.1 204 No Content [] keep-alive", "complete body=",
                "head 1.1 100 Continue [] keep-alive", "complete body="), r.out);
        Run eof = new Run(HttpParser.RESPONSE).feed("HTTP/1.0 200 OK\r\n\r\nall", " of it").end();
        assertEquals(List.of("head 1.0 200 OK [] close", "complete body=all of it"), eof.out);
    }

    @Test
    void headResponseHasNoBody() {
        Run r = new Run(HttpParser.RESPONSE);
        r.p.setHeadRequest(true);
        r.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n");
        assertEquals(List.of("head 1.1 200 OK [Content-Length, 10] keep-alive", "complete body="), r.out);
    }

    @Test
    void upgradePausesAndCanResume() {
        Run r = new Run(HttpParser.REQUEST).feed("GET / HTTP/1.1\r\nUpgrade: ws\r\nConnection: Upgrade\r\n\r\nrest");
        assertEquals(HttpParser.STATUS_PAUSED_UPGRADE, r.p.status());
        assertEquals(4 + "GET / HTTP/1.1\r\nUpgrade: ws\r\nConnection: Upgrade\r\n\r\n".length() - 4, r.lastConsumed);
        assertTrue(r.out.get(0).endsWith("upgrade keep-alive"));
        r.p.resumeWithoutUpgrade();
        r.collect(new byte[0], 0);
        r.feed("GET /next HTTP/1.1\r\n\r\n");
        assertEquals("complete body=", r.out.get(1));
        assertEquals("head GET /next 1.1 [] keep-alive", r.out.get(2));
    }

    @Test
    void errorsCarryNodesCodes() {
        assertEquals("error HPE_INVALID_METHOD Invalid method encountered",
                new Run(HttpParser.REQUEST).feed("FOO / HTTP/1.1\r\n\r\n").out.get(0));
        assertEquals("error HPE_INVALID_VERSION Invalid HTTP version",
                new Run(HttpParser.REQUEST).feed("GET / HTTP/1.2\r\n\r\n").out.get(0));
        assertEquals("error HPE_INVALID_CONSTANT Expected HTTP/, RTSP/ or ICE/",
                new Run(HttpParser.REQUEST).feed("GET /a b HTTP/1.1\r\n\r\n").out.get(0));
        assertEquals("error HPE_CR_EXPECTED Missing expected CR after header value",
                new Run(HttpParser.REQUEST).feed("GET / HTTP/1.1\r\nA: b\nC: d\r\n\r\n").out.get(0));
        assertEquals("error HPE_INVALID_HEADER_TOKEN Unexpected whitespace after header value",
                new Run(HttpParser.REQUEST).feed("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n").out.get(0));
        assertEquals("error HPE_INVALID_HEADER_TOKEN Invalid header token",
                new Run(HttpParser.REQUEST).feed("GET / HTTP/1.1\r\nA b: c\r\n\r\n").out.get(0));
        assertEquals("error HPE_INVALID_HEADER_TOKEN Invalid header value char",
                new Run(HttpParser.REQUEST).feed("GET / HTTP/1.1\r\nA: b\u0001\r\n\r\n").out.get(0));
        assertEquals("error HPE_INVALID_URL Invalid char in url path",
                new Run(HttpParser.REQUEST).feed("GET /\u00e9 HTTP/1.1\r\n\r\n").out.get(0));
        assertEquals("error HPE_INVALID_CHUNK_SIZE Invalid character in chunk size",
                new Run(HttpParser.REQUEST).feed("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n").out.get(1));
        assertEquals("error HPE_STRICT Expected LF after chunk data",
                new Run(HttpParser.REQUEST).feed("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\naX").out.get(1));
        assertEquals("error HPE_INVALID_TRANSFER_ENCODING Request has invalid `Transfer-Encoding`",
                new Run(HttpParser.REQUEST).feed("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n").out.get(0));
        assertEquals("error HPE_INVALID_STATUS Invalid status code",
                new Run(HttpParser.RESPONSE).feed("HTTP/1.1 20 OK\r\n\r\n").out.get(0));
    }

    @Test
    void noRequestSmuggling() {
        assertEquals("error HPE_INVALID_TRANSFER_ENCODING Transfer-Encoding can't be present with Content-Length",
                new Run(HttpParser.REQUEST).feed(
                        "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n").out.get(0));
        assertEquals("error HPE_INVALID_CONTENT_LENGTH Content-Length can't be present with Transfer-Encoding",
                new Run(HttpParser.REQUEST).feed(
                        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n").out.get(0));
        assertEquals("error HPE_UNEXPECTED_CONTENT_LENGTH Duplicate Content-Length",
                new Run(HttpParser.REQUEST).feed(
                        "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\na").out.get(0));
        assertEquals("error HPE_INVALID_CONTENT_LENGTH Invalid character in Content-Length",
                new Run(HttpParser.REQUEST).feed("POST / HTTP/1.1\r\nContent-Length: 1a\r\n\r\na").out.get(0));
        // after an error the parser stays dead
        Run r = new Run(HttpParser.REQUEST).feed("XX / HTTP/1.1\r\n\r\n");
        r.feed("GET / HTTP/1.1\r\n\r\n");
        assertEquals(HttpParser.STATUS_ERROR, r.p.status());
    }

    @Test
    void headerOverflowCountsNamesValuesAndUrl() {
        // "/" + "Host" + "ab" = 7 bytes: a limit of 8 passes, 7 overflows
        assertEquals("head GET / 1.1 [Host, ab] keep-alive",
                new Run(HttpParser.REQUEST, 8).feed("GET / HTTP/1.1\r\nHost: ab\r\n\r\n").out.get(0));
        assertEquals("error HPE_HEADER_OVERFLOW Header overflow",
                new Run(HttpParser.REQUEST, 7).feed("GET / HTTP/1.1\r\nHost: ab\r\n\r\n").out.get(0));
        // an endless header line fails early
        Run r = new Run(HttpParser.REQUEST, 100).feed("GET / HTTP/1.1\r\nX: ", "a".repeat(200));
        assertEquals("error HPE_HEADER_OVERFLOW Header overflow", r.out.get(0));
    }

    @Test
    void eofInTheMiddleIsAnError() {
        Run r = new Run(HttpParser.REQUEST).feed("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab").end();
        assertEquals("error HPE_INVALID_EOF_STATE Invalid EOF state", r.out.get(1));
        Run ok = new Run(HttpParser.REQUEST).feed("GET / HTTP/1.1\r\n\r\n").end();
        assertFalse(ok.out.stream().anyMatch(s -> s.startsWith("error")));
        assertNull(ok.p.errorCode());
    }

    @Test
    void connectResponseIsAnUpgrade() {
        Run r = new Run(HttpParser.RESPONSE);
        r.p.setConnectRequest(true);
        r.feed("HTTP/1.1 200 Connection established\r\n\r\ntunnel");
        assertEquals(HttpParser.STATUS_PAUSED_UPGRADE, r.p.status());
        assertTrue(r.out.get(0).contains("upgrade"));
    }
}
