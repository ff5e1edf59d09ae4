'use strict';

// WritableStream, WritableStreamDefaultWriter and WritableStreamDefaultController, after the
// WHATWG Streams Standard's abstract operations (same names, so the code can be read beside it).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const {
  kState, kType, customInspect, kIsClosedPromise, kControllerErrorFunction, uponPromise, setPromiseHandled, createDeferred, isBrand,
  promiseCall, getMethod, PromiseResolve, PromiseReject, resetQueue, queueLength, dequeueValue,
  enqueueValueWithSize, peekQueueValue, extractHighWaterMark, extractSizeAlgorithm,
  validateStrategy, inspectObject,
} = require('internal/webstreams/util');

const kInternal = Symbol('kInternal');
const kCloseSentinel = Symbol('close');

function resolvedDeferred() {
  const d = createDeferred();
  d.resolve();
  return d;
}
function rejectedDeferred(error) {
  const d = createDeferred();
  d.reject(error);
  setPromiseHandled(d.promise);
  return d;
}

function isWritableStream(v) { return isBrand(v, 'WritableStream'); }
function isWriter(v) { return isBrand(v, 'WritableStreamDefaultWriter'); }
function isController(v) { return isBrand(v, 'WritableStreamDefaultController'); }

class WritableStream {
  constructor(sink = undefined, strategy = undefined) {
    if (sink === null) sink = undefined;
    if (sink !== undefined && typeof sink !== 'object' && typeof sink !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
    }
    strategy = validateStrategy(strategy);
    const dict = sink === undefined ? {} : sink;
    if (dict.type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', dict.type);
    initializeWritableStream(this);
    const size = strategy.size;
    const hwm = extractHighWaterMark(strategy.highWaterMark, 1);
    const sizeAlgorithm = extractSizeAlgorithm(size);
    setUpWritableStreamDefaultControllerFromUnderlyingSink(this, dict, hwm, sizeAlgorithm);
  }

  get locked() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return isWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return PromiseReject(new ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(this)) return PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return PromiseReject(new ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(this)) return PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [customInspect](depth, options, inspect) {
    return inspectObject(this, 'WritableStream', {
      locked: this.locked,
      state: this[kState].state,
    }, depth, options, inspect);
  }
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    this[kType] = 'WritableStreamDefaultWriter';
    this[kState] = { stream: undefined, readyPromise: undefined, closedPromise: undefined };
    setUpWritableStreamDefaultWriter(this, stream);
  }

  get closed() {
    if (!isWriter(this)) return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return this[kState].closedPromise.promise;
  }

  get ready() {
    if (!isWriter(this)) return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return this[kState].readyPromise.promise;
  }

  get desiredSize() {
    if (!isWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) {
      throw new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
    }
    return writableStreamDefaultWriterGetDesiredSize(this);
  }

  abort(reason = undefined) {
    if (!isWriter(this)) return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    return writableStreamAbort(this[kState].stream, reason);
  }

  close() {
    if (!isWriter(this)) return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    const stream = this[kState].stream;
    if (stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    if (!isWriter(this)) return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    return writableStreamDefaultWriterWrite(this, chunk);
  }

  [customInspect](depth, options, inspect) {
    const state = this[kState];
    return inspectObject(this, 'WritableStreamDefaultWriter', {
      stream: state.stream,
      close: state.closedPromise.promise,
      ready: state.readyPromise.promise,
      desiredSize: state.stream === undefined ? undefined : writableStreamDefaultWriterGetDesiredSize(this),
    }, depth, options, inspect);
  }
}

class WritableStreamDefaultController {
  constructor(token) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'WritableStreamDefaultController';
    this[kState] = {};
  }

