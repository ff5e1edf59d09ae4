'use strict';

// The WHATWG URL Standard (https://url.spec.whatwg.org/): the basic URL parser with its state
// overrides, host parsing (domains through UTS #46 processing, IPv4 in all its number forms,
// IPv6), the serializers, and the URL / URLSearchParams classes; plus the file-URL helpers
// node:url builds on.
//
// A URL is kept as the spec's record { scheme, username, password, host, port, path, query,
// fragment }: host is null or its serialization, port null or a number, path an array of
// segments or a string (an opaque path), query and fragment null or strings.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
    ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateObject,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
} = require('internal/validators');
const { hexTable, hexValue, utf8Decode, utf8Encode } = require('internal/querystring');
// IDNA processing is loaded on first use (only non-ASCII and Punycode hosts need it).
let idnaModule;
function lazyIdna() {
  if (idnaModule === undefined) idnaModule = require('internal/idna');
  return idnaModule;
}

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------------------------------------
// Code point classes and percent-encode sets
// ---------------------------------------------------------------------------------------------

const EOF = -1;

function isAsciiAlpha(c) {
  return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A);
}
function isAsciiDigit(c) {
  return c >= 0x30 && c <= 0x39;
}
function isAsciiHexDigit(c) {
  return isAsciiDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
function isAsciiAlphanumeric(c) {
  return isAsciiAlpha(c) || isAsciiDigit(c);
}

// A percent-encode set as a 128-entry table: 1 = encode. Every code point above U+007E is in
// every set.
function makeSet(base, extra) {
  const t = new Uint8Array(128);
  if (base) t.set(base);
  else for (let c = 0; c < 0x20; c++) t[c] = 1;
  t[0x7F] = 1;
  for (const ch of extra) t[ch.charCodeAt(0)] = 1;
  return t;
}
const c0ControlSet = makeSet(null, '');
const fragmentSet = makeSet(c0ControlSet, ' "<>`');
const querySet = makeSet(c0ControlSet, ' "#<>');
const specialQuerySet = makeSet(querySet, "'");
const pathSet = makeSet(querySet, '?^`{}');
const userinfoSet = makeSet(pathSet, '/:;=@[\\]|');
const componentSet = makeSet(userinfoSet, '$%&+,');
const formSet = makeSet(componentSet, "!'()~");

function inSet(set, cp) {
  return cp > 0x7E || set[cp] === 1;
}

function percentEncodeCodePoint(cp, set) {
  if (!inSet(set, cp)) return String.fromCharCode(cp);
  let out = '';
  for (const b of utf8Encode(String.fromCodePoint(cp))) out += hexTable[b];
  return out;
}

// UTF-8 percent-encodes the code points of `str` that are in `set`; with spaceAsPlus, U+0020
// becomes '+'. `str` is a scalar value string (no lone surrogates).
function percentEncodeString(str, set, spaceAsPlus = false) {
  let out = '';
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x7F && set[c] !== 1 && !(spaceAsPlus && c === 0x20)) continue;
    if (last < i) out += str.slice(last, i);
    if (spaceAsPlus && c === 0x20) {
      out += '+';
      last = i + 1;
      continue;
    }
    let cp = c;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len) {
      cp = str.codePointAt(i);
      if (cp > 0xFFFF) i++;
    }
    out += percentEncodeCodePoint(cp, set);
    last = i + 1;
  }
  if (last === 0) return str;
  return last < len ? out + str.slice(last) : out;
}

// Percent-decodes `str` (its UTF-8 bytes) into a byte array.
function percentDecodeToBytes(str) {
  const bytes = utf8Encode(str);
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length) {
      const hi = hexValue(bytes[i + 1]);
      const lo = hi === -1 ? -1 : hexValue(bytes[i + 2]);
      if (lo !== -1) {
        out.push((hi << 4) | lo);
        i += 2;
        continue;
      }
    }
    out.push(b);
  }
  return out;
}

function percentDecodeString(str) {
  if (!str.includes('%')) return str;
  const bytes = percentDecodeToBytes(str);
  return utf8Decode(bytes, 0, bytes.length);
}

// WebIDL USVString conversion: lone surrogates become U+FFFD.
function toUSVString(value) {
  const str = `${value}`;
  return str.toWellFormed();
}

// ---------------------------------------------------------------------------------------------
// Hosts
// ---------------------------------------------------------------------------------------------

const specialSchemes = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };

function isSpecialScheme(scheme) {
  return scheme in specialSchemes;
}
function defaultPort(scheme) {
  const p = specialSchemes[scheme];
  return p === undefined ? null : p;
}

// Forbidden host code points; forbidden domain code points add the C0 controls, '%' and DEL.
const forbiddenHost = new Uint8Array(128);
for (const c of [0x00, 0x09, 0x0A, 0x0D, 0x20, 0x23, 0x2F, 0x3A, 0x3C, 0x3E, 0x3F, 0x40, 0x5B, 0x5C, 0x5D, 0x5E, 0x7C]) {
  forbiddenHost[c] = 1;
}
const forbiddenDomain = new Uint8Array(forbiddenHost);
for (let c = 0; c < 0x20; c++) forbiddenDomain[c] = 1;
forbiddenDomain[0x25] = 1;
forbiddenDomain[0x7F] = 1;

