'use strict';

// TLSSocket, tls.Server and tls.connect. A TLSSocket is a net.Socket whose TCP handle has TLS put
// into its Netty pipeline (binding/tls/TlsConnection): the handle reads and writes plaintext, so
// all of net.Socket's stream machinery is reused as it is. The handshake, TLS errors and SNI
// arrive as events from Java; certificate checks (authorized, checkServerIdentity) happen here
// after the handshake, as Node does them.

const net = require('net');
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MULTIPLE_CALLBACK,
    ERR_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_SOCKET_CLOSED,
    ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS,
    ERR_TLS_HANDSHAKE_TIMEOUT,
    ERR_TLS_INVALID_CONTEXT,
    ERR_TLS_REQUIRED_SERVER_NAME,
    ERR_TLS_SNI_FROM_SERVER,
  },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateNumber, validateObject, validateString, validateInt32,
} = require('internal/validators');
const common = require('_tls_common');
const { tlsBinding, fromJava, chainObject } = require('internal/tls/certificate');

const { newHandle, kWrapHandle, attachHandle } = net._tlsInternals;

const kConn = Symbol('tlsConnection');
const kConnectOptions = Symbol('connectOptions');
const kErrorEmitted = Symbol('errorEmitted');
const kPendingSession = Symbol('pendingSession');
const kIsVerified = Symbol('verified');
const kHandshakeTimer = Symbol('handshakeTimer');
const kAlpnError = Symbol('alpnError');

let ipServernameWarned = false;

function noop() {}

function toBuf(v) {
  if (typeof v === 'string') return Buffer.from(v);
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

// ALPNProtocols: array of strings/buffers, or the wire format (length-prefixed) -> string array.
function alpnList(protocols) {
  if (protocols == null) return null;
  const out = [];
  if (Array.isArray(protocols)) {
    for (let i = 0; i < protocols.length; i++) {
      const b = toBuf(protocols[i]);
      if (b.length > 255) {
        throw new ERR_OUT_OF_RANGE(`The byte length of the protocol at index ${i} exceeds the maximum length.`,
          '<= 255', b.length, true);
      }
      out.push(b.toString('latin1'));
    }
    return out;
  }
  if (ArrayBuffer.isView(protocols)) {
    const b = toBuf(protocols);
    let i = 0;
    while (i < b.length) {
      const n = b[i];
      out.push(b.toString('latin1', i + 1, i + 1 + n));
      i += 1 + n;
    }
    return out;
  }
  throw new ERR_INVALID_ARG_TYPE('options.ALPNProtocols', ['string[]', 'Buffer', 'TypedArray', 'DataView'], protocols);
}

function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const parts = [];
    for (let i = 0; i < protocols.length; i++) {
      const b = toBuf(protocols[i]);
      if (b.length > 255) {
        throw new ERR_OUT_OF_RANGE(`The byte length of the protocol at index ${i} exceeds the maximum length.`,
          '<= 255', b.length, true);
      }
      parts.push(Buffer.from([b.length]), b);
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(toBuf(protocols));
  }
}

