'use strict';

// The machinery under node:buffer: FastBuffer (the Uint8Array subclass every Buffer really is),
// the per-encoding conversions between strings and bytes, and the numeric read/write methods.
//
// Conversions have two paths. Short inputs are handled here in JavaScript, which avoids a trip
// into Java. Long inputs go in one call to internalBinding('buffer') (Java), which is fast even
// before the JIT has compiled anything: bytes cross with one bulk copy each way.

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

class FastBuffer extends Uint8Array {
  // A plain constructor: a Buffer is a Uint8Array with Buffer.prototype.
  constructor(bufferOrLength, byteOffset, length) { // eslint-disable-line no-useless-constructor
    super(bufferOrLength, byteOffset, length);
  }
}

// ---- encodings ----

// Ids shared with BufferBinding.java.
const UTF8 = 0;
const UCS2 = 1;
const LATIN1 = 2;
const ASCII = 3;
const BASE64 = 4;
const BASE64URL = 5;
const HEX = 6;

// Inputs longer than this go to Java in one call.
const kBulkThreshold = 128;

let bindingCache;
function binding() {
  if (bindingCache === undefined) bindingCache = internalBinding('buffer');
  return bindingCache;
}

const utf8Encoder = new TextEncoder();

// A Uint8Array over the same memory as `buf` (plain, so no species lookups).
function plainView(buf, start, length) {
  return new Uint8Array(buf.buffer, buf.byteOffset + start, length);
}

// Copies the bytes Java produced (a direct ByteBuffer) into `target` at `offset`, at most `max`.
function copyFromHost(bb, target, offset, max) {
  const src = new Uint8Array(new ArrayBuffer(bb));
  const n = src.length < max ? src.length : max;
  if (n === src.length) target.set(src, offset);
  else target.set(src.subarray(0, n), offset);
  return n;
}

// The bytes of `string` in `enc` as a new Uint8Array (exact length).
function encodeToBytes(string, enc) {
  if (string.length > kBulkThreshold) {
    return new Uint8Array(new ArrayBuffer(binding().encode(string, enc))).slice();
  }
  switch (enc) {
    case UTF8: return utf8Encoder.encode(string);
    case UCS2: {
      const out = new Uint8Array(string.length * 2);
      writeUcs2Js(out, string, 0, out.length);
      return out;
    }
    case LATIN1:
    case ASCII: {
      const out = new Uint8Array(string.length);
      for (let i = 0; i < string.length; i++) out[i] = string.charCodeAt(i);
      return out;
    }
    case HEX: {
      const out = new Uint8Array(string.length >>> 1);
      const n = writeHexJs(out, string, 0, out.length);
      return n === out.length ? out : out.slice(0, n);
    }
    default: {
      const out = new Uint8Array(((string.length * 3) >>> 2) + 3);
      const n = writeBase64Js(out, string, 0, out.length);
      return out.slice(0, n);
    }
  }
}

// Writes `string` in `enc` into buf[offset, offset + max); returns the bytes written. UTF-8
// never writes part of a character and UTF-16LE never half a code unit.
function encodeInto(buf, string, offset, max, enc) {
  if (max <= 0 || string.length === 0) return 0;
  switch (enc) {
    case UTF8:
      return utf8Encoder.encodeInto(string, plainView(buf, offset, max)).written;
    case UCS2:
      if (string.length > kBulkThreshold && max > kBulkThreshold) {
        const s = string.length * 2 > max ? string.slice(0, max >>> 1) : string;
        return copyFromHost(binding().encode(s, UCS2), buf, offset, max & ~1);
      }
      return writeUcs2Js(buf, string, offset, max);
    case LATIN1:
    case ASCII: {
      let n = string.length < max ? string.length : max;
      if (n > kBulkThreshold) return copyFromHost(binding().encode(string.length === n ? string : string.slice(0, n), LATIN1), buf, offset, n);
      for (let i = 0; i < n; i++) buf[offset + i] = string.charCodeAt(i);
      return n;
    }
    case HEX:
      if (string.length > kBulkThreshold) {
        const s = string.length > max * 2 ? string.slice(0, max * 2) : string;
        return copyFromHost(binding().encode(s, HEX), buf, offset, max);
      }
      return writeHexJs(buf, string, offset, max);
    default:
      if (string.length > kBulkThreshold) return copyFromHost(binding().encode(string, BASE64), buf, offset, max);
      return writeBase64Js(buf, string, offset, max);
  }
}