function hasForbidden(str, table) {
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 128 && table[c] === 1) return true;
  }
  return false;
}

// The IPv4 number parser: a decimal, octal (leading 0) or hex (0x) number; NaN on failure.
function parseIPv4Number(s) {
  if (s === '') return NaN;
  let radix = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) {
    radix = 16;
    s = s.slice(2);
  } else if (s.length >= 2 && s[0] === '0') {
    radix = 8;
    s = s.slice(1);
  }
  if (s === '') return 0;
  const digits = radix === 10 ? /^[0-9]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9a-fA-F]+$/;
  if (!digits.test(s)) return NaN;
  return parseInt(s, radix);
}

function endsInANumber(host) {
  const parts = host.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last)) && /^0[xX]/.test(last);
}

// Returns the IPv4 address as a number, or null on failure.
function parseIPv4(host) {
  const parts = host.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (Number.isNaN(n)) return null;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) {
    if (numbers[i] > 255) return null;
  }
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return null;
  let ipv4 = last;
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(n) {
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(n % 256));
    n = Math.floor(n / 256);
  }
  return out.join('.');
}

// Returns the eight 16-bit pieces, or null on failure.
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const len = input.length;
  const at = (i) => (i < len ? input.charCodeAt(i) : EOF);

  if (at(p) === 0x3A) {
    if (at(p + 1) !== 0x3A) return null;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (at(p) !== EOF) {
    if (pieceIndex === 8) return null;
    if (at(p) === 0x3A) {
      if (compress !== null) return null;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isAsciiHexDigit(at(p))) {
      value = value * 16 + hexValue(at(p));
      p++;
      length++;
    }
    if (at(p) === 0x2E) {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (at(p) !== EOF) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (at(p) === 0x2E && numbersSeen < 4) p++;
          else return null;
        }
        if (!isAsciiDigit(at(p))) return null;
        while (isAsciiDigit(at(p))) {
          const number = at(p) - 0x30;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(p) === 0x3A) {
      p++;
      if (at(p) === EOF) return null;
    } else if (at(p) !== EOF) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const tmp = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed.
  let compress = -1;
  let best = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > best) {
      best = j - i;
      compress = i;
    }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (compress === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// The host parser. Returns the serialized host, or null on failure.
function parseHost(input, isOpaque) {
  if (input.startsWith('[')) {
    if (!input.endsWith(']')) return null;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? null : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) {
    if (hasForbidden(input, forbiddenHost)) return null;
    return percentEncodeString(input, c0ControlSet);
  }
  const domain = percentDecodeString(input);
  const ascii = domainToASCIIInternal(domain, false);
  if (ascii === null) return null;
  if (endsInANumber(ascii)) {
    const n = parseIPv4(ascii);
    return n === null ? null : serializeIPv4(n);
  }
  return ascii;
}

// The spec's "domain to ASCII" (UTS #46 ToASCII, non-transitional, CheckHyphens off,
// VerifyDnsLength and STD3 rules as beStrict), then the forbidden domain code point check.
function domainToASCIIInternal(domain, beStrict) {
  let result;
  if (/^[\x00-\x7F]*$/.test(domain)) {
    // Node (ada) takes an all-ASCII domain as it is, lower-cased, without checking its
    // Punycode labels.
    result = domain.toLowerCase();
  } else {
    result = lazyIdna().toASCII(domain, beStrict);
    if (result === null) return null;
  }
  if (result === '' || hasForbidden(result, forbiddenDomain)) return null;
  return result;
}

// ---------------------------------------------------------------------------------------------
// The basic URL parser
// ---------------------------------------------------------------------------------------------

const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH = 18;
const OPAQUE_PATH = 19;
const QUERY = 20;
const FRAGMENT = 21;

function newRecord() {
  return {
    scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null,
  };
}

function cloneRecord(r) {
  return {
    scheme: r.scheme,
    username: r.username,
    password: r.password,
    host: r.host,
    port: r.port,
    path: typeof r.path === 'string' ? r.path : r.path.slice(),
    query: r.query,
    fragment: r.fragment,
  };
}

function hasOpaquePath(r) {
  return typeof r.path === 'string';
}
function includesCredentials(r) {
  return r.username !== '' || r.password !== '';
}
function cannotHaveUsernamePasswordPort(r) {
  return r.host === null || r.host === '' || r.scheme === 'file';
}

function isWindowsDriveLetterCps(a, b) {
  return isAsciiAlpha(a) && (b === 0x3A || b === 0x7C);
}
function isWindowsDriveLetter(s) {
  return s.length === 2 && isWindowsDriveLetterCps(s.charCodeAt(0), s.charCodeAt(1));
}
function isNormalizedWindowsDriveLetter(s) {
  return s.length === 2 && isAsciiAlpha(s.charCodeAt(0)) && s.charCodeAt(1) === 0x3A;
}
// Whether the code points from index p start with a Windows drive letter followed by the end
// or one of / \ ? #.
function startsWithWindowsDriveLetter(cps, p) {
  if (cps.length - p < 2) return false;
  if (!isWindowsDriveLetterCps(cps[p], cps[p + 1])) return false;
  if (cps.length - p === 2) return true;
  const c = cps[p + 2];
  return c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23;
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}
function isDoubleDot(s) {
  switch (s.length) {
    case 2: return s === '..';
    case 4: {
      const l = s.toLowerCase();
      return l === '.%2e' || l === '%2e.';
    }
    case 6: return s.toLowerCase() === '%2e%2e';
    default: return false;
  }
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isNormalizedWindowsDriveLetter(path[0])) return;
  path.pop();
}

function toCodePoints(str) {
  const cps = [];
  for (let i = 0; i < str.length; i++) {
    const c = str.codePointAt(i);
    cps.push(c);
    if (c > 0xFFFF) i++;
  }
  return cps;
}

function trimControlAndSpace(str) {
  let start = 0;
  let end = str.length;
  while (start < end && str.charCodeAt(start) <= 0x20) start++;
  while (end > start && str.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === str.length ? str : str.slice(start, end);
}

// Parses `input` (a scalar value string). Without `url`, returns a new record or null on
// failure. With `url` and `stateOverride`, updates `url` in place and returns false on failure.
function basicParse(input, base, url, stateOverride) {
  const fail = url === undefined ? null : false;
  if (url === undefined) {
    url = newRecord();
    input = trimControlAndSpace(input);
  }
  if (/[\t\n\r]/.test(input)) input = input.replace(/[\t\n\r]/g, '');

  const cps = toCodePoints(input);
  const len = cps.length;
  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  let special = isSpecialScheme(url.scheme);

  for (let p = 0; p <= len; p++) {
    const c = p < len ? cps[p] : EOF;
    switch (state) {
      case SCHEME_START:
        if (isAsciiAlpha(c)) {
          buffer += String.fromCharCode(c | 0x20);
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          p--;
        } else {
          return false;
        }
        break;

      case SCHEME:
        if (isAsciiAlphanumeric(c) || c === 0x2B || c === 0x2D || c === 0x2E) {
          buffer += String.fromCharCode(c >= 0x41 && c <= 0x5A ? c | 0x20 : c);
        } else if (c === 0x3A) {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return true;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return true;
            if (url.scheme === 'file' && url.host === '') return true;
          }
          url.scheme = buffer;
          special = isSpecialScheme(buffer);
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return true;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (special && base && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (special) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (p + 1 < len && cps[p + 1] === 0x2F) {
            state = PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          p = -1;
        } else {
          return false;
        }
        break;

      case NO_SCHEME:
        if (!base || (hasOpaquePath(base) && c !== 0x23)) return fail;
        if (hasOpaquePath(base) && c === 0x23) {
          url.scheme = base.scheme;
          special = isSpecialScheme(url.scheme);
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          p--;
        } else {
          state = FILE;
          p--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2F && p + 1 < len && cps[p + 1] === 0x2F) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = RELATIVE;
          p--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          state = PATH;
          p--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        special = isSpecialScheme(url.scheme);
        if (c === 0x2F || (special && c === 0x5C)) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            p--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (special && (c === 0x2F || c === 0x5C)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          p--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        if (c === 0x2F && p + 1 < len && cps[p + 1] === 0x2F) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p--;
        }
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2F && c !== 0x5C) {
          state = AUTHORITY;
          p--;
        }
        break;

      case AUTHORITY:
        if (c === 0x40) {
          if (atSignSeen) buffer = '%40' + buffer;
          atSignSeen = true;
          const bcps = toCodePoints(buffer);
          for (const bc of bcps) {
            if (bc === 0x3A && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const enc = percentEncodeCodePoint(bc, userinfoSet);
            if (passwordTokenSeen) url.password += enc;
            else url.username += enc;
          }
          buffer = '';
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 || (special && c === 0x5C)) {
          if (atSignSeen && buffer === '') return fail;
          p -= toCodePoints(buffer).length + 1;
          buffer = '';
          state = HOST;
        } else {
          buffer += String.fromCodePoint(c);
        }
        break;

      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = FILE_HOST;
        } else if (c === 0x3A && !insideBrackets) {
          if (buffer === '') return fail;
          if (stateOverride === HOSTNAME) return false;
          const host = parseHost(buffer, !special);
          if (host === null) return fail;
          url.host = host;
          buffer = '';
          state = PORT;
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 || (special && c === 0x5C)) {
          p--;
          if (special && buffer === '') return fail;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return false;
          const host = parseHost(buffer, !special);
          if (host === null) return fail;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return true;
        } else {
          if (c === 0x5B) insideBrackets = true;
          if (c === 0x5D) insideBrackets = false;
          buffer += String.fromCodePoint(c);
        }
        break;

      case PORT:
        if (isAsciiDigit(c)) {
          buffer += String.fromCharCode(c);
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 || (special && c === 0x5C) || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return fail;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return true;
          state = PATH_START;
          p--;
        } else {
          return fail;
        }
        break;

      case FILE:
        url.scheme = 'file';
        special = true;
        url.host = '';
        if (c === 0x2F || c === 0x5C) {
          state = FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(cps, p)) shortenPath(url);
            else url.path = [];
            state = PATH;
            p--;
          }
        } else {
          state = PATH;
          p--;
        }
        break;

      case FILE_SLASH:
        if (c === 0x2F || c === 0x5C) {
          state = FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, p) && typeof base.path !== 'string' &&
                base.path.length > 0 && isNormalizedWindowsDriveLetter(base.path[0])) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH;
          p--;
        }
        break;

      case FILE_HOST:
        if (c === EOF || c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23) {
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return true;
            state = PATH_START;
          } else {
            let host = parseHost(buffer, !special);
            if (host === null) return fail;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return true;
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += String.fromCodePoint(c);
        }
        break;

      case PATH_START:
        if (special) {
          state = PATH;
          if (c !== 0x2F && c !== 0x5C) p--;
        } else if (!stateOverride && c === 0x3F) {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== EOF) {
          state = PATH;
          if (c !== 0x2F) p--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case PATH:
        if (c === EOF || c === 0x2F || (special && c === 0x5C) || (!stateOverride && (c === 0x3F || c === 0x23))) {
          const slash = c === 0x2F || (special && c === 0x5C);
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = buffer[0] + ':';
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += percentEncodeCodePoint(c, pathSet);
        }
        break;

      case OPAQUE_PATH:
        if (c === 0x3F) {
          url.query = '';
          state = QUERY;
        } else if (c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c === 0x20) {
          const next = p + 1 < len ? cps[p + 1] : EOF;
          url.path += next === 0x3F || next === 0x23 ? '%20' : ' ';
        } else if (c !== EOF) {
          url.path += percentEncodeCodePoint(c, c0ControlSet);
        }
        break;

      case QUERY:
        if ((!stateOverride && c === 0x23) || c === EOF) {
          url.query += percentEncodeString(buffer, special ? specialQuerySet : querySet);
          buffer = '';
          if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else if (c !== EOF) {
          buffer += String.fromCodePoint(c);
        }
        break;

      case FRAGMENT:
        if (c !== EOF) url.fragment += percentEncodeCodePoint(c, fragmentSet);
        break;

      default:
        throw new Error(`unknown URL parser state ${state}`);
    }
  }
  return stateOverride ? true : url;
}