// ---- TLSSocket ----

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = { ...opts };
  if (tlsOptions.ALPNProtocols != null) alpnList(tlsOptions.ALPNProtocols); // validates
  if (tlsOptions.ALPNCallback != null && tlsOptions.ALPNProtocols != null) {
    throw new ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS();
  }
  if (tlsOptions.isServer && tlsOptions.SNICallback !== undefined) {
    validateFunction(tlsOptions.SNICallback, 'options.SNICallback');
  }
  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  // the Java connection stays out of util.inspect's view
  Object.defineProperty(this, kConn, { value: null, writable: true, enumerable: false, configurable: true });
  this[kErrorEmitted] = false;
  this[kPendingSession] = null;
  this[kHandshakeTimer] = null;
  this.encrypted = true;

  let handle = null;
  let wrapLater = false;
  if (socket instanceof net.Socket) {
    if (socket._handle && !socket.connecting) {
      handle = socket._handle;
    } else if (socket.connecting || !socket._handle) {
      wrapLater = true;
    }
  } else if (socket != null) {
    const { Duplex } = require('stream');
    if (!(socket instanceof Duplex)) {
      throw new ERR_INVALID_ARG_TYPE('socket', ['net.Socket', 'stream.Duplex'], socket);
    }
    // a Duplex that is not a TCP socket (a pipe of streams, an http2 stream…)
    throw new ERR_NOT_IMPLEMENTED('tls over a stream that is not a TCP socket (options.socket)');
  } else {
    handle = newHandle(!!tlsOptions.pipe);
  }

  net.Socket.call(this, {
    handle,
    allowHalfOpen: socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
    pauseOnCreate: tlsOptions.pauseOnConnect,
    manualStart: true,
    highWaterMark: tlsOptions.highWaterMark,
    onread: !socket ? tlsOptions.onread : null,
    signal: tlsOptions.signal,
  });

  this._parent = socket instanceof net.Socket ? socket : null;
  if (this._parent) {
    const parent = this._parent;
    const child = this;
    if (handle) parent._handle = null;
    // destroying the raw socket destroys the TLS one (whose handle it was)
    // (later, as when the handle's close is noticed: after this iteration's immediates)
    parent._destroy = function(err, cb) {
      if (child.destroyed) return net.Socket.prototype._destroy.call(this, err, cb);
      process.nextTick(() => setImmediate(() => {
        if (!child.destroyed) child.destroy(err);
        net.Socket.prototype._destroy.call(this, err, cb);
      }));
    };
  }

  this.on('error', this._tlsError);
  this[kWrapHandle] = (h) => {
    this._wrapHandle(h);
    if (!this._tlsOptions.isServer && this._started) this._start();
  };

  if (wrapLater) {
    this.connecting = true;
    socket.once('connect', () => {
      if (this.destroyed) return;
      const h = socket._handle;
      socket._handle = null;
      this._handle = h;
      attachHandle(this, h);
      this.connecting = false;
      this._wrapHandle(h);
      this.emit('connect');
      this._start();
      this.read(0);
    });
  } else if (handle) {
    this._wrapHandle(handle);
    if (this._parent) feedBuffered(this, this._parent);
    // a client made with `new TLSSocket()` and then connect(): TLS starts with the connection
    // (tls.connect starts it itself)
    if (!tlsOptions.isServer && !socket) this.once('connect', () => this._start());
  }

  // read on the next tick so that the caller can add listeners first
  process.nextTick(initRead, this, socket);
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

// Bytes the raw socket read before TLS was put on it (a TLSSocket made some time after the
// connection) go through TLS first.
function feedBuffered(tls, parent) {
  const state = parent._readableState;
  if (!state || state.length === 0) return;
  const chunks = [];
  let chunk;
  while ((chunk = parent.read()) !== null) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  if (chunks.length === 0) return;
  const all = Buffer.concat(chunks);
  const conn = tls[kConn];
  if (tls._tlsOptions.isServer) conn.feed(all.buffer, all.byteOffset, all.byteLength);
  else tls._pendingFeed = all;
}

function initRead(tls, socket) {
  if (!tls._handle || tls.destroyed) return;
  // a client TLSSocket not connected (yet): reading starts with a connection, if one comes
  if (!socket && !tls._tlsOptions.isServer && !tls.connecting) {
    tls.once('connect', () => tls.read(0));
    return;
  }
  if (!socket || !socket.connecting) {
    if (!tls._tlsOptions.pauseOnConnect) tls.read(0);
  }
}