  get signal() {
    if (!isController(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    if (!isController(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    writableStreamDefaultControllerError(this, error);
  }

  [customInspect](depth, options, inspect) {
    return inspectObject(this, 'WritableStreamDefaultController', { stream: this[kState].stream },
      depth, options, inspect);
  }
}

for (const C of [WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  for (const k of Object.getOwnPropertyNames(C.prototype)) {
    if (k !== 'constructor') Object.defineProperty(C.prototype, k, { enumerable: true });
  }
}

// ---- stream abstract operations ----

function initializeWritableStream(stream) {
  stream[kType] = 'WritableStream';
  Object.defineProperty(stream, kIsClosedPromise, { value: createDeferred(), configurable: true });
  Object.defineProperty(stream, kControllerErrorFunction, {
    configurable: true,
    value: (error) => writableStreamDefaultControllerErrorIfNeeded(stream[kState].controller, error),
  });
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
  };
}

// CreateWritableStream: for TransformStream and the adapters.
function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  initializeWritableStream(stream);
  const controller = new WritableStreamDefaultController(kInternal);
  setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
    closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function writableStreamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return PromiseResolve();
  s.controller[kState].abortController.abort(reason);
  const state = s.state;
  if (state === 'closed' || state === 'errored') return PromiseResolve();
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.deferred.promise;
  const wasAlreadyErroring = state === 'erroring';
  if (wasAlreadyErroring) reason = undefined;
  const deferred = createDeferred();
  s.pendingAbortRequest = { deferred, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return deferred.promise;
}

function writableStreamClose(stream) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') {
    return PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const deferred = createDeferred();
  s.closeRequest = deferred;
  const writer = s.writer;
  if (writer !== undefined && s.backpressure && s.state === 'writable') {
    writer[kState].readyPromise.resolve();
  }
  writableStreamDefaultControllerClose(s.controller);
  return deferred.promise;
}

function writableStreamAddWriteRequest(stream) {
  const deferred = createDeferred();
  stream[kState].writeRequests.push(deferred);
  return deferred.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const s = stream[kState];
  const controller = s.controller;
  s.state = 'erroring';
  s.storedError = reason;
  if (s.writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(s.writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamFinishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  resetQueue(s.controller[kState]);
  const storedError = s.storedError;
  for (const request of s.writeRequests) request.reject(storedError);
  s.writeRequests = [];
  if (s.pendingAbortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = s.pendingAbortRequest;
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.deferred.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const controller = s.controller[kState];
  const promise = controller.abortAlgorithm(abortRequest.reason);
  writableStreamDefaultControllerClearAlgorithms(s.controller);
  uponPromise(promise, () => {
    abortRequest.deferred.resolve();
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.deferred.reject(reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightWrite(stream) {
  const s = stream[kState];
  s.inFlightWriteRequest.resolve();
  s.inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  const s = stream[kState];
  s.inFlightWriteRequest.reject(error);
  s.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightClose(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest.resolve();
  s.inFlightCloseRequest = undefined;
  if (s.state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.deferred.resolve();
      s.pendingAbortRequest = undefined;
    }
  }
  s.state = 'closed';
  if (s.writer !== undefined) s.writer[kState].closedPromise.resolve();
  stream[kIsClosedPromise].resolve();
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  s.inFlightCloseRequest.reject(error);
  s.inFlightCloseRequest = undefined;
  if (s.pendingAbortRequest !== undefined) {
    s.pendingAbortRequest.deferred.reject(error);
    s.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  const s = stream[kState];
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function writableStreamHasOperationMarkedInFlight(stream) {
  const s = stream[kState];
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  stream[kIsClosedPromise].reject(s.storedError);
  setPromiseHandled(stream[kIsClosedPromise].promise);
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = undefined;
  }
  if (s.writer !== undefined) {
    const w = s.writer[kState];
    w.closedPromise.reject(s.storedError);
    setPromiseHandled(w.closedPromise.promise);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.writer !== undefined && backpressure !== s.backpressure) {
    const w = s.writer[kState];
    if (backpressure) w.readyPromise = createDeferred();
    else w.readyPromise.resolve();
  }
  s.backpressure = backpressure;
}

// ---- writer abstract operations ----

function setUpWritableStreamDefaultWriter(writer, stream) {
  if (isWritableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('WritableStream is locked');
  const w = writer[kState];
  const s = stream[kState];
  w.stream = stream;
  s.writer = writer;
  const state = s.state;
  if (state === 'writable') {
    w.readyPromise = !writableStreamCloseQueuedOrInFlight(stream) && s.backpressure ?
      createDeferred() : resolvedDeferred();
    w.closedPromise = createDeferred();
  } else if (state === 'erroring') {
    w.readyPromise = rejectedDeferred(s.storedError);
    w.closedPromise = createDeferred();
  } else if (state === 'closed') {
    w.readyPromise = resolvedDeferred();
    w.closedPromise = resolvedDeferred();
  } else {
    w.readyPromise = rejectedDeferred(s.storedError);
    w.closedPromise = rejectedDeferred(s.storedError);
  }
}

function acquireWritableStreamDefaultWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  if (writableStreamCloseQueuedOrInFlight(stream) || s.state === 'closed') return PromiseResolve();
  if (s.state === 'errored') return PromiseReject(s.storedError);
  return writableStreamClose(stream);
}

function ensureRejected(w, key, error) {
  // a settled promise is replaced by a newly rejected one
  const d = w[key];
  if (d.settled) {
    w[key] = rejectedDeferred(error);
  } else {
    d.reject(error);
    setPromiseHandled(d.promise);
  }
}

function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  ensureRejected(writer[kState], 'closedPromise', error);
}

function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  ensureRejected(writer[kState], 'readyPromise', error);
}

function writableStreamDefaultWriterGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return writableStreamDefaultControllerGetDesiredSize(stream[kState].controller);
}

function writableStreamDefaultWriterRelease(writer) {
  const w = writer[kState];
  const stream = w.stream;
  const releasedError = new ERR_INVALID_STATE.TypeError('Writer has been released');
  writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedError);
  writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedError);
  stream[kState].writer = undefined;
  w.stream = undefined;
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  const controller = s.controller;
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return PromiseReject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
  }
  const state = s.state;
  if (state === 'errored') return PromiseReject(s.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  if (state === 'erroring') return PromiseReject(s.storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

// ---- controller abstract operations ----

function setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
                                              closeAlgorithm, abortAlgorithm, highWaterMark,
                                              sizeAlgorithm) {
  const c = controller[kState];
  c.stream = stream;
  stream[kState].controller = controller;
  resetQueue(c);
  c.abortController = new AbortController();
  c.started = false;
  c.strategySizeAlgorithm = sizeAlgorithm;
  c.strategyHWM = highWaterMark;
  c.writeAlgorithm = writeAlgorithm;
  c.closeAlgorithm = closeAlgorithm;
  c.abortAlgorithm = abortAlgorithm;
  writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  const startResult = startAlgorithm();
  uponPromise(PromiseResolve(startResult), () => {
    c.started = true;
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (r) => {
    c.started = true;
    writableStreamDealWithRejection(stream, r);
  });
}

function setUpWritableStreamDefaultControllerFromUnderlyingSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = new WritableStreamDefaultController(kInternal);
  const start = getMethod(sink, 'start', 'sink');
  const write = getMethod(sink, 'write', 'sink');
  const close = getMethod(sink, 'close', 'sink');
  const abort = getMethod(sink, 'abort', 'sink');
  const startAlgorithm = start === undefined ? () => undefined : () => Reflect.apply(start, sink, [controller]);
  const writeAlgorithm = write === undefined ? () => PromiseResolve() :
    (chunk) => promiseCall(write, sink, chunk, controller);
  const closeAlgorithm = close === undefined ? () => PromiseResolve() : () => promiseCall(close, sink);
  const abortAlgorithm = abort === undefined ? () => PromiseResolve() : (reason) => promiseCall(abort, sink, reason);
  setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
    closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
}

function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (!c.started) return;
  if (stream[kState].inFlightWriteRequest !== undefined) return;
  const state = stream[kState].state;
  if (state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (state !== 'writable' || queueLength(c) === 0) return;
  const value = peekQueueValue(c);
  if (value === kCloseSentinel) writableStreamDefaultControllerProcessClose(controller);
  else writableStreamDefaultControllerProcessWrite(controller, value);
}

function writableStreamDefaultControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller[kState], kCloseSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerError(controller, error) {
  const stream = controller[kState].stream;
  writableStreamDefaultControllerClearAlgorithms(controller);
  writableStreamStartErroring(stream, error);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') {
    writableStreamDefaultControllerError(controller, error);
  }
}

function writableStreamDefaultControllerGetBackpressure(controller) {
  return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
}

function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  const c = controller[kState];
  if (c.strategySizeAlgorithm === undefined) return 1;
  try {
    return c.strategySizeAlgorithm(chunk);
  } catch (err) {
    writableStreamDefaultControllerErrorIfNeeded(controller, err);
    return 1;
  }
}

function writableStreamDefaultControllerGetDesiredSize(controller) {
  const c = controller[kState];
  return c.strategyHWM - c.queueTotalSize;
}

function writableStreamDefaultControllerProcessClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
  dequeueValue(c);
  const sinkClosePromise = c.closeAlgorithm();
  writableStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(sinkClosePromise, () => writableStreamFinishInFlightClose(stream),
    (reason) => writableStreamFinishInFlightCloseWithError(stream, reason));
}

function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightWriteRequest = s.writeRequests.shift();
  const sinkWritePromise = c.writeAlgorithm(chunk);
  uponPromise(sinkWritePromise, () => {
    writableStreamFinishInFlightWrite(stream);
    dequeueValue(c);
    if (!writableStreamCloseQueuedOrInFlight(stream) && s.state === 'writable') {
      writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (s.state === 'writable') writableStreamDefaultControllerClearAlgorithms(controller);
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  const c = controller[kState];
  try {
    enqueueValueWithSize(c, chunk, chunkSize);
  } catch (err) {
    writableStreamDefaultControllerErrorIfNeeded(controller, err);
    return;
  }
  const stream = c.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  isWritableStream,
  isWritableStreamLocked,
  createWritableStream,
  acquireWritableStreamDefaultWriter,
  writableStreamAbort,
  writableStreamClose,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite,
  writableStreamDefaultControllerErrorIfNeeded,
};
