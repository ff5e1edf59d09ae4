'use strict';

// Internal abort listeners run even when a user listener stops propagation, as in Node.
const { kResistStopPropagation } = require('internal/abort_symbols');

// node:net — TCP and Unix-domain stream sockets and servers.
//
// The handles come from internalBinding('tcp_wrap') (Java, on Netty channels that live on this
// runtime's event loop). Each Java handle is wrapped in a small JS object (TCP / Pipe) so JS can
// hang state on it (reading, onread, the owner). Data arrives as onread(n): n fresh bytes wait in
// one shared direct buffer and are copied into a Buffer at once.

const EventEmitter = require('events');
const stream = require('stream');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FD_TYPE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_INVALID_IP_ADDRESS,
    ERR_MISSING_ARGS,
    ERR_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
    ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
    ERR_SOCKET_CONNECTION_TIMEOUT,
  },
  errnoException,
  exceptionWithHostPort,
  uvExceptionWithHostPort,
  dnsException,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  validateString,
} = require('internal/validators');
const { BlockList, isIP, isIPv4, isIPv6, validatePort } = require('internal/net');

const UV_EOF = -4095;
const UV_EADDRINUSE = -98;
const UV_EINVAL = -22;

let bufferModule;
function lazyBuffer() {
  if (bufferModule === undefined) bufferModule = require('buffer').Buffer;
  return bufferModule;
}

let bindingObject;
let sharedRead;
function binding() {
  if (bindingObject === undefined) {
    bindingObject = internalBinding('tcp_wrap');
    sharedRead = new Uint8Array(new ArrayBuffer(bindingObject.readBuffer()));
  }
  return bindingObject;
}

const kOwner = Symbol('owner');
const kTypeOfService = Symbol('typeOfService');
const asyncFrame = require('internal/async_context_frame');
const kSnapshot = asyncFrame.kHandleSnapshot;
const kTimeout = Symbol('timeout');
const kTimeoutMs = Symbol('timeoutMs');
const kLastActive = Symbol('lastActive');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveDelay = Symbol('kSetKeepAliveInitialDelay');
const kBuffer = Symbol('kBuffer');
const kBufferCb = Symbol('kBufferCb');
const kPendingWrite = Symbol('pendingWrite');
const kReset = Symbol('reset');
const kConnectOptions = Symbol('connectOptions');
const kWrapHandle = Symbol('kWrapHandle');

// ---- handles ----

function noop() {}

// The JS face of one Java socket handle.
class StreamHandle {
  constructor(j) {
    this._j = j;
    this.reading = false;
    this.onread = null;
    this[kOwner] = null;
    this.fd = -1;
    // Like Node's handles, its I/O callbacks run in the async context it was created in.
    this[kSnapshot] = asyncFrame.capture();
    const self = this;
    j.setOnRead(function onread(n) {
      const fn = self.onread;
      if (fn === null) return;
      const snapshot = self[kSnapshot];
      if (snapshot === undefined) fn.call(self, n);
      else asyncFrame.runInSnapshot(snapshot, fn, self, [n]);
    });
  }

  get owner() { return this[kOwner]; }

  get writeQueueSize() { return this._j.writeQueueSize(); }

  readStart() { this.reading = true; return this._j.readStart(); }

  readStop() { this.reading = false; return this._j.readStop(); }

  shutdown(cb) { return this._j.shutdown(asyncFrame.inSnapshot(this[kSnapshot], cb)); }

  close(cb) { this._j.close(typeof cb === 'function' ? cb : null); }

  ref() { this._j.ref(); }

  unref() { this._j.unref(); }

  hasRef() { return this._j.hasRef(); }

  getsockname(out) { return fillAddress(this._j.getsockname(), out); }

  getpeername(out) { return fillAddress(this._j.getpeername(), out); }

  setNoDelay(on) { return this._j.setNoDelay(!!on); }

  setKeepAlive(on, delaySeconds) { return this._j.setKeepAlive(!!on, delaySeconds | 0); }

  setTypeOfService(tos) { return this._j.setTypeOfService(tos); }

  getTypeOfService() { return this._j.getTypeOfService(); }
}

class TCP extends StreamHandle {
  bind(address, port) { return this._j.bind(address, port); }

  bind6(address, port) { return this._j.bind(address, port); }

  connect(address, port, cb) { return this._j.connect(address, port, asyncFrame.inSnapshot(this[kSnapshot], cb)); }

  connect6(address, port, cb) { return this.connect(address, port, cb); }

  reset(cb) {
    this._j.setLingerZero();
    this.close(cb);
    return 0;
  }
}

class Pipe extends StreamHandle {
  connect(path, cb) { return this._j.connectPath(path, asyncFrame.inSnapshot(this[kSnapshot], cb)); }
}

function fillAddress(arr, out) {
  if (arr == null) return UV_EINVAL;
  if (arr.length === 1) return arr[0];
  out.address = arr[0];
  out.family = arr[1];
  out.port = arr[2];
  return 0;
}