TLSSocket.prototype._wrapHandle = function(handle) {
  const options = this._tlsOptions;
  let context = options.secureContext || options.credentials;
  if (!context) context = common.createSecureContext(options);
  if (!context || !context.context) throw new ERR_TLS_INVALID_CONTEXT('context');
  const conn = tlsBinding().wrap(handle._j, context.context, !!options.isServer);
  this[kConn] = conn;
  const self = this;
  conn.setOnEvent(function onevent(type, a, b, c) {
    if (self[kConn] !== conn) return;
    if (type === 'handshake') onhandshakedone(self);
    else if (type === 'error') onTlsEngineError(self, common.opensslError([a, b, c]));
    else if (type === 'sni') onSni(self, a);
    else if (type === 'alpn') return onAlpn(self, a, Array.from(b));
  });
  const protocols = options.ALPNProtocols != null ? alpnList(options.ALPNProtocols) : null;
  if (protocols) conn.setALPNProtocols(protocols);
  if (options.isServer) {
    const server = options.server;
    conn.setVerifyMode(!!options.requestCert, options.rejectUnauthorized !== false);
    if (options.ALPNCallback) conn.enableAlpnCallback();
    if (options.SNICallback || (server && server._contexts && server._contexts.length > 0)) {
      conn.enableSniCallback();
    }
    if (options.handshakeTimeout > 0) {
      this[kHandshakeTimer] = setTimeout(() => {
        this[kHandshakeTimer] = null;
        if (!this._secureEstablished && !this.destroyed) this._handleTimeout();
      }, options.handshakeTimeout);
      this[kHandshakeTimer].unref?.();
    }
    conn.start();
  } else {
    this._pendingConn = conn;
  }
  return conn;
};

// Client: TLS starts when the TCP connection is up (the handshake itself waits for it anyway).
TLSSocket.prototype._start = function() {
  const conn = this[kConn];
  if (!conn || this._started === conn) return;
  this._started = conn;
  const opts = this[kConnectOptions] || {};
  const sni = this._pendingServername !== undefined ? this._pendingServername : null;
  if (sni) conn.setServername(sni);
  conn.setPeer(opts.host || 'localhost', opts.port | 0);
  conn.start();
  const pending = this._pendingFeed;
  if (pending) {
    this._pendingFeed = null;
    conn.feed(pending.buffer, pending.byteOffset, pending.byteLength);
  }
};

function onSni(socket, servername) {
  const conn = socket[kConn];
  const options = socket._tlsOptions;
  const server = options.server;
  socket.servername = servername;
  const cb = options.SNICallback || (server && server._SNICallback) || defaultSNICallback.bind(server);
  let called = false;
  try {
    cb(servername, (err, context) => {
      if (called) {
        const e = new ERR_MULTIPLE_CALLBACK();
        socket.destroy(e);
        return;
      }
      called = true;
      if (socket.destroyed) return;
      if (err) {
        conn.sniReply(null, true);
        onTlsEngineError(socket, err);
        return;
      }
      if (context && !context.context) {
        const e = new Error('Invalid SNI context');
        conn.sniReply(null, true);
        onTlsEngineError(socket, e);
        return;
      }
      conn.sniReply(context ? context.context : null, false);
    });
  } catch (err) {
    conn.sniReply(null, true);
    throw err;
  }
}

// ALPNCallback({ servername, protocols }) -> one of protocols, or undefined to refuse
function onAlpn(socket, servername, protocols) {
  const cb = socket._tlsOptions.ALPNCallback;
  let result;
  try {
    result = cb({ __proto__: null, servername: servername ?? undefined, protocols });
  } catch (err) {
    socket[kAlpnError] = err; // the handshake's failure is this error
    process.nextTick(() => onTlsEngineError(socket, err));
    return undefined;
  }
  if (result !== undefined && !protocols.includes(result)) {
    const { codes: { ERR_TLS_ALPN_CALLBACK_INVALID_RESULT } } = require('internal/errors');
    const err = new ERR_TLS_ALPN_CALLBACK_INVALID_RESULT(result, protocols);
    socket[kAlpnError] = err;
    process.nextTick(() => onTlsEngineError(socket, err));
    return undefined;
  }
  return result;
}

function defaultSNICallback(servername, cb) {
  let ctx;
  if (this && this._contexts) {
    for (const [re, c] of this._contexts) {
      if (re.test(servername)) ctx = c;
    }
  }
  cb(null, ctx);
}

