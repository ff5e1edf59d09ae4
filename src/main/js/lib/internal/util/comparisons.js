'use strict';

// Deep equality as used by assert.deepEqual / deepStrictEqual / partialDeepStrictEqual and
// util.isDeepStrictEqual. The rules are the ones Node documents under "Comparison details" in its
// assert docs; type detection is done with brand checks (a built-in method that only accepts
// objects carrying the right internal slot), so spoofed Symbol.toStringTag values do not fool it.

const LOOSE = 0;
const STRICT = 1;
const PARTIAL = 2;
const STRICT_NO_PROTO = 3;

const objectToString = Object.prototype.toString;
const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);

// ---- brand checks ----

function brandCheck(fn) {
  return (value) => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
    try {
      fn(value);
      return true;
    } catch {
      return false;
    }
  };
}

function getter(proto, name) {
  return Object.getOwnPropertyDescriptor(proto, name).get;
}

const dateGetTime = Date.prototype.getTime;
const mapSizeGetter = getter(Map.prototype, 'size');
const setSizeGetter = getter(Set.prototype, 'size');
const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function'
  ? getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const dataViewByteLength = getter(DataView.prototype, 'byteLength');
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const regExpGlobal = getter(RegExp.prototype, 'global');
const regExpSource = getter(RegExp.prototype, 'source');
const regExpFlags = getter(RegExp.prototype, 'flags');

const isDate = brandCheck((v) => dateGetTime.call(v));
const isMap = brandCheck((v) => mapSizeGetter.call(v));
const isSet = brandCheck((v) => setSizeGetter.call(v));
const isWeakMap = brandCheck((v) => WeakMap.prototype.has.call(v, {}));
const isWeakSet = brandCheck((v) => WeakSet.prototype.has.call(v, {}));
const isArrayBuffer = brandCheck((v) => arrayBufferByteLength.call(v));
const isSharedArrayBuffer = sharedArrayBufferByteLength === undefined ? () => false
  : brandCheck((v) => sharedArrayBufferByteLength.call(v));
const isDataView = brandCheck((v) => dataViewByteLength.call(v));
const isNumberObject = brandCheck((v) => Number.prototype.valueOf.call(v));
const isStringObject = brandCheck((v) => String.prototype.valueOf.call(v));
const isBooleanObject = brandCheck((v) => Boolean.prototype.valueOf.call(v));
const isBigIntObject = brandCheck((v) => BigInt.prototype.valueOf.call(v));
const isSymbolObject = brandCheck((v) => Symbol.prototype.valueOf.call(v));

function isRegExp(value) {
  if (value === null || typeof value !== 'object') return false;
  try {
    // RegExp.prototype itself answers undefined; other non-RegExp objects throw.
    return regExpGlobal.call(value) !== undefined;
  } catch {
    return false;
  }
}

function isTypedArray(value) {
  return value !== null && typeof value === 'object' && typedArrayTag.call(value) !== undefined;
}

