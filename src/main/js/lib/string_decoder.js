'use strict';

// node:string_decoder — turns a stream of byte chunks into strings without splitting
// multi-byte characters (UTF-8, UTF-16LE surrogate pairs) or base64 groups across chunks.
//
// The state lives in a 7-byte Buffer under Symbol(kNativeDecoder), laid out as Node's:
// bytes 0-3 the incomplete character, 4 the bytes still missing, 5 the bytes buffered, 6 the
// encoding. util.inspect(decoder) therefore prints what Node prints.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { utf8Decode } = require('internal/querystring');

const kNativeDecoder = Symbol('kNativeDecoder');
const kMissing = 4;
const kBuffered = 5;
const kEncoding = 6;
const kSize = 7;

// Node's encoding enum values.
const ASCII = 0;
const UTF8 = 1;
const BASE64 = 2;
const UCS2 = 3;
const LATIN1 = 4;
const HEX = 5;
const BASE64URL = 7;

const encodingIds = {
  utf8: UTF8, utf16le: UCS2, latin1: LATIN1, base64: BASE64, base64url: BASE64URL, hex: HEX, ascii: ASCII,
};

const kMaxStringLength = 0x1fffffe8;

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) {
    // node:buffer is written in parallel; until it exists the state is a plain Uint8Array.
    try {
      BufferCtor = require('buffer').Buffer;
    } catch {
      BufferCtor = null;
    }
  }
  return BufferCtor;
}

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (`${enc}`.toLowerCase()) {
    case '':
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'base64':
      return 'base64';
    case 'base64url':
      return 'base64url';
    case 'hex':
      return 'hex';
    case 'ascii':
      return 'ascii';
    default:
      return undefined;
  }
}

const b64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64UrlChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64Encode(bytes, start, end, url) {
  const chars = url ? b64UrlChars : b64Chars;
  let out = '';
  let i = start;
  for (; i + 2 < end; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += chars[n >> 18] + chars[(n >> 12) & 63] + chars[(n >> 6) & 63] + chars[n & 63];
  }
  const rest = end - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += chars[n >> 18] + chars[(n >> 12) & 63] + (url ? '' : '==');
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += chars[n >> 18] + chars[(n >> 12) & 63] + chars[(n >> 6) & 63] + (url ? '' : '=');
  }
  return out;
}

function codesToString(codes) {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) {
    out += String.fromCharCode.apply(null, codes.slice(i, i + 8192));
  }
  return out;
}

function latin1Decode(bytes, start, end, mask) {
  const codes = new Array(end - start);
  for (let i = start; i < end; i++) codes[i - start] = bytes[i] & mask;
  return codesToString(codes);
}

function hexEncode(bytes, start, end) {
  let out = '';
  for (let i = start; i < end; i++) out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  return out;
}

function utf16Decode(bytes, start, end) {
  const codes = new Array((end - start) >> 1);
  for (let i = start, j = 0; i + 1 < end; i += 2, j++) codes[j] = bytes[i] | (bytes[i + 1] << 8);
  return codesToString(codes);
}

// How many bytes the UTF-8 sequence led by `b` has, by bit pattern only (as Node's decoder
// looks at it): 1 for ASCII, continuation and bytes that cannot lead.
function utf8SequenceLength(b) {
  if ((b & 0xE0) === 0xC0) return 2;
  if ((b & 0xF0) === 0xE0) return 3;
  if ((b & 0xF8) === 0xF0) return 4;
  return 1;
}

function getState(self) {
  const state = self == null ? undefined : self[kNativeDecoder];
  if (state === undefined || state.length !== kSize) throw new ERR_INVALID_THIS('StringDecoder');
  return state;
}

function toBytes(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function checkLength(str) {
  if (str.length > kMaxStringLength) {
    const { codes: { ERR_STRING_TOO_LONG } } = require('internal/errors');
    throw new ERR_STRING_TOO_LONG();
  }
  return str;
}

// How many bytes of `bytes` start a UTF-8 sequence (are not 10xxxxxx): the fewest UTF-16 units
// decoding can produce. Four bytes at a time where the view is aligned.
function utf8LeadBytes(bytes) {
  let count = 0;
  let i = 0;
  const head = (4 - (bytes.byteOffset & 3)) & 3;
  for (; i < head && i < bytes.length; i++) if ((bytes[i] & 0xC0) !== 0x80) count++;
  const words = (bytes.length - i) >>> 2;
  if (words > 0) {
    const u32 = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
    for (let w = 0; w < words; w++) {
      const x = u32[w];
      // a continuation byte has its top bit set and the next one clear
      count += 4 - popcount((x & ~(x << 1) & 0x80808080) >>> 0);
    }
  }
  for (i += words * 4; i < bytes.length; i++) if ((bytes[i] & 0xC0) !== 0x80) count++;
  return count;
}

function popcount(x) {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0F0F0F0F) * 0x01010101) >>> 24;
}

