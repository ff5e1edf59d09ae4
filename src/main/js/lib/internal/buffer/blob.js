'use strict';

// Blob and File (the W3C File API as Node exposes it), resolveObjectURL and the registry of
// blob: URLs that URL.createObjectURL fills.
//
// A Blob holds one immutable copy of its bytes; slices copy their range.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const { isAnyArrayBuffer } = require('internal/util/types');
const { decode, encodeToBytes, encodings } = require('internal/buffer');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const blobs = new WeakSet();

function isBlob(value) {
  return value !== null && typeof value === 'object' && blobs.has(value);
}

function checkThis(self) {
  if (!isBlob(self)) throw new ERR_INVALID_THIS('Blob');
}

// A MIME type is kept (lower-cased) only when every character is printable ASCII.
function normalizeType(type) {
  type = `${type}`;
  for (let i = 0; i < type.length; i++) {
    const c = type.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return '';
  }
  return type.toLowerCase();
}

function sequenceError() {
  const err = new TypeError('Value cannot be converted to sequence.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function sourceBytes(source, endings) {
  if (isBlob(source)) return source[kBytes];
  if (isAnyArrayBuffer(source)) return new Uint8Array(source.slice(0));
  if (ArrayBuffer.isView(source)) {
    return new Uint8Array(source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength));
  }
  let s = `${source}`;
  if (endings === 'native') s = s.replace(/\r\n|\r/g, '\n');
  return encodeToBytes(s, encodings.UTF8);
}

function createBlob(bytes, type) {
  const blob = Object.create(Blob.prototype);
  blob[kBytes] = bytes;
  blob[kType] = type;
  blobs.add(blob);
  return blob;
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw sequenceError();
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let total = 0;
    for (const source of sources) {
      const bytes = sourceBytes(source, endings);
      parts.push(bytes);
      total += bytes.length;
    }
    let bytes;
    if (parts.length === 1 && !isBlob(sources[0])) {
      bytes = parts[0];
    } else {
      bytes = new Uint8Array(total);
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.length;
      }
    }
    this[kBytes] = bytes;
    this[kType] = normalizeType(type);
    blobs.add(this);
  }

  get type() {
    checkThis(this);
    return this[kType];
  }

  get size() {
    checkThis(this);
    return this[kBytes].length;
  }

  slice(start = 0, end = undefined, contentType = '') {
    checkThis(this);
    const size = this[kBytes].length;
    start = relative(start, size);
    end = end === undefined ? size : relative(end, size);
    const span = Math.max(end - start, 0);
    return createBlob(this[kBytes].slice(start, start + span), normalizeType(contentType));
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this[kBytes];
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this[kBytes];
    // UTF-8 decode, dropping a leading byte order mark.
    const skip = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return Promise.resolve(decode(bytes, skip, bytes.length, encodings.UTF8));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kBytes].slice());
  }

  // A byte stream (BYOB readers work) over a copy-free view of the immutable bytes: each pull
  // hands out a fresh 64 KiB slice, or fills the reader's own buffer.
  stream() {
    checkThis(this);
    const { ReadableStream } = require('internal/webstreams/readablestream');
    const bytes = this[kBytes];
    let at = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        const request = controller.byobRequest;
        if (at >= bytes.length) {
          controller.close();
          if (request) request.respond(0);
          return;
        }
        if (request) {
          const view = request.view;
          const n = Math.min(view.byteLength, bytes.length - at);
          view.set(bytes.subarray(at, at + n));
          at += n;
          request.respond(n);
          return;
        }
        const end = Math.min(at + 65536, bytes.length);
        controller.enqueue(bytes.slice(at, end));
        at = end;
      },
    });
  }

  textStream() {
    checkThis(this);
    const { TextDecoderStream } = require('internal/webstreams/encoding');
    return this.stream().pipeThrough(new TextDecoderStream());
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }
}

function relative(v, size) {
  v = Math.trunc(+v) || 0;
  if (v < 0) return Math.max(size + v, 0);
  return Math.min(v, size);
}

for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream', 'textStream']) {
  const d = Object.getOwnPropertyDescriptor(Blob.prototype, name);
  d.enumerable = true;
  Object.defineProperty(Blob.prototype, name, d);
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
for (const k of [kBytes, kType]) {
  Object.defineProperty(Blob.prototype, k, { value: undefined, writable: true, enumerable: false, configurable: true });
}

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    Object.defineProperty(this, kName, { value: `${fileName}`, writable: false, enumerable: false });
    Object.defineProperty(this, kLastModified, { value: lastModified, writable: false, enumerable: false });
  }

  get name() {
    if (!(kName in this) || !Object.prototype.hasOwnProperty.call(this, kName)) throw new ERR_INVALID_THIS('File');
    return this[kName];
  }

  get lastModified() {
    if (!Object.prototype.hasOwnProperty.call(this, kLastModified)) throw new ERR_INVALID_THIS('File');
    return this[kLastModified];
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${inspect({ size: this.size, type: this.type, name: this.name, lastModified: this.lastModified }, opts)}`;
  }
}
for (const name of ['name', 'lastModified']) {
  const d = Object.getOwnPropertyDescriptor(File.prototype, name);
  d.enumerable = true;
  Object.defineProperty(File.prototype, name, d);
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

// ---- blob: URLs ----

const registry = new Map(); // id -> Blob

function randomId() {
  const hex = [];
  for (let i = 0; i < 16; i++) hex.push(((Math.random() * 256) | 0).toString(16).padStart(2, '0'));
  hex[6] = ((parseInt(hex[6], 16) & 0x0f) | 0x40).toString(16);
  hex[8] = ((parseInt(hex[8], 16) & 0x3f) | 0x80).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// For URL.createObjectURL: registers `blob` and returns its blob:nodedata: URL.
function createObjectURL(blob) {
  if (!isBlob(blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', blob);
  const id = randomId();
  registry.set(id, blob);
  return `blob:nodedata:${id}`;
}

function idOf(url) {
  url = `${url}`;
  if (!url.startsWith('blob:nodedata:')) return undefined;
  let id = url.slice('blob:nodedata:'.length);
  const cut = id.search(/[?#]/);
  if (cut !== -1) id = id.slice(0, cut);
  return id;
}

// For URL.revokeObjectURL.
function revokeObjectURL(url) {
  const id = idOf(url);
  if (id !== undefined) registry.delete(id);
}

function resolveObjectURL(url) {
  const id = idOf(url);
  if (id === undefined) return undefined;
  return registry.get(id);
}

module.exports = { Blob, File, createObjectURL, isBlob, resolveObjectURL, revokeObjectURL };