function isArrayBufferView(value) {
  return isTypedArray(value) || isDataView(value);
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

function isNativeError(value) {
  if (value === null || typeof value !== 'object') return false;
  if (typeof Error.isError === 'function') return Error.isError(value);
  return objectToString.call(value) === '[object Error]' || value instanceof Error;
}

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

function isPromise(value) {
  return value instanceof Promise || (value !== null && typeof value === 'object' &&
    objectToString.call(value) === '[object Promise]' && typeof value.then === 'function');
}

// ---- helpers ----

function isArrayIndexKey(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < 4294967295 && String(n) === key;
}

// Own enumerable keys that are not array indices; symbols too unless `skipSymbols`.
function ownNonIndexKeys(obj, skipSymbols) {
  const out = [];
  for (const key of Reflect.ownKeys(obj)) {
    if (typeof key === 'symbol') {
      if (skipSymbols) continue;
    } else if (isArrayIndexKey(key)) {
      continue;
    }
    if (isEnumerable(obj, key)) out.push(key);
  }
  return out;
}

function enumerableSymbols(obj) {
  const out = [];
  for (const sym of Object.getOwnPropertySymbols(obj)) {
    if (isEnumerable(obj, sym)) out.push(sym);
  }
  return out;
}

function viewBytes(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// `expected` occurs in `actual` as an ordered (not necessarily contiguous) subsequence.
function isSubsequence(actual, expected) {
  let pos = 0;
  for (let i = 0; i < expected.length; i++) {
    while (pos < actual.length && actual[pos] !== expected[i]) pos++;
    if (pos === actual.length) return false;
    pos++;
  }
  return true;
}

const wellKnownConstructors = new Set([
  Array, ArrayBuffer, BigInt, BigInt64Array, BigUint64Array, Boolean, DataView, Date, Error,
  EvalError, Float32Array, Float64Array, Function, Int16Array, Int32Array, Int8Array, Map, Number,
  Object, Promise, RangeError, ReferenceError, RegExp, Set, String, Symbol, SyntaxError, TypeError,
  URIError, Uint16Array, Uint32Array, Uint8Array, Uint8ClampedArray, WeakMap, WeakSet,
]);
if (typeof SharedArrayBuffer === 'function') wellKnownConstructors.add(SharedArrayBuffer);
if (typeof AggregateError === 'function') wellKnownConstructors.add(AggregateError);
if (typeof Float16Array === 'function') wellKnownConstructors.add(Float16Array);

function samePrototypes(a, b) {
  const ctor = a.constructor;
  if (wellKnownConstructors.has(ctor) || (ctor !== undefined && !hasOwn(a, 'constructor'))) {
    return ctor === b.constructor;
  }
  return Object.getPrototypeOf(a) === Object.getPrototypeOf(b);
}

// ---- cycle tracking ----
//
// Comparisons first run without any bookkeeping. A cyclic structure then overflows the stack;
// from that moment on (for the rest of the process, as in Node) every comparison keeps track of
// the objects on the current path. When an object pair is reached again: both already on the
// path means the cycles line up (equal), only one of them means they do not.

let trackCycles = false;

class PathMemo {
  constructor() {
    this.first = null; // [a, b] of the outermost compared pair
    this.second = null; // [a, b] of the pair one level below, while it is being compared
    this.seen = null; // Set of objects on the path, once deeper than two levels
  }
}

// ---- the comparison ----

function innerDeepEqual(a, b, mode, memo) {
  if (a === b) {
    return a !== 0 || Object.is(a, b) || mode === LOOSE;
  }
  if (mode === LOOSE) {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  } else {
    if (typeof a !== 'object') {
      return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    }
    if (typeof b !== 'object' || a === null || b === null) return false;
  }
  return compareObjects(a, b, mode, memo);
}

function compareObjects(a, b, mode, memo) {
  if (mode === STRICT && !samePrototypes(a, b)) return false;
  const tag = objectToString.call(a);
  if (tag !== objectToString.call(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return false;
    if (mode === PARTIAL) {
      if (a.length < b.length) return false;
    } else if (a.length !== b.length) {
      return false;
    }
    const skipSymbols = mode === LOOSE;
    const keysB = ownNonIndexKeys(b, skipSymbols);
    if (mode !== PARTIAL && keysB.length !== ownNonIndexKeys(a, skipSymbols).length) return false;
    return compareKeyed(a, b, mode, memo, 'array', keysB);
  }
  if (tag === '[object Object]') {
    return compareKeyed(a, b, mode, memo, 'plain', undefined);
  }
  if (isDate(a)) {
    if (!isDate(b) || !Object.is(dateGetTime.call(a), dateGetTime.call(b))) return false;
  } else if (tag === '[object URL]') {
    // URLs keep their state in private fields: they are equal when their hrefs are.
    if (Object.prototype.toString.call(b) !== '[object URL]' || a.href !== b.href) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || !sameRegExps(a, b)) return false;
  } else if (isArrayBufferView(a)) {
    if (!isArrayBufferView(b) || isTypedArray(a) !== isTypedArray(b)) return false;
    if (isTypedArray(a) && typedArrayTag.call(a) !== typedArrayTag.call(b)) return false;
    if (!sameViews(a, b, mode)) return false;
    const skipSymbols = mode === LOOSE;
    const keysB = ownNonIndexKeys(b, skipSymbols);
    if (mode !== PARTIAL && keysB.length !== ownNonIndexKeys(a, skipSymbols).length) return false;
    return compareKeyed(a, b, mode, memo, 'plain', keysB);
  } else if (isSet(a)) {
    if (!isSet(b)) return false;
    if (mode === PARTIAL ? a.size < b.size : a.size !== b.size) return false;
    return compareKeyed(a, b, mode, memo, 'set', undefined);
  } else if (isMap(a)) {
    if (!isMap(b)) return false;
    if (mode === PARTIAL ? a.size < b.size : a.size !== b.size) return false;
    return compareKeyed(a, b, mode, memo, 'map', undefined);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || isArrayBuffer(a) !== isArrayBuffer(b)) return false;
    const bytesA = new Uint8Array(a);
    const bytesB = new Uint8Array(b);
    if (mode === PARTIAL && bytesA.length !== bytesB.length) {
      if (!isSubsequence(bytesA, bytesB)) return false;
    } else if (!sameBytes(bytesA, bytesB)) {
      return false;
    }
  } else if (isError(a)) {
    if (!isError(b) || !sameErrorFields(a, b, mode, memo)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxedValues(a, b)) return false;
  } else if (Array.isArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) || isDate(b) ||
             isRegExp(b) || isAnyArrayBuffer(b) || isBoxedPrimitive(b) || isError(b)) {
    return false;
  } else if (isWeakMap(a) || isWeakSet(a) || isPromise(a)) {
    // Only ever equal to themselves, which was checked before.
    return false;
  }
  return compareKeyed(a, b, mode, memo, 'plain', undefined);
}

