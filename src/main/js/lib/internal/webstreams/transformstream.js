'use strict';

// TransformStream and TransformStreamDefaultController, after the WHATWG Streams Standard.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const {
  kState, kType, customInspect, uponPromise, createDeferred, isBrand, promiseCall, getMethod,
  PromiseResolve, PromiseReject, extractHighWaterMark, extractSizeAlgorithm, validateStrategy,
  inspectObject,
} = require('internal/webstreams/util');
const {
  createReadableStream,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
} = require('internal/webstreams/readablestream');
const {
  createWritableStream,
  writableStreamDefaultControllerErrorIfNeeded,
} = require('internal/webstreams/writablestream');

const kInternal = Symbol('kInternal');
const isTransformStream = (v) => isBrand(v, 'TransformStream');
const isController = (v) => isBrand(v, 'TransformStreamDefaultController');

class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    if (transformer === null) transformer = undefined;
    if (transformer !== undefined && typeof transformer !== 'object' && typeof transformer !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    }
    writableStrategy = validateStrategy(writableStrategy);
    readableStrategy = validateStrategy(readableStrategy);
    const dict = transformer === undefined ? {} : transformer;
    if (dict.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', dict.readableType);
    }
    if (dict.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', dict.writableType);
    }
    const readableHWM = extractHighWaterMark(readableStrategy.highWaterMark, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy.size);
    const writableHWM = extractHighWaterMark(writableStrategy.highWaterMark, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy.size);
    const startPromise = createDeferred();
    initializeTransformStream(this, startPromise, writableHWM, writableSize, readableHWM, readableSize);
    const start = setUpTransformStreamDefaultControllerFromTransformer(this, dict);
    if (start !== undefined) {
      startPromise.resolve(Reflect.apply(start, dict, [this[kState].controller]));
    } else {
      startPromise.resolve();
    }
  }

  get readable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].writable;
  }

  [customInspect](depth, options, inspect) {
    const s = this[kState];
    return inspectObject(this, 'TransformStream', {
      readable: s.readable,
      writable: s.writable,
      backpressure: s.backpressure,
    }, depth, options, inspect);
  }
}

class TransformStreamDefaultController {
  constructor(token) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'TransformStreamDefaultController';
    this[kState] = {};
  }

  get desiredSize() {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    const readable = this[kState].stream[kState].readable;
    return readableStreamDefaultControllerGetDesiredSize(readable[kState].controller);
  }

  enqueue(chunk = undefined) {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    transformStreamDefaultControllerTerminate(this);
  }

  [customInspect](depth, options, inspect) {
    return inspectObject(this, 'TransformStreamDefaultController', { stream: this[kState].stream },
      depth, options, inspect);
  }
}

for (const C of [TransformStream, TransformStreamDefaultController]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  for (const k of Object.getOwnPropertyNames(C.prototype)) {
    if (k !== 'constructor') Object.defineProperty(C.prototype, k, { enumerable: true });
  }
}

function initializeTransformStream(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  stream[kType] = 'TransformStream';
  const s = stream[kState] = {
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChangePromise: undefined,
    controller: undefined,
  };
  const startAlgorithm = () => startPromise.promise;
  s.writable = createWritableStream(startAlgorithm,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHWM, writableSize);
  s.readable = createReadableStream(startAlgorithm,
    () => transformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
    readableHWM, readableSize);
  transformStreamSetBackpressure(stream, true);
}

function transformStreamError(stream, e) {
  readableStreamDefaultControllerError(stream[kState].readable[kState].controller, e);
  transformStreamErrorWritableAndUnblockWrite(stream, e);
}

function transformStreamErrorWritableAndUnblockWrite(stream, e) {
  transformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  writableStreamDefaultControllerErrorIfNeeded(stream[kState].writable[kState].controller, e);
  transformStreamUnblockWrite(stream);
}

function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.backpressureChangePromise !== undefined) s.backpressureChangePromise.resolve();
  s.backpressureChangePromise = createDeferred();
  s.backpressure = backpressure;
}

function setUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
  const c = controller[kState];
  c.stream = stream;
  stream[kState].controller = controller;
  c.transformAlgorithm = transformAlgorithm;
  c.flushAlgorithm = flushAlgorithm;
  c.cancelAlgorithm = cancelAlgorithm;
  c.finishPromise = undefined;
}

