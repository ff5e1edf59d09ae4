'use strict';

// Internal abort listeners run even when a user listener stops propagation, as in Node.
const { kResistStopPropagation } = require('internal/abort_symbols');

// The public 'util' module.

const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
  },
  uvErrors,
  errnoException,
  restartStackBelow,
} = require('internal/errors');
const {
  validateFunction,
  validateNumber,
  validateString,
  validateObject,
  validateAbortSignal,
  validateBoolean,
  isInt32,
} = require('internal/validators');
const {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
} = require('internal/util/inspect');
const { types } = require('internal/util/types');

// internal/abort_controller needs events, which needs this module: load it on first use.
function transferableAbortSignal(signal) {
  return require('internal/abort_controller').transferableAbortSignal(signal);
}

function transferableAbortController() {
  return require('internal/abort_controller').transferableAbortController();
}

// ---- promisify / callbackify ----

const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisified]) {
    const fn = original[kCustomPromisified];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisified, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        resolve(values[0]);
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisified, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const key of Reflect.ownKeys(descriptors)) {
    try {
      Object.defineProperty(fn, key, descriptors[key]);
    } catch {
      // non-configurable own properties of `fn` (none in practice) stay as they are
    }
  }
  return fn;
}
promisify.custom = kCustomPromisified;

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const err = new ERR_FALSY_VALUE_REJECTION(reason);
    restartStackBelow(err, callbackifyOnRejected);  // starts at the tick queue, as Node's does
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb),
    );
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const propertiesValues = Object.values(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) Object.setPrototypeOf(propertiesValues[i], null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---- deprecate ----

const codesWarned = new Set();

function deprecate(fn, msg, code, useEmitSync) {
  validateFunction(fn, 'fn');
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!process.noDeprecation) {
      if (!warned) {
        warned = true;
        if (code !== undefined) {
          if (!codesWarned.has(code)) {
            codesWarned.add(code);
            process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          }
        } else {
          process.emitWarning(msg, 'DeprecationWarning', deprecated);
        }
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---- inherits / _extend ----

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// ---- isDeepStrictEqual ----

function isDeepStrictEqual(a, b, options) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b, options);
}

// ---- styleText ----

function envForcesColor() {
  const force = process.env.FORCE_COLOR;
  if (force === undefined) return undefined;
  return !(force === '0' || force === 'false');
}

function streamShouldColorize(stream) {
  const forced = envForcesColor();
  if (forced !== undefined) return forced;
  if (!stream || !stream.isTTY) return false;
  if (process.env.NO_COLOR !== undefined || process.env.NODE_DISABLE_COLORS !== undefined) return false;
  if (process.env.TERM === 'dumb') return false;
  return typeof stream.hasColors === 'function' ? stream.hasColors() : true;
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream) {
    if (stream === null || typeof stream !== 'object' || typeof stream.write !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !streamShouldColorize(stream);
  }
  const formats = Array.isArray(format) ? format : [format];
  const colors = inspect.colors;
  const codes = [];
  for (const key of formats) {
    if (key === 'none') continue;
    const code = typeof key === 'string' ? colors[key] : undefined;
    if (code === undefined) {
      const { validateOneOf } = require('internal/validators');
      validateOneOf(key, 'format', Object.keys(colors));
    }
    codes.push(code);
  }
  if (skipColorize) return text;
  // Formats nest like calls (the first is outermost). Inside a style, a nested style's reset
  // of the same kind, unless it ends the text, switches back to this style: a colour reset
  // becomes this colour; a shared intensity reset (22, bold/dim) is followed by this style.
  let result = text;
  for (let i = codes.length - 1; i >= 0; i--) {
    const [open, close] = codes[i];
    const openSeq = `\u001b[${open}m`;
    const closeSeq = `\u001b[${close}m`;
    let inner = '';
    let from = 0;
    for (let at = result.indexOf(closeSeq); at !== -1; at = result.indexOf(closeSeq, at + closeSeq.length)) {
      if (at + closeSeq.length === result.length) break;
      inner += result.slice(from, at) + (close === 22 ? closeSeq + openSeq : openSeq);
      from = at + closeSeq.length;
    }
    result = `${openSeq}${inner}${result.slice(from)}${closeSeq}`;
  }
  return result;
}

// ---- debuglog ----

let debugEnvRegExp;
function debugEnabledFor(set) {
  if (debugEnvRegExp === undefined) {
    const env = process.env.NODE_DEBUG;
    if (env) {
      const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
      debugEnvRegExp = new RegExp(`^${pattern}$`, 'i');
    } else {
      debugEnvRegExp = null;
    }
  }
  return debugEnvRegExp !== null && debugEnvRegExp.test(set);
}

function debuglog(set, cb) {
  set = String(set).toUpperCase();
  let enabled;
  let logger;
  function init() {
    if (enabled === undefined) {
      enabled = debugEnabledFor(set);
      if (enabled) {
        const pid = process.pid;
        logger = (...args) => {
          const colors = process.stderr && process.stderr.isTTY && streamShouldColorize(process.stderr);
          const msg = formatWithOptions({ colors }, ...args);
          process.stderr.write(`${set} ${pid}: ${msg}\n`);
        };
      } else {
        logger = () => {};
      }
      if (typeof cb === 'function') cb(logger);
    }
  }
  function debug(...args) {
    init();
    logger(...args);
  }
  Object.defineProperty(debug, 'enabled', {
    get() {
      init();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return debug;
}

// ---- system errors ----

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !isInt32(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  const entry = uvErrors.get(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMessage(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !isInt32(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  const entry = uvErrors.get(err);
  return entry ? entry[1] : `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  return new Map(uvErrors);
}

// ---- misc ----

function toUSVString(input) {
  return String(input).toWellFormed();
}

function markPromiseAsHandled(promise) {
  promise.then(undefined, () => {});
}

async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'Object', resource);
  }
  if (signal.aborted) return;
  // The listener is held weakly, alive only as long as `resource`: once the resource is
  // collected, the promise can never settle (and keeps nothing alive), as in Node.
  const { kWeakHandler } = require('internal/event_target');
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), {
      __proto__: null, once: true, [kResistStopPropagation]: true, [kWeakHandler]: resource,
    });
  });
}

function convertProcessSignalToExitCode(signalCode) {
  const { signals } = require('internal/process/signals');
  const num = Object.hasOwn(signals, signalCode) ? signals[signalCode] : undefined;
  if (num === undefined) require('internal/validators').validateOneOf(signalCode, 'signalCode', Object.keys(signals));
  return 128 + num;
}

function notImplemented(name) {
  const fn = function() {
    throw new ERR_NOT_IMPLEMENTED(`util.${name}`);
  };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

function _errnoException(err, syscall, original) {
  return errnoException(err, syscall, original);
}

function _exceptionWithHostPort(err, syscall, address, port, additional) {
  const e = errnoException(err, syscall, additional ? `${address}:${port} - Local (${additional})` : undefined);
  e.address = address;
  if (port) e.port = port;
  return e;
}

// The caller's stack frames as plain objects, from the engine's structured call sites.
function getCallSites(frameCount = 8, options = undefined) {
  if (typeof frameCount === 'object' && frameCount !== null && options === undefined) {
    options = frameCount;
    frameCount = 8;
  }
  if (options !== undefined) require('internal/validators').validateObject(options, 'options');
  require('internal/validators').validateNumber(frameCount, 'frameCount', 1, 200);
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let sites;
  try {
    Error.stackTraceLimit = frameCount;
    Error.prepareStackTrace = (_, callSites) => callSites;
    const holder = {};
    Error.captureStackTrace(holder, getCallSites);
    sites = holder.stack;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
  if (!Array.isArray(sites)) return [];
  return sites.slice(0, frameCount).map((cs) => ({
    functionName: cs.getFunctionName() ?? '',
    scriptId: '0',
    scriptName: cs.getFileName() ?? '',
    lineNumber: cs.getLineNumber() ?? 0,
    columnNumber: cs.getColumnNumber() ?? 0,
    column: cs.getColumnNumber() ?? 0,
  }));
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: deprecate(_extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  callbackify,
  convertProcessSignalToExitCode,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: deprecate(Array.isArray, 'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'),
  isDeepStrictEqual,
  markPromiseAsHandled,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  get TextDecoder() { return globalThis.TextDecoder; },
  get TextEncoder() { return globalThis.TextEncoder; },
  debounce: notImplemented('debounce'),
  throttle: notImplemented('throttle'),
  setTraceSigInt: notImplemented('setTraceSigInt'),
};

// Loaded on first use (they are large and most programs never touch them); the first read
// replaces the accessor with a plain data property, as Node exposes them.
for (const [name, id, key] of [
  ['parseEnv', 'internal/util/parse_env', 'parseEnv'],
  ['parseArgs', 'internal/util/parse_args', 'parseArgs'],
  ['MIMEType', 'internal/mime', 'MIMEType'],
  ['MIMEParams', 'internal/mime', 'MIMEParams'],
  ['diff', 'internal/util/diff', 'diff'],
]) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const value = require(id)[key];
      Object.defineProperty(module.exports, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
    },
  });
}