function onhandshakedone(socket) {
  const conn = socket[kConn];
  if (socket[kHandshakeTimer]) {
    clearTimeout(socket[kHandshakeTimer]);
    socket[kHandshakeTimer] = null;
  }
  socket._secureEstablished = true;
  socket.secureConnecting = false;
  socket.alpnProtocol = conn.alpnProtocol() || false;
  if (socket._tlsOptions.isServer) {
    socket.servername = conn.getServername() || false;
  } else {
    socket.servername = socket._pendingServername || false;
  }
  socket._finishInit();
}

TLSSocket.prototype._finishInit = function() {
  if (this.destroyed) return;
  this.emit('secure');
};

// A TLS failure: before the handshake ends the socket is destroyed with it; the 'error' goes to
// the socket's listeners and, while a server still holds control, to the server's
// 'tlsClientError' (through '_tlsError').
function onTlsEngineError(socket, err) {
  if (socket.destroyed || socket._hadError) return;
  if (socket[kAlpnError]) err = socket[kAlpnError];
  socket._hadError = true;
  if (!socket._secureEstablished) {
    socket.destroy(err);
  } else if (socket._tlsOptions.isServer && socket._rejectUnauthorized &&
             /peer did not return a certificate/.test(err.message)) {
    socket.destroy();
  } else {
    socket._emitTLSError(err);
    socket.destroy(err);
  }
}

TLSSocket.prototype._emitTLSError = function(err) {
  const e = this._tlsError(err);
  if (e) this.emit('error', e);
};

TLSSocket.prototype._tlsError = function(err) {
  this.emit('_tlsError', err);
  if (this._controlReleased) return err;
  return null;
};

TLSSocket.prototype._releaseControl = function() {
  if (this._controlReleased) return false;
  this._controlReleased = true;
  this.removeListener('error', this._tlsError);
  return true;
};

TLSSocket.prototype._handleTimeout = function() {
  this._emitTLSError(new ERR_TLS_HANDSHAKE_TIMEOUT());
  this.destroy();
};

// Writes and the end wait for the handshake (a client's also for the certificate check, so
// nothing is sent to a peer that turns out to be untrusted).
function whenSecure(socket, fn, cb) {
  const ev = socket._tlsOptions.isServer || !socket[kConnectOptions] ? 'secure' : 'secureConnect';
  const onClose = () => {
    socket.removeListener(ev, onSecure);
    // what Node's TLS layer reports for a write it never sent
    const { errnoException } = require('internal/errors');
    cb(errnoException(-125, 'write'));
  };
  const onSecure = () => {
    socket.removeListener('close', onClose);
    fn();
  };
  socket.once(ev, onSecure);
  socket.once('close', onClose);
}

// (a client TLSSocket not made by tls.connect checks no certificate: as in Node, its caller
// must look at the peer itself)
function secureReady(socket) {
  if (socket._tlsOptions.isServer || !socket[kConnectOptions]) return socket._secureEstablished;
  return socket[kIsVerified] === true;
}

TLSSocket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (!secureReady(this) && !this.destroyed) {
    whenSecure(this, () => net.Socket.prototype._writeGeneric.call(this, writev, data, encoding, cb), cb);
    return;
  }
  return net.Socket.prototype._writeGeneric.call(this, writev, data, encoding, cb);
};

TLSSocket.prototype._final = function(cb) {
  if (!secureReady(this) && !this.destroyed) {
    whenSecure(this, () => net.Socket.prototype._final.call(this, cb), () => cb());
    return;
  }
  return net.Socket.prototype._final.call(this, cb);
};

// the raw socket goes with the TLS one
TLSSocket.prototype._destroy = function(exception, cb) {
  if (this[kHandshakeTimer]) {
    clearTimeout(this[kHandshakeTimer]);
    this[kHandshakeTimer] = null;
  }
  const parent = this._parent;
  net.Socket.prototype._destroy.call(this, exception, (err) => {
    if (parent && !parent.destroyed) parent.destroy();
    cb(err);
  });
};