function newHandle(pipe) {
  const j = binding().createSocket(pipe);
  return pipe ? new Pipe(j) : new TCP(j);
}

// ---- argument normalization ----

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

// connect(options[, cb]) / connect(path[, cb]) / connect(port[, host][, cb]) -> [options, cb]
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb === 'function' ? [options, cb] : [options, null];
  arr[normalizedArgsSymbol] = true;
  return arr;
}
const normalizedArgsSymbol = Symbol('normalizedArgs');

// ---- DNS for connect/listen (the full dns module is elsewhere) ----

function defaultLookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  } else if (typeof options === 'number') {
    options = { family: options };
  } else if (options == null) {
    options = {};
  }
  const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : (options.family | 0);
  const all = options.all === true;
  if (!hostname) {
    process.nextTick(() => {
      if (all) callback(null, []);
      else callback(null, null, family === 6 ? 6 : 4);
    });
    return;
  }
  const literal = isIP(hostname);
  if (literal) {
    process.nextTick(() => {
      if (all) callback(null, [{ address: hostname, family: literal }]);
      else callback(null, hostname, literal);
    });
    return;
  }
  binding().lookup(hostname, family, (errno, list) => {
    if (errno) {
      callback(dnsException(errno, 'getaddrinfo', hostname));
      return;
    }
    const entries = list.split(',').map((e) => {
      const i = e.lastIndexOf('/');
      return { address: e.slice(0, i), family: +e.slice(i + 1) };
    });
    if (options.order === 'ipv4first' || options.verbatim === false) {
      entries.sort((a, b) => a.family - b.family);
    } else if (options.order === 'ipv6first') {
      entries.sort((a, b) => b.family - a.family);
    }
    if (all) callback(null, entries);
    else callback(null, entries[0].address, entries[0].family);
  });
}

// ---- auto-select-family defaults ----

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 500;
for (const a of process.execArgv) {
  if (a === '--no-network-family-autoselection') autoSelectFamilyDefault = false;
  else if (a === '--network-family-autoselection') autoSelectFamilyDefault = true;
  else if (a.startsWith('--network-family-autoselection-attempt-timeout=')) {
    autoSelectFamilyAttemptTimeoutDefault = Math.max(10, Number(a.slice(a.indexOf('=') + 1)));
  }
}

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  if (value < 10) value = 10;
  autoSelectFamilyAttemptTimeoutDefault = value;
}

// ---- Socket ----

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options === undefined || options === null) options = {};
  else if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  if (options.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options.readableObjectMode || options.writableObjectMode) {
    throw new ERR_INVALID_ARG_VALUE(
      `options.${options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'}`,
      options.readableObjectMode || options.writableObjectMode, 'is not supported');
  }
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }

  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this._peername = null;
  this._sockname = null;
  this._pendingData = null;
  this._pendingEncoding = '';
  this[kTimeout] = null;
  this[kTimeoutMs] = undefined;
  this[kLastActive] = 0;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this[kBuffer] = null;
  this[kBufferCb] = null;
  this[kReset] = false;
  this.server = null;
  this._server = null;

  const signal = options.signal;
  delete options.signal; // handled below, once (not by the stream constructors)
  if (options.blockList !== undefined) {
    if (!BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  stream.Duplex.call(this, options);

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    throw new ERR_NOT_IMPLEMENTED('net.Socket from a file descriptor (options.fd)');
  }

  const onread = options.onread;
  if (onread !== null && typeof onread === 'object') {
    const buf = typeof onread.buffer === 'function' ? onread.buffer() : onread.buffer;
    if (!(buf instanceof Uint8Array)) {
      throw new ERR_INVALID_ARG_TYPE('options.onread.buffer', ['Buffer', 'TypedArray', 'DataView'], buf);
    }
    validateFunction(onread.callback, 'options.onread.callback');
    this[kBuffer] = buf;
    this[kBufferCb] = onread.callback;
  }

  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kTypeOfService] = undefined;
  if (options.typeOfService !== undefined) this.setTypeOfService(options.typeOfService);
  this[kSetKeepAliveDelay] = ~~((options.keepAliveInitialDelay || 0) / 1000);

  this.on('end', onReadableStreamEnd);

  if (this._handle !== null) initSocketHandle(this);

  if (signal) addSignal(this, signal);

  if (this._handle !== null && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
}
Object.setPrototypeOf(Socket.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(Socket, stream.Duplex);

function addSignal(socket, signal) {
  validateAbortSignal(signal, 'options.signal');
  const { AbortError } = require('internal/errors');
  const onAbort = () => socket.destroy(new AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { __proto__: null, once: true, [kResistStopPropagation]: true });
    socket.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

function initSocketHandle(socket) {
  socket._undestroy();
  socket._sockname = null;
  const h = socket._handle;
  if (h) {
    h[kOwner] = socket;
    h.onread = onStreamRead;
  }
}

// Called when the peer ended its side.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) {
    this.write = writeAfterFIN;
  }
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) {
    return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  }
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

