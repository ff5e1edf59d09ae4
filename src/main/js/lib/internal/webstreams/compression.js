'use strict';

// CompressionStream and DecompressionStream: a zlib transform bridged to a readable/writable
// pair. 'brotli' is accepted as a format, but jnode's zlib has no brotli yet, so it throws
// ERR_NOT_IMPLEMENTED.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { customInspect, inspectObject } = require('internal/webstreams/util');
const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');

let zlib;
function lazyZlib() {
  if (zlib === undefined) zlib = require('zlib');
  return zlib;
}

function formatError(className, format) {
  const err = new ERR_INVALID_ARG_VALUE('format', format);
  err.message = `Failed to construct '${className}': 1st argument '${format}' is not a valid enum value of type CompressionFormat.`;
  return err;
}

// Chunks must be ArrayBuffers or views on them (not shared memory), as the standard's BufferSource.
function checkChunk(chunk) {
  if (chunk === null || chunk === undefined || typeof chunk === 'string') return chunk;
  const isShared = typeof SharedArrayBuffer === 'function' &&
    (chunk instanceof SharedArrayBuffer || (ArrayBuffer.isView(chunk) && chunk.buffer instanceof SharedArrayBuffer));
  if (isShared || (!ArrayBuffer.isView(chunk) && !(chunk instanceof ArrayBuffer))) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], chunk);
  }
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  return chunk;
}

// Corrupt input is a TypeError for the web API; the zlib code (Z_DATA_ERROR …) stays on it.
function zlibErrorToTypeError(error) {
  if (error instanceof TypeError || typeof error?.code !== 'string' || !error.code.startsWith('Z_')) return error;
  const err = new TypeError(error.message, { cause: error });
  err.code = error.code;
  if (error.errno !== undefined) err.errno = error.errno;
  return err;
}

function bridge(handle) {
  // validate each chunk before zlib sees it (strings pass, as in Node)
  const write = handle.write;
  handle.write = function(chunk, ...rest) {
    return Reflect.apply(write, this, [checkChunk(chunk), ...rest]);
  };
  return newReadableWritablePairFromDuplex(handle, { destroyOnSyncError: true, mapError: zlibErrorToTypeError });
}

class CompressionStream {
  #pair;

  constructor(format) {
    format = `${format}`;
    const z = lazyZlib();
    let handle;
    switch (format) {
      case 'deflate': handle = z.createDeflate(); break;
      case 'deflate-raw': handle = z.createDeflateRaw(); break;
      case 'gzip': handle = z.createGzip(); break;
      case 'brotli': handle = z.createBrotliCompress(); break;
      default: throw formatError('CompressionStream', format);
    }
    this.#pair = bridge(handle);
  }

  get readable() { return this.#pair.readable; }

  get writable() { return this.#pair.writable; }

  [customInspect](depth, options, inspect) {
    return inspectObject(this, 'CompressionStream', {
      readable: this.#pair.readable,
      writable: this.#pair.writable,
    }, depth, options, inspect);
  }
}

class DecompressionStream {
  #pair;

  constructor(format) {
    format = `${format}`;
    const z = lazyZlib();
    let handle;
    switch (format) {
      case 'deflate': handle = z.createInflate(); break;
      case 'deflate-raw': handle = z.createInflateRaw(); break;
      case 'gzip': handle = z.createGunzip(); break;
      case 'brotli': handle = z.createBrotliDecompress(); break;
      default: throw formatError('DecompressionStream', format);
    }
    this.#pair = bridge(handle);
  }

  get readable() { return this.#pair.readable; }

  get writable() { return this.#pair.writable; }

  [customInspect](depth, options, inspect) {
    return inspectObject(this, 'DecompressionStream', {
      readable: this.#pair.readable,
      writable: this.#pair.writable,
    }, depth, options, inspect);
  }
}

for (const C of [CompressionStream, DecompressionStream]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  for (const k of ['readable', 'writable']) Object.defineProperty(C.prototype, k, { enumerable: true });
}

module.exports = { CompressionStream, DecompressionStream };
