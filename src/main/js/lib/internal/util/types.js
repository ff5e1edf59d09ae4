'use strict';

// util.types: brand checks that look at an object's internal slots, never at Symbol.toStringTag.
// Each check calls a built-in accessor or method that throws (or answers specially) for a
// receiver without the right slot. Where plain JavaScript has no side-effect-free brand check
// (promises, proxies, iterators, generator objects, arguments objects, module namespaces), the
// jnode 'util' binding is asked; it reads the engine's own view of the object.

const ObjectProtoToString = Object.prototype.toString;
const FunctionProtoToString = Function.prototype.toString;

function getterOf(proto, name) {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  return d && d.get;
}

function throwsOn(fn, value, ...args) {
  try {
    Reflect.apply(fn, value, args);
    return false;
  } catch {
    return true;
  }
}

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTagGetter = getterOf(TypedArrayProto, Symbol.toStringTag);
const dateGetTime = Date.prototype.getTime;
const regexpGlobalGetter = getterOf(RegExp.prototype, 'global');
const mapSizeGetter = getterOf(Map.prototype, 'size');
const setSizeGetter = getterOf(Set.prototype, 'size');
const weakMapHas = WeakMap.prototype.has;
const weakSetHas = WeakSet.prototype.has;
const weakRefDeref = typeof WeakRef === 'function' ? WeakRef.prototype.deref : undefined;
const arrayBufferByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function'
  ? getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const dataViewBuffer = getterOf(DataView.prototype, 'buffer');
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigintValueOf = BigInt.prototype.valueOf;
const symbolValueOf = Symbol.prototype.valueOf;

let binding;
function utilBinding() {
  if (binding === undefined) {
    binding = null;
    try {
      if (typeof internalBinding === 'function') binding = internalBinding('util') || null;
    } catch {
      binding = null;
    }
  }
  return binding;
}

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

// The engine's class name of an object ("Map Iterator", "Generator", "Arguments", "Module", ...).
function engineClass(value) {
  const b = utilBinding();
  if (b === null) return undefined;
  return b.engineClass(value);
}

function isTypedArray(v) {
  return isObjectLike(v) && typedArrayTagGetter.call(v) !== undefined;
}
function typedArrayName(v) {
  return isObjectLike(v) ? typedArrayTagGetter.call(v) : undefined;
}
function typedCheck(name) {
  return (v) => isObjectLike(v) && typedArrayTagGetter.call(v) === name;
}

function isDate(v) { return isObjectLike(v) && !throwsOn(dateGetTime, v); }
function isRegExp(v) {
  if (!isObjectLike(v) || v === RegExp.prototype) return false;
  return !throwsOn(regexpGlobalGetter, v);
}
function isMap(v) { return isObjectLike(v) && !throwsOn(mapSizeGetter, v); }
function isSet(v) { return isObjectLike(v) && !throwsOn(setSizeGetter, v); }
function isWeakMap(v) { return isObjectLike(v) && !throwsOn(weakMapHas, v, {}); }
function isWeakSet(v) { return isObjectLike(v) && !throwsOn(weakSetHas, v, {}); }
function isWeakRef(v) { return weakRefDeref !== undefined && isObjectLike(v) && !throwsOn(weakRefDeref, v); }
function isArrayBuffer(v) { return isObjectLike(v) && !throwsOn(arrayBufferByteLength, v); }
function isSharedArrayBuffer(v) {
  return sharedArrayBufferByteLength !== undefined && isObjectLike(v) && !throwsOn(sharedArrayBufferByteLength, v);
}
function isAnyArrayBuffer(v) { return isArrayBuffer(v) || isSharedArrayBuffer(v); }
function isDataView(v) { return isObjectLike(v) && !throwsOn(dataViewBuffer, v); }
function isArrayBufferView(v) { return ArrayBuffer.isView(v); }

function isNumberObject(v) { return typeof v === 'object' && v !== null && !throwsOn(numberValueOf, v); }
function isStringObject(v) { return typeof v === 'object' && v !== null && !throwsOn(stringValueOf, v); }
function isBooleanObject(v) { return typeof v === 'object' && v !== null && !throwsOn(booleanValueOf, v); }
function isBigIntObject(v) { return typeof v === 'object' && v !== null && !throwsOn(bigintValueOf, v); }
function isSymbolObject(v) { return typeof v === 'object' && v !== null && !throwsOn(symbolValueOf, v); }
function isBoxedPrimitive(v) {
  return isNumberObject(v) || isStringObject(v) || isBooleanObject(v) || isBigIntObject(v) || isSymbolObject(v);
}

function isPromise(v) {
  if (!isObjectLike(v)) return false;
  const b = utilBinding();
  if (b !== null) return b.promiseState(v) !== -1;
  // Without the binding: Promise.resolve returns its argument unchanged only for a real
  // promise whose constructor is Promise itself (subclass instances are missed).
  try {
    return Promise.resolve(v) === v;
  } catch {
    return false;
  }
}

function isProxy(v) {
  if (!isObjectLike(v)) return false;
  const b = utilBinding();
  return b !== null ? b.isProxy(v) : false;
}

function isNativeError(v) {
  if (!isObjectLike(v) || typeof v === 'function') return false;
  if (typeof Error.isError === 'function') return Error.isError(v);
  // The built-in tag is "Error" only for objects with [[ErrorData]] -- or for objects whose
  // Symbol.toStringTag says so; those count only when they also inherit from Error.prototype.
  try {
    if (ObjectProtoToString.call(v) !== '[object Error]') return false;
    return v[Symbol.toStringTag] === undefined || Object.prototype.isPrototypeOf.call(Error.prototype, v);
  } catch {
    return false;
  }
}

