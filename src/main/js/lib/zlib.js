'use strict';

// node:zlib — deflate/inflate, gzip/gunzip, raw and unzip, as streams, callbacks and *Sync
// functions, on internalBinding('zlib') (the JDK's Deflater/Inflater; the gzip wrapper is ours).
// Brotli, Zstandard and the zip archive API are not implemented: they throw ERR_NOT_IMPLEMENTED.
// windowBits and memLevel are validated but the JDK always uses a 32 KiB window and memLevel 8.

const { Transform } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateFunction, validateNumber } = require('internal/validators');

const constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  ZLIB_VERNUM: 4897,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
};
Object.freeze(constants);

const codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const key of Object.keys(codes)) codes[codes[key]] = key;
Object.freeze(codes);

let bindingObject;
function binding() {
  if (bindingObject === undefined) bindingObject = internalBinding('zlib');
  return bindingObject;
}

const kMaxLength = require('buffer').kMaxLength;
const kHandle = Symbol('kHandle');
const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');

function toBuffer(bb) {
  return Buffer.from(new Uint8Array(new ArrayBuffer(bb)));
}

function checkRange(value, name, lower, upper, def) {
  if (value === undefined || Number.isNaN(value)) return def;
  validateNumber(value, name);
  if (!Number.isFinite(value) || value < lower || value > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, value);
  }
  return value;
}

function zlibError(handle) {
  const message = handle.errorMessage();
  const errno = handle.errno();
  const err = new Error(message);
  err.errno = errno;
  err.code = codes[errno];
  return err;
}

function asView(chunk, name) {
  if (typeof chunk === 'string') return Buffer.from(chunk);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], chunk);
}

function ZlibBase(opts, mode) {
  opts = opts || {};
  const chunkSize = checkRange(opts.chunkSize, 'options.chunkSize', 64, Infinity, 16384);
  checkRange(opts.windowBits, 'options.windowBits', mode === constants.GUNZIP || mode === constants.UNZIP ||
    mode === constants.INFLATE ? 0 : 8, 15, 15);
  const level = checkRange(opts.level, 'options.level', -1, 9, -1);
  checkRange(opts.memLevel, 'options.memLevel', 1, 9, 8);
  const strategy = checkRange(opts.strategy, 'options.strategy', 0, 4, 0);
  const flush = checkRange(opts.flush, 'options.flush', 0, 5, constants.Z_NO_FLUSH);
  const finishFlush = checkRange(opts.finishFlush, 'options.finishFlush', 0, 5, constants.Z_FINISH);
  const maxOutputLength = checkRange(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);

  let dict = null;
  if (opts.dictionary !== undefined) {
    if (!ArrayBuffer.isView(opts.dictionary) && !(opts.dictionary instanceof ArrayBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                     opts.dictionary);
    }
    dict = asView(opts.dictionary, 'options.dictionary');
  }

  Transform.call(this, { ...opts, readableObjectMode: false, writableObjectMode: false });
  this[kHandle] = binding().create(mode, level, strategy, dict ? dict.buffer : null,
                                   dict ? dict.byteOffset : 0, dict ? dict.byteLength : 0);
  this._handle = this[kHandle];
  this._mode = mode;
  this._level = level;
  this._strategy = strategy;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._maxOutputLength = maxOutputLength;
  this.bytesWritten = 0;
  this[kError] = null;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  get() { return this[kHandle] === null; },
  configurable: true,
});

Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  get() { return this.bytesWritten; },
  set(v) { this.bytesWritten = v; },
  configurable: true,
});

// Runs the handle; pushes the output. Returns false (after destroying) on error.
ZlibBase.prototype._run = function _run(view, flush) {
  if (this[kHandle] === null) return true;
  const bb = this[kHandle].process(view.buffer, view.byteOffset, view.byteLength, flush);
  if (bb === null) {
    const err = zlibError(this[kHandle]);
    this.destroy(err);
    return false;
  }
  this.bytesWritten += view.byteLength;
  const out = toBuffer(bb);
  if (out.length) this.push(out);
  return true;
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  const view = asView(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk, 'chunk');
  if (this._run(view, this[kFlushFlag] ?? this._defaultFlushFlag)) cb();
};

ZlibBase.prototype._flush = function _flush(cb) {
  if (this._run(new Uint8Array(0), this._finishFlushFlag)) cb();
};

ZlibBase.prototype._final = function _final(cb) {
  cb();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = constants.Z_FULL_FLUSH;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    // after what is written so far
    this.write(Buffer.alloc(0), () => {
      this._run(new Uint8Array(0), kind);
      if (callback) callback();
    });
  }
};