// Returns the transformer's start method (called by the constructor once everything is set up).
function setUpTransformStreamDefaultControllerFromTransformer(stream, transformer) {
  const controller = new TransformStreamDefaultController(kInternal);
  const start = getMethod(transformer, 'start', 'transformer');
  const transform = getMethod(transformer, 'transform', 'transformer');
  const flush = getMethod(transformer, 'flush', 'transformer');
  const cancel = getMethod(transformer, 'cancel', 'transformer');
  const transformAlgorithm = transform !== undefined ?
    (chunk) => promiseCall(transform, transformer, chunk, controller) :
    (chunk) => {
      try {
        transformStreamDefaultControllerEnqueue(controller, chunk);
        return PromiseResolve();
      } catch (err) {
        return PromiseReject(err);
      }
    };
  setUpTransformStreamDefaultController(stream, controller, transformAlgorithm,
    flush !== undefined ? () => promiseCall(flush, transformer, controller) : () => PromiseResolve(),
    cancel !== undefined ? (reason) => promiseCall(cancel, transformer, reason) : () => PromiseResolve());
  return start;
}

function transformStreamDefaultControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readable = stream[kState].readable;
  const readableController = readable[kState].controller;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (err) {
    transformStreamErrorWritableAndUnblockWrite(stream, err);
    throw readable[kState].storedError;
  }
  const backpressure = readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  const stream = controller[kState].stream;
  const transformAlgorithm = controller[kState].transformAlgorithm;
  if (transformAlgorithm === undefined) {
    // a write that raced a cancel or abort: the algorithms are gone with the stream
    const readable = stream[kState].readable[kState];
    return PromiseReject(readable.state === 'errored' ? readable.storedError :
      new ERR_INVALID_STATE.TypeError('TransformStream has been canceled'));
  }
  return uponPromise(transformAlgorithm(chunk), undefined, (r) => {
    transformStreamError(stream, r);
    throw r;
  });
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller[kState].stream;
  readableStreamDefaultControllerClose(stream[kState].readable[kState].controller);
  transformStreamErrorWritableAndUnblockWrite(stream,
    new ERR_INVALID_STATE.TypeError('TransformStream has been terminated'));
}

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const s = stream[kState];
  const controller = s.controller;
  if (s.backpressure) {
    return uponPromise(s.backpressureChangePromise.promise, () => {
      const writable = s.writable[kState];
      if (writable.state === 'erroring') throw writable.storedError;
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  return finishFromWritableSide(stream, (c) => c.cancelAlgorithm(reason),
    (readableController) => readableStreamDefaultControllerError(readableController, reason));
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  return finishFromWritableSide(stream, (c) => c.flushAlgorithm(), readableStreamDefaultControllerClose);
}

// The writable side's abort and close: run the transformer's cancel or flush once (whichever
// comes first; a later one gets the same promise), then settle the readable side with
// `settleReadable` unless it errored meanwhile.
function finishFromWritableSide(stream, runAlgorithm, settleReadable) {
  const s = stream[kState];
  const c = s.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = s.readable;
  const finish = createDeferred();
  c.finishPromise = finish;
  const ran = runAlgorithm(c);
  transformStreamDefaultControllerClearAlgorithms(s.controller);
  uponPromise(ran, () => {
    if (readable[kState].state === 'errored') {
      finish.reject(readable[kState].storedError);
    } else {
      settleReadable(readable[kState].controller);
      finish.resolve();
    }
  }, (r) => {
    readableStreamDefaultControllerError(readable[kState].controller, r);
    finish.reject(r);
  });
  return finish.promise;
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChangePromise.promise;
}

function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const s = stream[kState];
  const c = s.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const writable = s.writable;
  c.finishPromise = createDeferred();
  const finish = c.finishPromise;
  const cancelPromise = c.cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(s.controller);
  uponPromise(cancelPromise, () => {
    if (writable[kState].state === 'errored') {
      finish.reject(writable[kState].storedError);
    } else {
      writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, reason);
      transformStreamUnblockWrite(stream);
      finish.resolve();
    }
  }, (r) => {
    writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, r);
    transformStreamUnblockWrite(stream);
    finish.reject(r);
  });
  return finish.promise;
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
};