// ---------------------------------------------------------------------------------------------
// Serializers
// ---------------------------------------------------------------------------------------------

function serializePath(r) {
  if (typeof r.path === 'string') return r.path;
  let out = '';
  for (const seg of r.path) out += '/' + seg;
  return out;
}

function serializeURL(r, excludeFragment = false) {
  let out = r.scheme + ':';
  if (r.host !== null) {
    out += '//';
    if (includesCredentials(r)) {
      out += r.username;
      if (r.password !== '') out += ':' + r.password;
      out += '@';
    }
    out += r.host;
    if (r.port !== null) out += ':' + r.port;
  } else if (typeof r.path !== 'string' && r.path.length > 1 && r.path[0] === '') {
    out += '/.';
  }
  out += serializePath(r);
  if (r.query !== null) out += '?' + r.query;
  if (!excludeFragment && r.fragment !== null) out += '#' + r.fragment;
  return out;
}

function serializeOrigin(r) {
  switch (r.scheme) {
    case 'blob': {
      const inner = basicParse(serializePath(r));
      if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) return serializeOrigin(inner);
      return 'null';
    }
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return `${r.scheme}://${r.host}${r.port !== null ? ':' + r.port : ''}`;
    default:
      return 'null';
  }
}

// Node's scheme_type numbers (ada's).
const schemeTypes = { __proto__: null, http: 0, https: 2, ws: 3, ftp: 4, wss: 5, file: 6 };
const kOmitted = 4294967295;

