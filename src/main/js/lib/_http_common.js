'use strict';

// What the http server and client share: the parser (a JS face over internalBinding
// ('http_parser'), which is our own incremental HTTP/1.x parser in Java), the pool of idle
// parsers, and the header token / value checks.
//
// The parser is fed each Buffer the socket delivers (parser.execute(buf)). One call into Java per
// chunk parses it and leaves the results in a shared Int32Array: [status, log size, consumed,
// error position, events...], three ints per event (kind, a, b). The events are then dispatched
// to the callbacks below, in order, as Node's llhttp binding calls them.

const { Buffer } = require('buffer');

const kIncomingMessage = Symbol('IncomingMessage');
const kRequestTimeout = Symbol('RequestTimeout');
const kOnMessageBegin = 0;
const kOnHeaders = 1;
const kOnHeadersComplete = 2;
const kOnBody = 3;
const kOnMessageComplete = 4;
const kOnExecute = 5;
const kOnTimeout = 6;
const kLenientNone = 0;
const kLenientAll = 0xff;

const ST_OK = 0;
const ST_PAUSED_UPGRADE = 1;
const ST_LOG_FULL = 2;
const ST_ERROR = 3;
const EV_HEADERS = 1;
const EV_BODY = 2;
const EV_COMPLETE = 3;

let bindingObject;
function binding() {
  if (bindingObject === undefined) bindingObject = internalBinding('http_parser');
  return bindingObject;
}

let methodsList;
function methods() {
  if (methodsList === undefined) methodsList = binding().methods().split(',');
  return methodsList;
}

function splitHeaders(joined) {
  return joined === '' ? [] : joined.split('\0');
}

class HTTPParser {
  static REQUEST = 1;
  static RESPONSE = 2;
  static kOnMessageBegin = kOnMessageBegin;
  static kOnHeaders = kOnHeaders;
  static kOnHeadersComplete = kOnHeadersComplete;
  static kOnBody = kOnBody;
  static kOnMessageComplete = kOnMessageComplete;
  static kOnExecute = kOnExecute;
  static kOnTimeout = kOnTimeout;
  static kLenientNone = kLenientNone;
  static kLenientAll = kLenientAll;

  #j = null;
  #shared = null;

  constructor() {
    this.#j = null;
    this.#shared = null;
    this._type = 0;
    this._current = null;
    this[kOnHeadersComplete] = null;
    this[kOnBody] = null;
    this[kOnMessageComplete] = null;
    this[kOnExecute] = null;
    this[kOnHeaders] = null;
    this[kOnMessageBegin] = null;
    this[kOnTimeout] = null;
  }

  initialize(type, resource, maxHeaderSize, lenient) {
    const max = maxHeaderSize > 0 ? maxHeaderSize : lazyHttp().maxHeaderSize;
    if (this.#j === null || this._type !== type) {
      this.#j = binding().create(type, max, !!lenient);
      this.#shared = new Int32Array(new ArrayBuffer(this.#j.shared()));
      this._type = type;
    } else {
      this.#j.reset();
      this.#j.setMaxHeaderSize(max);
      this.#j.setLenient(!!lenient);
    }
    this._current = null;
  }

