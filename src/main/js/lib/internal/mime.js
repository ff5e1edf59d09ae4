'use strict';

// util.MIMEType and util.MIMEParams: MIME types parsed and serialised as the WHATWG MIME
// Sniffing standard describes (https://mimesniff.spec.whatwg.org/#understanding-mime-types).

const {
  codes: {
    ERR_INVALID_MIME_SYNTAX,
  },
} = require('internal/errors');

// HTTP token code points: alphanumerics and !#$%&'*+-.^_`|~
function isTokenChar(code) {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code < 0x80 && "!#$%&'*+-.^_`|~".includes(String.fromCharCode(code)));
}

// HTTP quoted-string token code points: tab, 0x20-0x7E and 0x80-0xFF.
function isQuotedStringChar(code) {
  return code === 0x09 || (code >= 0x20 && code <= 0x7e) || (code >= 0x80 && code <= 0xff);
}

function isHttpWhitespace(code) {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

// The index of the first character of `str` that fails `test`, or -1.
function firstInvalid(str, test) {
  for (let i = 0; i < str.length; i++) {
    if (!test(str.charCodeAt(i))) return i;
  }
  return -1;
}

function trimEnd(str) {
  let end = str.length;
  while (end > 0 && isHttpWhitespace(str.charCodeAt(end - 1))) end--;
  return str.slice(0, end);
}

// Checks a type or subtype given on its own (constructor part or setter).
function validateToken(production, value, shownInput = value, offset = 0) {
  if (value.length === 0) throw new ERR_INVALID_MIME_SYNTAX(production, shownInput, -1);
  const bad = firstInvalid(value, isTokenChar);
  if (bad !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, shownInput, bad + offset);
}

// Serialises a parameter value: as it is when it is a non-empty token, quoted otherwise.
function serializeValue(value) {
  if (value.length > 0 && firstInvalid(value, isTokenChar) === -1) return value;
  let out = '"';
  for (const ch of value) out += (ch === '"' || ch === '\\') ? `\\${ch}` : ch;
  return `${out}"`;
}

let paramsMap;  // (params) => the Map behind a MIMEParams, for this module's own use

class MIMEParams {
  #entries = new Map();

  static {
    paramsMap = (params) => params.#entries;
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#entries in self)) {
      throw new TypeError('Receiver must be an instance of class MIMEParams');
    }
  }

  delete(name) {
    MIMEParams.#check(this);
    this.#entries.delete(`${name}`.toLowerCase());
  }

  get(name) {
    MIMEParams.#check(this);
    const value = this.#entries.get(`${name}`.toLowerCase());
    return value === undefined ? null : value;
  }

  has(name) {
    MIMEParams.#check(this);
    return this.#entries.has(`${name}`.toLowerCase());
  }

  set(name, value) {
    MIMEParams.#check(this);
    name = `${name}`;
    value = `${value}`;
    if (name.length === 0) throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, -1);
    const badName = firstInvalid(name, isTokenChar);
    if (badName !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, badName);
    const badValue = firstInvalid(value, isQuotedStringChar);
    if (badValue !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue);
    this.#entries.set(name.toLowerCase(), value);
  }

  *entries() {
    MIMEParams.#check(this);
    for (const entry of this.#entries) yield entry;
  }

  *keys() {
    MIMEParams.#check(this);
    for (const key of this.#entries.keys()) yield key;
  }

  *values() {
    MIMEParams.#check(this);
    for (const value of this.#entries.values()) yield value;
  }

  toString() {
    MIMEParams.#check(this);
    const parts = [];
    for (const [name, value] of this.#entries) parts.push(`${name}=${serializeValue(value)}`);
    return parts.join(';');
  }

  toJSON() {
    return this.toString();
  }
}

Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  __proto__: null,
  value: MIMEParams.prototype.entries,
  writable: true,
  enumerable: false,
  configurable: true,
});

// Reads the parameters of a MIME type string, from `position` (at a ';'), into `map`.
// Malformed or repeated parameters are skipped, as the standard says.
function parseParameters(input, position, map) {
  const length = input.length;
  while (position < length) {
    position++;  // the ';'
    while (position < length && isHttpWhitespace(input.charCodeAt(position))) position++;
    let nameEnd = position;
    while (nameEnd < length && input[nameEnd] !== ';' && input[nameEnd] !== '=') nameEnd++;
    const name = input.slice(position, nameEnd).toLowerCase();
    position = nameEnd;
    if (position < length) {
      if (input[position] === ';') continue;
      position++;  // the '='
    }
    if (position >= length) break;

    let value;
    if (input[position] === '"') {
      // A quoted string: backslash escapes the next character; anything after the closing
      // quote, up to the next ';', is dropped.
      value = '';
      position++;
      while (position < length) {
        const ch = input[position];
        if (ch === '"') {
          position++;
          break;
        }
        if (ch === '\\') {
          position++;
          if (position >= length) {
            value += '\\';
            break;
          }
          value += input[position++];
          continue;
        }
        value += ch;
        position++;
      }
      while (position < length && input[position] !== ';') position++;
    } else {
      let end = position;
      while (end < length && input[end] !== ';') end++;
      value = trimEnd(input.slice(position, end));
      position = end;
      if (value.length === 0) continue;
    }

    if (name.length > 0 &&
        firstInvalid(name, isTokenChar) === -1 &&
        firstInvalid(value, isQuotedStringChar) === -1 &&
        !map.has(name)) {
      map.set(name, value);
    }
  }
}

class MIMEType {
  #type;
  #subtype;
  #params = new MIMEParams();

  constructor(string) {
    const original = `${string}`;
    // Leading whitespace is skipped; trailing whitespace is only dropped where the
    // subtype or a parameter value ends, as Node does.
    let start = 0;
    while (start < original.length && isHttpWhitespace(original.charCodeAt(start))) start++;
    const input = original.slice(start);

    const slash = input.indexOf('/');
    const type = slash === -1 ? input : input.slice(0, slash);
    validateToken('type', type, original);
    if (slash === -1) throw new ERR_INVALID_MIME_SYNTAX('type', original, -1);

    let semicolon = input.indexOf(';', slash + 1);
    if (semicolon === -1) semicolon = input.length;
    const subtype = trimEnd(input.slice(slash + 1, semicolon));
    validateToken('subtype', subtype, original);

    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    parseParameters(input, semicolon, paramsMap(this.#params));
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    validateToken('type', value);
    this.#type = value.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    validateToken('subtype', value);
    this.#subtype = value.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = `${this.#params}`;
    return `${this.#type}/${this.#subtype}${params.length > 0 ? `;${params}` : ''}`;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = {
  MIMEParams,
  MIMEType,
};