// What Node shows as the URL's internal state under util.inspect's showHidden: the href with the
// offsets of its components.
class URLContext {
  href = '';
  protocol_end = 0;
  username_end = 0;
  host_start = 0;
  host_end = 0;
  pathname_start = 0;
  search_start = 0;
  hash_start = 0;
  port = 0;
  scheme_type = 1;

  get hasPort() {
    return this.port !== kOmitted;
  }

  get hasSearch() {
    return this.search_start !== kOmitted;
  }

  get hasHash() {
    return this.hash_start !== kOmitted;
  }
}

function makeContext(r) {
  const ctx = new URLContext();
  const href = serializeURL(r);
  ctx.href = href;
  ctx.protocol_end = r.scheme.length + 1;
  let pos = ctx.protocol_end;
  if (r.host !== null) {
    pos += 2;
    ctx.username_end = pos + r.username.length;
    pos = ctx.username_end;
    if (includesCredentials(r)) {
      if (r.password !== '') pos += 1 + r.password.length;
      ctx.host_start = pos;
      pos += 1;
    } else {
      ctx.host_start = pos;
    }
    pos += r.host.length;
    ctx.host_end = pos;
    if (r.port !== null) pos += 1 + String(r.port).length;
  } else {
    ctx.username_end = pos;
    ctx.host_start = pos;
    ctx.host_end = pos;
    if (typeof r.path !== 'string' && r.path.length > 1 && r.path[0] === '') pos += 2;
  }
  ctx.pathname_start = pos;
  pos += serializePath(r).length;
  ctx.search_start = r.query !== null ? pos : kOmitted;
  if (r.query !== null) pos += 1 + r.query.length;
  ctx.hash_start = r.fragment !== null ? pos : kOmitted;
  ctx.port = r.port !== null ? r.port : kOmitted;
  const type = schemeTypes[r.scheme];
  ctx.scheme_type = type === undefined ? 1 : type;
  return ctx;
}

