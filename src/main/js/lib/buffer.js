'use strict';

// node:buffer — Buffer (a Uint8Array with Buffer.prototype), the module's helpers (transcode,
// isUtf8, isAscii, atob, btoa), Blob and File.

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_INVALID_STATE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_STRING_TOO_LONG,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');
const {
  FastBuffer,
  addBufferPrototypeMethods,
  binding,
  byteLengthUtf8,
  decode,
  encodeInto,
  encodingOps,
  getEncodingOps,
  indexOfByte,
  indexOfBytes,
  markAsUntransferable,
  nativeError,
  normalizeEncoding,
  kBulkThreshold,
  encodings,
} = require('internal/buffer');
const { isAnyArrayBuffer } = require('internal/util/types');

// GraalJS's largest typed array: Integer.MAX_VALUE - 8 elements.
const kMaxLength = 2 ** 31 - 9;
// GraalJS's longest string: 2**30 - 25 UTF-16 code units (V8's is 2**29 - 24).
const kStringMaxLength = 2 ** 30 - 25;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});

let INSPECT_MAX_BYTES = 50;

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
function isUint8Array(v) {
  return typedArrayTag.call(v) === 'Uint8Array';
}
function isTypedArray(v) {
  return typedArrayTag.call(v) !== undefined;
}
const typedArrayFill = Uint8Array.prototype.fill;
const typedArrayLength = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), 'length').get;

// ---- the allocation pool ----

let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  markAsUntransferable(allocPool);
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

// ---- Buffer ----

const bufferWarning = 'Buffer() is deprecated due to security and usability issues. Please use the ' +
  'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.';
let bufferWarningEmitted = false;
let nodeModulesChecks = 0;

// True when the code calling Buffer() (the first frame outside jnode's own modules) lives in a
// node_modules folder.
function calledFromNodeModules() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return false;
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line.includes(' at ')) continue;
    if (line.includes('node:') || line.includes('<builtin>')) continue;
    return /[\\/]node_modules[\\/]/.test(line);
  }
  return false;
}

function pendingDeprecation() {
  return (process.execArgv || []).includes('--pending-deprecation') ||
    (process.env && process.env.NODE_PENDING_DEPRECATION === '1');
}

function showFlaggedDeprecation() {
  if (bufferWarningEmitted || ++nodeModulesChecks > 10000) return;
  if (!pendingDeprecation() && calledFromNodeModules()) return;
  process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  bufferWarningEmitted = true;
}

/**
 * The deprecated Buffer(arg, encodingOrOffset, length) form, with or without `new`.
 */
function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  get() { return FastBuffer; },
  enumerable: false,
  configurable: true,
});

Buffer.poolSize = 64 * 1024;

function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);

  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);

    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }

    const b = fromObject(value);
    if (b) return b;

    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }

  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}
Object.defineProperty(from, 'name', { value: 'from' });

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringWith(string, ops);
}

