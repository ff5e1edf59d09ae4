'use strict';

// The Fetch standard's Request and Response classes (globals in Node 26), without fetch()
// itself: bodies, headers, cloning and the static Response constructors. A body is kept as
// bytes when it was given as bytes or text (read directly, no stream), and becomes a byte
// ReadableStream only when `body` is asked for or it was given as a stream. Messages are the
// ones Node 26 (undici) gives.

const { Headers, makeImmutable, setIfAbsent } = require('internal/fetch/headers');
const { _checkIsHttpToken: checkIsHttpToken } = require('_http_common');
const {
  codes: { ERR_NOT_IMPLEMENTED },
} = require('internal/errors');

const kBody = Symbol('kBody'); // { bytes: Uint8Array|null, stream: ReadableStream|null, used }
const kState = Symbol('kState');

let lazyBlob;
function Blob() {
  lazyBlob ??= require('buffer').Blob;
  return lazyBlob;
}

const encoder = new TextEncoder();

// Body init -> [body record or null, content type or null].
function extractBody(init) {
  if (init === null || init === undefined) return [null, null];
  if (typeof init === 'string') {
    return [{ bytes: encoder.encode(init), stream: null, used: false }, 'text/plain;charset=UTF-8'];
  }
  if (init instanceof URLSearchParams) {
    return [{ bytes: encoder.encode(init.toString()), stream: null, used: false },
      'application/x-www-form-urlencoded;charset=UTF-8'];
  }
  if (init instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && init instanceof SharedArrayBuffer)) {
    return [{ bytes: new Uint8Array(init.slice(0)), stream: null, used: false }, null];
  }
  if (ArrayBuffer.isView(init)) {
    const copy = new Uint8Array(init.byteLength);
    copy.set(new Uint8Array(init.buffer, init.byteOffset, init.byteLength));
    return [{ bytes: copy, stream: null, used: false }, null];
  }
  if (init instanceof Blob()) {
    return [{ bytes: null, blob: init, stream: null, used: false }, init.type === '' ? null : init.type];
  }
  if (typeof ReadableStream === 'function' && init instanceof ReadableStream) {
    if (init.locked) throw new TypeError('Response body object should not be disturbed or locked');
    return [{ bytes: null, stream: init, used: false }, null];
  }
  if (typeof FormData === 'function' && init instanceof FormData) {
    throw new ERR_NOT_IMPLEMENTED('A FormData body');
  }
  return extractBody(String(init));
}

function streamOf(body) {
  if (body.stream === null) {
    if (body.blob !== undefined) {
      body.stream = body.blob.stream();
    } else {
      const bytes = body.bytes;
      body.stream = new ReadableStream({
        type: 'bytes',
        start(controller) {
          if (bytes.byteLength > 0) controller.enqueue(bytes.slice());
          controller.close();
        },
      });
    }
  }
  return body.stream;
}

function isUsed(body) {
  return body !== null && (body.used || (body.stream !== null && body.stream.locked));
}

async function readAll(body) {
  if (isUsed(body)) throw new TypeError('Body is unusable: Body has already been read');
  body.used = true;
  if (body.stream === null && body.bytes !== null) return body.bytes;
  if (body.stream === null && body.blob !== undefined) return new Uint8Array(await body.blob.arrayBuffer());
  const reader = body.stream.getReader();
  const chunks = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) {
      throw new TypeError('Received non-Uint8Array chunk');
    }
    chunks.push(value);
  }
  return require('buffer').Buffer.concat(chunks);
}