// ---- function kinds, read from the function's source text ----
// Function.prototype.toString gives the exact source of a user function; native and bound
// functions give "function name() { [native code] }", which is neither async nor a generator.

function skipSpace(src, i) {
  const n = src.length;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 ||
        c === 0xfeff || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) ||
        c === 0x1680 || c === 0x202f || c === 0x205f || c === 0x3000) {
      i++;
    } else if (c === 47 && src.charCodeAt(i + 1) === 42) { // /* ... */
      const end = src.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === 47 && src.charCodeAt(i + 1) === 47) { // // ...
      while (i < n && src.charCodeAt(i) !== 10 && src.charCodeAt(i) !== 13) i++;
    } else {
      break;
    }
  }
  return i;
}

function isIdentChar(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || c === 95 || c > 127;
}

// Index just after the parenthesised group that starts at i (src[i] === '('), skipping strings,
// template literals and comments well enough for parameter lists.
function skipParens(src, i) {
  let depth = 0;
  const n = src.length;
  while (i < n) {
    const ch = src[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return i + 1;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      i++;
      while (i < n && src[i] !== ch) {
        if (src[i] === '\\') i++;
        i++;
      }
    } else if (ch === '/' && (src[i + 1] === '*' || src[i + 1] === '/')) {
      i = skipSpace(src, i);
      continue;
    }
    i++;
  }
  return n;
}

const kindCache = new WeakMap();
// 0 plain, bit 1 async, bit 2 generator
function functionKind(fn) {
  let kind = kindCache.get(fn);
  if (kind !== undefined) return kind;
  kind = 0;
  let src;
  try {
    src = FunctionProtoToString.call(fn);
  } catch {
    src = '';
  }
  let i = skipSpace(src, 0);
  if (src.startsWith('async', i) && !isIdentChar(src.charCodeAt(i + 5))) {
    let j = skipSpace(src, i + 5);
    if (src.startsWith('=>', j)) {
      // `async => ...`: an arrow whose parameter is named async
    } else if (src[j] === '(') {
      // `async (...) => ...` is an async arrow; `async (...) {...}` is a method named async
      const k = skipSpace(src, skipParens(src, j));
      if (src.startsWith('=>', k)) kind = 1;
    } else if (j > i + 5 || src[j] === '*' || src[j] === '[' || src[j] === '"' || src[j] === "'") {
      kind = 1;
      i = j;
    }
  }
  if (src.startsWith('function', i) && !isIdentChar(src.charCodeAt(i + 8))) {
    if (src[skipSpace(src, i + 8)] === '*') kind |= 2;
  } else if (src[i] === '*') {
    kind |= 2;
  }
  try {
    kindCache.set(fn, kind);
  } catch {
    // a host (Java) function cannot be a WeakMap key: not cached
  }
  return kind;
}

function isAsyncFunction(v) { return typeof v === 'function' && (functionKind(v) & 1) !== 0; }
function isGeneratorFunction(v) { return typeof v === 'function' && (functionKind(v) & 2) !== 0; }

// `tags` are the Object.prototype.toString results such objects give through their usual
// prototype chain; only objects showing one of them are shown to the engine (a cheap filter, since
// asking the engine formats the object). Without the binding the tag alone decides.
function classIs(v, names, tags) {
  if (typeof v !== 'object' || v === null) return false;
  let t;
  try {
    t = ObjectProtoToString.call(v);
  } catch {
    return false;
  }
  if (!tags.includes(t)) return false;
  const b = utilBinding();
  if (b === null) return true;
  return names.includes(b.engineClass(v));
}

function isMapIterator(v) { return classIs(v, ['Map Iterator'], ['[object Map Iterator]']); }
function isSetIterator(v) { return classIs(v, ['Set Iterator'], ['[object Set Iterator]']); }
function isGeneratorObject(v) { return classIs(v, ['Generator', 'AsyncGenerator'], ['[object Generator]', '[object AsyncGenerator]']); }
function isModuleNamespaceObject(v) { return classIs(v, ['Module'], ['[object Module]']); }
function isArgumentsObject(v) {
  if (typeof v !== 'object' || v === null) return false;
  const b = utilBinding();
  if (b !== null) return b.engineClass(v) === 'Arguments';
  try {
    return ObjectProtoToString.call(v) === '[object Arguments]' && v[Symbol.toStringTag] === undefined;
  } catch {
    return false;
  }
}

function isExternal() { return false; } // jnode has no native addons, so no External values
function isKeyObject(v) {
  if (typeof v !== 'object' || v === null) return false;
  let keys;
  try { keys = require('internal/crypto/keys'); } catch { return false; }
  return typeof keys.KeyObject === 'function' && v instanceof keys.KeyObject;
}
function isCryptoKey(v) {
  if (typeof v !== 'object' || v === null) return false;
  let keys;
  try { keys = require('internal/crypto/keys'); } catch { return false; }
  return typeof keys.CryptoKey === 'function' && v instanceof keys.CryptoKey;
}

const typedNames = ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array',
  'Int16Array', 'Int32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];

const types = {
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isDate,
  isExternal,
  isGeneratorFunction,
  isGeneratorObject,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isDataView,
  isTypedArray,
};
for (const name of typedNames) types[`is${name}`] = typedCheck(name);
types.isKeyObject = isKeyObject;
types.isCryptoKey = isCryptoKey;

module.exports = {
  types,
  ...types,
  isWeakRef,
  typedArrayName,
  functionKind,
  engineClass,
  utilBinding,
};