function fromStringWith(string, ops) {
  const maxLength = Buffer.poolSize >>> 1;
  let length = ops.byteLength(string);
  if (length >= maxLength) {
    const b = new FastBuffer(length);
    const actual = ops.write(b, string, 0, length);
    return actual === length ? b : new FastBuffer(b.buffer, 0, actual);
  }
  if (allocPool === undefined || length > (poolSize - poolOffset)) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) {
    b = new FastBuffer(allocPool, poolOffset, actual);
  }
  poolOffset += actual;
  alignPool();
  return b;
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    return new FastBuffer(obj, byteOffset);
  }
  length = +length;
  if (length > 0) {
    if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  } else {
    length = 0;
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || obj.length > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    Uint8Array.prototype.set.call(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  const b = new FastBuffer(obj.length);
  Uint8Array.prototype.set.call(b, obj, 0);
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

const statics = {
  from,

  copyBytesFrom: function copyBytesFrom(view, offset, length) {
    if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
    const viewLength = view.length;
    if (viewLength === 0) return Buffer.alloc(0);
    let start = 0;
    let end = viewLength;
    if (offset !== undefined || length !== undefined) {
      if (offset !== undefined) {
        validateInteger(offset, 'offset', 0);
        if (offset >= viewLength) return new FastBuffer();
        start = offset;
      }
      if (length !== undefined) {
        validateInteger(length, 'length', 0);
        end = start + length;
        if (end > viewLength) end = viewLength;
      }
    }
    const size = view.BYTES_PER_ELEMENT;
    const bytes = new Uint8Array(view.buffer, view.byteOffset + start * size, (end - start) * size);
    return fromArrayLike(bytes);
  },

  of: function of(...items) {
    const b = allocate(items.length);
    for (let k = 0; k < items.length; k++) b[k] = items[k];
    return b;
  },

  alloc: function alloc(size, fill, encoding) {
    validateSize(size);
    if (fill !== undefined && fill !== 0 && size > 0) {
      const buf = new FastBuffer(size);
      return fillImpl(buf, fill, 0, buf.length, encoding);
    }
    return new FastBuffer(size);
  },

  allocUnsafe: function allocUnsafe(size) {
    validateSize(size);
    return allocate(size);
  },

  allocUnsafeSlow: function allocUnsafeSlow(size) {
    validateSize(size);
    return new FastBuffer(size);
  },

  isBuffer: function isBuffer(b) {
    return b instanceof Buffer;
  },

  compare: function compare(buf1, buf2) {
    if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
    if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
    if (buf1 === buf2) return 0;
    return compareRanges(buf1, 0, buf1.length, buf2, 0, buf2.length);
  },

  isEncoding: function isEncoding(encoding) {
    return typeof encoding === 'string' && encoding.length !== 0 &&
      normalizeEncoding(encoding) !== undefined;
  },

  concat: function concat(list, length) {
    validateArray(list, 'list');
    if (list.length === 0) return new FastBuffer();
    if (length === undefined) {
      length = 0;
      for (let i = 0; i < list.length; i++) {
        // The engine's length, not a (possibly spoofed) own `length` property.
        if (isUint8Array(list[i])) length += typedArrayLength.call(list[i]);
      }
    } else {
      validateOffset(length, 'length');
    }
    const buffer = Buffer.allocUnsafe(length);
    let pos = 0;
    for (let i = 0; i < list.length; i++) {
      const buf = list[i];
      if (!isUint8Array(buf)) {
        throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
      }
      pos += copyBytes(buf, buffer, pos, 0, buf.length);
    }
    if (pos < length) typedArrayFill.call(buffer, 0, pos, length);
    return buffer;
  },

  byteLength,
};
for (const name of Object.keys(statics)) {
  Object.defineProperty(Buffer, name, {
    value: statics[name], writable: true, enumerable: true, configurable: true,
  });
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  if (!encoding || encoding === 'utf8') return byteLengthUtf8(string);
  const ops = getEncodingOps(encoding);
  return ops === undefined ? byteLengthUtf8(string) : ops.byteLength(string);
}

// Compares a[aStart, aEnd) with b[bStart, bEnd) byte by byte: -1, 0 or 1.
function compareRanges(a, aStart, aEnd, b, bStart, bEnd) {
  const aLen = aEnd - aStart;
  const bLen = bEnd - bStart;
  const n = aLen < bLen ? aLen : bLen;
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  if (aLen < bLen) return -1;
  if (aLen > bLen) return 1;
  return 0;
}

// Copies source[sourceStart, sourceEnd) to target at targetStart, as much as fits.
function copyBytes(source, target, targetStart, sourceStart, sourceEnd) {
  let nb = sourceEnd - sourceStart;
  const room = typedArrayLength.call(target) - targetStart;
  if (nb > room) nb = room;
  const sourceLength = typedArrayLength.call(source);
  const avail = sourceLength - sourceStart;
  if (nb > avail) nb = avail;
  if (nb <= 0) return 0;
  if (sourceStart === 0 && nb === sourceLength) {
    Uint8Array.prototype.set.call(target, source, targetStart);
  } else {
    const part = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
    Uint8Array.prototype.set.call(target, part, targetStart);
  }
  return nb;
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : Math.floor(n));
  }
  return defaultVal;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!ArrayBuffer.isView(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!ArrayBuffer.isView(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.byteLength;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  // Any view (a Uint16Array, a DataView) is copied byte by byte.
  if (!isUint8Array(source)) source = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  if (!isUint8Array(target)) target = new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
  return copyBytes(source, target, targetStart, sourceStart, sourceEnd);
}

// Node's fill: strings in an encoding, numbers, booleans and byte sequences, repeated over
// buf[offset, end).
function fillImpl(buf, value, offset, end, encoding) {
  let normalized;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    if (offset > end || end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    fillNumber(buf, value, offset, end);
    return buf;
  }

  let bytes;
  if (typeof value === 'string') {
    const ops = getEncodingOps(normalized);
    const n = ops.byteLength(value);
    bytes = new Uint8Array(n);
    bytes = bytes.subarray(0, ops.write(bytes, value, 0, n));
  } else if (ArrayBuffer.isView(value)) {
    bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    fillNumber(buf, (Number(value) >>> 0) & 255, offset, end);
    return buf;
  }
  if (bytes.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  if (end > buf.length) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  // Lay the pattern down once, then double the filled part until the range is full.
  const filled = Math.min(bytes.length, end - offset);
  Uint8Array.prototype.set.call(buf, bytes.length === filled ? bytes : bytes.subarray(0, filled), offset);
  doubleFilled(buf, offset, end, filled);
  return buf;
}

// The engine's TypedArray#fill writes byte by byte; past a few KiB it is faster to fill a head
// and double it with copyWithin (a bulk move) until the range is full.
const kFillHead = 4096;
function fillNumber(buf, value, offset, end) {
  if (end - offset <= kFillHead) {
    typedArrayFill.call(buf, value, offset, end);
    return;
  }
  typedArrayFill.call(buf, value, offset, offset + kFillHead);
  doubleFilled(buf, offset, end, kFillHead);
}

// buf[offset, offset + filled) holds a whole number of repeats of the pattern: copy it after
// itself until [offset, end) is full.
function doubleFilled(buf, offset, end, filled) {
  while (filled < end - offset) {
    const n = Math.min(filled, end - offset - filled);
    buf.copyWithin(offset + filled, offset, offset + n);
    filled += n;
  }
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// The shared search behind indexOf, lastIndexOf and includes.
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  dir = !!dir;

  if (typeof val === 'number') return indexOfByte(buffer, val >>> 0, byteOffset, dir);

  let ops;
  if (encoding === undefined) ops = encodingOps.utf8;
  else ops = getEncodingOps(encoding);

  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, dir);
  }
  if (isUint8Array(val)) {
    const wide = ops !== undefined && ops.enc === encodings.UCS2;
    return indexOfBytes(buffer, val, byteOffset, dir, wide);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

function swapError(bits) {
  return new ERR_INVALID_BUFFER_SIZE(`${bits}-bits`);
}

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const proto = {
  copy: function copy(target, targetStart, sourceStart, sourceEnd) {
    return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
  },

  toString: function toString(encoding, start, end) {
    if (arguments.length === 0) return toStringChecked(this, 0, this.length, encodings.UTF8);
    const len = this.length;
    if (start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    if (encoding === undefined) return toStringChecked(this, start, end, encodings.UTF8);
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return toStringChecked(this, start, end, ops.enc);
  },

  equals: function equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    }
    if (this === otherBuffer) return true;
    const len = this.byteLength;
    if (len !== otherBuffer.byteLength) return false;
    return len === 0 || compareRanges(this, 0, len, otherBuffer, 0, len) === 0;
  },

  inspect: undefined, // set below

  compare: function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    if (arguments.length === 1) return Buffer.compare(this, target);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
    if (targetStart >= targetEnd) return 1;
    if (sourceStart > this.length) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "sourceStart" is out of range.');
    if (targetStart > target.length) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "targetStart" is out of range.');
    const sEnd = Math.min(sourceEnd, this.length);
    const tEnd = Math.min(targetEnd, target.length);
    return compareRanges(this, sourceStart, sEnd, target, targetStart, tEnd);
  },

  indexOf: function indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  },

  lastIndexOf: function lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  },

  includes: function includes(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true) !== -1;
  },

  fill: function fill(value, offset, end, encoding) {
    return fillImpl(this, value, offset, end, encoding);
  },

  write: function write(string, offset, length, encoding) {
    if (offset === undefined) {
      if (typeof string !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
      return encodingOps.utf8.write(this, string, 0, this.length);
    }
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    const ops = !encoding ? encodingOps.utf8 : getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (typeof string !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    return ops.write(this, string, offset, length);
  },

  toJSON: function toJSON() {
    if (this.length > 0) {
      const data = new Array(this.length);
      for (let i = 0; i < this.length; ++i) data[i] = this[i];
      return { type: 'Buffer', data };
    }
    return { type: 'Buffer', data: [] };
  },

  subarray: function subarray(start, end) {
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    const newLength = end > start ? end - start : 0;
    return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
  },

  slice: function slice(start, end) {
    return this.subarray(start, end);
  },

  swap16: function swap16() {
    const len = this.length;
    if (len % 2 !== 0) throw swapError(16);
    for (let i = 0; i < len; i += 2) {
      const t = this[i];
      this[i] = this[i + 1];
      this[i + 1] = t;
    }
    return this;
  },

  swap32: function swap32() {
    const len = this.length;
    if (len % 4 !== 0) throw swapError(32);
    for (let i = 0; i < len; i += 4) {
      let t = this[i];
      this[i] = this[i + 3];
      this[i + 3] = t;
      t = this[i + 1];
      this[i + 1] = this[i + 2];
      this[i + 2] = t;
    }
    return this;
  },

  swap64: function swap64() {
    const len = this.length;
    if (len % 8 !== 0) throw swapError(64);
    for (let i = 0; i < len; i += 8) {
      for (let k = 0; k < 4; k++) {
        const t = this[i + k];
        this[i + k] = this[i + 7 - k];
        this[i + 7 - k] = t;
      }
    }
    return this;
  },
};

function toStringChecked(buf, start, end, enc) {
  let outLen = end - start;
  if (enc === encodings.HEX) outLen *= 2;
  else if (enc === encodings.BASE64 || enc === encodings.BASE64URL) outLen = Math.ceil(outLen / 3) * 4;
  else if (enc === encodings.UCS2) outLen >>>= 1;
  if (outLen > kStringMaxLength) throw new ERR_STRING_TOO_LONG();
  return decode(buf, start, end, enc);
}

Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);
addBufferPrototypeMethods(Buffer.prototype);

