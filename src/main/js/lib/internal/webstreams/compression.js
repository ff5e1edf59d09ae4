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

// Both classes: a readable/writable pair over a zlib stream made for the format. Each is its own
// class (no shared base), so their prototypes are as Node's.
function zlibPairClass(className, makers) {
  const C = class {
    #pair;

    constructor(format) {
      format = `${format}`;
      if (!Object.hasOwn(makers, format)) throw formatError(className, format);
      this.#pair = bridge(makers[format](lazyZlib()));
    }

    get readable() { return this.#pair.readable; }

    get writable() { return this.#pair.writable; }

    [customInspect](depth, options, inspect) {
      return inspectObject(this, className, {
        readable: this.#pair.readable,
        writable: this.#pair.writable,
      }, depth, options, inspect);
    }
  };
  Object.defineProperty(C, 'name', { value: className });
  return C;
}

const compressors = {
  'deflate': (z) => z.createDeflate(),
  'deflate-raw': (z) => z.createDeflateRaw(),
  'gzip': (z) => z.createGzip(),
  'brotli': (z) => z.createBrotliCompress(),
};
const decompressors = {
  'deflate': (z) => z.createInflate(),
  'deflate-raw': (z) => z.createInflateRaw(),
  'gzip': (z) => z.createGunzip(),
  'brotli': (z) => z.createBrotliDecompress(),
};

const CompressionStream = zlibPairClass('CompressionStream', compressors);
const DecompressionStream = zlibPairClass('DecompressionStream', decompressors);

for (const C of [CompressionStream, DecompressionStream]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  for (const k of ['readable', 'writable']) Object.defineProperty(C.prototype, k, { enumerable: true });
}

module.exports = { CompressionStream, DecompressionStream };