// ---------------------------------------------------------------------------------------------
// application/x-www-form-urlencoded
// ---------------------------------------------------------------------------------------------

function parseUrlencoded(input) {
  const list = [];
  if (input === '') return list;
  for (const seq of input.split('&')) {
    if (seq === '') continue;
    const eq = seq.indexOf('=');
    let name = eq === -1 ? seq : seq.slice(0, eq);
    let value = eq === -1 ? '' : seq.slice(eq + 1);
    if (name.includes('+')) name = name.replaceAll('+', ' ');
    if (value.includes('+')) value = value.replaceAll('+', ' ');
    list.push(percentDecodeString(name), percentDecodeString(value));
  }
  return list;
}

// `list` holds names and values alternately.
function serializeUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += percentEncodeString(list[i], formSet, true) + '=' + percentEncodeString(list[i + 1], formSet, true);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// URLSearchParams
// ---------------------------------------------------------------------------------------------

function isURLSearchParams(self) {
  return self != null && typeof self === 'object' && hasParamsBrand(self);
}

class URLSearchParams {
  #list = [];
  #url = null; // the URL object this belongs to, if any

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      if (init === null) this.#list = parseUrlencoded('null');
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && isURLSearchParams(init)) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        const list = [];
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [...pair];
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          list.push(toUSVString(items[0]), toUSVString(items[1]));
        }
        this.#list = list;
      } else {
        // A record<USVString, USVString>: own enumerable keys, later duplicates overwriting.
        const list = [];
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          const at = seen.get(name);
          if (at !== undefined) {
            list[at + 1] = value;
          } else {
            seen.set(name, list.length);
            list.push(name, value);
          }
        }
        this.#list = list;
      }
    } else {
      let str = toUSVString(init);
      if (str.startsWith('?')) str = str.slice(1);
      this.#list = parseUrlencoded(str);
    }
  }

  get size() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return this.#list.length / 2;
  }

  append(name, value) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    const values = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) values.push(list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Array.prototype.sort is stable; names compare by UTF-16 code units.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#update();
  }

  entries() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    validateFunction(callback, 'callback');
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      Reflect.apply(callback, thisArg, [list[i + 1], list[i], this]);
    }
  }

  keys() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'key');
  }

  values() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'value');
  }

  toString() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return serializeUrlencoded(this.#list);
  }

  [kInspect](recurseTimes, ctx, inspect) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const innerInspect = (v) => inspect(v, innerOpts);
    const list = this.#list;
    const output = [];
    for (let i = 0; i < list.length; i += 2) {
      output.push(`${innerInspect(list[i])} => ${innerInspect(list[i + 1])}`);
    }
    const separatorSpace = ' ';
    const length = output.reduce((sum, cur) => sum + cur.length + separatorSpace.length, 0);
    const breakLength = ctx.breakLength === undefined ? 80 : ctx.breakLength;
    const name = this.constructor !== undefined && typeof this.constructor.name === 'string' ?
      this.constructor.name : 'URLSearchParams';
    if (output.length === 0) return `${name} {}`;
    if (length > breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
    return `${name} { ${output.join(', ')} }`;
  }

  // ---- internal hooks (used by URL and the iterator) ----

  static _list(params) {
    return params.#list;
  }

  static _is(obj) {
    return #list in obj;
  }

  static _attach(params, url, query) {
    params.#url = url;
    params.#list = query === null ? [] : parseUrlencoded(query);
  }

  static _reset(params, query) {
    params.#list = query === null ? [] : parseUrlencoded(query);
  }

  #update() {
    if (this.#url !== null) urlSetQueryFromParams(this.#url, serializeUrlencoded(this.#list));
  }
}

const listOf = URLSearchParams._list;
const hasParamsBrand = URLSearchParams._is;
delete URLSearchParams._is;
const attachParams = URLSearchParams._attach;
const resetParams = URLSearchParams._reset;
delete URLSearchParams._list;
delete URLSearchParams._attach;
delete URLSearchParams._reset;

// The iterator: live over the list, as the spec's "value pairs to iterate over".
const iteratorState = new WeakMap();
const URLSearchParamsIteratorPrototype = Object.create(Object.getPrototypeOf(
  Object.getPrototypeOf([][Symbol.iterator]())));

function createIterator(params, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  iteratorState.set(it, { params, kind, index: 0 });
  return it;
}