Object.defineProperty(TLSSocket.prototype, '_handleTimeoutName', { value: 'timeout', enumerable: false });

// `socket.ssl`: Node's TLSWrap handle. jnode's has only what code outside the TLS layer asks
// of it: the chain check (verifyError) and the descriptor of the socket under it (fd, as net's
// handle has it); it is null once the TLS state is gone.
Object.defineProperty(TLSSocket.prototype, 'ssl', {
  configurable: true,
  enumerable: false,
  get() {
    const conn = this[kConn];
    if (!conn || this.destroyed) return null;
    const handle = this._handle;
    return {
      verifyError: () => chainVerifyError(conn),
      get fd() { return handle ? handle.fd : -1; },
    };
  },
});

// Node frees the OpenSSL state here; jnode forgets the connection: its events are ignored and
// the TLS getters answer as for a socket without TLS state.
TLSSocket.prototype._destroySSL = function() {
  this[kConn] = null;
  this._pendingConn = null;
};

TLSSocket.prototype.setServername = function(name) {
  validateString(name, 'name');
  if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
  this._pendingServername = name;
  if (this[kConn] && this._started === this[kConn]) {
    // already started: the name takes effect on the next connection only
  }
};

TLSSocket.prototype.setSession = function(session) {
  if (typeof session === 'string') session = Buffer.from(session, 'latin1');
  this[kPendingSession] = session;
};

TLSSocket.prototype.getPeerCertificate = function(detailed) {
  const conn = this[kConn];
  if (!conn || !this._handle) return null;
  const ders = Array.from(conn.peerCertificates(), fromJava);
  return chainObject(ders, !!detailed);
};

TLSSocket.prototype.getCertificate = function() {
  const conn = this[kConn];
  if (!conn || !this._handle) return null;
  const der = fromJava(conn.ownCertificate());
  return der ? chainObject([der], false) : {};
};

TLSSocket.prototype.getPeerX509Certificate = function() {
  const conn = this[kConn];
  if (!conn || !this._handle) return undefined;
  const ders = conn.peerCertificates();
  if (ders.length === 0) return undefined;
  const { X509Certificate } = require('crypto');
  const { kIssuer } = require('internal/crypto/x509');
  const certs = Array.from(ders, (d) => new X509Certificate(fromJava(d)));
  for (let i = 0; i < certs.length - 1; i++) certs[i][kIssuer] = certs[i + 1];
  return certs[0];
};

TLSSocket.prototype.getX509Certificate = function() {
  const conn = this[kConn];
  if (!conn || !this._handle) return undefined;
  const der = fromJava(conn.ownCertificate());
  if (!der) return undefined;
  const { X509Certificate } = require('crypto');
  return new X509Certificate(der);
};

TLSSocket.prototype.getProtocol = function() {
  const conn = this[kConn];
  if (!conn || !this._handle) return null;
  return conn.getProtocol();
};

TLSSocket.prototype.getCipher = function() {
  const conn = this[kConn];
  if (!conn || !this._handle) return {};
  const c = conn.getCipher();
  if (c == null) return {};
  return { name: c[0], standardName: c[1], version: c[2] };
};

TLSSocket.prototype.getSession = function() {
  const conn = this[kConn];
  if (!conn || !this._handle) return undefined;
  return fromJava(conn.sessionId());
};

TLSSocket.prototype.getTLSTicket = function() {
  // the JDK does not show session tickets
  return undefined;
};

TLSSocket.prototype.isSessionReused = function() {
  const conn = this[kConn];
  return !!(conn && this._handle && conn.isSessionReused());
};

TLSSocket.prototype.getEphemeralKeyInfo = function() {
  if (this._tlsOptions.isServer) return null;
  if (!this._handle) return null;
  throw new ERR_NOT_IMPLEMENTED('tlsSocket.getEphemeralKeyInfo() (the JDK does not report the key exchange group)');
};

