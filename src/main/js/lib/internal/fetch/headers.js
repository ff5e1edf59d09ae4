'use strict';

// The Fetch standard's Headers class (a global in Node 26). Names are case-insensitive and kept
// in lowercase for lookup; util.inspect shows the spelling of the first append or the last set,
// as Node does.
// Values are normalized (leading and trailing HTTP whitespace removed) and checked. Messages
// are the ones Node 26 (undici) gives.

const kList = Symbol('kList'); // Map: lowercase name -> { name: first spelling, values: [] }
const kGuard = Symbol('kGuard'); // 'none' | 'immutable'

const { _checkIsHttpToken: checkIsHttpToken } = require('_http_common');

const invalidValueRe = /[\0\r\n]/;

function normalizeValue(value) {
  return String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function toByteString(value, context) {
  const s = String(value);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) {
      throw new TypeError(`${context}: Cannot convert argument to a ByteString because the character at ` +
        `index ${i} has a value of ${c} which is greater than 255.`);
    }
  }
  return s;
}

function checkName(name, context) {
  if (!checkIsHttpToken(name)) throw new TypeError(`${context}: "${name}" is an invalid header name.`);
}

function checkValue(value, context) {
  if (invalidValueRe.test(value)) throw new TypeError(`${context}: "${value}" is an invalid header value.`);
}

function requireArgs(count, needed, context) {
  if (count < needed) {
    throw new TypeError(`${context}: ${needed} argument${needed === 1 ? '' : 's'} required, but${count ? ' only' : ''} ${count} found.`);
  }
}

function checkThis(headers, method) {
  if (headers === null || typeof headers !== 'object' || !(kList in headers)) {
    throw new TypeError(`Illegal invocation: Headers.${method}`);
  }
}

function checkMutable(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

function appendTo(headers, name, value, context) {
  name = toByteString(name, context);
  value = normalizeValue(toByteString(value, context));
  checkName(name, context);
  checkValue(value, context);
  checkMutable(headers);
  const key = name.toLowerCase();
  const entry = headers[kList].get(key);
  if (entry === undefined) headers[kList].set(key, { name, values: [value] });
  else entry.values.push(value);
}

function fill(headers, init) {
  if (init === undefined) return;
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
      'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (kList in init) {
    for (const [key, entry] of init[kList]) headers[kList].set(key, { name: entry.name, values: entry.values.slice() });
    return;
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError('Headers constructor: expected name/value pair to be length 2, found 1.');
      }
      const items = [...pair];
      if (items.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${items.length}.`);
      }
      appendTo(headers, items[0], items[1], 'Headers.append');
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    if (typeof key === 'symbol') throw new TypeError('Headers constructor: Key Symbol() in init is a symbol, which cannot be converted to a ByteString.');
    appendTo(headers, key, init[key], 'Headers.append');
  }
}

// [name, value] pairs in Fetch's "sort and combine" order: by lowercase name, set-cookie
// values one by one, others joined by ', '.
function sortedPairs(headers) {
  const keys = [...headers[kList].keys()].sort();
  const out = [];
  for (const key of keys) {
    const { values } = headers[kList].get(key);
    if (key === 'set-cookie') for (const v of values) out.push([key, v]);
    else out.push([key, values.join(', ')]);
  }
  return out;
}

const HeadersIteratorPrototype = Object.create(
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
    next: {
      value: function next() {
        const state = this.state;
        if (state.index >= state.pairs.length) return { value: undefined, done: true };
        const pair = state.pairs[state.index++];
        const value = state.kind === 'key' ? pair[0] : state.kind === 'value' ? pair[1] : pair;
        return { value, done: false };
      },
      writable: true, enumerable: true, configurable: true,
    },
    [Symbol.toStringTag]: { value: 'Headers Iterator', configurable: true },
  });

function makeIterator(headers, kind) {
  const it = Object.create(HeadersIteratorPrototype);
  Object.defineProperty(it, 'state', { value: { pairs: sortedPairs(headers), index: 0, kind } });
  return it;
}

class Headers {
  constructor(init = undefined) {
    Object.defineProperty(this, kList, { value: new Map() });
    Object.defineProperty(this, kGuard, { value: 'none', writable: true });
    fill(this, init);
  }

  append(name, value) {
    checkThis(this, 'append');
    requireArgs(arguments.length, 2, 'Headers.append');
    appendTo(this, name, value, 'Headers.append');
  }

  delete(name) {
    checkThis(this, 'delete');
    requireArgs(arguments.length, 1, 'Headers.delete');
    name = toByteString(name, 'Headers.delete');
    checkName(name, 'Headers.delete');
    checkMutable(this);
    this[kList].delete(name.toLowerCase());
  }

  get(name) {
    checkThis(this, 'get');
    requireArgs(arguments.length, 1, 'Headers.get');
    name = toByteString(name, 'Headers.get');
    checkName(name, 'Headers.get');
    const entry = this[kList].get(name.toLowerCase());
    return entry === undefined ? null : entry.values.join(', ');
  }

  getSetCookie() {
    checkThis(this, 'getSetCookie');
    const entry = this[kList].get('set-cookie');
    return entry === undefined ? [] : entry.values.slice();
  }

  has(name) {
    checkThis(this, 'has');
    requireArgs(arguments.length, 1, 'Headers.has');
    name = toByteString(name, 'Headers.has');
    checkName(name, 'Headers.has');
    return this[kList].has(name.toLowerCase());
  }

  set(name, value) {
    checkThis(this, 'set');
    requireArgs(arguments.length, 2, 'Headers.set');
    name = toByteString(name, 'Headers.set');
    value = normalizeValue(toByteString(value, 'Headers.set'));
    checkName(name, 'Headers.set');
    checkValue(value, 'Headers.set');
    checkMutable(this);
    this[kList].set(name.toLowerCase(), { name, values: [value] });
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this, 'forEach');
    requireArgs(arguments.length, 1, 'Headers.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Headers.forEach: Argument 1 could not be converted to: Function.");
    }
    for (const [name, value] of sortedPairs(this)) Reflect.apply(callback, thisArg, [value, name, this]);
  }

  keys() {
    checkThis(this, 'keys');
    return makeIterator(this, 'key');
  }

  values() {
    checkThis(this, 'values');
    return makeIterator(this, 'value');
  }

  entries() {
    checkThis(this, 'entries');
    return makeIterator(this, 'key+value');
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const shown = {};
    for (const { name, values } of this[kList].values()) shown[name] = values.join(', ');
    return `Headers ${inspect(shown, options)}`;
  }
}
Object.defineProperty(Headers.prototype, Symbol.iterator, {
  value: Headers.prototype.entries, writable: true, enumerable: false, configurable: true,
});
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

// For Request and Response: guarding, and a default Content-Type (a lowercase name).
function makeImmutable(headers) {
  headers[kGuard] = 'immutable';
}
function setIfAbsent(headers, name, value) {
  if (!headers[kList].has(name)) headers[kList].set(name, { name, values: [value] });
}

module.exports = { Headers, makeImmutable, setIfAbsent };