function writeUcs2Js(buf, string, offset, max) {
  let n = max >>> 1;
  if (string.length < n) n = string.length;
  for (let i = 0; i < n; i++) {
    const c = string.charCodeAt(i);
    buf[offset + 2 * i] = c & 0xff;
    buf[offset + 2 * i + 1] = c >>> 8;
  }
  return n * 2;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

// Pairs of hex digits up to the first pair that is not one; a lone last digit is ignored.
function writeHexJs(buf, string, offset, max) {
  let pairs = string.length >>> 1;
  if (pairs > max) pairs = max;
  let i = 0;
  for (; i < pairs; i++) {
    const hi = hexValue(string.charCodeAt(2 * i));
    const lo = hexValue(string.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) break;
    buf[offset + i] = (hi << 4) | lo;
  }
  return i;
}

const base64Values = new Int8Array(128).fill(-1);
{
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < 62; i++) base64Values[chars.charCodeAt(i)] = i;
  base64Values[43] = 62; // +
  base64Values[45] = 62; // -
  base64Values[47] = 63; // /
  base64Values[95] = 63; // _
}

// Lenient base64/base64url: other characters are skipped, '=' ends the data.
function writeBase64Js(buf, string, offset, max) {
  let o = 0;
  let acc = 0;
  let k = 0;
  for (let i = 0; i < string.length; i++) {
    const c = string.charCodeAt(i);
    if (c === 61) break;
    const v = c < 128 ? base64Values[c] : -1;
    if (v < 0) continue;
    acc = (acc << 6) | v;
    if (++k === 4) {
      if (o < max) buf[offset + o++] = (acc >>> 16) & 0xff;
      if (o < max) buf[offset + o++] = (acc >>> 8) & 0xff;
      if (o < max) buf[offset + o++] = acc & 0xff;
      if (o >= max) return o;
      acc = 0;
      k = 0;
    }
  }
  if (k === 2) {
    if (o < max) buf[offset + o++] = (acc >>> 4) & 0xff;
  } else if (k === 3) {
    if (o < max) buf[offset + o++] = (acc >>> 10) & 0xff;
    if (o < max) buf[offset + o++] = (acc >>> 2) & 0xff;
  }
  return o;
}

// ---- bytes to strings ----

const kMaxArgs = 8192;
function fromCodes(codes) {
  if (codes.length <= kMaxArgs) return String.fromCharCode.apply(null, codes);
  let s = '';
  for (let i = 0; i < codes.length; i += kMaxArgs) {
    s += String.fromCharCode.apply(null, codes.slice(i, i + kMaxArgs));
  }
  return s;
}

// UTF-8 with each maximal invalid subsequence replaced by U+FFFD (the WHATWG rule V8 follows).
function utf8DecodeJs(b, start, end) {
  const units = [];
  let i = start;
  while (i < end) {
    const c = b[i];
    if (c < 0x80) {
      units.push(c);
      i++;
      continue;
    }
    let need;
    let cp;
    let lower = 0x80;
    let upper = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      cp = c & 0x0f;
      if (c === 0xe0) lower = 0xa0;
      else if (c === 0xed) upper = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      cp = c & 0x07;
      if (c === 0xf0) lower = 0x90;
      else if (c === 0xf4) upper = 0x8f;
    } else {
      units.push(0xfffd);
      i++;
      continue;
    }
    let j = i + 1;
    let got = 0;
    while (got < need && j < end) {
      const d = b[j];
      if (d < lower || d > upper) break;
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (d & 0x3f);
      got++;
      j++;
    }
    i = j;
    if (got < need) {
      units.push(0xfffd);
    } else if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 | (cp >>> 10), 0xdc00 | (cp & 0x3ff));
    } else {
      units.push(cp);
    }
  }
  return fromCodes(units);
}

const hexPairs = [];
for (let i = 0; i < 256; i++) hexPairs.push((i < 16 ? '0' : '') + i.toString(16));
const base64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64UrlChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64EncodeJs(b, start, end, chars, pad) {
  let s = '';
  let i = start;
  for (; i + 2 < end; i += 3) {
    const v = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    s += chars[v >>> 18] + chars[(v >>> 12) & 63] + chars[(v >>> 6) & 63] + chars[v & 63];
  }
  const rest = end - i;
  if (rest === 1) {
    const v = b[i] << 16;
    s += chars[v >>> 18] + chars[(v >>> 12) & 63];
    if (pad) s += '==';
  } else if (rest === 2) {
    const v = (b[i] << 16) | (b[i + 1] << 8);
    s += chars[v >>> 18] + chars[(v >>> 12) & 63] + chars[(v >>> 6) & 63];
    if (pad) s += '=';
  }
  return s;
}

