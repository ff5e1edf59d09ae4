'use strict';

// http.IncomingMessage: a request on the server, a response on the client. A Readable whose body
// chunks the parser pushes; headers are kept raw and turned into the `headers` object on first use.

const { Readable, finished } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) {
    streamOptions = { highWaterMark: socket.readableHighWaterMark };
  }
  Readable.call(this, streamOptions);

  this._readableState.readingMore = true;

  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

// message.signal (Node 26): made on first use, aborted when the socket closes or the message is
// destroyed before the exchange completed — for a server request, before its response finished;
// for a client's response, before its end. A normal completion detaches it.
const kSignal = Symbol('kSignal');
Object.defineProperty(IncomingMessage.prototype, 'signal', {
  get() {
    let state = this[kSignal];
    if (state === undefined) {
      state = { controller: new AbortController(), socket: null, onClose: null };
      this[kSignal] = state;
      if (this.aborted || this.socket?.destroyed) {
        state.controller.abort();
      } else if (this.socket) {
        state.socket = this.socket;
        state.onClose = () => abortSignal(this);
        this.socket.once('close', state.onClose);
        if (this.req) this.once('end', () => detachSignal(this)); // a client's response
      }
    }
    return state.controller.signal;
  },
  enumerable: false,
  configurable: true,
});

function abortSignal(msg) {
  const state = msg[kSignal];
  if (state === undefined) return;
  detachSignal(msg);
  if (!state.controller.signal.aborted) state.controller.abort();
}

// The exchange completed normally: later closes of a kept-alive socket do not abort.
function detachSignal(msg) {
  const state = msg[kSignal];
  if (state === undefined || state.socket === null) return;
  state.socket.removeListener('close', state.onClose);
  state.socket = null;
}

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  get() { return this.socket; },
  set(val) { this.socket = val; },
  configurable: true,
});

function buildHeaders(msg, raw, count) {
  const dest = {};
  for (let i = 0; i < count; i += 2) msg._addHeaderLine(raw[i], raw[i + 1], dest);
  return dest;
}

function buildDistinct(raw) {
  const dest = { __proto__: null };
  for (let i = 0; i < raw.length; i += 2) {
    const key = raw[i].toLowerCase();
    if (dest[key] === undefined) dest[key] = [raw[i + 1]];
    else dest[key].push(raw[i + 1]);
  }
  return dest;
}

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  get() {
    if (!this[kHeaders]) this[kHeaders] = buildHeaders(this, this.rawHeaders, this[kHeadersCount] || this.rawHeaders.length);
    return this[kHeaders];
  },
  set(val) { this[kHeaders] = val; },
  configurable: true,
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  get() {
    if (!this[kHeadersDistinct]) this[kHeadersDistinct] = buildDistinct(this.rawHeaders);
    return this[kHeadersDistinct];
  },
  set(val) { this[kHeadersDistinct] = val; },
  configurable: true,
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  get() {
    if (!this[kTrailers]) this[kTrailers] = buildHeaders(this, this.rawTrailers, this.rawTrailers.length);
    return this[kTrailers];
  },
  set(val) { this[kTrailers] = val; },
  configurable: true,
});

Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
  get() {
    if (!this[kTrailersDistinct]) this[kTrailersDistinct] = buildDistinct(this.rawTrailers);
    return this[kTrailersDistinct];
  },
  set(val) { this[kTrailersDistinct] = val; },
  configurable: true,
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  // Paused by the parser because the stream was full: read on. The socket may already be gone
  // (an upgrade took it, or it closed after the whole body arrived).
  if (this.socket && this.socket.readable) readStart(this.socket);
};

// Aborts the body when it was not all received; the socket goes with it (an incomplete body leaves
// the connection in an unknown state).
IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
    abortSignal(this);
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = finished(this.socket, (e) => {
      if (e?.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

function onError(self, error, cb) {
  // Errors after the body's end are not interesting to anyone listening for 'error'.
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    let dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      dest = this[kTrailers];
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      dest = this[kHeaders];
    }
    if (dest) {
      for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
    }
  }
};

// The headers whose duplicates are dropped (Node keeps the first).
const singleValue = new Set(['content-type', 'content-length', 'user-agent', 'referer', 'host',
  'authorization', 'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from',
  'location', 'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires']);

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  field = field.toLowerCase();
  // Own values only: a header named like an Object.prototype member ("constructor") is new.
  const current = Object.prototype.hasOwnProperty.call(dest, field) ? dest[field] : undefined;
  if (field === 'set-cookie') {
    if (current !== undefined) current.push(value);
    else dest[field] = [value];
  } else if (field === 'cookie') {
    if (current !== undefined) dest[field] = `${current}; ${value}`;
    else dest[field] = value;
  } else if (current === undefined) {
    dest[field] = value;
  } else if (this.joinDuplicateHeaders || !singleValue.has(field)) {
    dest[field] = `${current}, ${value}`;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field, value, dest) {
  const key = field.toLowerCase();
  if (!dest[key]) dest[key] = [value];
  else dest[key].push(value);
};

// Reads the rest of the body into nothing (nobody wants it, but it must come off the wire).
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = {
  IncomingMessage,
  detachSignal,
  readStart,
  readStop,
};