Object.defineProperty(Buffer.prototype, 'parent', {
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(Buffer.prototype, 'offset', {
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

for (const name of Object.keys(proto)) {
  if (name === 'inspect') continue;
  const fn = proto[name];
  Object.defineProperty(Buffer.prototype, name, {
    value: fn, writable: true, enumerable: false, configurable: true,
  });
}
Object.defineProperty(Buffer.prototype, 'toLocaleString', {
  value: Buffer.prototype.toString, writable: true, enumerable: false, configurable: true,
});

let lazyInspect;
// util.inspect(buffer): `<Buffer 68 69 ... 3 more bytes, prop: value>`.
function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const shown = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = '';
  for (let i = 0; i < shown; i++) {
    const b = this[i];
    str += (i === 0 ? '' : ' ') + (b < 16 ? '0' : '') + b.toString(16);
  }
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const keys = ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this);
    const extra = { __proto__: null };
    let extras = false;
    for (const key of keys) {
      // Skip the indices: only the buffer's own named properties are shown.
      if (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1) continue;
      extras = true;
      extra[key] = this[key];
    }
    if (ctx.showHidden) {
      for (const sym of Object.getOwnPropertySymbols(this)) {
        extras = true;
        extra[sym] = this[sym];
      }
    } else {
      for (const sym of Object.getOwnPropertySymbols(this)) {
        if (Object.prototype.propertyIsEnumerable.call(this, sym)) {
          extras = true;
          extra[sym] = this[sym];
        }
      }
    }
    if (extras) {
      if (lazyInspect === undefined) lazyInspect = require('internal/util/inspect').inspect;
      if (this.length !== 0) str += ', ';
      // '[Object: null prototype] {' is 26 characters; the slice keeps what is inside the braces.
      str += lazyInspect(extra, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}
Object.defineProperty(Buffer.prototype, customInspectSymbol, {
  value: inspect, writable: true, enumerable: true, configurable: true,
});
Object.defineProperty(Buffer.prototype, 'inspect', {
  value: inspect, writable: true, enumerable: true, configurable: true,
});

// ---- module functions ----

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  fromEncoding = normalizeEncoding(fromEncoding) || fromEncoding;
  toEncoding = normalizeEncoding(toEncoding) || toEncoding;
  if (fromEncoding === toEncoding) return Buffer.from(source);
  return require('internal/buffer/transcode').transcode(source, fromEncoding, toEncoding);
}

function checkValidatable(input, name) {
  if (ArrayBuffer.isView(input)) {
    if (input.buffer.detached) throw new ERR_INVALID_STATE('Cannot validate on a detached buffer');
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (isAnyArrayBuffer(input)) {
    if (input.detached) throw new ERR_INVALID_STATE('Cannot validate on a detached buffer');
    return new Uint8Array(input);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  const bytes = checkValidatable(input, 'input');
  if (bytes.length > kBulkThreshold) return binding().isUtf8(bytes.buffer, bytes.byteOffset, bytes.length);
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const c = bytes[i];
    if (c < 0x80) { i++; continue; }
    let need;
    let lower = 0x80;
    let upper = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lower = 0xa0;
      else if (c === 0xed) upper = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lower = 0x90;
      else if (c === 0xf4) upper = 0x8f;
    } else return false;
    if (i + need >= n) return false;
    for (let k = 1; k <= need; k++) {
      const d = bytes[i + k];
      if (d < lower || d > upper) return false;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return true;
}

function isAscii(input) {
  const bytes = checkValidatable(input, 'input');
  if (bytes.length > kBulkThreshold) return binding().isAscii(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) {
      throw require('internal/buffer/domexception').makeDOMException('Invalid character', 'InvalidCharacterError');
    }
  }
  const bytes = new Uint8Array(input.length);
  encodeInto(bytes, input, 0, bytes.length, encodings.LATIN1);
  return decode(bytes, 0, bytes.length, encodings.BASE64);
}

// Forgiving-base64 decode (the HTML rule): ASCII whitespace is removed, then the text must be
// valid base64 with optional padding.
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let data = 0;
  let equals = 0;
  let firstEquals = -1;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) continue;
    if (c === 0x3d) {
      if (firstEquals === -1) firstEquals = data + equals;
      equals++;
      continue;
    }
    const ok = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ||
      c === 0x2b || c === 0x2f;
    if (!ok || equals > 0) {
      throw require('internal/buffer/domexception').makeDOMException('Invalid character', 'InvalidCharacterError');
    }
    data++;
  }
  const total = data + equals;
  let valid;
  if (equals === 0) valid = data % 4 !== 1;
  else valid = equals <= 2 && total % 4 === 0 && (data % 4) + equals === 4;
  if (!valid) {
    throw require('internal/buffer/domexception').makeDOMException(
      'The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  const bytes = new Uint8Array(((data * 3) >>> 2) + 3);
  const n = encodeInto(bytes, input, 0, bytes.length, encodings.BASE64);
  return decode(bytes, 0, n, encodings.LATIN1);
}

let blobModule;
function lazyBlob() {
  if (blobModule === undefined) blobModule = require('internal/buffer/blob');
  return blobModule;
}

module.exports = {
  Buffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob: undefined,
  resolveObjectURL: undefined,
  File: undefined,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  enumerable: true,
  configurable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});

for (const [name, pick] of [['Blob', (m) => m.Blob], ['File', (m) => m.File],
  ['resolveObjectURL', (m) => m.resolveObjectURL]]) {
  Object.defineProperty(module.exports, name, {
    enumerable: true,
    configurable: true,
    get() {
      const value = pick(lazyBlob());
      Object.defineProperty(module.exports, name, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, { value, writable: true, enumerable: true, configurable: true });
    },
  });
}