// The string for buf[start, end) in `enc`; start and end are already valid.
function decode(buf, start, end, enc) {
  const len = end - start;
  if (len <= 0) return '';
  if (len > kBulkThreshold) {
    return binding().decode(buf.buffer, buf.byteOffset + start, len, enc);
  }
  switch (enc) {
    case UTF8: {
      let ascii = true;
      for (let i = start; i < end; i++) {
        if (buf[i] >= 0x80) { ascii = false; break; }
      }
      if (ascii) return String.fromCharCode.apply(null, plainView(buf, start, len));
      return utf8DecodeJs(buf, start, end);
    }
    case LATIN1:
      return String.fromCharCode.apply(null, plainView(buf, start, len));
    case ASCII: {
      const codes = new Uint8Array(len);
      for (let i = 0; i < len; i++) codes[i] = buf[start + i] & 0x7f;
      return String.fromCharCode.apply(null, codes);
    }
    case UCS2: {
      const n = len >>> 1;
      const codes = new Uint16Array(n);
      for (let i = 0; i < n; i++) codes[i] = buf[start + 2 * i] | (buf[start + 2 * i + 1] << 8);
      return String.fromCharCode.apply(null, codes);
    }
    case HEX: {
      let s = '';
      for (let i = start; i < end; i++) s += hexPairs[buf[i]];
      return s;
    }
    case BASE64:
      return base64EncodeJs(buf, start, end, base64Chars, true);
    default:
      return base64EncodeJs(buf, start, end, base64UrlChars, false);
  }
}

// ---- byte lengths ----

function byteLengthUtf8(string) {
  const n = string.length;
  if (n > kBulkThreshold) return binding().utf8Length(string);
  let len = n;
  for (let i = 0; i < n; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0x80) {
      if (c < 0x800) {
        len += 1;
      } else if ((c & 0xfc00) === 0xd800 && i + 1 < n && (string.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        len += 2;
        i++;
      } else {
        len += 2;
      }
    }
  }
  return len;
}

// Node's estimate for base64: three bytes per four characters, minus up to two '=' at the end.
function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

// ---- searching ----

// Where a search starts (or -1 for "no match possible"), as Node computes it from byteOffset.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function indexOfByte(buf, value, byteOffset, forward) {
  const len = buf.length;
  const from = searchStart(len, byteOffset, 1, forward);
  if (from <= -1 || len === 0) return -1;
  value &= 0xff;
  if (forward) return Uint8Array.prototype.indexOf.call(buf, value, from);
  return Uint8Array.prototype.lastIndexOf.call(buf, value, from);
}

// Searches `needle` (bytes) in `buf`. With `wide` (UTF-16LE) only even positions count.
function indexOfBytes(buf, needle, byteOffset, forward, wide) {
  const hayLen = buf.length;
  let needleLen = needle.length;
  const from = searchStart(hayLen, byteOffset, needleLen, forward);
  if (needleLen === 0) return from;
  if (hayLen === 0 || from <= -1) return -1;
  if ((forward && needleLen + from > hayLen) || needleLen > hayLen) return -1;
  if (wide) {
    if (hayLen < 2 || needleLen < 2) return -1;
    needleLen &= ~1;
  }
  const first = needle[0];
  const last = hayLen - needleLen;
  const step = wide ? 2 : 1;
  if (forward) {
    let i = wide ? from - (from & 1) : from;
    for (; i <= last; i += step) {
      if (buf[i] !== first) continue;
      let k = 1;
      while (k < needleLen && buf[i + k] === needle[k]) k++;
      if (k === needleLen) return i;
    }
  } else {
    let i = from < last ? from : last;
    if (wide) i = (i >>> 1) << 1;
    for (; i >= 0; i -= step) {
      if (buf[i] !== first) continue;
      let k = 1;
      while (k < needleLen && buf[i + k] === needle[k]) k++;
      if (k === needleLen) return i;
    }
  }
  return -1;
}

// ---- the per-encoding operations ----