// this = the handle
function onStreamRead(n) {
  const socket = this[kOwner];
  if (!socket || socket.destroyed) return;
  if (n > 0) {
    socket[kBytesRead] += n;
    touch(socket);
    if (socket[kBuffer] !== null) {
      let target = socket[kBuffer];
      if (typeof target === 'function') target = target();
      let off = 0;
      while (off < n) {
        const len = Math.min(n - off, target.byteLength);
        new Uint8Array(target.buffer, target.byteOffset, len).set(sharedRead.subarray(off, off + len));
        off += len;
        const r = socket[kBufferCb].call(socket, len, target);
        if (r === false && this.reading) {
          this.readStop();
        }
      }
      return;
    }
    const Buffer = lazyBuffer();
    const buf = Buffer.allocUnsafe(n);
    buf.set(n === sharedRead.length ? sharedRead : sharedRead.subarray(0, n));
    if (!socket.push(buf) && this.reading) {
      this.readStop();
    }
    return;
  }
  if (n === UV_EOF) {
    this.reading = false;
    if (socket[kBuffer] !== null) {
      socket.push(null);
      socket.read(0);
      return;
    }
    socket.push(null);
    socket.read(0);
    return;
  }
  socket.destroy(errnoException(n, 'read'));
}

function tryReadStart(socket) {
  const err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

Object.defineProperties(Socket.prototype, {
  _connecting: {
    get() { return this.connecting; },
    configurable: true,
  },
  pending: {
    get() { return !this._handle || this.connecting; },
    configurable: true,
  },
  readyState: {
    get() {
      if (this.connecting) return 'opening';
      if (this.readable && this.writable) return 'open';
      if (this.readable && !this.writable) return 'readOnly';
      if (!this.readable && this.writable) return 'writeOnly';
      return 'closed';
    },
    configurable: true,
  },
  bufferSize: {
    get() {
      if (this._handle) return this.writableLength;
      return undefined;
    },
    configurable: true,
  },
  bytesRead: {
    get() { return this[kBytesRead]; },
    configurable: true,
  },
  bytesWritten: {
    get() {
      let bytes = this[kBytesWritten];
      const buffered = this.writableBuffer;
      if (!buffered) return undefined;
      const Buffer = lazyBuffer();
      for (const el of buffered) {
        bytes += typeof el.chunk === 'string' ? Buffer.byteLength(el.chunk, el.encoding) : el.chunk.length;
      }
      const data = this._pendingData;
      if (Array.isArray(data)) {
        for (const el of data) {
          bytes += typeof el.chunk === 'string' ? Buffer.byteLength(el.chunk, el.encoding) : el.chunk.length;
        }
      } else if (data) {
        bytes += typeof data === 'string' ? Buffer.byteLength(data, this._pendingEncoding) : data.length;
      }
      return bytes;
    },
    configurable: true,
  },
  remoteAddress: {
    get() { return this._getpeername().address; },
    configurable: true,
  },
  remoteFamily: {
    get() { return this._getpeername().family; },
    configurable: true,
  },
  remotePort: {
    get() { return this._getpeername().port; },
    configurable: true,
  },
  localAddress: {
    get() { return this._getsockname().address; },
    configurable: true,
  },
  localPort: {
    get() { return this._getsockname().port; },
    configurable: true,
  },
  localFamily: {
    get() { return this._getsockname().family; },
    configurable: true,
  },
  timeout: {
    get() { return this[kTimeoutMs]; },
    set(v) { this[kTimeoutMs] = v; },
    configurable: true,
  },
  autoSelectFamilyAttemptedAddresses: {
    get() { return this._autoSelectAttempted; },
    configurable: true,
  },
});

Socket.prototype._getpeername = function() {
  if (!this._handle || this.connecting) return this._peername || {};
  if (!this._peername) {
    const out = {};
    const r = this._handle.getpeername(out);
    if (r !== 0 && typeof r !== 'string') return {};
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function() {
  if (!this._handle) return {};
  if (!this._sockname) {
    const out = {};
    const r = this._handle.getsockname(out);
    if (r !== 0) return {};
    this._sockname = out;
  }
  return this._sockname;
};

Socket.prototype.address = function() {
  return this._getsockname();
};

// ---- timeouts ----

// Activity: pushes the idle timeout back, and re-arms it when it has fired (as Node's timer list
// does: a timeout fires once per idle period).
function touch(socket) {
  if (socket[kTimeout] !== null) socket[kLastActive] = Date.now();
  else if (socket[kTimeoutMs] > 0 && !socket.destroyed) armTimeout(socket, socket[kTimeoutMs]);
}

Socket.prototype._unrefTimer = function() {
  touch(this);
};

Socket.prototype.setTimeout = function(msecs, callback) {
  if (this.destroyed) return this;
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  this[kTimeoutMs] = msecs;
  if (this[kTimeout] !== null) {
    clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
  }
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    armTimeout(this, msecs);
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

function armTimeout(socket, ms) {
  socket[kLastActive] = Date.now();
  const fire = () => {
    socket[kTimeout] = null;
    if (socket.destroyed || socket[kTimeoutMs] !== ms) return;
    const idle = Date.now() - socket[kLastActive];
    if (idle < ms - 1) {
      socket[kTimeout] = setTimeout(fire, ms - idle);
      socket[kTimeout].unref();
      return;
    }
    // fired: the next activity arms it again (touch)
    socket.emit('timeout');
  };
  socket[kTimeout] = setTimeout(fire, ms);
  socket[kTimeout].unref();
}

function clearSocketTimeout(socket) {
  if (socket[kTimeout] !== null) {
    clearTimeout(socket[kTimeout]);
    socket[kTimeout] = null;
  }
}

// ---- options on the handle ----

Socket.prototype.setNoDelay = function(enable) {
  enable = enable === undefined ? true : Boolean(enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

// IP type of service: set at once when connected, else kept and applied on connect.
Socket.prototype.setTypeOfService = function setTypeOfService(tos) {
  if (typeof tos !== 'number' || Number.isNaN(tos)) throw new ERR_INVALID_ARG_TYPE('tos', 'number', tos);
  validateInteger(tos, 'tos', 0, 255);
  this[kTypeOfService] = tos;
  if (this._handle && this._handle.setTypeOfService && !this.connecting) {
    const err = this._handle.setTypeOfService(tos);
    if (err < 0) throw errnoException(err, 'setTypeOfService');
  }
  return this;
};

Socket.prototype.getTypeOfService = function getTypeOfService() {
  if (this._handle && this._handle.getTypeOfService && !this.connecting) {
    const tos = this._handle.getTypeOfService();
    if (tos >= 0) return tos;
  }
  return this[kTypeOfService] ?? 0;
};

Socket.prototype.setKeepAlive = function(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const delay = ~~((initialDelayMsecs || 0) / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveDelay] = delay;
    return this;
  }
  if (this._handle.setKeepAlive && (enable !== this[kSetKeepAlive] || (enable && delay !== this[kSetKeepAliveDelay]))) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveDelay] = delay;
    this._handle.setKeepAlive(enable, delay);
  }
  return this;
};

Socket.prototype.ref = function() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.unref();
  return this;
};

// ---- reading ----

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

Socket.prototype.read = function(n) {
  if (this[kBuffer] !== null && !this.connecting && this._handle && !this._handle.reading) {
    tryReadStart(this);
  }
  return stream.Duplex.prototype.read.call(this, n);
};

Socket.prototype.pause = function() {
  if (this[kBuffer] !== null && !this.connecting && this._handle && this._handle.reading) {
    this._handle.readStop();
  }
  return stream.Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function() {
  if (this[kBuffer] !== null && !this.connecting && this._handle && !this._handle.reading) {
    tryReadStart(this);
  }
  return stream.Duplex.prototype.resume.call(this);
};

// ---- writing ----

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._pendingData = null;
      this._pendingEncoding = '';
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  touch(this);
  const Buffer = lazyBuffer();
  let buf;
  if (writev) {
    // The usual HTTP response (head and body as one string, then an empty end marker) goes
    // out as one string: no Buffer per chunk, no concat.
    const joined = joinStringChunks(data);
    if (joined !== null) {
      const n = joinedLatin1 ? joined.length : Buffer.byteLength(joined, 'utf8');
      return dispatchString(this, joined, joinedLatin1, n, cb);
    }
    const parts = new Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const c = data[i].chunk;
      parts[i] = typeof c === 'string' ? Buffer.from(c, data[i].encoding) : c;
    }
    buf = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    return dispatchBuffer(this, buf, cb);
  }
  if (typeof data === 'string') {
    const enc = encoding;
    if (enc === 'utf8' || enc === 'utf-8' || enc === undefined || enc === null || enc === 'buffer') {
      // Java's encoder writes '?' for a lone surrogate where Node writes U+FFFD
      if (!data.isWellFormed()) return dispatchBuffer(this, Buffer.from(data, 'utf8'), cb);
      return dispatchString(this, data, false, Buffer.byteLength(data, 'utf8'), cb);
    }
    if (enc === 'latin1' || enc === 'binary') {
      return dispatchString(this, data, true, data.length, cb);
    }
    return dispatchBuffer(this, Buffer.from(data, enc), cb);
  }
  return dispatchBuffer(this, data, cb);
};

// The chunks of a writev as one string when all are strings of one encoding family (UTF-8 or
// latin1; empty strings fit either), else null. joinedLatin1 tells which family it was. UTF-8
// chunks must be well-formed: each is encoded on its own (a lone surrogate is U+FFFD, even when
// the next chunk starts with its other half), which one joined string would not do.
let joinedLatin1 = false;
function joinStringChunks(data) {
  let s = '';
  let family = 0; // 0: none yet, 1: UTF-8, 2: latin1
  for (let i = 0; i < data.length; i++) {
    const c = data[i].chunk;
    if (typeof c !== 'string') return null;
    if (c.length === 0) continue;
    const enc = data[i].encoding;
    let f;
    if (enc === 'utf8' || enc === 'utf-8' || enc === undefined || enc === null || enc === 'buffer') {
      if (!c.isWellFormed()) return null;
      f = 1;
    } else if (enc === 'latin1' || enc === 'binary') f = 2;
    else return null;
    if (family !== 0 && f !== family) return null;
    family = f;
    s += c;
  }
  joinedLatin1 = family !== 1;
  return s;
}

function dispatchBuffer(socket, view, cb) {
  const n = view.byteLength;
  const done = makeWriteDone(socket, cb);
  const r = socket._handle._j.writeBuffer(view.buffer, view.byteOffset, n, done);
  return afterDispatch(socket, r, n, cb);
}

function dispatchString(socket, s, latin1, n, cb) {
  const done = makeWriteDone(socket, cb);
  const r = socket._handle._j.writeString(s, latin1, done);
  return afterDispatch(socket, r, n, cb);
}

function makeWriteDone(socket, cb) {
  const snapshot = socket._handle[kSnapshot];
  if (snapshot !== undefined) {
    const inner = cb;
    cb = (err) => asyncFrame.runInSnapshot(snapshot, inner, undefined, [err]);
  }
  return function afterWrite(status) {
    if (socket.destroyed) {
      cb(null);
      return;
    }
    if (status < 0) {
      cb(errnoException(status, 'write'));
      return;
    }
    touch(socket);
    cb(null);
  };
}

function afterDispatch(socket, r, n, cb) {
  if (r < 0) {
    cb(errnoException(r, 'write'));
    return false;
  }
  socket[kBytesWritten] += n;
  if (socket._handle) socket._handle.bytesWritten = socket[kBytesWritten];
  if (r === 0) cb(null);
  return true;
}

Socket.prototype.write = function(chunk, encoding, cb) {
  touch(this);
  return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
};

Socket.prototype._writev = function(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype._final = function(cb) {
  if (this.connecting) {
    this.once('connect', () => this._final(cb));
    return;
  }
  if (!this._handle) {
    cb();
    return;
  }
  const r = this._handle.shutdown(() => cb());
  if (r < 0) cb(errnoException(r, 'shutdown'));
};

Socket.prototype.end = function(data, encoding, callback) {
  stream.Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.resetAndDestroy = function() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) {
      this.once('connect', () => {
        this[kReset] = true;
        this.destroy();
      });
    } else {
      this[kReset] = true;
      this.destroy();
    }
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._destroy = function(exception, cb) {
  clearSocketTimeout(this);
  this.connecting = false;
  if (this._connectTimer) {
    clearTimeout(this._connectTimer);
    this._connectTimer = null;
  }
  if (this._handle) {
    const hadError = !!exception;
    const h = this._handle;
    h.onread = noop;
    if (this[kReset] && h instanceof TCP) {
      this[kReset] = false;
      h.reset(() => this.emit('close', hadError));
    } else {
      h.close(() => this.emit('close', hadError));
    }
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(() => this.emit('close'));
  }
  if (this._server) {
    this._server._connections--;
    this._server._emitCloseIfDrained();
  }
};

// ---- connecting ----

Socket.prototype.connect = function(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];

  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;

  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }

  const { path } = options;
  const pipe = !!path;

  if (pipe && typeof path !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.path', 'string', path);
  }
  if (!pipe) {
    if (options.port === undefined && options.path == null) {
      throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
    }
    if (options.host != null && typeof options.host !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.host', ['string', 'undefined', 'null'], options.host);
    }
  }

  if (!this._handle) {
    this._handle = newHandle(pipe);
    initSocketHandle(this);
  }

  if (cb !== null) this.once('connect', cb);

  if (options.timeout) this.setTimeout(options.timeout);
  touch(this);

  this.connecting = true;

  if (pipe) {
    validateString(path, 'options.path');
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamilyAttemptTimeout, autoSelectFamily } = options;

  if (localAddress && !isIP(localAddress)) {
    throw new ERR_INVALID_IP_ADDRESS(localAddress);
  }
  if (localPort) validateNumber(localPort, 'options.localPort');

  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (autoSelectFamilyAttemptTimeout < 10) autoSelectFamilyAttemptTimeout = 10;
  } else {
    autoSelectFamilyAttemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }

  if (options.hints !== undefined) {
    validateNumber(options.hints, 'options.hints');
    // only getaddrinfo's ADDRCONFIG (32), V4MAPPED (8) and ALL (16) flags: dns.lookup's check, so
    // a lookup function of the caller's gets any number
    if (options.lookup == null && (options.hints & ~(32 | 8 | 16)) !== 0) {
      throw new ERR_INVALID_ARG_VALUE('hints', options.hints);
    }
  }

  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const lookup = options.lookup || defaultLookup;
  const dnsopts = {
    family: options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family,
    hints: options.hints || 0,
  };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) dnsopts.hints = 32; // ADDRCONFIG
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress && autoSelectFamily) {
    dnsopts.all = true;
  }

  self._host = host;
  lookup(host, dnsopts, function emitLookup(err, ip, addressType) {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, ip, addressType, host);
      process.nextTick(() => self.destroy(err));
      return;
    }
    if (dnsopts.all) {
      const list = Array.isArray(ip) ? ip : [{ address: ip, family: addressType }];
      if (list.length === 0) {
        const e = dnsException(-3008, 'getaddrinfo', host);
        self.emit('lookup', e, undefined, undefined, host);
        self.destroy(e);
        return;
      }
      const first = list[0];
      self.emit('lookup', null, first.address, first.family, host);
      connectMultiple(self, list, port, localAddress, localPort);
      return;
    }
    self.emit('lookup', err, ip, addressType, host);
    if (typeof ip !== 'string' || !isIP(ip)) {
      self.destroy(new ERR_INVALID_IP_ADDRESS(ip));
      return;
    }
    if (addressType !== 4 && addressType !== 6) {
      const { codes: { ERR_INVALID_ADDRESS_FAMILY } } = require('internal/errors');
      self.destroy(new ERR_INVALID_ADDRESS_FAMILY(addressType, options.host, options.port));
      return;
    }
    internalConnect(self, ip, port, addressType, localAddress, localPort);
  });
}