TLSSocket.prototype.getSharedSigalgs = function() {
  throw new ERR_NOT_IMPLEMENTED('tlsSocket.getSharedSigalgs()');
};

TLSSocket.prototype.getFinished = function() {
  throw new ERR_NOT_IMPLEMENTED('tlsSocket.getFinished()');
};

TLSSocket.prototype.getPeerFinished = function() {
  throw new ERR_NOT_IMPLEMENTED('tlsSocket.getPeerFinished()');
};

TLSSocket.prototype.exportKeyingMaterial = function(length, label, context) {
  validateNumber(length, 'length');
  validateString(label, 'label');
  throw new ERR_NOT_IMPLEMENTED('tlsSocket.exportKeyingMaterial()');
};

TLSSocket.prototype.setMaxSendFragment = function(size) {
  validateInt32(size, 'size');
  // the JDK's engine has no per-connection record size
  return false;
};

TLSSocket.prototype.renegotiate = function(options, callback) {
  validateObject(options, 'options');
  if (callback !== undefined) validateFunction(callback, 'callback');
  throw new ERR_NOT_IMPLEMENTED('tlsSocket.renegotiate()');
};

TLSSocket.prototype.disableRenegotiation = function() {
  this._renegotiationDisabled = true;
};

TLSSocket.prototype.enableTrace = function() {
  throw new ERR_NOT_IMPLEMENTED('tlsSocket.enableTrace()');
};

TLSSocket.prototype.setKeyCert = function(context) {
  throw new ERR_NOT_IMPLEMENTED('tlsSocket.setKeyCert()');
};

// ---- server ----

function onServerSocketSecure() {
  const conn = this[kConn];
  if (this._requestCert) {
    const verifyError = conn.verifyError();
    if (verifyError) {
      this.authorizationError = verifyError[0];
      if (this._rejectUnauthorized) {
        this.destroy();
        return;
      }
    } else {
      this.authorized = true;
    }
  }
  if (!this.destroyed && this._releaseControl()) {
    this._tlsOptions.server.emit('secureConnection', this);
  }
}

function onSocketTLSError(err) {
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    const server = this._tlsOptions.server;
    if (server) server.emit('tlsClientError', err, this);
  }
}

// closed before 'secure' without a TLS error: the client went away mid-handshake
function onSocketClose(hadError) {
  if (hadError) return;
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    const e = new Error('socket hang up');
    e.code = 'ECONNRESET';
    const server = this._tlsOptions.server;
    if (server) server.emit('tlsClientError', e, this);
  }
}

function onServerSocketEnd() {
  if (!this._secureEstablished) this.destroy();
}

function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedCreds,
    isServer: true,
    server: this,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    handshakeTimeout: this[kHandshakeTimeoutMs],
    ALPNProtocols: this.ALPNProtocols,
    ALPNCallback: this.ALPNCallback,
    SNICallback: this._SNICallbackOption,
    pauseOnConnect: this.pauseOnConnect,
    highWaterMark: this.highWaterMark,
  });
  socket._requestCert = this.requestCert;
  socket._rejectUnauthorized = this.rejectUnauthorized;
  socket.on('secure', onServerSocketSecure);
  socket.on('_tlsError', onSocketTLSError);
  socket.on('close', onSocketClose);
  socket.on('end', onServerSocketEnd);
  socket.server = this;
  socket._server = null;
}