function makeOps(encoding, encodingVal, enc, byteLength, searchEnc) {
  return {
    encoding,
    encodingVal,
    byteLength,
    write: (buf, string, offset, len) => encodeInto(buf, string, offset, len, enc),
    slice: (buf, start, end) => decode(buf, start, end, enc),
    indexOf: (buf, val, byteOffset, dir) =>
      indexOfBytes(buf, encodeToBytes(val, searchEnc), byteOffset, dir, searchEnc === UCS2),
    enc,
  };
}

const encodingOps = {
  utf8: makeOps('utf8', 1, UTF8, byteLengthUtf8, UTF8),
  ucs2: makeOps('ucs2', 3, UCS2, (s) => s.length * 2, UCS2),
  utf16le: makeOps('utf16le', 3, UCS2, (s) => s.length * 2, UCS2),
  latin1: makeOps('latin1', 4, LATIN1, (s) => s.length, LATIN1),
  ascii: makeOps('ascii', 0, ASCII, (s) => s.length, LATIN1),
  base64: makeOps('base64', 5, BASE64, (s) => base64ByteLength(s, s.length), BASE64),
  base64url: makeOps('base64url', 6, BASE64URL, (s) => base64ByteLength(s, s.length), BASE64URL),
  hex: makeOps('hex', 7, HEX, (s) => s.length >>> 1, HEX),
};

// Encoding name (any case) -> ops, or undefined.
function getEncodingOps(encoding) {
  encoding += '';
  switch (encoding.length) {
    case 4:
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      break;
    case 5:
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      break;
    case 7:
      if (encoding === 'utf16le' || encoding.toLowerCase() === 'utf16le') return encodingOps.utf16le;
      break;
    case 8:
      if (encoding === 'utf-16le' || encoding.toLowerCase() === 'utf-16le') return encodingOps.utf16le;
      break;
    case 6:
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      encoding = encoding.toLowerCase();
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      break;
    case 3:
      if (encoding === 'hex' || encoding.toLowerCase() === 'hex') return encodingOps.hex;
      break;
    case 9:
      if (encoding === 'base64url' || encoding.toLowerCase() === 'base64url') return encodingOps.base64url;
      break;
    default:
      break;
  }
  return undefined;
}

// The canonical name of an encoding ('utf8', 'utf16le', 'latin1', ...), or undefined.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  const ops = getEncodingOps(enc);
  if (ops === undefined) return undefined;
  return ops.encoding === 'ucs2' ? 'utf16le' : ops.encoding;
}

// ---- numeric reads and writes ----

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Checks that buf[offset .. offset + last] exists.
function checkBounds(buf, offset, last) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + last] === undefined) {
    boundsError(offset, buf.length - (last + 1));
  }
}

function checkInt(value, min, max, buf, offset, last) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (last > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(last + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(last + 1) * 8 - 1}${n}) and < 2${n} ** ${(last + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, last);
}

// Reads `n` bytes (1..6) little- or big-endian as an unsigned number.
function readUnsigned(buf, offset, n, little) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) boundsError(offset, buf.length - n);
  let v = 0;
  let mul = 1;
  if (little) {
    for (let i = 0; i < n; i++, mul *= 256) v += buf[offset + i] * mul;
  } else {
    for (let i = n - 1; i >= 0; i--, mul *= 256) v += buf[offset + i] * mul;
  }
  return v;
}

function readSigned(buf, offset, n, little) {
  const v = readUnsigned(buf, offset, n, little);
  const limit = 2 ** (8 * n - 1);
  return v >= limit ? v - limit * 2 : v;
}

function writeUnsigned(buf, value, offset, n, little, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, n - 1);
  // The two's-complement bytes of an integer in [-(2**47), 2**48).
  let v = Math.trunc(value);
  if (v < 0) v += 2 ** (8 * n);
  for (let i = 0; i < n; i++) {
    const byte = v % 256;
    buf[little ? offset + i : offset + n - 1 - i] = byte;
    v = (v - byte) / 256;
  }
  return offset + n;
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (!(byteLength >= 1 && byteLength <= 6 && Math.floor(byteLength) === byteLength)) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);
const bigEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

function readFloatAt(buf, offset, little, size) {
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  const bytes = size === 4 ? float32Bytes : float64Bytes;
  const swap = little === bigEndianHost;
  for (let i = 0; i < size; i++) bytes[swap ? size - 1 - i : i] = buf[offset + i];
  return size === 4 ? float32[0] : float64[0];
}

