'use strict';

// Helpers shared by node:querystring and the URL code: percent-encoding of strings as UTF-8
// against a table of code units that stay as they are, and UTF-8 decoding of byte arrays with
// the WHATWG replacement rules (each maximal invalid subpart becomes one U+FFFD).

const {
  codes: { ERR_INVALID_URI },
} = require('internal/errors');

// '%00' .. '%FF', upper-case hex, indexed by byte value.
const hexTable = new Array(256);
for (let i = 0; i < 256; i++) hexTable[i] = '%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase();

// 1 for ASCII hex digit code units, by code unit (0..127).
const isHexTable = new Int8Array(128);
for (const c of '0123456789abcdefABCDEF') isHexTable[c.charCodeAt(0)] = 1;

function hexValue(code) {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

// Percent-encodes `str` as UTF-8; code units below 0x80 whose entry in `keep` is 1 stay literal.
// A surrogate at the end of the string throws ERR_INVALID_URI.
function encodeStr(str, keep, table = hexTable) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let last = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (keep[c] === 1) continue;
      if (last < i) out += str.slice(last, i);
      last = i + 1;
      out += table[c];
      continue;
    }
    if (last < i) out += str.slice(last, i);
    if (c < 0x800) {
      last = i + 1;
      out += table[0xC0 | (c >> 6)] + table[0x80 | (c & 0x3F)];
      continue;
    }
    if (c < 0xD800 || c >= 0xE000) {
      last = i + 1;
      out += table[0xE0 | (c >> 12)] + table[0x80 | ((c >> 6) & 0x3F)] + table[0x80 | (c & 0x3F)];
      continue;
    }
    // A surrogate takes the next code unit as its partner, whatever it is (Node's leniency);
    // only a surrogate at the very end is an error.
    if (i + 1 >= len) throw new ERR_INVALID_URI();
    const next = str.charCodeAt(i + 1);
    i++;
    last = i + 1;
    c = 0x10000 + (((c & 0x3FF) << 10) | (next & 0x3FF));
    out += table[0xF0 | (c >> 18)] + table[0x80 | ((c >> 12) & 0x3F)] +
      table[0x80 | ((c >> 6) & 0x3F)] + table[0x80 | (c & 0x3F)];
  }
  if (last === 0) return str;
  if (last < len) out += str.slice(last);
  return out;
}

// Decodes UTF-8 bytes (a Uint8Array or array of byte values) from `start` to `end`. Invalid
// sequences become U+FFFD, one per maximal subpart, as the WHATWG Encoding standard and V8 do.
function utf8Decode(bytes, start = 0, end = bytes.length) {
  let out = '';
  let chunk = [];
  let i = start;
  while (i < end) {
    const b = bytes[i];
    let cp;
    if (b < 0x80) {
      cp = b;
      i++;
    } else {
      let need;
      let lower = 0x80;
      let upper = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1; cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2; cp = b & 0x0F;
        if (b === 0xE0) lower = 0xA0;
        else if (b === 0xED) upper = 0x9F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3; cp = b & 0x07;
        if (b === 0xF0) lower = 0x90;
        else if (b === 0xF4) upper = 0x8F;
      } else {
        need = 0;
      }
      i++;
      if (need === 0) {
        cp = 0xFFFD;
      } else {
        let ok = true;
        for (let k = 0; k < need; k++) {
          const nb = i < end ? bytes[i] : -1;
          if (nb < lower || nb > upper) {
            ok = false;
            break;
          }
          lower = 0x80;
          upper = 0xBF;
          cp = (cp << 6) | (nb & 0x3F);
          i++;
        }
        if (!ok) cp = 0xFFFD;
      }
    }
    if (cp > 0xFFFF) {
      cp -= 0x10000;
      chunk.push(0xD800 | (cp >> 10), 0xDC00 | (cp & 0x3FF));
    } else {
      chunk.push(cp);
    }
    if (chunk.length >= 8192) {
      out += String.fromCharCode.apply(null, chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) out += String.fromCharCode.apply(null, chunk);
  return out;
}

// Encodes a string as UTF-8 bytes; lone surrogates become U+FFFD (EF BF BD).
function utf8Encode(str) {
  const out = [];
  const len = str.length;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDFFF) {
      const next = i + 1 < len ? str.charCodeAt(i + 1) : 0;
      if (c <= 0xDBFF && next >= 0xDC00 && next <= 0xDFFF) {
        c = 0x10000 + (((c & 0x3FF) << 10) | (next & 0x3FF));
        i++;
      } else {
        c = 0xFFFD;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xC0 | (c >> 6), 0x80 | (c & 0x3F));
    else if (c < 0x10000) out.push(0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F));
    else out.push(0xF0 | (c >> 18), 0x80 | ((c >> 12) & 0x3F), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F));
  }
  return out;
}

module.exports = {
  encodeStr,
  hexTable,
  hexValue,
  isHexTable,
  utf8Decode,
  utf8Encode,
};