const kHandshakeTimeoutMs = Symbol('handshakeTimeout');

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = options ?? {};
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }

  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;

  if (options.ALPNProtocols != null) convertALPNProtocols(options.ALPNProtocols, this);
  if (options.ALPNCallback != null) {
    validateFunction(options.ALPNCallback, 'options.ALPNCallback');
    if (options.ALPNProtocols != null) throw new ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS();
    this.ALPNCallback = options.ALPNCallback;
  }

  if (options.SNICallback !== undefined) validateFunction(options.SNICallback, 'options.SNICallback');
  this._SNICallbackOption = options.SNICallback;
  this._SNICallback = options.SNICallback;

  if (options.handshakeTimeout !== undefined) validateNumber(options.handshakeTimeout, 'options.handshakeTimeout');
  this[kHandshakeTimeoutMs] = options.handshakeTimeout || (120 * 1000);
  if (options.sessionTimeout !== undefined) {
    validateInt32(options.sessionTimeout, 'options.sessionTimeout', 0);
  }
  if (options.ticketKeys !== undefined && options.ticketKeys !== null) {
    common.createSecureContext({ ticketKeys: options.ticketKeys });
  }
  if (options.enableTrace) throw new ERR_NOT_IMPLEMENTED('options.enableTrace');

  this.setSecureContext(options);

  net.Server.call(this, options, tlsConnectionListener);

  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setSecureContext = function(options) {
  validateObject(options, 'options');
  this.key = options.key;
  this.cert = options.cert;
  this.ca = options.ca;
  this.passphrase = options.passphrase;
  this.pfx = options.pfx;
  this.ciphers = options.ciphers;
  this.ecdhCurve = options.ecdhCurve;
  this.sigalgs = options.sigalgs;
  this.minVersion = options.minVersion;
  this.maxVersion = options.maxVersion;
  this.secureProtocol = options.secureProtocol;
  this.secureOptions = options.secureOptions;
  this.honorCipherOrder = options.honorCipherOrder !== undefined ? !!options.honorCipherOrder : true;
  this.sessionIdContext = options.sessionIdContext;
  this.sessionTimeout = options.sessionTimeout;
  this._sharedCreds = common.createSecureContext({
    key: this.key,
    cert: this.cert,
    ca: this.ca,
    passphrase: this.passphrase,
    pfx: this.pfx,
    ciphers: this.ciphers,
    ecdhCurve: this.ecdhCurve,
    sigalgs: this.sigalgs,
    minVersion: this.minVersion,
    maxVersion: this.maxVersion,
    secureProtocol: this.secureProtocol,
    secureOptions: this.secureOptions,
    honorCipherOrder: this.honorCipherOrder,
    crl: options.crl,
    dhparam: options.dhparam,
    sessionIdContext: this.sessionIdContext,
    sessionTimeout: this.sessionTimeout,
    privateKeyIdentifier: options.privateKeyIdentifier,
    privateKeyEngine: options.privateKeyEngine,
  });
};

// events.captureRejections: a rejected 'secureConnection' listener destroys that socket
Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  if (event === 'secureConnection') {
    sock.destroy(err);
    return;
  }
  net.Server.prototype[EventEmitter.captureRejectionSymbol].call(this, err, event, sock);
};

Server.prototype._getServerData = function() {
  throw new ERR_NOT_IMPLEMENTED('server._getServerData()');
};

Server.prototype.getTicketKeys = function() {
  throw new ERR_NOT_IMPLEMENTED('server.getTicketKeys() (the JDK keeps its own ticket keys)');
};

Server.prototype.setTicketKeys = function(keys) {
  if (!ArrayBuffer.isView(keys)) throw new ERR_INVALID_ARG_TYPE('keys', ['Buffer', 'TypedArray', 'DataView'], keys);
  if (keys.byteLength !== 48) throw new Error('Session ticket keys must be a 48-byte buffer');
  throw new ERR_NOT_IMPLEMENTED('server.setTicketKeys() (the JDK keeps its own ticket keys)');
};

Server.prototype.addContext = function(servername, context) {
  if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
  validateString(servername, 'servername');
  const re = new RegExp('^' + servername.replace(/([.^$+?\-\\[\]{}()|])/g, '\\$1').replaceAll('*', '[^.]*') + '$', 'i');
  let ctx = context;
  if (!ctx || !ctx.context) {
    validateObject(context, 'context');
    ctx = common.createSecureContext(context);
  }
  this._contexts.push([re, ctx]);
};

// ---- tls.connect ----

