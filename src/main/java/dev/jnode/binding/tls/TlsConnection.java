package dev.jnode.binding.tls;

import dev.jnode.binding.net.SocketHandle;
import dev.jnode.binding.net.TcpWrapBinding;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.AbstractSniHandler;
import io.netty.handler.ssl.NotSslRecordException;
import io.netty.handler.ssl.SslCloseCompletionEvent;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import java.nio.ByteBuffer;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * TLS on one TCP socket (Node's TLSWrap): a Netty {@link SslHandler} put in front of the socket's
 * own handler, so the socket reads and writes plaintext and node:net's machinery (backpressure,
 * write callbacks, half-close) works unchanged for a TLSSocket.
 *
 * <p>A server first parses the ClientHello ({@link Sni}) so that JS can pick the context for
 * the requested name (SNICallback, addContext) before the engine exists. Events go to JS through
 * one function, {@code onevent(type, …)}: {@code "handshake"}, {@code "error"} (code, library,
 * reason) and, on a server with SNI handling, {@code "sni"} (servername), answered by
 * {@link #sniReply}.
 */
public final class TlsConnection {
    private final TlsWrapBinding b;
    private final SocketHandle sock;
    private final TcpWrapBinding tcp;
    private final Channel ch;
    private final boolean server;
    private SecureContextHandle sc;
    private Value onevent;
    private String servername;
    private String[] alpn;
    private boolean requestCert;
    private boolean needCert;
    private boolean jsSni;
    private boolean jsAlpn;
    private SSLEngine engine;
    private SslHandler ssl;
    private Promise<SecureContextHandle> sniPromise;
    private boolean handshakeDone;
    private boolean errorReported;
    private long handshakeStart;
    private CertVerifier.Result verified;
    private String host;
    private int port;
    private String tlsName;

    private static String suffix(int n) {
        return n == 0 ? "" : "-" + n;
    }

    TlsConnection(TlsWrapBinding b, SocketHandle sock, SecureContextHandle sc, boolean server) {
        this.b = b;
        this.sock = sock;
        this.tcp = sock.tcp();
        this.ch = sock.channel();
        this.sc = sc;
        this.server = server;
    }

    // ---- setup (exported) ----

    @HostAccess.Export
    public void setOnEvent(Value fn) {
        this.onevent = fn;
    }

    /** Client: the name sent as SNI (empty: none). */
    @HostAccess.Export
    public void setServername(String name) {
        this.servername = name == null || name.isEmpty() ? null : name;
    }

    /** Client: the peer's host and port, the JDK's session cache key. */
    @HostAccess.Export
    public void setPeer(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @HostAccess.Export
    public void setALPNProtocols(String[] protocols) {
        this.alpn = protocols == null || protocols.length == 0 ? null : protocols;
    }

    /** Server: ask for a client certificate; {@code require}: fail the handshake without one. */
    @HostAccess.Export
    public void setVerifyMode(boolean request, boolean require) {
        this.requestCert = request;
        this.needCert = request && require;
    }

    /** Server: ask JS for the context of the requested name ("sni" event). */
    @HostAccess.Export
    public void enableSniCallback() {
        this.jsSni = true;
    }

    /** Server: the ALPN protocol is chosen by JS (ALPNCallback), synchronously in the handshake. */
    @HostAccess.Export
    public void enableAlpnCallback() {
        this.jsAlpn = true;
    }

    /** Puts TLS into the socket's pipeline; the handshake starts once the socket is connected. */
    @HostAccess.Export
    public void start() {
        tcp.enter();
        try {
            sock.setOutputCloser(this::closeOutbound);
            sock.setAsyncWrites(true);
            // in front of the socket's own handler (the last one), after any TLS already there
            // (TLS inside TLS)
            String last = ch.pipeline().lastContext().name();
            int n = 0;
            while (ch.pipeline().get("tls" + suffix(n)) != null) n++;
            tlsName = "tls" + suffix(n);
            ch.pipeline().addBefore(last, "tls-events" + suffix(n), new Events());
            if (server) {
                ch.pipeline().addBefore("tls-events" + suffix(n), tlsName, new Sni());
            } else {
                engine = sc.newEngine(false, host, port);
                SSLParameters p = engine.getSSLParameters();
                List<SNIServerName> names = new ArrayList<>();
                if (servername != null) {
                    try {
                        names.add(new SNIHostName(servername));
                    } catch (IllegalArgumentException ignored) {
                        // a name the JDK cannot send (OpenSSL sends it anyway): no SNI
                    }
                }
                p.setServerNames(names);
                if (alpn != null) p.setApplicationProtocols(alpn);
                engine.setSSLParameters(p);
                install(engine);
                ch.pipeline().addBefore("tls-events" + suffix(n), tlsName, ssl);
            }
            // The handshake reads even while JS does not (a server's pauseOnConnect, a paused
            // socket): one read here, then the TLS handlers ask for more until it is done.
            if (!ch.config().isAutoRead() && ch.isActive()) ch.read();
        } finally {
            tcp.exit();
        }
    }

    /** Bytes read from the connection before TLS was put on it: they go through TLS now. */
    @HostAccess.Export
    public void feed(Value ab, double offset, int length) {
        byte[] bytes = new byte[length];
        ab.readBuffer((long) offset, bytes, 0, length);
        tcp.enter();
        try {
            // straight into the TLS handler (which may have other layers in front of it)
            ChannelHandlerContext at = ch.pipeline().context(tlsName);
            if (at != null) {
                try {
                    ((io.netty.channel.ChannelInboundHandler) at.handler())
                            .channelRead(at, io.netty.buffer.Unpooled.wrappedBuffer(bytes));
                    ((io.netty.channel.ChannelInboundHandler) at.handler()).channelReadComplete(at);
                } catch (Exception e) {
                    reportError(e);
                }
            }
        } finally {
            tcp.exit();
        }
    }

    private void install(SSLEngine e) {
        ssl = new SslHandler(e);
        ssl.setHandshakeTimeoutMillis(0); // JS keeps Node's handshakeTimeout
        ssl.setCloseNotifyFlushTimeoutMillis(3000);
        ssl.setCloseNotifyReadTimeoutMillis(0);
        handshakeStart = System.currentTimeMillis();
        ssl.handshakeFuture().addListener(f -> {
            if (f.isSuccess()) {
                handshakeDone = true;
                tcp.deliver(() -> emit("handshake"));
            } else {
                reportError(f.cause());
            }
        });
    }

    private Future<?> closeOutbound() {
        if (ssl == null || !handshakeDone) return null;
        return ssl.closeOutbound();
    }

    private void emit(String type, Object... args) {
        if (onevent == null || sock.isClosed()) return;
        Object[] all = new Object[args.length + 1];
        all[0] = type;
        System.arraycopy(args, 0, all, 1, args.length);
        b.runtime.makeCallback(onevent, all);
    }

    private void reportError(Throwable cause) {
        if (errorReported) return;
        TlsError e = map(cause, server);
        if (e == null) return; // the connection went away: JS sees the end of the stream
        errorReported = true;
        tcp.deliver(() -> emit("error", e.code, e.library, e.reason));
    }

    /** Between the TLS handler and the socket's: TLS events into stream events, errors to JS. */
    private final class Events extends ChannelInboundHandlerAdapter {
        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof SslCloseCompletionEvent c && c.isSuccess()) {
                // close_notify: the peer's data ended, as SSL_read returning 0 does for Node
                ctx.fireUserEventTriggered(ChannelInputShutdownEvent.INSTANCE);
                return;
            }
            ctx.fireUserEventTriggered(evt);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            Throwable c = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
            if (c instanceof SSLException || c instanceof NotSslRecordException) {
                reportError(c);
                ctx.close();
                return;
            }
            ctx.fireExceptionCaught(cause);
        }
    }

    /** Reads the ClientHello's server name, then puts the TLS handler of the chosen context. */
    private final class Sni extends AbstractSniHandler<SecureContextHandle> {
        Sni() {
            super(0L);
        }

        @Override
        protected Future<SecureContextHandle> lookup(ChannelHandlerContext ctx, String hostname) {
            servername = hostname;
            Promise<SecureContextHandle> p = ctx.executor().newPromise();
            if (hostname == null || !jsSni) {
                p.setSuccess(sc);
                return p;
            }
            sniPromise = p;
            tcp.deliver(() -> emit("sni", hostname));
            return p;
        }

        @Override
        protected void onLookupComplete(ChannelHandlerContext ctx, String hostname,
                                        Future<SecureContextHandle> future) {
            if (!future.isSuccess()) {
                Throwable c = future.cause();
                if (!(c instanceof TlsError)) {
                    if (c instanceof DecoderException && c.getCause() != null) c = c.getCause();
                    reportError(c);
                }
                ctx.close();
                return;
            }
            SecureContextHandle chosen = future.getNow();
            if (chosen != null) sc = chosen;
            SSLEngine e = sc.newEngine(true, null, -1);
            if (needCert) e.setNeedClientAuth(true);
            else if (requestCert) e.setWantClientAuth(true);
            if (jsAlpn) {
                e.setHandshakeApplicationProtocolSelector((eng, offered) -> {
                    if (onevent == null) return null;
                    try {
                        Value r = onevent.execute("alpn", servername, offered.toArray(new String[0]));
                        return r != null && r.isString() && offered.contains(r.asString()) ? r.asString() : null;
                    } catch (RuntimeException ex) {
                        return null; // JS has reported the error
                    }
                });
            } else if (alpn != null) {
                final String[] mine = alpn;
                e.setHandshakeApplicationProtocolSelector((eng, offered) -> {
                    for (String m : mine) if (offered.contains(m)) return m;
                    return null; // no overlap: a no_application_protocol alert, as Node 26
                });
            }
            engine = e;
            install(e);
            ctx.pipeline().replace(this, tlsName, ssl);
        }
    }

    /** Answers an "sni" event: the context to use (null: the server's own), or fails the handshake. */
    @HostAccess.Export
    public void sniReply(SecureContextHandle chosen, boolean fail) {
        Promise<SecureContextHandle> p = sniPromise;
        sniPromise = null;
        if (p == null) return;
        tcp.enter();
        try {
            if (fail) p.tryFailure(new TlsError("ERR_SSL_SNI", "SSL routines", "callback failed"));
            else p.trySuccess(chosen);
        } finally {
            tcp.exit();
        }
    }

    // ---- after the handshake (exported) ----

    private SSLSession session() {
        return engine == null || !handshakeDone ? null : engine.getSession();
    }

    @HostAccess.Export
    public String getProtocol() {
        SSLSession s = session();
        return s == null ? null : s.getProtocol();
    }

    /** [OpenSSL name, IANA name, version] of the negotiated suite, or null. */
    @HostAccess.Export
    public Object[] getCipher() {
        SSLSession s = session();
        if (s == null) return null;
        String iana = s.getCipherSuite();
        String name = Ciphers.openssl(iana);
        boolean v13 = iana.startsWith("TLS_AES_") || iana.startsWith("TLS_CHACHA20_");
        String version = v13 ? "TLSv1.3" : (name != null && (name.contains("GCM") || name.contains("SHA256")
                || name.contains("SHA384") || name.contains("CHACHA"))) ? "TLSv1.2" : "TLSv1.0";
        return new Object[] {name == null ? iana : name, iana, version};
    }

    @HostAccess.Export
    public String alpnProtocol() {
        if (engine == null || !handshakeDone) return null;
        String p = engine.getApplicationProtocol();
        return p == null || p.isEmpty() ? null : p;
    }

    @HostAccess.Export
    public String getServername() {
        if (server) return servername;
        return servername;
    }

    private List<X509Certificate> peerChain() {
        SSLSession s = session();
        List<X509Certificate> out = new ArrayList<>();
        if (s == null) return out;
        try {
            for (Certificate c : s.getPeerCertificates()) if (c instanceof X509Certificate x) out.add(x);
        } catch (SSLPeerUnverifiedException e) {
            // no certificate from the peer
        }
        return out;
    }

    private CertVerifier.Result verification() {
        if (verified == null) verified = CertVerifier.verify(peerChain(), sc.trusted(), new Date(), sc.partialTrustChain);
        return verified;
    }

    /** The peer's certificates (DER), leaf first, completed by the trusted issuer when found. */
    @HostAccess.Export
    public Object[] peerCertificates() {
        List<X509Certificate> peer = peerChain();
        if (peer.isEmpty()) return new Object[0];
        List<X509Certificate> chain = new ArrayList<>(verification().path());
        for (X509Certificate c : peer) if (!chain.contains(c)) chain.add(c);
        Object[] out = new Object[chain.size()];
        for (int i = 0; i < out.length; i++) out[i] = TlsWrapBinding.direct(SecureContextHandle.encoded(chain.get(i)));
        return out;
    }

    /** Our own certificate as sent (DER), or null. */
    @HostAccess.Export
    public ByteBuffer ownCertificate() {
        SSLSession s = session();
        Certificate[] local = s == null ? null : s.getLocalCertificates();
        if (local != null && local.length > 0 && local[0] instanceof X509Certificate x) {
            return TlsWrapBinding.direct(SecureContextHandle.encoded(x));
        }
        return null;
    }

    /** [code, message] of the chain check, or null when the peer is trusted. */
    @HostAccess.Export
    public Object[] verifyError() {
        if (!handshakeDone) return null;
        if (peerChain().isEmpty()) {
            if (server) return new Object[] {"UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate"};
            return new Object[] {"UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate"};
        }
        CertVerifier.Result r = verification();
        return r.code() == null ? null : new Object[] {r.code(), r.message()};
    }

    /** Whether the session was resumed: it was made before this handshake started. */
    @HostAccess.Export
    public boolean isSessionReused() {
        SSLSession s = session();
        return s != null && s.getCreationTime() < handshakeStart;
    }

    /** The session's id: the JDK keeps sessions in the context and cannot serialize them. */
    @HostAccess.Export
    public ByteBuffer sessionId() {
        SSLSession s = session();
        if (s == null) return null;
        byte[] id = s.getId();
        return id == null || id.length == 0 ? null : TlsWrapBinding.direct(id);
    }

    @HostAccess.Export
    public boolean handshakeDone() {
        return handshakeDone;
    }

    // ---- errors ----

    /** An SSLException as the OpenSSL error Node would report, or null for a vanished peer. */
    static TlsError map(Throwable t, boolean server) {
        while (t instanceof DecoderException && t.getCause() != null) t = t.getCause();
        if (t instanceof TlsError e) return e;
        if (t instanceof NotSslRecordException n) {
            String m = String.valueOf(n.getMessage());
            int i = m.indexOf(": ");
            String hex = i >= 0 ? m.substring(i + 2).toLowerCase(Locale.ROOT) : "";
            if (server && (hex.startsWith("47455420") || hex.startsWith("504f5354") || hex.startsWith("48454144")
                    || hex.startsWith("505554") || hex.startsWith("44454c455445") || hex.startsWith("4f5054494f4e53")
                    || hex.startsWith("434f4e4e454354") || hex.startsWith("5041544348"))) {
                return TlsError.ssl("http request");
            }
            // OpenSSL reads a record header: a length beyond the maximum is reported first
            if (hex.length() >= 10) {
                int len = Integer.parseInt(hex.substring(6, 10), 16);
                if (len > 16384 + 2048) return TlsError.ssl("packet length too long");
            }
            return TlsError.ssl("wrong version number");
        }
        if (!(t instanceof SSLException)) {
            if (t instanceof java.nio.channels.ClosedChannelException || t instanceof java.io.IOException) return null;
            return TlsError.ssl("internal error");
        }
        String m = String.valueOf(t.getMessage());
        if (t.getCause() instanceof SSLException inner && inner.getMessage() != null
                && (m.startsWith("javax.net.ssl") || m.contains("Exception"))) {
            m = inner.getMessage();
        }
        int alert = m.indexOf("Received fatal alert: ");
        if (alert >= 0) return alertError(m.substring(alert + 22).trim());
        if (m.contains("Unsupported or unrecognized SSL message")) return TlsError.ssl("wrong version number");
        if (m.contains("no cipher suites in common")) return TlsError.ssl("no shared cipher");
        if (m.contains("No appropriate protocol") || m.contains("not enabled or supported")
                || m.contains("are not accepted") || m.contains("protocol is disabled")) {
            return TlsError.ssl(server ? "unsupported protocol" : "no protocols available");
        }
        if (m.contains("No available authentication scheme") || m.contains("No supported signature algorithm")) {
            return TlsError.ssl("no suitable signature algorithm");
        }
        if (m.contains("Empty client certificate chain") || m.contains("Empty certificate chain")) {
            return TlsError.ssl("peer did not return a certificate");
        }
        if (m.contains("application protocol") || m.contains("ALPN")) return TlsError.ssl("no application protocol");
        if (m.contains("Tag mismatch") || m.contains("bad record MAC") || m.contains("Bad record MAC")) {
            return TlsError.ssl("decryption failed or bad record mac");
        }
        if (m.contains("closed") && m.contains("inbound")) return null;
        return new TlsError("ERR_SSL_SSL_HANDSHAKE_FAILURE", "SSL routines", "ssl handshake failure: " + m);
    }

    static TlsError alertError(String alert) {
        String words = alert.replace('_', ' ');
        String reason = switch (alert) {
            case "unexpected_message", "bad_record_mac", "decompression_failure", "handshake_failure",
                 "no_certificate", "bad_certificate", "unsupported_certificate", "certificate_revoked",
                 "certificate_expired", "certificate_unknown", "illegal_parameter" -> "ssl/tls alert " + words;
            case "unrecognized_name" -> "tlsv1 unrecognized name";
            case "certificate_required" -> "tlsv13 alert certificate required";
            case "missing_extension" -> "tlsv13 alert missing extension";
            default -> "tlsv1 alert " + words;
        };
        return TlsError.ssl(reason);
    }
}