Object.defineProperties(URLSearchParamsIteratorPrototype, {
  next: {
    value: function next() {
      const state = iteratorState.get(this);
      if (state === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const list = listOf(state.params);
      const i = state.index;
      if (i >= list.length) return { value: undefined, done: true };
      state.index = i + 2;
      let value;
      if (state.kind === 'key') value = list[i];
      else if (state.kind === 'value') value = list[i + 1];
      else value = [list[i], list[i + 1]];
      return { value, done: false };
    },
    writable: true,
    enumerable: true,
    configurable: true,
  },
  [kInspect]: {
    value: function inspectIterator(recurseTimes, ctx, inspect) {
      const state = iteratorState.get(this);
      if (state === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const innerOpts = { ...ctx };
      if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
      const list = listOf(state.params);
      const output = [];
      for (let i = state.index; i < list.length; i += 2) {
        if (state.kind === 'key') output.push(inspect(list[i], innerOpts));
        else if (state.kind === 'value') output.push(inspect(list[i + 1], innerOpts));
        else output.push(inspect([list[i], list[i + 1]], innerOpts));
      }
      const breakLength = ctx.breakLength === undefined ? 80 : ctx.breakLength;
      const length = output.reduce((sum, cur) => sum + cur.length + 1, 0);
      const inner = length > breakLength ? `\n  ${output.join(',\n  ')}` : ` ${output.join(', ')}`;
      return `URLSearchParams Iterator {${inner} }`;
    },
    writable: true,
    enumerable: false,
    configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
});

// ---------------------------------------------------------------------------------------------
// URL
// ---------------------------------------------------------------------------------------------

// A URL method or accessor called on something else fails V8's private brand check in Node;
// these are V8's messages.
function receiverError() {
  return new TypeError('Receiver must be an instance of class URL');
}
function privateMemberError() {
  return new TypeError('Cannot read private member #context from an object whose class did not declare it');
}

function invalidURL(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

function isURL(self) {
  return self != null && typeof self === 'object' && hasURLBrand(self);
}

function getConstructorOf(obj) {
  let o = obj;
  while (o !== null && o !== undefined) {
    const desc = Object.getOwnPropertyDescriptor(o, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '') return desc.value;
    o = Object.getPrototypeOf(o);
  }
  return null;
}

class URL {
  #record;
  #href = null;
  #searchParams = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    let baseRecord;
    if (base !== undefined) {
      base = toUSVString(base);
      baseRecord = basicParse(base);
      if (baseRecord === null) throw invalidURL(input, base);
    }
    const record = basicParse(input, baseRecord);
    if (record === null) throw invalidURL(input, base);
    this.#record = record;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    let baseRecord;
    if (base !== undefined) {
      baseRecord = basicParse(toUSVString(base));
      if (baseRecord === null) return false;
    }
    return basicParse(input, baseRecord) !== null;
  }

  static createObjectURL(obj) {
    let Blob;
    try {
      Blob = require('buffer').Blob;
    } catch {
      Blob = undefined;
    }
    if (typeof Blob !== 'function' || !(obj instanceof Blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    throw new ERR_NOT_IMPLEMENTED('URL.createObjectURL');
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    // Blob URLs are never registered (createObjectURL is not implemented), so there is
    // nothing to revoke.
  }

  [kInspect](depth, opts, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this) || URL;
    const obj = { __proto__: { constructor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    if (opts && opts.showHidden) obj[contextSymbol] = makeContext(this.#record);
    if (typeof inspect !== 'function') inspect = require('internal/util/inspect').inspect;
    return `${constructor.name} ${inspect(obj, opts)}`;
  }

  toString() {
    if (!isURL(this)) throw receiverError();
    return this.#getHref();
  }

  get href() {
    if (!isURL(this)) throw receiverError();
    return this.#getHref();
  }

  set href(value) {
    if (!isURL(this)) throw privateMemberError();
    value = toUSVString(value);
    const record = basicParse(value);
    if (record === null) throw invalidURL(value);
    this.#record = record;
    this.#changed(true);
  }

  get origin() {
    if (!isURL(this)) throw privateMemberError();
    return serializeOrigin(this.#record);
  }

  get protocol() {
    if (!isURL(this)) throw privateMemberError();
    return this.#record.scheme + ':';
  }

  set protocol(value) {
    if (!isURL(this)) throw privateMemberError();
    this.#applyOverride(toUSVString(value) + ':', SCHEME_START);
  }

  get username() {
    if (!isURL(this)) throw privateMemberError();
    return this.#record.username;
  }

  set username(value) {
    if (!isURL(this)) throw privateMemberError();
    value = toUSVString(value);
    if (cannotHaveUsernamePasswordPort(this.#record)) return;
    this.#record.username = percentEncodeString(value, userinfoSet);
    this.#changed(false);
  }

  get password() {
    if (!isURL(this)) throw privateMemberError();
    return this.#record.password;
  }

  set password(value) {
    if (!isURL(this)) throw privateMemberError();
    value = toUSVString(value);
    if (cannotHaveUsernamePasswordPort(this.#record)) return;
    this.#record.password = percentEncodeString(value, userinfoSet);
    this.#changed(false);
  }

  get host() {
    if (!isURL(this)) throw privateMemberError();
    const r = this.#record;
    if (r.host === null) return '';
    return r.port === null ? r.host : `${r.host}:${r.port}`;
  }

  set host(value) {
    if (!isURL(this)) throw privateMemberError();
    value = toUSVString(value);
    if (hasOpaquePath(this.#record)) return;
    this.#applyOverride(value, HOST);
  }

  get hostname() {
    if (!isURL(this)) throw privateMemberError();
    const host = this.#record.host;
    return host === null ? '' : host;
  }

  set hostname(value) {
    if (!isURL(this)) throw privateMemberError();
    value = toUSVString(value);
    if (hasOpaquePath(this.#record)) return;
    this.#applyOverride(value, HOSTNAME);
  }

  get port() {
    if (!isURL(this)) throw privateMemberError();
    const port = this.#record.port;
    return port === null ? '' : String(port);
  }

  set port(value) {
    if (!isURL(this)) throw privateMemberError();
    value = toUSVString(value);
    if (cannotHaveUsernamePasswordPort(this.#record)) return;
    if (value === '') {
      this.#record.port = null;
      this.#changed(false);
      return;
    }
    this.#applyOverride(value, PORT);
  }

  get pathname() {
    if (!isURL(this)) throw privateMemberError();
    return serializePath(this.#record);
  }

  set pathname(value) {
    if (!isURL(this)) throw privateMemberError();
    value = toUSVString(value);
    if (hasOpaquePath(this.#record)) return;
    this.#record.path = [];
    basicParse(value, null, this.#record, PATH_START);
    this.#changed(false);
  }

  get search() {
    if (!isURL(this)) throw receiverError();
    const q = this.#record.query;
    return q === null || q === '' ? '' : '?' + q;
  }

  set search(value) {
    if (!isURL(this)) throw privateMemberError();
    value = toUSVString(value);
    const r = this.#record;
    if (value === '') {
      r.query = null;
      stripTrailingSpacesFromOpaquePath(r);
      this.#changed(true);
      return;
    }
    const input = value[0] === '?' ? value.slice(1) : value;
    r.query = '';
    basicParse(input, null, r, QUERY);
    this.#changed(true);
  }

  get searchParams() {
    if (!isURL(this)) throw privateMemberError();
    if (this.#searchParams === null) {
      const params = new URLSearchParams();
      attachParams(params, this, this.#record.query);
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    if (!isURL(this)) throw privateMemberError();
    const f = this.#record.fragment;
    return f === null || f === '' ? '' : '#' + f;
  }

  set hash(value) {
    if (!isURL(this)) throw privateMemberError();
    value = toUSVString(value);
    const r = this.#record;
    if (value === '') {
      r.fragment = null;
      stripTrailingSpacesFromOpaquePath(r);
      this.#changed(false);
      return;
    }
    const input = value[0] === '#' ? value.slice(1) : value;
    r.fragment = '';
    basicParse(input, null, r, FRAGMENT);
    this.#changed(false);
  }

  toJSON() {
    if (!isURL(this)) throw receiverError();
    return this.#getHref();
  }

  // ---- private ----

  #getHref() {
    if (this.#href === null) this.#href = serializeURL(this.#record);
    return this.#href;
  }

  // Runs the parser with a state override on the record, as the spec does in place: a failure
  // keeps what was set before it (the host of 'example.com:65536').
  #applyOverride(value, state) {
    basicParse(value, null, this.#record, state);
    this.#changed(false);
  }

  // Called after the record changed; queryChanged re-reads the search params.
  #changed(queryChanged) {
    this.#href = null;
    if (queryChanged && this.#searchParams !== null) resetParams(this.#searchParams, this.#record.query);
  }

  static _setQuery(url, query) {
    const r = url.#record;
    r.query = query === '' ? null : query;
    if (query === '') stripTrailingSpacesFromOpaquePath(r);
    url.#href = null;
  }

  static _record(url) {
    return url.#record;
  }

  static _is(obj) {
    return #record in obj;
  }
}

const urlSetQueryFromParams = URL._setQuery;
const recordOf = URL._record;
const hasURLBrand = URL._is;
delete URL._is;
delete URL._setQuery;
delete URL._record;

const contextSymbol = Symbol('context');

// When a URL with an opaque path loses its query and fragment, trailing spaces of the path go.
function stripTrailingSpacesFromOpaquePath(r) {
  if (typeof r.path !== 'string') return;
  if (r.fragment !== null || r.query !== null) return;
  r.path = r.path.replace(/ +$/, '');
}

// WebIDL makes string-named members enumerable and methods without a prototype.
function makeEnumerable(proto, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    desc.enumerable = true;
    Object.defineProperty(proto, name, desc);
  }
}

makeEnumerable(URL.prototype, ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']);
makeEnumerable(URL, ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

makeEnumerable(URLSearchParams.prototype, ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort',
  'entries', 'forEach', 'keys', 'values', 'toString']);
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true, enumerable: false,
});

// ---------------------------------------------------------------------------------------------
// Domains, file URLs, http options
// ---------------------------------------------------------------------------------------------

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parseHost(`${domain}`, false);
  return host === null ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parseHost(`${domain}`, false);
  if (host === null) return '';
  if (host.startsWith('[') || !/(^|\.)xn--/i.test(host)) return host;
  return lazyIdna().toUnicode(host);
}

function getPathFromURLPosix(url) {
  const record = recordOf(url);
  if (record.host !== '') throw new ERR_INVALID_FILE_URL_HOST('linux');
  const pathname = serializePath(record);
  if (/%2f/i.test(pathname)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', url);
  return decodeURIComponent(pathname);
}

function getPathFromURLWin32(url) {
  const record = recordOf(url);
  let pathname = serializePath(record);
  if (/%2f|%5c/i.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters', url);
  }
  pathname = decodeURIComponent(pathname.replaceAll('/', '\\'));
  if (record.host !== '') {
    // A UNC path: \\server\share\...
    return `\\\\${domainToUnicode(record.host)}${pathname}`;
  }
  const letter = pathname.codePointAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7A || pathname[2] !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute', url);
  }
  return pathname.slice(1);
}

function toFileURLObject(path) {
  if (typeof path === 'string') return new URL(path);
  if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  return path;
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? false;
  const url = toFileURLObject(path);
  if (recordOf(url).scheme !== 'file') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? getPathFromURLWin32(url) : getPathFromURLPosix(url);
}

function fileURLToPathBuffer(path, options = undefined) {
  const windows = options?.windows ?? false;
  const url = toFileURLObject(path);
  const record = recordOf(url);
  if (record.scheme !== 'file') throw new ERR_INVALID_URL_SCHEME('file');
  const { Buffer } = require('buffer');
  if (windows) return Buffer.from(getPathFromURLWin32(url));
  if (record.host !== '') throw new ERR_INVALID_FILE_URL_HOST('linux');
  // The bytes as they are: no check for encoded slashes, no UTF-8 validation.
  return Buffer.from(percentDecodeToBytes(serializePath(record)));
}

// What pathToFileURL percent-encodes in a path: the path percent-encode set plus % [ \\ ] | ~
// (so nothing in a file name reads as URL syntax).
const filePathSet = makeSet(pathSet, '%[\\]|~');

function encodePathname(pathname) {
  return percentEncodeString(toUSVString(pathname), filePathSet);
}

function pathToFileURLWin32(filepath) {
  const path = require('path');
  let p = filepath;
  // Extended-length paths: \\?\C:\... and \\?\UNC\server\share\...
  if (p.startsWith('\\\\?\\UNC\\')) p = '\\\\' + p.slice(8);
  else if (p.startsWith('\\\\?\\')) p = p.slice(4);
  if (p.startsWith('\\\\')) {
    const rest = p.slice(2);
    const sep = rest.indexOf('\\');
    if (sep === 0) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    if (sep === -1) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    const url = new URL('file://');
    url.hostname = rest.slice(0, sep);
    url.pathname = encodePathname(rest.slice(sep).replaceAll('\\', '/'));
    return url;
  }
  let resolved = path.win32.resolve(p);
  const last = p.charCodeAt(p.length - 1);
  if ((last === 0x2F || last === 0x5C) && resolved[resolved.length - 1] !== path.win32.sep) resolved += '\\';
  return new URL(`file:///${encodePathname(resolved.replaceAll('\\', '/')).replace(/^\/+/, '')}`);
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options?.windows ?? false;
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  if (windows) return pathToFileURLWin32(filepath);
  const path = require('path');
  let resolved = path.resolve(filepath);
  // path.resolve strips trailing slashes; keep one.
  if (filepath.charCodeAt(filepath.length - 1) === 0x2F && resolved[resolved.length - 1] !== '/') resolved += '/';
  return new URL(`file://${encodePathname(resolved)}`);
}

// url.format(URL, options): the href without the parts left out, the host in Unicode if asked.
function formatURL(url, auth, fragment, search, unicode) {
  const r = cloneRecord(recordOf(url));
  if (!auth) {
    r.username = '';
    r.password = '';
  }
  if (!fragment) r.fragment = null;
  if (!search) r.query = null;
  if (unicode && r.host !== null && r.host !== '' && r.host[0] !== '[') r.host = lazyIdna().toUnicode(r.host);
  return serializeURL(r);
}

function urlToHttpOptions(url) {
  validateObject(url, 'url', kValidateObjectAllowArray | kValidateObjectAllowFunction);
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search: search,
    pathname: pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

// Whether a value looks like a URL object (has href and protocol, and is not a legacy Url),
// for APIs that take a path or a URL.
function isURLLike(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

class URLPattern {
  constructor() {
    throw new ERR_NOT_IMPLEMENTED('URLPattern');
  }
}

module.exports = {
  URL,
  URLPattern,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  fileURLToPathBuffer,
  pathToFileURL,
  urlToHttpOptions,
  toPathIfFileURL(fileURLOrPath) {
    if (!isURL(fileURLOrPath)) return fileURLOrPath;
    return fileURLToPath(fileURLOrPath);
  },
  isURL,
  isURLLike,
  // for node:url's legacy parser and others
  formatURL,
  basicParse,
  serializeURL,
  percentEncodeString,
  percentDecodeString,
  parseHost,
  toUSVString,
  unsafeProtocol: new Set(['javascript', 'javascript:']),
  hostlessProtocol: new Set(['javascript', 'javascript:']),
  slashedProtocol: new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
    'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']),
};