function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') {
    Object.assign(options, listArgs[1]);
  } else if (listArgs[2] !== null && typeof listArgs[2] === 'object') {
    Object.assign(options, listArgs[2]);
  }
  return cb ? [options, cb] : [options];
}

// The chain check's failure as Node's Error (code: OpenSSL's name), or null.
function chainVerifyError(conn) {
  const v = conn.verifyError();
  if (!v) return null;
  let msg = v[1];
  if (v[0] === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' || v[0] === 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' ||
      v[0] === 'DEPTH_ZERO_SELF_SIGNED_CERT') {
    msg += '; if the root CA is installed locally, try running Node.js with --use-system-ca';
  }
  const err = new Error(msg);
  err.code = v[0];
  return err;
}

function onConnectSecure() {
  const options = this[kConnectOptions];
  const conn = this[kConn];
  let verifyError = chainVerifyError(conn);
  if (!verifyError && !this.isSessionReused()) {
    const hostname = options.servername || options.host || (options.socket && options.socket._host) || 'localhost';
    const cert = this.getPeerCertificate(true);
    verifyError = options.checkServerIdentity(hostname, cert);
  }
  if (verifyError) {
    this.authorized = false;
    this.authorizationError = verifyError.code || verifyError.message;
    if (options.rejectUnauthorized !== false) {
      this.destroy(verifyError);
      return;
    }
  } else {
    this.authorized = true;
  }
  this.secureConnecting = false;
  this.removeListener('end', onConnectEnd);
  this[kIsVerified] = true;
  this.emit('secureConnect');
  // 'session': what getSession() gives (the JDK's session id; the session itself stays in the
  // context's cache, where resumption happens)
  if (this.listenerCount('session') > 0) {
    const session = this.getSession();
    if (session) process.nextTick(() => { if (!this.destroyed) this.emit('session', session); });
  }
}

function onConnectEnd() {
  if (!this._hadError) {
    const options = this[kConnectOptions];
    this._hadError = true;
    const error = new Error('Client network socket disconnected before secure TLS connection was established');
    error.code = 'ECONNRESET';
    error.path = options.path;
    error.host = options.host;
    error.port = options.port;
    error.localAddress = options.localAddress;
    this.destroy(error);
  }
}

function connect(...args) {
  args = normalizeConnectArgs(args);
  let options = args[0];
  const cb = args[1];
  const allowUnauthorized = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  const tls = require('tls');
  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: tls.DEFAULT_CIPHERS,
    checkServerIdentity: tls.checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  validateNumber(options.minDHSize, 'options.minDHSize', 1);
  if (options.servername !== undefined && options.servername !== null) {
    validateString(options.servername, 'options.servername');
    if (net.isIP(options.servername)) {
      throw new ERR_INVALID_ARG_VALUE('options.servername', options.servername,
        'Setting the TLS ServerName to an IP address is not permitted.');
    }
  }
  if (options.secureContext !== undefined && (options.secureContext === null || !options.secureContext.context)) {
    throw new ERR_TLS_INVALID_CONTEXT('context');
  }
  const context = options.secureContext || tls.createSecureContext(options);

  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    pipe: !!options.path,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    ALPNProtocols: options.ALPNProtocols,
    highWaterMark: options.highWaterMark,
    onread: options.onread,
    signal: options.signal,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);
  tlssock.on('secure', onConnectSecure);
  tlssock.prependListener('end', onConnectEnd);

  if (options.servername) tlssock.setServername(options.servername);
  if (options.session) tlssock.setSession(options.session);

  if (!options.socket) {
    if (options.timeout) tlssock.setTimeout(options.timeout);
    tlssock.connect(options);
    tlssock._start();
  }
  tlssock._releaseControl();
  if (options.socket) tlssock._start();
  return tlssock;
}

module.exports = {
  TLSSocket,
  Server,
  createServer(options, listener) {
    return new Server(options, listener);
  },
  connect,
  convertALPNProtocols,
};