function sameRegExps(a, b) {
  return regExpSource.call(a) === regExpSource.call(b) &&
    regExpFlags.call(a) === regExpFlags.call(b) &&
    a.lastIndex === b.lastIndex;
}

function isFloatArray(view) {
  const tag = typedArrayTag.call(view);
  return tag === 'Float32Array' || tag === 'Float64Array' || tag === 'Float16Array';
}

function sameViews(a, b, mode) {
  if (mode === LOOSE && isTypedArray(a) && isFloatArray(a)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) return false;
    }
    return true;
  }
  if (mode === PARTIAL && a.byteLength !== b.byteLength) {
    if (isTypedArray(a)) {
      const va = Array.from(a);
      const vb = Array.from(b);
      let pos = 0;
      for (let i = 0; i < vb.length; i++) {
        while (pos < va.length && !Object.is(va[pos], vb[i])) pos++;
        if (pos === va.length) return false;
        pos++;
      }
      return true;
    }
    return isSubsequence(viewBytes(a), viewBytes(b));
  }
  if (a.byteLength !== b.byteLength) return false;
  return sameBytes(viewBytes(a), viewBytes(b));
}

function sameBoxedValues(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
}

// name, message, cause and errors take part even when they are not enumerable; when they are
// enumerable the ordinary key comparison covers them.
function sameErrorFields(a, b, mode, memo) {
  for (const key of ['message', 'name']) {
    const enumA = isEnumerable(a, key);
    if (mode === PARTIAL) {
      // Only what the expected error has itself counts (an Error made without a message
      // has no own message).
      if (key === 'message' && !hasOwn(b, key)) continue;
      if (!isEnumerable(b, key) && a[key] !== b[key]) return false;
      continue;
    }
    if (enumA !== isEnumerable(b, key)) return false;
    if (!enumA && a[key] !== b[key]) return false;
  }
  for (const key of ['cause', 'errors']) {
    const enumA = isEnumerable(a, key);
    const enumB = isEnumerable(b, key);
    if (mode === PARTIAL) {
      if (!enumB && hasOwn(b, key)) {
        if (!hasOwn(a, key) || !innerDeepEqual(a[key], b[key], mode, memo)) return false;
      }
      continue;
    }
    if (enumA !== enumB) return false;
    if (enumA) continue;
    if (key === 'cause' && hasOwn(a, key) !== hasOwn(b, key)) return false;
    if (!innerDeepEqual(a[key], b[key], mode, memo)) return false;
  }
  return true;
}

