'use strict';

// node:punycode — the Punycode transfer encoding of RFC 3492 (Bootstring with the Punycode
// parameters) and the IDNA helpers built on it. Deprecated in Node (DEP0040): requiring it
// warns, except from code inside node_modules.

const { decode, encode, ucs2decode, ucs2encode } = require('internal/idna');

// Label separators that IDNA2003 treats as full stops.
const separators = /[\x2E\u3002\uFF0E\uFF61]/g;
const nonAscii = /[^\0-\x7F]/;
const acePrefix = /^xn--/;

// Applies `fn` to each label of a domain name (or of the domain part of an email address).
function mapDomain(domain, fn) {
  let prefix = '';
  const at = domain.split('@');
  if (at.length > 1) {
    prefix = at[0] + '@';
    domain = at[1];
  }
  domain = domain.replace(separators, '.');
  return prefix + domain.split('.').map(fn).join('.');
}

function toUnicode(input) {
  return mapDomain(input, (label) => (acePrefix.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

function toASCII(input) {
  return mapDomain(input, (label) => (nonAscii.test(label) ? 'xn--' + encode(label) : label));
}

// Warn as Node does: once, unless the module is required from code inside node_modules.
function requiredFromNodeModules() {
  const limit = Error.stackTraceLimit;
  let stack;
  try {
    Error.stackTraceLimit = 50;
    stack = new Error().stack;
  } finally {
    Error.stackTraceLimit = limit;
  }
  if (typeof stack !== 'string') return false;
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line.includes(' at ')) continue;
    if (line.includes('node:') || line.includes('(native)') || line.includes('<builtin>')) continue;
    return /[\\/]node_modules[\\/]/.test(line);
  }
  return false;
}

if (!requiredFromNodeModules()) {
  process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.',
    'DeprecationWarning', 'DEP0040');
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