// Tries each resolved address in turn (interleaving families) until one connects.
function connectMultiple(self, list, port, localAddress, localPort) {
  // interleave v6/v4 as happy eyeballs orders them, keeping the resolver's first pick first
  const v4 = list.filter((a) => a.family === 4);
  const v6 = list.filter((a) => a.family === 6);
  const ordered = [];
  const firstIs6 = list[0].family === 6;
  const a = firstIs6 ? v6 : v4;
  const b = firstIs6 ? v4 : v6;
  for (const entry of list) {
    if (!isIP(entry.address)) {
      self.destroy(new ERR_INVALID_IP_ADDRESS(entry.address));
      return;
    }
    if (entry.family !== 4 && entry.family !== 6) {
      const { codes: { ERR_INVALID_ADDRESS_FAMILY } } = require('internal/errors');
      self.destroy(new ERR_INVALID_ADDRESS_FAMILY(entry.family, self._host, port));
      return;
    }
  }
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) ordered.push(a[i]);
    if (i < b.length) ordered.push(b[i]);
  }
  self._autoSelectAttempted = [];
  const errors = [];
  let index = 0;
  const next = () => {
    if (!self.connecting) return;
    if (index >= ordered.length) {
      let err;
      if (errors.length === 1) {
        err = errors[0];
      } else {
        err = new AggregateError(errors);
        err.code = errors[0].code;
      }
      self.destroy(err);
      return;
    }
    const { address, family } = ordered[index++];
    self._autoSelectAttempted.push(`${address}:${port}`);
    if (index > 1) {
      // a fresh handle for each attempt (a TLSSocket puts TLS on it again)
      self._handle = newHandle(false);
      initSocketHandle(self);
      if (typeof self[kWrapHandle] === 'function') self[kWrapHandle](self._handle);
    }
    internalConnect(self, address, port, family, localAddress, localPort, (ex) => {
      errors.push(ex);
      if (self._handle) {
        self._handle.close();
        self._handle = null;
      }
      next();
    });
  };
  next();
}