// Throws before decoding when the string for `bytes` is sure to exceed the maximum length
// (V8's limit, which Node reports as ERR_STRING_TOO_LONG).
function checkSize(enc, bytes) {
  // No encoding makes more UTF-16 units than 2 per byte, and only hex makes more than 1.
  if (bytes.length <= kMaxStringLength >> 1) return;
  let least;
  switch (enc) {
    case HEX: least = bytes.length * 2; break;
    case BASE64: case BASE64URL: least = Math.floor(bytes.length / 3) * 4; break;
    case UCS2: least = bytes.length >> 1; break;
    case UTF8:
      least = bytes.length <= kMaxStringLength ? 0 : utf8LeadBytes(bytes);
      break;
    default: least = bytes.length;
  }
  if (least > kMaxStringLength) checkLength({ length: least });
}

// Decodes the whole chunks of `bytes` and keeps an incomplete trailing character in `state`.
function decodeChunk(state, bytes) {
  const enc = state[kEncoding];
  const len = bytes.length;
  switch (enc) {
    case LATIN1: return latin1Decode(bytes, 0, len, 0xFF);
    case ASCII: return latin1Decode(bytes, 0, len, 0x7F);
    case HEX: return hexEncode(bytes, 0, len);
    default: break;
  }

  let out = '';
  let i = 0;

  // First complete the character left over from the previous chunk.
  if (state[kMissing] > 0) {
    if (enc === UTF8) {
      while (i < len && state[kMissing] > 0) {
        const b = bytes[i];
        if ((b & 0xC0) !== 0x80) {
          // Not a continuation byte: the pending character is cut short and decodes as such;
          // this byte starts something new.
          state[kMissing] = 0;
          break;
        }
        state[state[kBuffered]++] = b;
        state[kMissing]--;
        i++;
      }
    } else {
      while (i < len && state[kMissing] > 0) {
        state[state[kBuffered]++] = bytes[i++];
        state[kMissing]--;
      }
    }
    if (state[kMissing] > 0) return out;
    out += flushPending(state, enc);
  }

  // Then the body, holding back an incomplete character at its end.
  let bodyEnd = len;
  if (enc === UTF8) {
    for (let k = 1; k <= 4 && len - k >= i; k++) {
      const b = bytes[len - k];
      if ((b & 0xC0) === 0x80) continue; // a continuation byte: look further back
      const need = utf8SequenceLength(b);
      if (need > k) {
        bodyEnd = len - k;
        state[kMissing] = need - k;
      }
      break;
    }
    if (bodyEnd > i) out += utf8Decode(bytes, i, bodyEnd);
  } else if (enc === UCS2) {
    if ((len - i) % 2 === 1) {
      bodyEnd = len - 1;
      state[kMissing] = 1;
    } else if (len - i >= 2) {
      const unit = bytes[len - 2] | (bytes[len - 1] << 8);
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        bodyEnd = len - 2;
        state[kMissing] = 2;
      }
    }
    out += utf16Decode(bytes, i, bodyEnd);
  } else {
    const rest = (len - i) % 3;
    if (rest !== 0) {
      bodyEnd = len - rest;
      state[kMissing] = 3 - rest;
    }
    out += base64Encode(bytes, i, bodyEnd, enc === BASE64URL);
  }
  for (let j = bodyEnd; j < len; j++) state[state[kBuffered]++] = bytes[j];
  return out;
}

// Decodes the buffered bytes (complete or not) and clears them.
function flushPending(state, enc) {
  const n = state[kBuffered];
  state[kBuffered] = 0;
  state[kMissing] = 0;
  if (n === 0) return '';
  switch (enc) {
    case UTF8: return utf8Decode(state, 0, n);
    case UCS2: return utf16Decode(state, 0, n - (n % 2));
    case BASE64: return base64Encode(state, 0, n, false);
    case BASE64URL: return base64Encode(state, 0, n, true);
    default: return '';
  }
}

function StringDecoder(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = normalized;
  const Buffer = lazyBuffer();
  const state = Buffer !== null ? Buffer.alloc(kSize) : new Uint8Array(kSize);
  state[kEncoding] = encodingIds[normalized];
  this[kNativeDecoder] = state;
}

function checkBuf(buf) {
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  checkBuf(buf);
  const state = getState(this);
  const bytes = toBytes(buf);
  if (bytes.length > kMaxStringLength) checkSize(state[kEncoding], bytes);
  return checkLength(decodeChunk(state, bytes));
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  const state = getState(this);
  if (state[kBuffered] > 0) ret += flushPending(state, state[kEncoding]);
  state[kMissing] = 0;
  state[kBuffered] = 0;
  return ret;
};

// Undocumented: forgets any pending character and decodes `buf` from `offset`.
StringDecoder.prototype.text = function text(buf, offset) {
  const state = getState(this);
  state[kMissing] = 0;
  state[kBuffered] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      const state = getState(this);
      return state.subarray(0, 4);
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      return getState(this)[kMissing];
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      const state = getState(this);
      return state[kBuffered] + state[kMissing];
    },
  },
});

module.exports = { StringDecoder };