ZlibBase.prototype.params = function params(level, strategy, callback) {
  checkRange(level, 'level', -1, 9, -1);
  checkRange(strategy, 'strategy', 0, 4, 0);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(constants.Z_SYNC_FLUSH, () => {
      if (this[kHandle]) this[kHandle].params(level, strategy);
      this._level = level;
      this._strategy = strategy;
      if (callback) callback();
    });
  } else if (callback) {
    process.nextTick(callback);
  }
};

ZlibBase.prototype.reset = function reset() {
  if (this[kHandle]) this[kHandle].reset();
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) require('stream').finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  if (this[kHandle]) {
    this[kHandle].close();
    this[kHandle] = null;
    this._handle = null;
  }
  callback(err);
};

function makeClass(name, mode) {
  const C = {
    [name]: function(opts) {
      if (!(this instanceof C)) return new C(opts);
      ZlibBase.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(C.prototype, ZlibBase.prototype);
  Object.setPrototypeOf(C, ZlibBase);
  return C;
}

const Deflate = makeClass('Deflate', constants.DEFLATE);
const Inflate = makeClass('Inflate', constants.INFLATE);
const Gzip = makeClass('Gzip', constants.GZIP);
const Gunzip = makeClass('Gunzip', constants.GUNZIP);
const DeflateRaw = makeClass('DeflateRaw', constants.DEFLATERAW);
const InflateRaw = makeClass('InflateRaw', constants.INFLATERAW);
const Unzip = makeClass('Unzip', constants.UNZIP);

function processSync(engine, buffer) {
  const view = asView(buffer, 'buffer');
  const bb = engine[kHandle].process(view.buffer, view.byteOffset, view.byteLength, engine._finishFlushFlag);
  if (bb === null) {
    const err = zlibError(engine[kHandle]);
    engine[kHandle].close();
    throw err;
  }
  engine[kHandle].close();
  const out = toBuffer(bb);
  if (out.length > engine._maxOutputLength) throw new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength);
  return out;
}

function checkInput(buffer) {
  if (typeof buffer !== 'string' && !ArrayBuffer.isView(buffer) && !(buffer instanceof ArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
  }
}

function syncFn(Ctor) {
  return function(buffer, opts) {
    checkInput(buffer);
    return processSync(new Ctor(opts), buffer);
  };
}

function asyncFn(Ctor) {
  return function(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    validateFunction(callback, 'callback');
    checkInput(buffer);
    const engine = new Ctor(opts);
    setImmediate(() => {
      let out;
      try {
        out = processSync(engine, buffer);
      } catch (err) {
        callback(err);
        return;
      }
      callback(null, out);
    });
  };
}

function notImplemented(what) {
  return function() {
    throw new ERR_NOT_IMPLEMENTED(`zlib.${what}`);
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateNumber(value, 'value', 0, 2 ** 32 - 1);
  const view = asView(data, 'data');
  return binding().crc32(view.buffer, view.byteOffset, view.byteLength, value);
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress: notImplemented('BrotliCompress'),
  BrotliDecompress: notImplemented('BrotliDecompress'),
  deflate: asyncFn(Deflate),
  deflateSync: syncFn(Deflate),
  gzip: asyncFn(Gzip),
  gzipSync: syncFn(Gzip),
  deflateRaw: asyncFn(DeflateRaw),
  deflateRawSync: syncFn(DeflateRaw),
  unzip: asyncFn(Unzip),
  unzipSync: syncFn(Unzip),
  inflate: asyncFn(Inflate),
  inflateSync: syncFn(Inflate),
  gunzip: asyncFn(Gunzip),
  gunzipSync: syncFn(Gunzip),
  inflateRaw: asyncFn(InflateRaw),
  inflateRawSync: syncFn(InflateRaw),
  brotliCompress: notImplemented('brotliCompress'),
  brotliCompressSync: notImplemented('brotliCompressSync'),
  brotliDecompress: notImplemented('brotliDecompress'),
  brotliDecompressSync: notImplemented('brotliDecompressSync'),
  createDeflate: (o) => new Deflate(o),
  createInflate: (o) => new Inflate(o),
  createDeflateRaw: (o) => new DeflateRaw(o),
  createInflateRaw: (o) => new InflateRaw(o),
  createGzip: (o) => new Gzip(o),
  createGunzip: (o) => new Gunzip(o),
  createUnzip: (o) => new Unzip(o),
  createBrotliCompress: notImplemented('createBrotliCompress'),
  createBrotliDecompress: notImplemented('createBrotliDecompress'),
  constants,
  codes,
};

// The legacy top-level constants (zlib.Z_OK, …), read-only as in Node.
for (const key of Object.keys(constants)) {
  if (key.startsWith('Z_') || key === 'ZLIB_VERNUM' || /^(DEFLATE|INFLATE|GZIP|GUNZIP|DEFLATERAW|INFLATERAW|UNZIP)$/.test(key)) {
    Object.defineProperty(module.exports, key, {
      enumerable: false, value: constants[key], writable: false,
    });
  }
}
