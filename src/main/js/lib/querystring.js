'use strict';

// node:querystring — parsing and formatting of URL query strings the way Node always has
// (application/x-www-form-urlencoded with Node's own leniencies, multi-character separators,
// maxKeys, pluggable encode/decode functions).

const {
  encodeStr,
  hexValue,
  utf8Decode,
} = require('internal/querystring');

// Code units below 0x80 that escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const keepTable = new Int8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") {
  keepTable[c.charCodeAt(0)] = 1;
}

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

// Writes the bytes of `s` with %XX sequences decoded into `out`; other code units are written
// truncated to 8 bits ('+' becomes a space when decodeSpaces). Returns the number of bytes.
function unescapeInto(s, decodeSpaces, out) {
  const len = s.length;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 /* % */ && i + 2 < len) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hi === -1 ? -1 : hexValue(s.charCodeAt(i + 2));
      if (lo !== -1) {
        out[n++] = (hi << 4) | lo;
        i += 2;
        continue;
      }
    }
    out[n++] = (decodeSpaces && c === 0x2B /* + */) ? 0x20 : c & 0xFF;
  }
  return n;
}

function unescapeBuffer(s, decodeSpaces) {
  const Buffer = lazyBuffer();
  const out = Buffer.allocUnsafe(s.length);
  const n = unescapeInto(s, decodeSpaces, out);
  return n < out.length ? out.subarray(0, n) : out;
}

function unescapeToString(s, decodeSpaces) {
  const bytes = new Uint8Array(s.length);
  const n = unescapeInto(s, decodeSpaces, bytes);
  return utf8Decode(bytes, 0, n);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeToString(`${s}`, decodeSpaces);
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, keepTable);
}

function stringifyPrimitive(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return Number.isFinite(v) ? `${v}` : '';
    case 'bigint': return `${v}`;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  if (obj === null || typeof obj !== 'object') return '';

  const parts = [];
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const prefix = encode(stringifyPrimitive(k)) + eq;
    if (Array.isArray(v)) {
      for (let j = 0; j < v.length; j++) parts.push(prefix + encode(stringifyPrimitive(v[j])));
    } else {
      parts.push(prefix + encode(stringifyPrimitive(v)));
    }
  }
  return parts.join(sep);
}

function codeUnits(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out;
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;

  const sepCodes = sep ? codeUnits(String(sep)) : [0x26];
  const eqCodes = eq ? codeUnits(String(eq)) : [0x3D];
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;

  let remaining = 1000;
  if (options && typeof options.maxKeys === 'number') remaining = options.maxKeys;
  if (!(remaining > 0)) remaining = Infinity;

  const defaultUnescape = qsUnescape;
  let decode = module.exports.unescape;
  if (options && options.decodeURIComponent) decode = options.decodeURIComponent;
  const custom = decode !== defaultUnescape;

  // Whether a key or value gets decoded follows Node's scan exactly: a %XX escape counts only
  // when its three characters are not part of a (partial) separator match, or in the key of a
  // (partial) '=' match; and once a key holds two escapes, a '%' in its value marks the value.
  const decodePart = (s, encoded) => {
    if (s.length === 0) return s;
    if (custom) {
      if (s.includes('+')) s = s.replaceAll('+', '%20');
      try {
        return decode(s);
      } catch {
        return module.exports.unescape(s, true);
      }
    }
    if (s.includes('+')) s = s.replaceAll('+', ' ');
    if (encoded) return qsUnescape(s, true);
    return s;
  };

  let segStart = 0;
  let sepIdx = 0;
  let eqIdx = 0;
  // An empty '=' matches at the very start of every pair.
  let eqStart;
  let eqEnd;
  let pct; // 0: outside an escape, 1: after '%', 2: after '%X'
  let keyEscapes;
  let valueEncoded;
  const startPair = (at) => {
    segStart = at;
    sepIdx = 0;
    eqIdx = 0;
    eqStart = eqLen === 0 ? at : -1;
    eqEnd = eqStart;
    pct = 0;
    keyEscapes = 0;
    valueEncoded = false;
  };
  const endPair = (end) => {
    if (end <= segStart) return;
    let key;
    let value;
    if (eqStart === -1) {
      key = qs.slice(segStart, end);
      value = '';
    } else {
      key = qs.slice(segStart, eqStart);
      // With an empty separator Node keeps no value (approximated: its index arithmetic
      // degenerates there).
      value = sepLen === 0 ? '' : qs.slice(eqEnd, end);
    }
    key = decodePart(key, keyEscapes > 0);
    value = decodePart(value, valueEncoded);
    const existing = obj[key];
    if (existing === undefined) obj[key] = value;
    else if (typeof existing === 'string') obj[key] = [existing, value];
    else existing.push(value);
  };

  startPair(0);
  const len = qs.length;
  for (let i = 0; i < len; i++) {
    const c = qs.charCodeAt(i);
    if (sepLen > 0 && c === sepCodes[sepIdx]) {
      if (++sepIdx === sepLen) {
        endPair(i - sepLen + 1);
        startPair(i + 1);
        if (--remaining === 0) return obj;
      }
      continue;
    }
    sepIdx = 0;
    const inKey = eqStart === -1;
    if (inKey) {
      if (c === eqCodes[eqIdx]) {
        if (++eqIdx === eqLen) {
          eqStart = i - eqLen + 1;
          eqEnd = i + 1;
          pct = 0;
        }
        continue;
      }
      eqIdx = 0;
    }
    if (c === 0x25 /* % */) {
      pct = 1;
      if (!inKey && keyEscapes >= 2) valueEncoded = true;
    } else if (pct !== 0 && (inKey || c !== 0x2B /* + does not interrupt a value's escape */)) {
      if (c < 128 && hexValue(c) !== -1) {
        if (++pct === 3) {
          pct = 0;
          if (inKey) keyEscapes++;
          else valueEncoded = true;
        }
      } else {
        pct = 0;
      }
    }
  }
  endPair(len);
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