function internalConnect(self, address, port, addressType, localAddress, localPort, onFail) {
  if (!self.connecting || !self._handle) return;
  const h = self._handle;
  if (localAddress || localPort) {
    const local = localAddress || (addressType === 6 ? '::' : '0.0.0.0');
    const err = h.bind(local, localPort || 0);
    if (err) {
      const ex = exceptionWithHostPort(err, 'bind', local, localPort);
      self.destroy(ex);
      return;
    }
  }
  if (self.blockList && (addressType === 4 || addressType === 6) &&
      self.blockList.check(address, addressType === 6 ? 'ipv6' : 'ipv4')) {
    const { codes: { ERR_IP_BLOCKED } } = require('internal/errors');
    const ex = new ERR_IP_BLOCKED(address);
    if (onFail) onFail(ex);
    else self.destroy(ex);
    return;
  }
  if (addressType === 6 || addressType === 4) {
    self.emit('connectionAttempt', address, port, addressType);
  }
  const family = addressType;
  const onDone = (status) => {
    if (self._handle !== h) return;
    afterConnect(self, status, address, port, family, localAddress, localPort, onFail);
  };
  const err = addressType ? h.connect(address, port, onDone) : h.connect(address, onDone);
  if (err < 0) {
    const sockname = self._getsockname();
    let details;
    if (sockname.address) details = `${sockname.address}:${sockname.port}`;
    const ex = exceptionWithHostPort(err, 'connect', address, port, details);
    if (onFail) onFail(ex);
    else self.destroy(ex);
  }
}