function writeFloatAt(buf, value, offset, little, size) {
  value = +value;
  if (offset === undefined) offset = 0;
  checkBounds(buf, offset, size - 1);
  const bytes = size === 4 ? float32Bytes : float64Bytes;
  if (size === 4) float32[0] = value;
  else float64[0] = value;
  const swap = little === bigEndianHost;
  for (let i = 0; i < size; i++) buf[offset + i] = bytes[swap ? size - 1 - i : i];
  return offset + size;
}

function readBig64(buf, offset, little, signed) {
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 8);
  let hi;
  let lo;
  if (little) {
    lo = first + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 24;
    hi = buf[++offset] + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + last * 2 ** 24;
  } else {
    hi = first * 2 ** 24 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 8 + buf[++offset];
    lo = buf[++offset] * 2 ** 24 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
  }
  if (signed) return (BigInt(hi | 0) << 32n) + BigInt(lo);
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function writeBig64(buf, value, offset, little, min, max) {
  if (offset === undefined) offset = 0;
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  let hi = Number((value >> 32n) & 0xffffffffn);
  if (little) {
    for (let i = 0; i < 4; i++, lo = Math.floor(lo / 256)) buf[offset + i] = lo & 0xff;
    for (let i = 4; i < 8; i++, hi = Math.floor(hi / 256)) buf[offset + i] = hi & 0xff;
  } else {
    for (let i = 7; i >= 4; i--, lo = Math.floor(lo / 256)) buf[offset + i] = lo & 0xff;
    for (let i = 3; i >= 0; i--, hi = Math.floor(hi / 256)) buf[offset + i] = hi & 0xff;
  }
  return offset + 8;
}

// Fixed-size integer methods: [name, bytes, little-endian, signed].
const intMethods = [
  ['UInt8', 1, true, false], ['UInt16LE', 2, true, false], ['UInt16BE', 2, false, false],
  ['UInt32LE', 4, true, false], ['UInt32BE', 4, false, false],
  ['Int8', 1, true, true], ['Int16LE', 2, true, true], ['Int16BE', 2, false, true],
  ['Int32LE', 4, true, true], ['Int32BE', 4, false, true],
];