// Compares own enumerable properties (string keys; symbol keys too unless loose), then the
// elements of arrays, Sets and Maps. `keysB` is given for array-likes (their non-index keys).
function compareKeyed(a, b, mode, memo, kind, keysB) {
  const arrayLike = keysB !== undefined;
  if (!arrayLike) {
    keysB = Object.keys(b);
    if (mode !== PARTIAL && keysB.length !== Object.keys(a).length) return false;
  }
  for (let i = 0; i < keysB.length; i++) {
    const key = keysB[i];
    if (typeof key === 'string' && !isEnumerable(a, key)) return false;
  }
  if (mode !== LOOSE) {
    if (arrayLike) {
      // Symbols are already part of keysB; check that `a` has them too.
      for (const key of keysB) {
        if (typeof key === 'symbol' && !isEnumerable(a, key)) return false;
      }
      if (mode !== PARTIAL) {
        for (const sym of enumerableSymbols(a)) {
          if (!isEnumerable(b, sym)) return false;
        }
      }
    } else {
      const symsB = enumerableSymbols(b);
      for (const sym of symsB) {
        if (!isEnumerable(a, sym)) return false;
      }
      if (mode !== PARTIAL && enumerableSymbols(a).length !== symsB.length) return false;
      keysB = keysB.concat(symsB);
    }
  }

  if (keysB.length === 0) {
    if (kind === 'plain') return true;
    if (kind === 'array' && b.length === 0) return true;
    if ((kind === 'set' || kind === 'map') && b.size === 0) return true;
  }

  if (memo === null) {
    return compareContents(a, b, mode, memo, kind, keysB);
  }
  if (memo.seen === null) {
    if (memo.first === null) {
      memo.first = [a, b];
      return compareContents(a, b, mode, memo, kind, keysB);
    }
    if (memo.second === null) {
      if (memo.first[0] === a) return memo.first[1] === b;
      if (memo.first[1] === b) return false;
      memo.second = [a, b];
      const result = compareContents(a, b, mode, memo, kind, keysB);
      memo.second = null;
      return result;
    }
    memo.seen = new Set([memo.first[0], memo.first[1], memo.second[0], memo.second[1]]);
  }
  const seen = memo.seen;
  const before = seen.size;
  seen.add(a);
  seen.add(b);
  if (seen.size !== before + 2) {
    // Both were on the path already: cycles at the same place. Only one: they differ.
    return seen.size === before;
  }
  const result = compareContents(a, b, mode, memo, kind, keysB);
  seen.delete(a);
  seen.delete(b);
  return result;
}

function compareContents(a, b, mode, memo, kind, keys) {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], mode, memo)) return false;
  }
  switch (kind) {
    case 'array': return mode === PARTIAL ? partialArrayElements(a, b, memo) : arrayElements(a, b, mode, memo);
    case 'set': return mode === PARTIAL ? partialSetElements(a, b, memo) : setElements(a, b, mode, memo);
    case 'map': return mode === PARTIAL ? partialMapEntries(a, b, memo) : mapEntries(a, b, mode, memo);
    default: return true;
  }
}

function arrayElements(a, b, mode, memo) {
  for (let i = 0; i < a.length; i++) {
    const inA = hasOwn(a, i);
    if (inA !== hasOwn(b, i)) return false;
    if (inA && !innerDeepEqual(a[i], b[i], mode, memo)) return false;
  }
  return true;
}

// Every element of `b` (holes skipped) must match an element of `a`, in order.
function partialArrayElements(a, b, memo) {
  let pos = 0;
  for (let i = 0; i < b.length; i++) {
    if (!hasOwn(b, i)) continue;
    const item = b[i];
    for (;;) {
      if (pos >= a.length) return false;
      const index = pos++;
      if (hasOwn(a, index) && innerDeepEqual(a[index], item, PARTIAL, memo)) break;
    }
  }
  return true;
}

function isObjectLike(v) {
  return v !== null && typeof v === 'object';
}

// In loose mode a primitive missing from the other collection might still have a loosely-equal
// counterpart there. Answers true (worth a pairwise search), false (cannot match), or — for
// null and undefined — whether `other` holds the opposite one while `own` does not.
function mayHaveLooseTwin(own, other, prim) {
  switch (typeof prim) {
    case 'undefined':
      return other.has(null) && !own.has(null);
    case 'object': // null
      return other.has(undefined) && !own.has(undefined);
    case 'symbol':
      return false;
    case 'string':
      return !Number.isNaN(+prim);
    case 'number':
      return !Number.isNaN(prim);
    default:
      return true;
  }
}

function takeMatching(pending, value, mode, memo) {
  for (const candidate of pending) {
    if (innerDeepEqual(candidate, value, mode, memo)) {
      pending.delete(candidate);
      return true;
    }
  }
  return false;
}

function setElements(a, b, mode, memo) {
  let pending = null;
  for (const value of a) {
    if (b.has(value)) continue;
    if (!isObjectLike(value) && (mode !== LOOSE || !mayHaveLooseTwin(a, b, value))) return false;
    if (pending === null) pending = new Set();
    pending.add(value);
  }
  if (pending === null) return true;
  for (const value of b) {
    if (a.has(value)) continue;
    if (!isObjectLike(value) && mode !== LOOSE) continue;
    if (!takeMatching(pending, value, mode, memo)) return false;
  }
  return pending.size === 0;
}