  // The next response answers a HEAD (no body) / CONNECT (an upgrade) request.
  setRequestMethod(method) {
    if (this.#j === null) return;
    this.#j.setHeadRequest(method === 'HEAD');
    this.#j.setConnectRequest(method === 'CONNECT');
  }

  // Parses `buf`; returns the bytes consumed (all, unless an upgrade stopped it) or an Error.
  execute(buf, offset = 0, length = buf.length - offset) {
    const j = this.#j;
    if (j === null) return 0;
    const shared = this.#shared;
    let pos = 0;
    for (;;) {
      const st = j.execute(buf.buffer, buf.byteOffset + offset + pos, length - pos);
      const consumed = shared[2];
      if (st === ST_ERROR) {
        const at = pos + shared[3];
        this._dispatch(buf, offset + pos);
        return this._error(at);
      }
      const r = this._dispatch(buf, offset + pos);
      pos += consumed;
      if (st === ST_LOG_FULL) continue;
      if (st === ST_PAUSED_UPGRADE) {
        if (r === 2 || this.#j === null) return pos;
        // the head said upgrade but the owner does not take it: a normal message after all
        const st2 = j.resumeWithoutUpgrade();
        this._dispatch(buf, offset + pos);
        if (st2 === ST_ERROR) return this._error(pos);
        if (pos < length) continue;
      }
      return pos;
    }
  }

  finish() {
    if (this.#j === null) return undefined;
    const st = this.#j.finish();
    this._dispatch(null, 0);
    if (st === ST_ERROR) return this._error(0);
    return undefined;
  }

  _error(at) {
    const code = this.#j.errorCode();
    const reason = this.#j.errorReason();
    const err = new Error('Parse Error');
    err.bytesParsed = at;
    err.code = code;
    err.reason = reason;
    return err;
  }

  // Runs the callbacks for the events in the shared log; returns the last head callback's result.
  _dispatch(buf, base) {
    const shared = this.#shared;
    const n = shared[1];
    let r = 0;
    for (let i = 4; i < 4 + n; i += 3) {
      const kind = shared[i];
      if (kind === EV_HEADERS) {
        const h = this.#j.head(shared[i + 1]);
        const fn = this[kOnHeadersComplete];
        if (typeof fn === 'function') {
          r = fn.call(this, h[2], h[3], splitHeaders(h[6]), h[0] == null ? undefined : h[0],
                      h[1] == null ? undefined : h[1], h[4] || undefined,
                      h[5] == null ? undefined : h[5], h[7], h[8]);
        }
      } else if (kind === EV_BODY) {
        const fn = this[kOnBody];
        if (typeof fn === 'function') {
          const start = base + shared[i + 1];
          fn.call(this, buf.subarray(start, start + shared[i + 2]));
        }
      } else if (kind === EV_COMPLETE) {
        const t = shared[i + 1];
        if (t >= 0) {
          const trailers = splitHeaders(this.#j.head(t)[6]);
          const fn = this[kOnHeaders];
          if (typeof fn === 'function' && trailers.length) fn.call(this, trailers, '');
        }
        const fn = this[kOnMessageComplete];
        if (typeof fn === 'function') fn.call(this);
      }
      if (this.#j === null) break; // freed by a callback
    }
    return r;
  }

  close() {
    this.#j = null;
    this.#shared = null;
  }

  free() {}

  remove() {}

  pause() {}

  resume() {}

  consume() {}

  unconsume() {}

  getCurrentBuffer() {
    return this._current || Buffer.alloc(0);
  }
}

let httpModule;
function lazyHttp() {
  if (httpModule === undefined) httpModule = require('http');
  return httpModule;
}

// ---- callbacks (this = parser) ----

const MAX_HEADER_PAIRS = 2000;

function parserOnHeaders(headers) {
  // trailers arrive here; kept until the message completes
  this._headers = this._headers.concat(headers);
}

function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url,
                                 statusCode, statusMessage, upgrade, shouldKeepAlive) {
  const parser = this;
  const { socket } = parser;
  parser._headers = [];
  parser._url = '';
  const ParserIncomingMessage = (socket && socket.server && socket.server[kIncomingMessage]) ||
    lazyIncoming().IncomingMessage;
  const incoming = parser.incoming = new ParserIncomingMessage(socket);
  incoming.httpVersionMajor = versionMajor;
  incoming.httpVersionMinor = versionMinor;
  incoming.httpVersion = `${versionMajor}.${versionMinor}`;
  incoming.joinDuplicateHeaders = socket?.server?.joinDuplicateHeaders ||
    parser.joinDuplicateHeaders;
  incoming.url = url || '';
  incoming.upgrade = upgrade;

  let n = headers.length;
  if (parser.maxHeaderPairs > 0) n = Math.min(n, parser.maxHeaderPairs);
  incoming._addHeaderLines(headers, n);

  if (typeof method === 'string') {
    incoming.method = method;
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  return parser.onIncoming(incoming, shouldKeepAlive);
}

function parserOnBody(b) {
  const stream = this.incoming;
  if (stream === null || stream === undefined || stream._dumped) return;
  const ret = stream.push(b);
  if (!ret) readStop(this.socket);
}

function parserOnMessageComplete() {
  const parser = this;
  const stream = parser.incoming;
  if (stream !== null && stream !== undefined) {
    stream.complete = true;
    const headers = parser._headers;
    if (headers && headers.length) {
      stream._addHeaderLines(headers, headers.length);
      parser._headers = [];
      parser._url = '';
    }
    stream.push(null);
  }
  readStart(parser.socket);
}

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

// ---- the pool of idle parsers ----

class FreeList {
  constructor(name, max, ctor) {
    this.name = name;
    this.ctor = ctor;
    this.max = max;
    this.list = [];
  }

  hasItems() {
    return this.list.length > 0;
  }

  alloc() {
    return this.list.length > 0 ? this.list.pop() : Reflect.apply(this.ctor, this, arguments);
  }

  free(obj) {
    if (this.list.length < this.max) {
      this.list.push(obj);
      return true;
    }
    return false;
  }
}

const parsers = new FreeList('parsers', 1000, function parsersCb() {
  const parser = new HTTPParser();
  cleanParser(parser);
  parser[kOnHeaders] = parserOnHeaders;
  parser[kOnHeadersComplete] = parserOnHeadersComplete;
  parser[kOnBody] = parserOnBody;
  parser[kOnMessageComplete] = parserOnMessageComplete;
  return parser;
});

function closeParserInstance(parser) {
  parser.close();
}

function cleanParser(parser) {
  parser._headers = [];
  parser._url = '';
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = MAX_HEADER_PAIRS;
  parser[kOnMessageBegin] = null;
  parser[kOnExecute] = null;
  parser[kOnTimeout] = null;
  parser._consumed = false;
  parser.onIncoming = null;
  parser.joinDuplicateHeaders = null;
}

function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    cleanParser(parser);
    parser.remove();
    if (parsers.free(parser) === false) {
      setImmediate(closeParserInstance, parser);
    } else {
      parser.free();
    }
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

// ---- tokens and header values ----

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(val) {
  return typeof val === 'string' && tokenRegExp.test(val);
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

let incomingModule;
function lazyIncoming() {
  if (incomingModule === undefined) incomingModule = require('_http_incoming');
  return incomingModule;
}

function isLenient() {
  return process.execArgv.includes('--insecure-http-parser');
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser,
  get methods() { return methods(); },
  parsers,
  kIncomingMessage,
  kRequestTimeout,
  HTTPParser,
  isLenient,
  prepareError,
};