function addBufferPrototypeMethods(proto) {
  const define = (name, fn) => {
    Object.defineProperty(fn, 'name', { value: name });
    Object.defineProperty(proto, name, { value: fn, writable: true, enumerable: false, configurable: true });
  };

  define('readUInt8', function readUInt8(offset = 0) {
    validateNumber(offset, 'offset');
    const v = this[offset];
    if (v === undefined) boundsError(offset, this.length - 1);
    return v;
  });
  define('readInt8', function readInt8(offset = 0) {
    validateNumber(offset, 'offset');
    const v = this[offset];
    if (v === undefined) boundsError(offset, this.length - 1);
    return v | (v & 0x80) * 0x1fffffe;
  });
  define('writeUInt8', function writeUInt8(value, offset = 0) {
    value = +value;
    validateNumber(offset, 'offset');
    if (value > 0xff || value < 0) throw new ERR_OUT_OF_RANGE('value', '>= 0 and <= 255', value);
    if (this[offset] === undefined) boundsError(offset, this.length - 1);
    this[offset] = value;
    return offset + 1;
  });
  define('writeInt8', function writeInt8(value, offset = 0) {
    value = +value;
    validateNumber(offset, 'offset');
    if (value > 0x7f || value < -0x80) throw new ERR_OUT_OF_RANGE('value', '>= -128 and <= 127', value);
    if (this[offset] === undefined) boundsError(offset, this.length - 1);
    this[offset] = value;
    return offset + 1;
  });

  for (const [name, n, little, signed] of intMethods) {
    if (n === 1) continue;
    const max = signed ? 2 ** (8 * n - 1) - 1 : 2 ** (8 * n) - 1;
    const min = signed ? -(2 ** (8 * n - 1)) : 0;
    define(`read${name}`, signed ?
      function(offset = 0) { return readSigned(this, offset, n, little); } :
      function(offset = 0) { return readUnsigned(this, offset, n, little); });
    define(`write${name}`, function(value, offset = 0) {
      return writeUnsigned(this, value, offset, n, little, min, max);
    });
  }

  for (const little of [true, false]) {
    const e = little ? 'LE' : 'BE';
    define(`readUInt${e}`, function(offset, byteLength) {
      if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      checkByteLength(byteLength);
      return readUnsigned(this, offset, byteLength, little);
    });
    define(`readInt${e}`, function(offset, byteLength) {
      if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      checkByteLength(byteLength);
      return readSigned(this, offset, byteLength, little);
    });
    define(`writeUInt${e}`, function(value, offset, byteLength) {
      checkByteLength(byteLength);
      return writeUnsigned(this, value, offset, byteLength, little, 0, 2 ** (8 * byteLength) - 1);
    });
    define(`writeInt${e}`, function(value, offset, byteLength) {
      checkByteLength(byteLength);
      const limit = 2 ** (8 * byteLength - 1);
      return writeUnsigned(this, value, offset, byteLength, little, -limit, limit - 1);
    });
    define(`readFloat${e}`, function(offset) { return readFloatAt(this, offset, little, 4); });
    define(`readDouble${e}`, function(offset) { return readFloatAt(this, offset, little, 8); });
    define(`writeFloat${e}`, function(value, offset) { return writeFloatAt(this, value, offset, little, 4); });
    define(`writeDouble${e}`, function(value, offset) { return writeFloatAt(this, value, offset, little, 8); });
    define(`readBigUInt64${e}`, function(offset) { return readBig64(this, offset, little, false); });
    define(`readBigInt64${e}`, function(offset) { return readBig64(this, offset, little, true); });
    define(`writeBigUInt64${e}`, function(value, offset) {
      return writeBig64(this, value, offset, little, 0n, 0xffffffffffffffffn);
    });
    define(`writeBigInt64${e}`, function(value, offset) {
      return writeBig64(this, value, offset, little, -(2n ** 63n), 2n ** 63n - 1n);
    });
  }

  // The lower-case aliases (readUint8 for readUInt8, ...).
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (/^(read|write)(Big)?UInt/.test(name)) {
      const alias = name.replace('UInt', 'Uint');
      if (!Object.prototype.hasOwnProperty.call(proto, alias)) {
        Object.defineProperty(proto, alias, { value: proto[name], writable: true, enumerable: false, configurable: true });
      }
    }
  }

  // The per-encoding slice/write methods (latin1Slice, hexWrite, ...).
  const sliceWrite = [['ascii', ASCII], ['base64', BASE64], ['base64url', BASE64URL], ['latin1', LATIN1],
    ['hex', HEX], ['ucs2', UCS2], ['utf8', UTF8]];
  for (const [name, enc] of sliceWrite) {
    define(`${name}Slice`, function(start, end) {
      const len = this.length;
      start = start === undefined ? 0 : sliceIndex(start);
      end = end === undefined ? len : sliceIndex(end);
      if (end < start) end = start;
      if (end > len) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
      return decode(this, start, end, enc);
    });
    define(`${name}Write`, function(string, offset, length) {
      if (typeof string !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
      const len = this.length;
      offset = offset === undefined ? 0 : sliceIndex(offset);
      if (offset > len) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
      let max = len - offset;
      if (length !== undefined) {
        length = Math.trunc(+length) || 0;
        if (length < 0 || length > max) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
        max = length;
      }
      if (string.length === 0) return 0;
      return encodeInto(this, string, offset, max, enc);
    });
  }
}

// The errors Node's C++ layer throws: a plain TypeError/RangeError with a `code` and a fixed
// message (not one of the formatted messages of internal/errors).
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

// A non-negative integer index from a slice/write argument (Node's ParseArrayIndex).
function sliceIndex(v) {
  const n = Math.trunc(+v);
  if (n !== n) return 0;
  if (n < 0) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return n;
}

// Objects that must never be transferred (the allocation pool): structuredClone and postMessage
// refuse them in a transfer list. worker_threads.markAsUntransferable adds to the same set.
const untransferable = new WeakSet();
function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  untransferable.add(obj);
}
function isMarkedAsUntransferable(obj) {
  return obj != null && untransferable.has(obj);
}

module.exports = {
  FastBuffer,
  addBufferPrototypeMethods,
  base64ByteLength,
  binding,
  boundsError,
  byteLengthUtf8,
  checkBounds,
  decode,
  encodeInto,
  encodeToBytes,
  encodingOps,
  getEncodingOps,
  indexOfByte,
  indexOfBytes,
  isMarkedAsUntransferable,
  markAsUntransferable,
  nativeError,
  normalizeEncoding,
  kBulkThreshold,
  encodings: { UTF8, UCS2, LATIN1, ASCII, BASE64, BASE64URL, HEX },
};
