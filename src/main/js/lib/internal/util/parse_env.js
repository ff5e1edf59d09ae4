'use strict';

// util.parseEnv(): reads the text of a .env file into a null-prototype object, with the
// rules Node's dotenv reader uses (`KEY=value` lines, `#` comments, an optional `export `
// prefix, values in '…', "…" or `…` quotes that may span lines, `\n` expanded only inside
// double quotes).

const { validateString } = require('internal/validators');

function isBlank(ch) {
  return ch === ' ' || ch === '\t' || ch === '\n';
}

// Strips spaces, tabs and line feeds from both ends.
function trim(str) {
  let start = 0;
  let end = str.length;
  while (start < end && isBlank(str[start])) start++;
  while (end > start && isBlank(str[end - 1])) end--;
  return start === 0 && end === str.length ? str : str.slice(start, end);
}

// The text after the line feed at `newline`, or '' when there is none.
function afterLine(text, newline) {
  return newline === -1 ? '' : trim(text.slice(newline + 1));
}

// Orders keys as Node's reader does (by code point, the order of their UTF-8 bytes).
function compareCodePoints(a, b) {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length;) {
    const ca = a.codePointAt(i);
    const cb = b.codePointAt(i);
    if (ca !== cb) return ca - cb;
    i += ca > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}

function parseEnv(content) {
  validateString(content, 'content');
  // The text is read as UTF-8, so lone surrogates come out as U+FFFD.
  const pairs = readPairs(content.toWellFormed());
  const env = { __proto__: null };
  for (const key of [...pairs.keys()].sort(compareCodePoints)) env[key] = pairs.get(key);
  return env;
}

function readPairs(content) {
  const env = new Map();
  let rest = trim(content.replaceAll('\r', ''));

  while (rest.length > 0) {
    // Blank lines and comment lines.
    if (rest[0] === '\n' || rest[0] === '#') {
      const newline = rest.indexOf('\n');
      if (newline === -1) break;
      rest = afterLine(rest, newline);
      continue;
    }

    const equals = rest.indexOf('=');
    if (equals === -1) break;  // nothing but text without assignments is left
    const firstNewline = rest.indexOf('\n');
    if (firstNewline !== -1 && firstNewline < equals) {
      // This line has no '=': drop it.
      rest = afterLine(rest, firstNewline);
      continue;
    }

    let key = trim(rest.slice(0, equals));
    rest = rest.slice(equals + 1);
    if (rest.length === 0 || rest[0] === '\n') {
      env.set(key, '');
      continue;
    }
    rest = trim(rest);
    if (rest.length === 0) {
      env.set(key, '');
      break;
    }
    if (key.length === 0) continue;
    if (key.startsWith('export ')) key = trim(key.slice(7));

    const quote = rest[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      const closing = rest.indexOf(quote, 1);
      if (closing !== -1) {
        let value = rest.slice(1, closing);
        if (quote === '"') value = value.replaceAll('\\n', '\n');
        env.set(key, value);
        // Whatever follows the closing quote on its line is ignored.
        rest = afterLine(rest, rest.indexOf('\n', closing + 1));
        continue;
      }
      // No closing quote: the line is taken as written, opening quote included.
      const newline = rest.indexOf('\n');
      env.set(key, newline === -1 ? rest : rest.slice(0, newline));
      rest = afterLine(rest, newline);
      continue;
    }

    // An unquoted value ends at the line's end or at a '#'.
    const newline = rest.indexOf('\n');
    let value = newline === -1 ? rest : rest.slice(0, newline);
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    env.set(key, trim(value));
    rest = afterLine(rest, newline);
  }
  return env;
}

module.exports = { parseEnv };
