'use strict';

// Shared helpers of the WHATWG Streams implementation: the internal-slot symbols, promise
// plumbing that user code cannot intercept, queue-with-sizes, strategy extraction and the
// buffer operations byte streams need.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE },
} = require('internal/errors');

const kState = Symbol('kState');
const kType = Symbol('kType');
const customInspect = Symbol.for('nodejs.util.inspect.custom');
// Shared with internal/streams (finished(), addAbortSignal()): a deferred settled when the
// stream closes or errors, and a function that errors the stream's controller.
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');

const PromiseThen = Promise.prototype.then;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);

// then() on an internal promise, immune to a patched Promise.prototype.then.
function uponPromise(promise, onFulfilled, onRejected) {
  return Reflect.apply(PromiseThen, promise, [onFulfilled, onRejected]);
}

function setPromiseHandled(promise) {
  Reflect.apply(PromiseThen, promise, [undefined, () => {}]);
}

// A promise with its resolving functions; `settled` says whether either was called.
function createDeferred() {
  const d = { promise: undefined, resolve: undefined, reject: undefined, settled: false };
  d.promise = new Promise((res, rej) => {
    d.resolve = (v) => { d.settled = true; res(v); };
    d.reject = (e) => { d.settled = true; rej(e); };
  });
  return d;
}

function isBrand(value, type) {
  return value !== null && typeof value === 'object' && value[kType] === type &&
    Object.prototype.hasOwnProperty.call(value, kState);
}

// Calls method on obj with args, turning a throw or a non-promise result into a promise.
function promiseCall(fn, thisArg, ...args) {
  try {
    return PromiseResolve(Reflect.apply(fn, thisArg, args));
  } catch (err) {
    return PromiseReject(err);
  }
}

// Reads an optional method from an underlying source/sink/transformer dictionary.
function getMethod(dict, name, dictName) {
  const fn = dict[name];
  if (fn === undefined) return undefined;
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(`${dictName}.${name}`, 'Function', fn);
  }
  return fn;
}

// ---- queue with sizes ----

function resetQueue(container) {
  container.queue = [];
  container.queueHead = 0;
  container.queueTotalSize = 0;
}

function queueLength(container) {
  return container.queue.length - container.queueHead;
}

function dequeueValue(container) {
  const pair = container.queue[container.queueHead];
  container.queue[container.queueHead++] = undefined;
  if (container.queueHead > 1024 && container.queueHead * 2 > container.queue.length) {
    container.queue = container.queue.slice(container.queueHead);
    container.queueHead = 0;
  }
  container.queueTotalSize -= pair.size;
  if (container.queueTotalSize < 0) container.queueTotalSize = 0;
  return pair.value;
}

function enqueueValueWithSize(container, value, size) {
  size = +size;
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

function peekQueueValue(container) {
  return container.queue[container.queueHead].value;
}

// ---- strategies ----

function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  const hwm = +value;
  if (Number.isNaN(hwm) || hwm < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return hwm;
}

function extractSizeAlgorithm(size) {
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  }
  return (chunk) => size(chunk);
}

function validateStrategy(strategy) {
  if (strategy === undefined || strategy === null) return {};
  if (typeof strategy !== 'object' && typeof strategy !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
  }
  return strategy;
}

// ---- buffers ----

function isDetached(buffer) {
  return buffer.detached === true;
}

function transferArrayBuffer(buffer) {
  if (isDetached(buffer)) throw new ERR_INVALID_STATE.TypeError('ArrayBuffer is detached');
  return buffer.transfer();
}

function copyDataBlockBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
  new Uint8Array(toBuffer, toIndex, count).set(new Uint8Array(fromBuffer, fromIndex, count));
}

function cloneAsUint8Array(view) {
  const buffer = view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength);
  return new Uint8Array(buffer);
}

function canTransfer(buffer) {
  return !isDetached(buffer) && !(typeof SharedArrayBuffer === 'function' && buffer instanceof SharedArrayBuffer);
}

// A DOMException named AbortError for aborted pipes, the reason when a signal has none.
function lazyDOMException() {
  return require('internal/per_context/domexception').DOMException;
}

function inspectObject(self, name, props, depth, options, inspect) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(props, opts)}`;
}

module.exports = {
  kState,
  kType,
  customInspect,
  kIsClosedPromise,
  kControllerErrorFunction,
  uponPromise,
  setPromiseHandled,
  createDeferred,
  isBrand,
  promiseCall,
  getMethod,
  PromiseResolve,
  PromiseReject,
  resetQueue,
  queueLength,
  dequeueValue,
  enqueueValueWithSize,
  peekQueueValue,
  extractHighWaterMark,
  extractSizeAlgorithm,
  validateStrategy,
  isDetached,
  transferArrayBuffer,
  copyDataBlockBytes,
  cloneAsUint8Array,
  canTransfer,
  lazyDOMException,
  inspectObject,
};