function partialSetElements(a, b, memo) {
  let pending = null;
  for (const value of b) {
    if (a.has(value)) continue;
    if (!isObjectLike(value)) return false;
    if (pending === null) pending = [];
    pending.push(value);
  }
  if (pending === null) return true;
  const candidates = new Set();
  for (const value of a) {
    if (isObjectLike(value) && !b.has(value)) candidates.add(value);
  }
  for (const value of pending) {
    let found = false;
    for (const candidate of candidates) {
      if (innerDeepEqual(candidate, value, PARTIAL, memo)) {
        candidates.delete(candidate);
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function mapLooseTwin(a, b, key, item, memo) {
  let alt;
  switch (typeof key) {
    case 'undefined': alt = null; break;
    case 'object': alt = undefined; break; // null
    default: return mayHaveLooseTwin(a, b, key);
  }
  if (!b.has(alt) || !innerDeepEqual(item, b.get(alt), LOOSE, memo)) return false;
  return !a.has(alt) || innerDeepEqual(item, a.get(alt), LOOSE, memo);
}

function mapEntries(a, b, mode, memo) {
  let pending = null;
  for (const [key, item] of a) {
    if (isObjectLike(key)) {
      if (pending === null) pending = new Set();
      pending.add(key);
      continue;
    }
    const other = b.get(key);
    if ((other === undefined && !b.has(key)) || !innerDeepEqual(item, other, mode, memo)) {
      if (mode !== LOOSE || !mapLooseTwin(a, b, key, item, memo)) return false;
      if (pending === null) pending = new Set();
      pending.add(key);
    }
  }
  if (pending === null) return true;
  for (const [key, item] of b) {
    if (isObjectLike(key)) {
      if (!takeMatchingEntry(pending, a, key, item, mode, memo)) return false;
    } else if (mode === LOOSE &&
               (!a.has(key) || !innerDeepEqual(a.get(key), item, mode, memo)) &&
               !takeMatchingEntry(pending, a, key, item, mode, memo)) {
      return false;
    }
  }
  return pending.size === 0;
}

function takeMatchingEntry(pending, mapA, keyB, itemB, mode, memo) {
  for (const keyA of pending) {
    if (innerDeepEqual(keyA, keyB, mode, memo) && innerDeepEqual(mapA.get(keyA), itemB, mode, memo)) {
      pending.delete(keyA);
      return true;
    }
  }
  return false;
}

function partialMapEntries(a, b, memo) {
  let pending = null;
  for (const [key, item] of b) {
    if (isObjectLike(key) && !a.has(key)) {
      if (pending === null) pending = [];
      pending.push([key, item]);
      continue;
    }
    if (!a.has(key) || !innerDeepEqual(a.get(key), item, PARTIAL, memo)) return false;
  }
  if (pending === null) return true;
  const candidates = new Set();
  for (const key of a.keys()) {
    if (isObjectLike(key) && !b.has(key)) candidates.add(key);
  }
  for (const [key, item] of pending) {
    let found = false;
    for (const candidate of candidates) {
      if (innerDeepEqual(candidate, key, PARTIAL, memo) &&
          innerDeepEqual(a.get(candidate), item, PARTIAL, memo)) {
        candidates.delete(candidate);
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

// ---- entry points ----

function compare(a, b, mode) {
  if (!trackCycles) {
    try {
      return innerDeepEqual(a, b, mode, null);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      trackCycles = true;
    }
  }
  return innerDeepEqual(a, b, mode, new PathMemo());
}

function isDeepEqual(a, b) {
  return compare(a, b, LOOSE);
}

function isDeepStrictEqual(a, b, skipPrototype = false) {
  return compare(a, b, skipPrototype ? STRICT_NO_PROTO : STRICT);
}

function isPartialStrictEqual(actual, expected) {
  return compare(actual, expected, PARTIAL);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
  isPartialStrictEqual,
  // Brand checks, usable by other core modules.
  types: {
    isAnyArrayBuffer,
    isArrayBuffer,
    isArrayBufferView,
    isBigIntObject,
    isBooleanObject,
    isBoxedPrimitive,
    isDataView,
    isDate,
    isError,
    isMap,
    isNativeError,
    isNumberObject,
    isPromise,
    isRegExp,
    isSet,
    isSharedArrayBuffer,
    isStringObject,
    isSymbolObject,
    isTypedArray,
    isWeakMap,
    isWeakSet,
  },
};