// The methods Request and Response share (Fetch's Body mixin).
function defineBodyMethods(Class) {
  const methods = {
    async arrayBuffer() {
      const bytes = await readAll(bodyOrEmpty(this));
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    },
    async bytes() {
      const bytes = await readAll(bodyOrEmpty(this));
      return new Uint8Array(bytes);
    },
    async text() {
      return new TextDecoder().decode(await readAll(bodyOrEmpty(this)));
    },
    async json() {
      return JSON.parse(new TextDecoder().decode(await readAll(bodyOrEmpty(this))));
    },
    async blob() {
      const bytes = await readAll(bodyOrEmpty(this));
      const type = this.headers.get('content-type') ?? '';
      return new (Blob())([bytes], { type: type.toLowerCase() });
    },
    async formData() {
      throw new ERR_NOT_IMPLEMENTED(`${Class.name}.formData()`);
    },
  };
  for (const name of Object.keys(methods)) {
    Object.defineProperty(Class.prototype, name, {
      value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
  Object.defineProperties(Class.prototype, {
    body: {
      get() {
        const body = this[kBody];
        return body === null ? null : streamOf(body);
      },
      enumerable: true, configurable: true,
    },
    bodyUsed: {
      get() { return isUsed(this[kBody]); },
      enumerable: true, configurable: true,
    },
  });
}

// An absent body reads as empty.
function bodyOrEmpty(message) {
  return message[kBody] ?? { bytes: new Uint8Array(0), stream: null, used: false };
}

function cloneBody(body) {
  if (body === null) return null;
  if (body.stream === null) return { ...body, used: false };
  const [a, b] = body.stream.tee();
  body.stream = a;
  return { bytes: null, stream: b, used: false };
}

// ---- Response ----

const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);
const reasonPhraseRe = /^[\t\x20-\x7e\x80-\xff]*$/;

class Response {
  constructor(body = null, init = {}) {
    if (init !== null && init !== undefined && typeof init !== 'object') {
      throw new TypeError("Response constructor: Expected init to be an object.");
    }
    init ??= {};
    const status = init.status === undefined ? 200 : Number(init.status);
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
    const statusText = init.statusText === undefined ? '' : String(init.statusText);
    if (!reasonPhraseRe.test(statusText)) throw new TypeError('Invalid statusText');
    const headers = new Headers(init.headers);
    const [record, type] = extractBody(body);
    if (record !== null && nullBodyStatus.has(status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${status}`);
    }
    if (type !== null) setIfAbsent(headers, 'content-type', type);
    Object.defineProperty(this, kState, {
      value: { status, statusText, headers, type: 'default', url: '', redirected: false },
    });
    Object.defineProperty(this, kBody, { value: record, writable: true });
  }

  get type() { return this[kState].type; }
  get url() { return this[kState].url; }
  get redirected() { return this[kState].redirected; }
  get status() { return this[kState].status; }
  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }
  get statusText() { return this[kState].statusText; }
  get headers() { return this[kState].headers; }

  clone() {
    if (isUsed(this[kBody])) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = Object.create(Response.prototype);
    const state = this[kState];
    Object.defineProperty(copy, kState, { value: { ...state, headers: new Headers(state.headers) } });
    Object.defineProperty(copy, kBody, { value: cloneBody(this[kBody]), writable: true });
    return copy;
  }

  static error() {
    const r = new Response(null, { status: 200 });
    r[kState].status = 0;
    r[kState].type = 'error';
    makeImmutable(r[kState].headers);
    return r;
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const headers = new Headers(init?.headers);
    setIfAbsent(headers, 'content-type', 'application/json');
    return new Response(text, { ...init, headers });
  }

  static redirect(url, status = 302) {
    let parsed;
    try {
      parsed = new URL(String(url));
    } catch (err) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause: err });
    }
    if (!redirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = new Response(null, { status: 200 });
    r[kState].status = status;
    r[kState].headers.set('location', parsed.href);
    makeImmutable(r[kState].headers);
    return r;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const shown = {
      status: this.status, statusText: this.statusText, headers: this.headers, body: this.body,
      bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
    };
    return `Response ${inspect(shown, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}
defineBodyMethods(Response);
for (const name of ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers']) {
  Object.defineProperty(Response.prototype, name, {
    ...Object.getOwnPropertyDescriptor(Response.prototype, name), enumerable: true,
  });
}
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

// ---- Request ----

const normalizedMethods = new Map(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'].map((m) => [m.toLowerCase(), m]));
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
const enums = {
  mode: ['navigate', 'same-origin', 'no-cors', 'cors'],
  credentials: ['omit', 'same-origin', 'include'],
  cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
  redirect: ['follow', 'error', 'manual'],
  referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin',
    'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
  duplex: ['half'],
  priority: ['high', 'low', 'auto'],
};

function enumOption(init, name, fallback) {
  const value = init[name];
  if (value === undefined) return fallback;
  const s = String(value);
  if (!enums[name].includes(s)) {
    throw new TypeError(`Request constructor: ${s} is not an accepted type. Expected one of ${enums[name].join(', ')}.`);
  }
  return s;
}

class Request {
  constructor(input, init = {}) {
    if (arguments.length < 1) throw new TypeError('Request constructor: 1 argument required, but only 0 found.');
    if (init !== null && init !== undefined && typeof init !== 'object') {
      throw new TypeError("Request constructor: Expected init to be an object.");
    }
    init ??= {};
    const from = input instanceof Request ? input[kState] : null;
    let url;
    if (from !== null) {
      url = from.url;
    } else {
      try {
        url = new URL(String(input));
      } catch (err) {
        throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
      }
      if (url.username !== '' || url.password !== '') {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
    }
    let method = from?.method ?? 'GET';
    if (init.method !== undefined) {
      method = String(init.method);
      if (!checkIsHttpToken(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const upper = method.toUpperCase();
      if (forbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      method = normalizedMethods.get(method.toLowerCase()) ?? method;
    }
    const headers = new Headers(init.headers !== undefined ? init.headers : from?.headers);
    let record = null;
    if (init.body !== undefined && init.body !== null) {
      if (method === 'GET' || method === 'HEAD') throw new TypeError('Request with GET/HEAD method cannot have body.');
      const [r, type] = extractBody(init.body);
      if (r.stream !== null && init.duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      record = r;
      if (type !== null) setIfAbsent(headers, 'content-type', type);
    } else if (from !== null && input[kBody] !== null) {
      if (isUsed(input[kBody])) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      record = input[kBody];
      input[kBody] = { bytes: null, stream: null, used: true }; // the body moved
    }
    const given = init.signal !== undefined ? init.signal : from?.signal;
    if (given !== undefined && given !== null && !(given instanceof AbortSignal)) {
      throw new TypeError("Request constructor: Expected signal (\"" + String(given) + "\") to be an instance of AbortSignal.");
    }
    // the request's own signal, following the given one (AbortSignal.any of one signal)
    const signal = given == null ? new AbortController().signal : AbortSignal.any([given]);
    Object.defineProperty(this, kState, {
      value: {
        url, method, headers, signal,
        mode: enumOption(init, 'mode', from?.mode ?? 'cors'),
        credentials: enumOption(init, 'credentials', from?.credentials ?? 'same-origin'),
        cache: enumOption(init, 'cache', from?.cache ?? 'default'),
        redirect: enumOption(init, 'redirect', from?.redirect ?? 'follow'),
        referrerPolicy: enumOption(init, 'referrerPolicy', from?.referrerPolicy ?? ''),
        duplex: enumOption(init, 'duplex', 'half'),
        referrer: init.referrer === undefined ? (from?.referrer ?? 'about:client') : (String(init.referrer) || ''),
        integrity: init.integrity === undefined ? (from?.integrity ?? '') : String(init.integrity),
        keepalive: init.keepalive === undefined ? (from?.keepalive ?? false) : Boolean(init.keepalive),
      },
    });
    Object.defineProperty(this, kBody, { value: record, writable: true });
  }

  get method() { return this[kState].method; }
  get url() { return this[kState].url.href; }
  get headers() { return this[kState].headers; }
  get destination() { return ''; }
  get referrer() { return this[kState].referrer; }
  get referrerPolicy() { return this[kState].referrerPolicy; }
  get mode() { return this[kState].mode; }
  get credentials() { return this[kState].credentials; }
  get cache() { return this[kState].cache; }
  get redirect() { return this[kState].redirect; }
  get integrity() { return this[kState].integrity; }
  get keepalive() { return this[kState].keepalive; }
  get isReloadNavigation() { return false; }
  get isHistoryNavigation() { return false; }
  get signal() { return this[kState].signal; }
  get duplex() { return this[kState].duplex; }

  clone() {
    if (isUsed(this[kBody])) throw new TypeError('Request.clone: Body has already been consumed.');
    const copy = Object.create(Request.prototype);
    const state = this[kState];
    Object.defineProperty(copy, kState, {
      value: { ...state, headers: new Headers(state.headers), signal: AbortSignal.any([state.signal]) },
    });
    Object.defineProperty(copy, kBody, { value: cloneBody(this[kBody]), writable: true });
    return copy;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const shown = {
      method: this.method, url: this.url, headers: this.headers, destination: this.destination,
      referrer: this.referrer, referrerPolicy: this.referrerPolicy, mode: this.mode,
      credentials: this.credentials, cache: this.cache, redirect: this.redirect,
      integrity: this.integrity, keepalive: this.keepalive,
      isReloadNavigation: this.isReloadNavigation, isHistoryNavigation: this.isHistoryNavigation,
      signal: this.signal,
    };
    return `Request ${inspect(shown, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}
defineBodyMethods(Request);
for (const name of ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode',
  'credentials', 'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation',
  'isHistoryNavigation', 'signal', 'duplex']) {
  Object.defineProperty(Request.prototype, name, {
    ...Object.getOwnPropertyDescriptor(Request.prototype, name), enumerable: true,
  });
}
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

module.exports = { Headers, Request, Response };