function afterConnect(self, status, address, port, family, localAddress, localPort, onFail) {
  if (self.destroyed) return;
  if (status === 0) {
    self.connecting = false;
    self._sockname = null;
    const readable = self.readable;
    const writable = self.writable;
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (self.writable && !writable) self.end();
    touch(self);
    if (self[kSetNoDelay]) self._handle.setNoDelay(true);
    if (self[kTypeOfService] !== undefined) self._handle.setTypeOfService(self[kTypeOfService]);
    if (self[kSetKeepAlive]) self._handle.setKeepAlive(true, self[kSetKeepAliveDelay]);
    self.emit('connect');
    self.emit('ready');
    if (readable && !self.isPaused()) self.read(0);
    return;
  }
  let details;
  if (localAddress && localPort) details = `${localAddress}:${localPort}`;
  const ex = exceptionWithHostPort(status, 'connect', address, port, details);
  if (details) {
    ex.localAddress = localAddress;
    ex.localPort = localPort;
  }
  if (family) self.emit('connectionAttemptFailed', address, port, family, ex);
  if (onFail) {
    onFail(ex);
    return;
  }
  self.connecting = false;
  self.destroy(ex);
}

// ---- Server ----

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);

  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this._pipeName = undefined;
  this._connectionKey = undefined;

  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay || 0) / 1000);
  this.highWaterMark = options.highWaterMark;
  if (options.blockList) {
    if (!BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
  get() { return !!this._connectionKey; },
  configurable: true,
  enumerable: true,
});

Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);

  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);

  if (options instanceof TCP || options._handle || options.handle) {
    throw new ERR_NOT_IMPLEMENTED('server.listen(handle)');
  }
  if (typeof options.fd === 'number' && options.fd >= 0) {
    throw new ERR_NOT_IMPLEMENTED('server.listen({ fd })');
  }

  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    const signal = options.signal;
    const onAbort = () => this.close();
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { __proto__: null, once: true, [kResistStopPropagation]: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }

  const backlog = options.backlog || backlogFromArgs || 511;
  if (options.ipv6Only) {
    throw new ERR_NOT_IMPLEMENTED('server.listen({ ipv6Only: true })');
  }

  // listen(), listen(cb), listen(null), listen(undefined) and { port: undefined/null }: any port
  let port = options.port;
  if (args.length === 0 || typeof args[0] === 'function' ||
      ('port' in options && port === undefined) || port === null) {
    port = 0;
  }
  if (typeof port === 'number' || typeof port === 'string') {
    port = validatePort(port, 'options.port');
    if (options.host) {
      lookupAndListen(this, port, options.host, backlog, options.exclusive);
    } else {
      listenInCluster(this, null, port, 4, backlog);
    }
    return this;
  }

  if (options.path && isPipeName(options.path)) {
    this._pipeName = options.path;
    if (options.readableAll || options.writableAll) {
      throw new ERR_NOT_IMPLEMENTED('server.listen({ readableAll / writableAll })');
    }
    listenInCluster(this, options.path, -1, -1, backlog);
    return this;
  }

  if (!('port' in options) && !('path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options, 'is invalid');
};

const kCloseCount = Symbol('closeCount');

function lookupAndListen(server, port, host, backlog, exclusive) {
  const closes = server[kCloseCount];
  defaultLookup(host, {}, (err, ip, family) => {
    if (server[kCloseCount] !== closes) return;  // closed while the name was being looked up
    if (err) {
      server.emit('error', err);
      return;
    }
    listenInCluster(server, ip, port, family, backlog);
  });
}

// Creates the handle and listens; errors go to 'error' on the next tick, as in Node.
// The JS face of a listening Java handle (server._handle). As in Node, its `onconnection`
// property is what runs for each accepted connection, called as onconnection(status, handle)
// with the handle as `this`; programs may wrap it.
class ServerHandle {
  constructor(j, pipe) {
    this._j = j;
    this.pipe = pipe;
    this[kOwner] = null;
    this.onconnection = onconnection;
  }

  close(cb) { this._j.close(typeof cb === 'function' ? cb : null); }

  getsockname() { return this._j.getsockname(); }

  ref() { this._j.ref(); }

  unref() { this._j.unref(); }
}

function onconnection(status, clientHandle) {
  onConnection(this[kOwner], status, clientHandle, this.pipe);
}

function listenInCluster(server, address, port, addressType, backlog) {
  const pipe = port === -1;
  const j = binding().createServer(pipe);
  const wrap = new ServerHandle(j, pipe);
  wrap[kOwner] = server;
  const onconnection = asyncFrame.inSnapshot(asyncFrame.capture(), (status, clientJ) => {
    const clientHandle = status < 0 ? undefined : (pipe ? new Pipe(clientJ) : new TCP(clientJ));
    wrap.onconnection(status, clientHandle);
  });
  let err;
  let boundAddress = address;
  if (pipe) {
    err = j.listenPath(address, backlog, onconnection);
  } else if (address === null) {
    // Node prefers the IPv6 wildcard (dual stack) and falls back to IPv4.
    boundAddress = '::';
    err = j.listen('::', port, backlog, onconnection);
    if (err && err !== UV_EADDRINUSE) {
      j.close(null);
      const j4 = binding().createServer(false);
      boundAddress = '0.0.0.0';
      err = j4.listen('0.0.0.0', port, backlog, onconnection);
      if (!err) {
        wrap._j = j4;
        server._handle = wrap;
      } else {
        j4.close(null);
      }
    } else if (!err) {
      server._handle = wrap;
    } else {
      j.close(null);
    }
  } else {
    err = j.listen(address, port, backlog, onconnection);
  }
  if (pipe || address !== null) {
    if (err) j.close(null);
    else server._handle = wrap;
  }
  if (err) {
    server._handle = null;
    const ex = uvExceptionWithHostPort(err, 'listen', pipe ? address : boundAddress, pipe ? -1 : port);
    process.nextTick(() => server.emit('error', ex));
    return;
  }
  const keyType = pipe ? -1 : (isIPv6(boundAddress) ? 6 : 4);
  server._connectionKey = pipe ? `-1:${address}:-1` : `${keyType}:${boundAddress}:${port}`;
  if (server._unref) server._handle.unref();
  process.nextTick(() => {
    if (server._handle) server.emit('listening');
  });
}

function onConnection(server, status, handle, pipe) {
  if (status < 0) {
    server.emit('error', errnoException(status, 'accept'));
    return;
  }
  if (server.maxConnections != null && server._connections >= server.maxConnections) {
    const data = { localAddress: undefined, localPort: undefined, localFamily: undefined,
      remoteAddress: undefined, remotePort: undefined, remoteFamily: undefined };
    if (!pipe) {
      const local = {};
      const remote = {};
      if (handle.getsockname(local) === 0) {
        data.localAddress = local.address;
        data.localPort = local.port;
        data.localFamily = local.family;
      }
      if (handle.getpeername(remote) === 0) {
        data.remoteAddress = remote.address;
        data.remotePort = remote.port;
        data.remoteFamily = remote.family;
      }
    }
    handle.close();
    server.emit('drop', data);
    return;
  }
  if (server.blockList && !pipe) {
    const remote = {};
    if (handle.getpeername(remote) === 0 &&
        server.blockList.check(remote.address, remote.family.toLowerCase())) {
      handle.close();
      return;
    }
  }
  const socket = new Socket({
    handle,
    allowHalfOpen: server.allowHalfOpen,
    pauseOnCreate: server.pauseOnConnect,
    readable: true,
    writable: true,
    highWaterMark: server.highWaterMark,
  });
  if (server.noDelay) socket.setNoDelay(true);
  if (server.keepAlive) socket.setKeepAlive(true, server.keepAliveInitialDelay * 1000);
  server._connections++;
  socket.server = server;
  socket._server = server;
  server.emit('connection', socket);
}

Server.prototype.address = function() {
  if (this._handle) {
    const arr = this._handle.getsockname();
    if (arr == null) return null;
    if (arr.length === 1) return arr[0];
    return { address: arr[0], family: arr[1], port: arr[2] };
  }
  if (this._pipeName) return this._pipeName;
  return null;
};

Server.prototype.close = function(cb) {
  this[kCloseCount] = (this[kCloseCount] || 0) + 1;
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() {
        cb(new ERR_SERVER_NOT_RUNNING());
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close(null);
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(() => {
    this._connectionKey = undefined;
    this.emit('close');
  });
};

Server.prototype.getConnections = function(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

Server.prototype[Symbol.asyncDispose] = function() {
  if (!this._handle) return Promise.resolve();
  return new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

Server.prototype[EventEmitter.captureRejectionSymbol || Symbol.for('nodejs.rejection')] = function(err, event, sock) {
  if (event === 'connection') {
    sock.destroy(err);
  } else {
    this.emit('error', err);
  }
};

Object.defineProperty(Server.prototype, 'connections', {
  get() { return this._connections; },
  set(val) { this._connections = val; },
  configurable: true,
  enumerable: false,
});

// ---- factories ----

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

function lazyBlockList() {
  return require('internal/net');
}

// Node 26's pre-bound socket (bound synchronously, later adopted by listen() or new Socket()).
// It needs a socket bound before its role is chosen, which the JDK's channels cannot give (a
// channel is a server or a client from its creation); the native epoll transport could.
class BoundSocket {
  constructor() {
    throw new ERR_NOT_IMPLEMENTED('net.BoundSocket');
  }
}

module.exports = {
  _createServerHandle: undefined,
  BoundSocket,
  _normalizeArgs: normalizeArgs,
  get BlockList() { return lazyBlockList().BlockList; },
  get SocketAddress() { return lazyBlockList().SocketAddress; },
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
delete module.exports._createServerHandle;

// internal, for node:tls: new TCP handles and the hook that wraps a replacement handle
Object.defineProperty(module.exports, '_tlsInternals', {
  value: Object.freeze({ newHandle, kWrapHandle, TCP, attachHandle(socket, h) {
    socket._handle = h;
    h[kOwner] = socket;
    h.onread = onStreamRead;
  } }),
  enumerable: false,
});

// internal: the default lookup (used by http and tests until node:dns exists)
Object.defineProperty(module.exports, '_defaultLookup', { value: defaultLookup, enumerable: false });
