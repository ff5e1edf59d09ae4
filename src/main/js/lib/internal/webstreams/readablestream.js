'use strict';

// ReadableStream with its readers, controllers and BYOB request, after the WHATWG Streams
// Standard's abstract operations (same names, so the code can be read beside the standard).

const {
  codes: {
    ERR_ARG_NOT_ITERABLE, ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE, ERR_INVALID_THIS, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  kState, kType, customInspect, kIsClosedPromise, kControllerErrorFunction, uponPromise, setPromiseHandled, createDeferred, isBrand,
  promiseCall, getMethod, PromiseResolve, PromiseReject, resetQueue, queueLength, dequeueValue,
  enqueueValueWithSize, extractHighWaterMark, extractSizeAlgorithm, validateStrategy,
  isDetached, transferArrayBuffer, copyDataBlockBytes, cloneAsUint8Array, lazyDOMException,
  inspectObject,
} = require('internal/webstreams/util');
const {
  isWritableStream, isWritableStreamLocked, acquireWritableStreamDefaultWriter, writableStreamAbort,
  writableStreamCloseQueuedOrInFlight, writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease, writableStreamDefaultWriterWrite,
} = require('internal/webstreams/writablestream');

const kInternal = Symbol('kInternal');
const noop = () => {};

const isStream = (v) => isBrand(v, 'ReadableStream');
const isDefaultReader = (v) => isBrand(v, 'ReadableStreamDefaultReader');
const isBYOBReader = (v) => isBrand(v, 'ReadableStreamBYOBReader');
const isDefaultController = (v) => isBrand(v, 'ReadableStreamDefaultController');
const isByteController = (v) => isBrand(v, 'ReadableByteStreamController');
const isBYOBRequest = (v) => isBrand(v, 'ReadableStreamBYOBRequest');

function stateError(msg) { return new ERR_INVALID_STATE.TypeError(msg); }

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

class ReadableStream {
  constructor(source = undefined, strategy = undefined) {
    if (source === null) source = undefined;
    if (source !== undefined && typeof source !== 'object' && typeof source !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('source', 'Object', source);
    }
    strategy = validateStrategy(strategy);
    const dict = source === undefined ? {} : source;
    initializeReadableStream(this);
    const type = dict.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      }
      const hwm = extractHighWaterMark(strategy.highWaterMark, 0);
      setUpReadableByteStreamControllerFromUnderlyingSource(this, dict, hwm);
    } else if (type === undefined) {
      const sizeAlgorithm = extractSizeAlgorithm(strategy.size);
      const hwm = extractHighWaterMark(strategy.highWaterMark, 1);
      setUpReadableStreamDefaultControllerFromUnderlyingSource(this, dict, hwm, sizeAlgorithm);
    } else {
      throw new ERR_INVALID_ARG_VALUE('source.type', type);
    }
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  get locked() {
    if (!isStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return isReadableStreamLocked(this);
  }

  cancel(reason = undefined) {
    if (!isStream(this)) return PromiseReject(new ERR_INVALID_THIS('ReadableStream'));
    if (isReadableStreamLocked(this)) return PromiseReject(stateError('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    if (!isStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const mode = options == null ? undefined : options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = undefined) {
    if (!isStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    const readable = transform?.readable;
    if (!isStream(readable)) throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    const writable = transform?.writable;
    if (!isWritableStream(writable)) throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    const { preventClose, preventAbort, preventCancel, signal } = readPipeOptions(options);
    if (isReadableStreamLocked(this)) throw stateError('The ReadableStream is locked');
    if (isWritableStreamLocked(writable)) throw stateError('The WritableStream is locked');
    const promise = readableStreamPipeTo(this, writable, preventClose, preventAbort, preventCancel, signal);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = undefined) {
    if (!isStream(this)) return PromiseReject(new ERR_INVALID_THIS('ReadableStream'));
    if (!isWritableStream(destination)) {
      return PromiseReject(new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination));
    }
    let opts;
    try {
      opts = readPipeOptions(options);
    } catch (err) {
      return PromiseReject(err);
    }
    if (isReadableStreamLocked(this)) return PromiseReject(stateError('The ReadableStream is locked'));
    if (isWritableStreamLocked(destination)) return PromiseReject(stateError('The WritableStream is locked'));
    return readableStreamPipeTo(this, destination, opts.preventClose, opts.preventAbort,
      opts.preventCancel, opts.signal);
  }

  tee() {
    if (!isStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return readableStreamTee(this, false);
  }

  values(options = undefined) {
    if (!isStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const preventCancel = options == null ? false : !!options.preventCancel;
    return createAsyncIterator(this, preventCancel);
  }

  [customInspect](depth, options, inspect) {
    const s = this[kState];
    return inspectObject(this, 'ReadableStream', {
      locked: s.reader !== undefined,
      state: s.state,
      supportsBYOB: isByteController(s.controller),
    }, depth, options, inspect);
  }
}

function readPipeOptions(options) {
  if (options === undefined || options === null) {
    return { preventClose: false, preventAbort: false, preventCancel: false, signal: undefined };
  }
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const signal = options.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return {
    preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel,
    preventClose: !!options.preventClose,
    signal,
  };
}

// ---- async iteration ----

const ReadableStreamAsyncIteratorPrototype = Object.create(AsyncIteratorPrototype, {
  next: {
    enumerable: true, configurable: true, writable: true,
    value: function next() {
      const it = this?.[kState];
      if (it === undefined || !it.isReadableStreamIterator) {
        return PromiseReject(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
      }
      const nextSteps = () => {
        if (it.finished) return PromiseResolve({ done: true, value: undefined });
        const reader = it.reader;
        const d = createDeferred();
        readableStreamDefaultReaderRead(reader, {
          chunk(value) { d.resolve({ done: false, value }); },
          close() {
            it.finished = true;
            readableStreamDefaultReaderRelease(reader);
            d.resolve({ done: true, value: undefined });
          },
          error(e) {
            it.finished = true;
            readableStreamDefaultReaderRelease(reader);
            d.reject(e);
          },
        });
        return d.promise;
      };
      it.ongoing = it.ongoing === undefined ? nextSteps() : uponPromise(it.ongoing, nextSteps, nextSteps);
      const current = it.ongoing;
      uponPromise(current, () => { if (it.ongoing === current) it.ongoing = undefined; }, () => {
        if (it.ongoing === current) it.ongoing = undefined;
      });
      return current;
    },
  },
  return: {
    enumerable: true, configurable: true, writable: true,
    value: { return(value = undefined) {
      const it = this?.[kState];
      if (it === undefined || !it.isReadableStreamIterator) {
        return PromiseReject(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
      }
      const returnSteps = () => {
        if (it.finished) return PromiseResolve({ done: true, value });
        it.finished = true;
        const reader = it.reader;
        if (!it.preventCancel) {
          const result = readableStreamCancel(reader[kState].stream, value);
          readableStreamDefaultReaderRelease(reader);
          return uponPromise(result, () => ({ done: true, value }));
        }
        readableStreamDefaultReaderRelease(reader);
        return PromiseResolve({ done: true, value });
      };
      it.ongoing = it.ongoing === undefined ? returnSteps() : uponPromise(it.ongoing, returnSteps, returnSteps);
      return it.ongoing;
    } }.return,
  },
});

function createAsyncIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  const iterator = Object.create(ReadableStreamAsyncIteratorPrototype);
  Object.defineProperty(iterator, kState, {
    value: { isReadableStreamIterator: true, reader, preventCancel, finished: false, ongoing: undefined },
  });
  return iterator;
}

// ---- readers ----

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, closedPromise: undefined, readRequests: [] };
    setUpReadableStreamDefaultReader(this, stream);
  }

  read() {
    if (!isDefaultReader(this)) return PromiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    if (this[kState].stream === undefined) {
      return PromiseReject(stateError('The reader is not attached to a stream'));
    }
    const d = createDeferred();
    readableStreamDefaultReaderRead(this, {
      chunk(value) { d.resolve({ done: false, value }); },
      close() { d.resolve({ done: true, value: undefined }); },
      error(e) { d.reject(e); },
    });
    return d.promise;
  }

  releaseLock() {
    if (!isDefaultReader(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  get closed() {
    return readerClosed(this, isDefaultReader, 'ReadableStreamDefaultReader');
  }

  cancel(reason = undefined) {
    return readerCancel(this, isDefaultReader, 'ReadableStreamDefaultReader', reason);
  }

  [customInspect](depth, options, inspect) {
    const s = this[kState];
    return inspectObject(this, 'ReadableStreamDefaultReader', {
      stream: s.stream,
      readRequests: s.readRequests.length,
      close: s.closedPromise.promise,
    }, depth, options, inspect);
  }
}

// The spec's ReadableStreamGenericReader: `closed` and `cancel`, the same for both readers.
function readerClosed(reader, isReader, name) {
  if (!isReader(reader)) return PromiseReject(new ERR_INVALID_THIS(name));
  return reader[kState].closedPromise.promise;
}

function readerCancel(reader, isReader, name, reason) {
  if (!isReader(reader)) return PromiseReject(new ERR_INVALID_THIS(name));
  if (reader[kState].stream === undefined) {
    return PromiseReject(stateError('The reader is not attached to a stream'));
  }
  return readableStreamCancel(reader[kState].stream, reason);
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, closedPromise: undefined, readIntoRequests: [] };
    setUpReadableStreamBYOBReader(this, stream);
  }

  read(view, options = undefined) {
    if (!isBYOBReader(this)) return PromiseReject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    if (!ArrayBuffer.isView(view)) {
      return PromiseReject(new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
      return PromiseReject(new ERR_INVALID_ARG_TYPE('options', 'Object', options));
    }
    if (view.byteLength === 0 || view.buffer.byteLength === 0 || isDetached(view.buffer)) {
      return PromiseReject(stateError('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    let min = options == null || options.min === undefined ? 1 : Number(options.min);
    if (!Number.isFinite(min) || min < 0 || min > Number.MAX_SAFE_INTEGER) {
      return PromiseReject(new ERR_OUT_OF_RANGE('options.min', `>= 1 and <= ${Number.MAX_SAFE_INTEGER}`, options.min));
    }
    min = Math.trunc(min);
    if (min === 0) return PromiseReject(new ERR_INVALID_ARG_VALUE('options.min', min));
    if (view instanceof DataView) {
      if (min > view.byteLength) {
        return PromiseReject(new ERR_OUT_OF_RANGE('options.min', `<= ${view.byteLength}`, min));
      }
    } else if (min > view.length) {
      return PromiseReject(new ERR_OUT_OF_RANGE('options.min', `<= ${view.length}`, min));
    }
    if (this[kState].stream === undefined) {
      return PromiseReject(stateError('The reader is not attached to a stream'));
    }
    const d = createDeferred();
    readableStreamBYOBReaderRead(this, view, min, {
      chunk(value) { d.resolve({ done: false, value }); },
      close(value) { d.resolve({ done: true, value }); },
      error(e) { d.reject(e); },
    });
    return d.promise;
  }

  releaseLock() {
    if (!isBYOBReader(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readableStreamBYOBReaderRelease(this);
  }

  get closed() {
    return readerClosed(this, isBYOBReader, 'ReadableStreamBYOBReader');
  }

  cancel(reason = undefined) {
    return readerCancel(this, isBYOBReader, 'ReadableStreamBYOBReader', reason);
  }

  [customInspect](depth, options, inspect) {
    const s = this[kState];
    return inspectObject(this, 'ReadableStreamBYOBReader', {
      stream: s.stream,
      readIntoRequests: s.readIntoRequests.length,
      close: s.closedPromise.promise,
    }, depth, options, inspect);
  }
}

// ---- controllers ----

class ReadableStreamDefaultController {
  constructor(token) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamDefaultController';
    this[kState] = {};
  }

  get desiredSize() {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    return readableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) throw stateError('Controller is already closed');
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) throw stateError('Controller is already closed');
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    readableStreamDefaultControllerError(this, error);
  }

  [customInspect](depth, options, inspect) {
    return inspectObject(this, 'ReadableStreamDefaultController', {}, depth, options, inspect);
  }
}

class ReadableByteStreamController {
  constructor(token) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableByteStreamController';
    this[kState] = {};
  }

  get byobRequest() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return readableByteStreamControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return readableByteStreamControllerGetDesiredSize(this);
  }

  close() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    const c = this[kState];
    if (c.closeRequested) throw stateError('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw stateError('ReadableStream is already closed');
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0 || isDetached(chunk.buffer)) {
      throw stateError('chunk ArrayBuffer is zero-length or detached');
    }
    const c = this[kState];
    if (c.closeRequested) throw stateError('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw stateError('ReadableStream is already closed');
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    readableByteStreamControllerError(this, error);
  }

  [customInspect](depth, options, inspect) {
    return inspectObject(this, 'ReadableByteStreamController', {}, depth, options, inspect);
  }
}

class ReadableStreamBYOBRequest {
  constructor(token) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamBYOBRequest';
    this[kState] = { controller: undefined, view: null };
  }

  get view() {
    if (!isBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { controller, view } = this[kState];
    if (controller === undefined) throw stateError('This BYOB request has been invalidated');
    bytesWritten = Number(bytesWritten);
    if (!Number.isFinite(bytesWritten) || bytesWritten < 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
    bytesWritten = Math.trunc(bytesWritten);
    if (view.byteLength === 0 || isDetached(view.buffer)) {
      throw stateError('Viewed ArrayBuffer is detached');
    }
    readableByteStreamControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (!isBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    if (!ArrayBuffer.isView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    const { controller } = this[kState];
    if (controller === undefined) throw stateError('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw stateError('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespondWithNewView(controller, view);
  }

  [customInspect](depth, options, inspect) {
    const s = this[kState];
    return inspectObject(this, 'ReadableStreamBYOBRequest', {
      view: s.view,
      controller: s.controller,
    }, depth, options, inspect);
  }
}

for (const C of [ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader,
  ReadableStreamDefaultController, ReadableByteStreamController, ReadableStreamBYOBRequest]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  for (const k of Object.getOwnPropertyNames(C.prototype)) {
    if (k !== 'constructor') Object.defineProperty(C.prototype, k, { enumerable: true });
  }
}
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values, writable: true, configurable: true, enumerable: false,
});

// ---- stream abstract operations ----

function initializeReadableStream(stream) {
  stream[kType] = 'ReadableStream';
  Object.defineProperty(stream, kIsClosedPromise, { value: createDeferred(), configurable: true });
  Object.defineProperty(stream, kControllerErrorFunction, {
    configurable: true,
    value: (error) => {
      const controller = stream[kState].controller;
      if (isByteController(controller)) readableByteStreamControllerError(controller, error);
      else readableStreamDefaultControllerError(controller, error);
    },
  });
  stream[kState] = {
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };
}

function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1,
                              sizeAlgorithm = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  const controller = new ReadableStreamDefaultController(kInternal);
  setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
    cancelAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  const controller = new ReadableByteStreamController(kInternal);
  setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
    cancelAlgorithm, 0, undefined);
  return stream;
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return PromiseResolve();
  if (s.state === 'errored') return PromiseReject(s.storedError);
  readableStreamClose(stream);
  const reader = s.reader;
  if (reader !== undefined && isBYOBReader(reader)) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request.close(undefined);
  }
  const controller = s.controller;
  const sourceCancelPromise = isByteController(controller) ?
    readableByteStreamControllerCancelSteps(controller, reason) :
    readableStreamDefaultControllerCancelSteps(controller, reason);
  return uponPromise(sourceCancelPromise, noop);
}

function readableStreamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = s.reader;
  if (reader === undefined) return;
  reader[kState].closedPromise.resolve();
  if (isDefaultReader(reader)) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const request of requests) request.close();
  }
}

function readableStreamError(stream, e) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = e;
  stream[kIsClosedPromise].reject(e);
  setPromiseHandled(stream[kIsClosedPromise].promise);
  const reader = s.reader;
  if (reader === undefined) return;
  reader[kState].closedPromise.reject(e);
  setPromiseHandled(reader[kState].closedPromise.promise);
  if (isDefaultReader(reader)) readableStreamDefaultReaderErrorReadRequests(reader, e);
  else readableStreamBYOBReaderErrorReadIntoRequests(reader, e);
}

function readableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function readableStreamAddReadIntoRequest(stream, readIntoRequest) {
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) request.close(chunk);
  else request.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isDefaultReader(reader);
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBYOBReader(reader);
}

// ---- reader abstract operations ----

function readableStreamReaderGenericInitialize(reader, stream) {
  const r = reader[kState];
  const s = stream[kState];
  r.stream = stream;
  s.reader = reader;
  r.closedPromise = createDeferred();
  if (s.state === 'closed') {
    r.closedPromise.resolve();
  } else if (s.state === 'errored') {
    r.closedPromise.reject(s.storedError);
    setPromiseHandled(r.closedPromise.promise);
  }
}

function readableStreamReaderGenericRelease(reader) {
  const r = reader[kState];
  const stream = r.stream;
  const releasedError = stateError('Reader released');
  if (stream[kState].state === 'readable' && !r.closedPromise.settled) {
    r.closedPromise.reject(releasedError);
  } else {
    r.closedPromise = createDeferred();
    r.closedPromise.reject(releasedError);
  }
  setPromiseHandled(r.closedPromise.promise);
  const controller = stream[kState].controller;
  if (isByteController(controller)) readableByteStreamControllerReleaseSteps(controller);
  stream[kState].reader = undefined;
  r.stream = undefined;
}

function setUpReadableStreamDefaultReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw stateError('ReadableStream is locked');
  readableStreamReaderGenericInitialize(reader, stream);
}

function setUpReadableStreamBYOBReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw stateError('ReadableStream is locked');
  if (!isByteController(stream[kState].controller)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
  }
  readableStreamReaderGenericInitialize(reader, stream);
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') {
    readRequest.close();
  } else if (s.state === 'errored') {
    readRequest.error(s.storedError);
  } else if (isByteController(s.controller)) {
    readableByteStreamControllerPullSteps(s.controller, readRequest);
  } else {
    readableStreamDefaultControllerPullSteps(s.controller, readRequest);
  }
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(reader, stateError('Releasing reader'));
}

function readableStreamDefaultReaderErrorReadRequests(reader, e) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const request of requests) request.error(e);
}

function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'errored') readIntoRequest.error(s.storedError);
  else readableByteStreamControllerPullInto(s.controller, view, min, readIntoRequest);
}

function readableStreamBYOBReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamBYOBReaderErrorReadIntoRequests(reader, stateError('Releasing reader'));
}

function readableStreamBYOBReaderErrorReadIntoRequests(reader, e) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (const request of requests) request.error(e);
}

// ---- default controller ----

function setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
                                              cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  const c = controller[kState];
  c.stream = stream;
  resetQueue(c);
  c.started = false;
  c.closeRequested = false;
  c.pullAgain = false;
  c.pulling = false;
  c.strategySizeAlgorithm = sizeAlgorithm;
  c.strategyHWM = highWaterMark;
  c.pullAlgorithm = pullAlgorithm;
  c.cancelAlgorithm = cancelAlgorithm;
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  uponPromise(PromiseResolve(startResult), () => {
    c.started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (r) => readableStreamDefaultControllerError(controller, r));
}

function setUpReadableStreamDefaultControllerFromUnderlyingSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kInternal);
  setUpReadableStreamDefaultController(stream, controller, ...sourceAlgorithms(source, controller),
    highWaterMark, sizeAlgorithm);
}

// An underlying source's start, pull and cancel as the algorithms a controller calls (the ones
// it lacks do nothing); the methods are read once, when the stream is made.
function sourceAlgorithms(source, controller) {
  const start = getMethod(source, 'start', 'source');
  const pull = getMethod(source, 'pull', 'source');
  const cancel = getMethod(source, 'cancel', 'source');
  return [
    start === undefined ? noop : () => Reflect.apply(start, source, [controller]),
    pull === undefined ? () => PromiseResolve() : () => promiseCall(pull, source, controller),
    cancel === undefined ? () => PromiseResolve() : (reason) => promiseCall(cancel, source, reason),
  ];
}

// Both controllers' CallPullIfNeeded: one pull at a time, and one more if asked meanwhile.
function callPullIfNeeded(controller, shouldCallPull, onError) {
  const c = controller[kState];
  if (!shouldCallPull(controller)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  uponPromise(c.pullAlgorithm(), () => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      callPullIfNeeded(controller, shouldCallPull, onError);
    }
  }, (e) => onError(controller, e));
}

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  callPullIfNeeded(controller, readableStreamDefaultControllerShouldCallPull, readableStreamDefaultControllerError);
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!c.started) return false;
  if (isReadableStreamLocked(stream) && readableStreamHasDefaultReader(stream) &&
      readableStreamGetNumReadRequests(stream) > 0) return true;
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const c = controller[kState];
  c.closeRequested = true;
  if (queueLength(c) === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(c.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const c = controller[kState];
  const stream = c.stream;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize;
    try {
      chunkSize = c.strategySizeAlgorithm(chunk);
    } catch (err) {
      readableStreamDefaultControllerError(controller, err);
      throw err;
    }
    try {
      enqueueValueWithSize(c, chunk, chunkSize);
    } catch (err) {
      readableStreamDefaultControllerError(controller, err);
      throw err;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, e) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return;
  resetQueue(c);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const c = controller[kState];
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const c = controller[kState];
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

function readableStreamDefaultControllerCancelSteps(controller, reason) {
  const c = controller[kState];
  resetQueue(c);
  const result = c.cancelAlgorithm(reason);
  readableStreamDefaultControllerClearAlgorithms(controller);
  return result;
}

function readableStreamDefaultControllerPullSteps(controller, readRequest) {
  const c = controller[kState];
  const stream = c.stream;
  if (queueLength(c) > 0) {
    const chunk = dequeueValue(c);
    if (c.closeRequested && queueLength(c) === 0) {
      readableStreamDefaultControllerClearAlgorithms(controller);
      readableStreamClose(stream);
    } else {
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
    readRequest.chunk(chunk);
  } else {
    readableStreamAddReadRequest(stream, readRequest);
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }
}

// ---- byte stream controller ----

function setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
                                           cancelAlgorithm, highWaterMark, autoAllocateChunkSize) {
  const c = controller[kState];
  c.stream = stream;
  c.pullAgain = false;
  c.pulling = false;
  c.byobRequest = null;
  resetQueue(c);
  c.closeRequested = false;
  c.started = false;
  c.strategyHWM = highWaterMark;
  c.pullAlgorithm = pullAlgorithm;
  c.cancelAlgorithm = cancelAlgorithm;
  c.autoAllocateChunkSize = autoAllocateChunkSize;
  c.pendingPullIntos = [];
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  uponPromise(PromiseResolve(startResult), () => {
    c.started = true;
    readableByteStreamControllerCallPullIfNeeded(controller);
  }, (r) => readableByteStreamControllerError(controller, r));
}

function setUpReadableByteStreamControllerFromUnderlyingSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kInternal);
  const algorithms = sourceAlgorithms(source, controller);
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    const n = Number(autoAllocateChunkSize);
    if (!Number.isFinite(n) || n < 0 || Math.trunc(n) === 0) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocateChunkSize);
    }
    autoAllocateChunkSize = Math.trunc(n);
  }
  setUpReadableByteStreamController(stream, controller, ...algorithms, highWaterMark, autoAllocateChunkSize);
}

function readableByteStreamControllerCallPullIfNeeded(controller) {
  callPullIfNeeded(controller, readableByteStreamControllerShouldCallPull, readableByteStreamControllerError);
}

function readableByteStreamControllerShouldCallPull(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return false;
  if (c.closeRequested) return false;
  if (!c.started) return false;
  if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

function readableByteStreamControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function readableByteStreamControllerClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = stateError('Partial read');
      readableByteStreamControllerError(controller, e);
      throw e;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, pullInto) {
  const done = stream[kState].state === 'closed';
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(pullInto);
  if (pullInto.readerType === 'default') readableStreamFulfillReadRequest(stream, filledView, done);
  else readableStreamFulfillReadIntoRequest(stream, filledView, done);
}

function readableByteStreamControllerConvertPullIntoDescriptor(pullInto) {
  const buffer = transferArrayBuffer(pullInto.buffer);
  return new pullInto.viewConstructor(buffer, pullInto.byteOffset, pullInto.bytesFilled / pullInto.elementSize);
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw stateError('chunk ArrayBuffer is zero-length or detached');
  const transferredBuffer = transferArrayBuffer(buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw stateError('The BYOB request\'s buffer has been detached');
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
  }
  if (readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) readableByteStreamControllerShiftPendingPullInto(controller);
      readableStreamFulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const pullInto of filled) readableByteStreamControllerCommitPullIntoDescriptor(stream, pullInto);
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  const c = controller[kState];
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (err) {
    readableByteStreamControllerError(controller, err);
    throw err;
  }
  readableByteStreamControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullInto) {
  if (pullInto.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, pullInto.buffer,
      pullInto.byteOffset, pullInto.bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

function readableByteStreamControllerError(controller, e) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(c);
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullInto) {
  const c = controller[kState];
  const maxBytesToCopy = Math.min(c.queueTotalSize, pullInto.byteLength - pullInto.bytesFilled);
  const maxBytesFilled = pullInto.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % pullInto.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= pullInto.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - pullInto.bytesFilled;
    ready = true;
  }
  const queue = c.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = pullInto.byteOffset + pullInto.bytesFilled;
    copyDataBlockBytes(pullInto.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    c.queueTotalSize -= bytesToCopy;
    pullInto.bytesFilled += bytesToCopy;
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const c = controller[kState];
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  readRequest.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function readableByteStreamControllerGetBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
      first.byteLength - first.bytesFilled);
    const request = new ReadableStreamBYOBRequest(kInternal);
    request[kState].controller = controller;
    request[kState].view = view;
    c.byobRequest = request;
  }
  return c.byobRequest;
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const c = controller[kState];
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function readableByteStreamControllerHandleQueueDrain(controller) {
  const c = controller[kState];
  if (c.queueTotalSize === 0 && c.closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamClose(c.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null) return;
  c.byobRequest[kState].controller = undefined;
  c.byobRequest[kState].view = null;
  c.byobRequest = null;
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const c = controller[kState];
  const filled = [];
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) break;
    const pullInto = c.pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullInto)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      filled.push(pullInto);
    }
  }
  return filled;
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const c = controller[kState];
  const reader = c.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    const readRequest = reader[kState].readRequests.shift();
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
  }
}

function readableByteStreamControllerPullInto(controller, view, min, readIntoRequest) {
  const c = controller[kState];
  const stream = c.stream;
  let elementSize = 1;
  let ctor = DataView;
  if (!(view instanceof DataView)) {
    elementSize = view.BYTES_PER_ELEMENT;
    ctor = typedArrayConstructors[typedArrayName(view)];
  }
  const minimumFill = min * elementSize;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (err) {
    readIntoRequest.error(err);
    return;
  }
  const pullInto = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0,
    minimumFill, elementSize, viewConstructor: ctor, readerType: 'byob',
  };
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(pullInto);
    readableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest.close(new ctor(pullInto.buffer, pullInto.byteOffset, 0));
    return;
  }
  if (c.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullInto)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(pullInto);
      readableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest.chunk(filledView);
      return;
    }
    if (c.closeRequested) {
      const e = stateError('ReadableStream is closed');
      readableByteStreamControllerError(controller, e);
      readIntoRequest.error(e);
      return;
    }
  }
  c.pendingPullIntos.push(pullInto);
  readableStreamAddReadIntoRequest(stream, readIntoRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

const TypedArrayToStringTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const typedArrayConstructors = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};
if (typeof Float16Array === 'function') typedArrayConstructors.Float16Array = Float16Array;
function typedArrayName(view) {
  return Reflect.apply(TypedArrayToStringTag, view, []);
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (bytesWritten !== 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten, 'must be 0 when the stream is closed');
    }
  } else {
    if (bytesWritten === 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten, 'must be greater than 0');
    }
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondInClosedState(controller, first) {
  const c = controller[kState];
  if (first.readerType === 'none') readableByteStreamControllerShiftPendingPullInto(controller);
  const stream = c.stream;
  if (readableStreamHasBYOBReader(stream)) {
    while (readableStreamGetNumReadIntoRequests(stream) > 0) {
      const pullInto = readableByteStreamControllerShiftPendingPullInto(controller);
      readableByteStreamControllerCommitPullIntoDescriptor(stream, pullInto);
    }
  }
}

function readableByteStreamControllerRespondInReadableState(controller, bytesWritten, pullInto) {
  const c = controller[kState];
  pullInto.bytesFilled += bytesWritten;
  if (pullInto.readerType === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullInto);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const p of filled) readableByteStreamControllerCommitPullIntoDescriptor(c.stream, p);
    return;
  }
  if (pullInto.bytesFilled < pullInto.minimumFill) return;
  readableByteStreamControllerShiftPendingPullInto(controller);
  const remainderSize = pullInto.bytesFilled % pullInto.elementSize;
  if (remainderSize > 0) {
    const end = pullInto.byteOffset + pullInto.bytesFilled;
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, pullInto.buffer,
      end - remainderSize, remainderSize);
  }
  pullInto.bytesFilled -= remainderSize;
  const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  readableByteStreamControllerCommitPullIntoDescriptor(c.stream, pullInto);
  for (const p of filled) readableByteStreamControllerCommitPullIntoDescriptor(c.stream, p);
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  if (c.stream[kState].state === 'closed') {
    readableByteStreamControllerRespondInClosedState(controller, first);
  } else {
    readableByteStreamControllerRespondInReadableState(controller, bytesWritten, first);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (view.byteLength !== 0) {
      throw new ERR_INVALID_ARG_VALUE('view', view, 'must have a byteLength of 0 when the stream is closed');
    }
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('view', view, 'must have a non-zero byteLength');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid byteOffset');
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid buffer length');
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid byteLength');
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(controller, viewByteLength);
}

function readableByteStreamControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function readableByteStreamControllerCancelSteps(controller, reason) {
  const c = controller[kState];
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(c);
  const result = c.cancelAlgorithm(reason);
  readableByteStreamControllerClearAlgorithms(controller);
  return result;
}

function readableByteStreamControllerPullSteps(controller, readRequest) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.queueTotalSize > 0) {
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
    return;
  }
  const size = c.autoAllocateChunkSize;
  if (size !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(size);
    } catch (err) {
      readRequest.error(err);
      return;
    }
    c.pendingPullIntos.push({
      buffer, bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0,
      minimumFill: 1, elementSize: 1, viewConstructor: Uint8Array, readerType: 'default',
    });
  }
  readableStreamAddReadRequest(stream, readRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerReleaseSteps(controller) {
  const c = controller[kState];
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    first.readerType = 'none';
    c.pendingPullIntos = [first];
  }
}

// ---- tee ----

function readableStreamTee(stream, cloneForBranch2) {
  if (isByteController(stream[kState].controller)) return readableByteStreamTee(stream);
  return readableStreamDefaultTee(stream, cloneForBranch2);
}

function readableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return PromiseResolve();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled2 && cloneForBranch2) chunk2 = structuredClone(chunk);
          if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[kState].controller, chunk1);
          if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[kState].controller, chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) readableStreamDefaultControllerClose(branch1[kState].controller);
        if (!canceled2) readableStreamDefaultControllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      error() { reading = false; },
    });
    return PromiseResolve();
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }
  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableStream(noop, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(noop, pullAlgorithm, cancel2Algorithm);
  uponPromise(reader[kState].closedPromise.promise, undefined, (r) => {
    readableStreamDefaultControllerError(branch1[kState].controller, r);
    readableStreamDefaultControllerError(branch2[kState].controller, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });
  return [branch1, branch2];
}

function readableByteStreamTee(stream) {
  let reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();
  const ctl = (branch) => branch[kState].controller;

  function forwardReaderError(thisReader) {
    uponPromise(thisReader[kState].closedPromise.promise, undefined, (r) => {
      if (thisReader !== reader) return;
      readableByteStreamControllerError(ctl(branch1), r);
      readableByteStreamControllerError(ctl(branch2), r);
      if (!canceled1 || !canceled2) cancelPromise.resolve();
    });
  }

  function afterChunk() {
    reading = false;
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  }

  function pullWithDefaultReader() {
    if (isBYOBReader(reader)) {
      readableStreamBYOBReaderRelease(reader);
      reader = new ReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (e) {
              readableByteStreamControllerError(ctl(branch1), e);
              readableByteStreamControllerError(ctl(branch2), e);
              cancelPromise.resolve(readableStreamCancel(stream, e));
              return;
            }
          }
          if (!canceled1) readableByteStreamControllerEnqueue(ctl(branch1), chunk1);
          if (!canceled2) readableByteStreamControllerEnqueue(ctl(branch2), chunk2);
          afterChunk();
        });
      },
      close() {
        reading = false;
        if (!canceled1) readableByteStreamControllerClose(ctl(branch1));
        if (!canceled2) readableByteStreamControllerClose(ctl(branch2));
        if (ctl(branch1)[kState].pendingPullIntos.length > 0) readableByteStreamControllerRespond(ctl(branch1), 0);
        if (ctl(branch2)[kState].pendingPullIntos.length > 0) readableByteStreamControllerRespond(ctl(branch2), 0);
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      error() { reading = false; },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (isDefaultReader(reader)) {
      readableStreamDefaultReaderRelease(reader);
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    readableStreamBYOBReaderRead(reader, view, 1, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let cloned;
            try {
              cloned = cloneAsUint8Array(chunk);
            } catch (e) {
              readableByteStreamControllerError(ctl(byobBranch), e);
              readableByteStreamControllerError(ctl(otherBranch), e);
              cancelPromise.resolve(readableStreamCancel(stream, e));
              return;
            }
            if (!byobCanceled) readableByteStreamControllerRespondWithNewView(ctl(byobBranch), chunk);
            readableByteStreamControllerEnqueue(ctl(otherBranch), cloned);
          } else if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(ctl(byobBranch), chunk);
          }
          afterChunk();
        });
      },
      close(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) readableByteStreamControllerClose(ctl(byobBranch));
        if (!otherCanceled) readableByteStreamControllerClose(ctl(otherBranch));
        if (chunk !== undefined) {
          if (!byobCanceled) readableByteStreamControllerRespondWithNewView(ctl(byobBranch), chunk);
          if (!otherCanceled && ctl(otherBranch)[kState].pendingPullIntos.length > 0) {
            readableByteStreamControllerRespond(ctl(otherBranch), 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve();
      },
      error() { reading = false; },
    });
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return PromiseResolve();
    }
    reading = true;
    const byobRequest = readableByteStreamControllerGetBYOBRequest(ctl(branch1));
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, false);
    return PromiseResolve();
  }
  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return PromiseResolve();
    }
    reading = true;
    const byobRequest = readableByteStreamControllerGetBYOBRequest(ctl(branch2));
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, true);
    return PromiseResolve();
  }
  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }
  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableByteStream(noop, pull1Algorithm, cancel1Algorithm);
  branch2 = createReadableByteStream(noop, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// ---- pipeTo ----

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const reader = new ReadableStreamDefaultReader(source);
  const writer = acquireWritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = PromiseResolve();
  const result = createDeferred();
  let abortAlgorithm;

  function finalize(isError, error) {
    writableStreamDefaultWriterRelease(writer);
    readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) result.reject(error);
    else result.resolve();
  }

  function waitForWrites(then) {
    const w = currentWrite;
    uponPromise(w, () => (w === currentWrite ? then() : waitForWrites(then)),
      () => (w === currentWrite ? then() : waitForWrites(then)));
  }

  function needsWait() {
    return dest[kState].state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest);
  }

  function shutdownWithAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      let p;
      try {
        p = PromiseResolve(action());
      } catch (err) {
        p = PromiseReject(err);
      }
      uponPromise(p, () => finalize(originalIsError, originalError), (newError) => finalize(true, newError));
    };
    if (needsWait()) waitForWrites(doTheRest);
    else doTheRest();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (needsWait()) waitForWrites(() => finalize(isError, error));
    else finalize(isError, error);
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason !== undefined ? signal.reason :
        new (lazyDOMException())('This operation was aborted', 'AbortError');
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest[kState].state === 'writable' ? writableStreamAbort(dest, error) : PromiseResolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : PromiseResolve()));
      }
      shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  const onSourceErrored = (storedError) => {
    if (!preventAbort) shutdownWithAction(() => writableStreamAbort(dest, storedError), true, storedError);
    else shutdown(true, storedError);
  };
  const onDestErrored = (storedError) => {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, storedError), true, storedError);
    else shutdown(true, storedError);
  };
  const onSourceClosed = () => {
    if (!preventClose) shutdownWithAction(() => writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    else shutdown();
  };
  const onDestClosed = () => {
    const destClosed = stateError('The destination writable stream closed before all the data could be piped to it.');
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  };

  // the conditions, checked now and whenever they become true
  if (source[kState].state === 'errored') onSourceErrored(source[kState].storedError);
  else if (dest[kState].state === 'errored' || dest[kState].state === 'erroring') onDestErrored(dest[kState].storedError);
  else if (source[kState].state === 'closed') onSourceClosed();
  else if (writableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') onDestClosed();

  uponPromise(reader[kState].closedPromise.promise, () => {
    if (!shuttingDown) onSourceClosed();
  }, (e) => {
    if (!shuttingDown) onSourceErrored(e);
  });
  uponPromise(writer[kState].closedPromise.promise, undefined, (e) => {
    if (!shuttingDown) onDestErrored(e);
  });

  function pipeStep() {
    if (shuttingDown) return;
    uponPromise(writer[kState].readyPromise.promise, () => {
      if (shuttingDown) return;
      readableStreamDefaultReaderRead(reader, {
        chunk(chunk) {
          currentWrite = uponPromise(writableStreamDefaultWriterWrite(writer, chunk), undefined, noop);
          pipeStep();
        },
        close: noop,
        error: noop,
      });
    }, noop);
  }
  pipeStep();
  return result.promise;
}

// ---- from(iterable) ----

function readableStreamFromIterable(asyncIterable) {
  let iterator;
  let nextMethod;
  const asyncMethod = asyncIterable?.[Symbol.asyncIterator];
  if (asyncMethod !== undefined && asyncMethod !== null) {
    if (typeof asyncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(asyncIterable);
    iterator = Reflect.apply(asyncMethod, asyncIterable, []);
    if (iterator === null || typeof iterator !== 'object') {
      throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
    }
    nextMethod = iterator.next;
  } else {
    const syncMethod = asyncIterable?.[Symbol.iterator];
    if (typeof syncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(asyncIterable);
    const syncIterator = Reflect.apply(syncMethod, asyncIterable, []);
    if (syncIterator === null || typeof syncIterator !== 'object') {
      throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
    }
    const syncNext = syncIterator.next;
    // the async-from-sync iterator: values that are promises are awaited
    iterator = {
      next() {
        const r = Reflect.apply(syncNext, syncIterator, []);
        if (r === null || typeof r !== 'object') throw new ERR_INVALID_STATE.TypeError('The iterator result must be an object');
        const done = !!r.done;
        return uponPromise(PromiseResolve(r.value), (value) => ({ value, done }));
      },
      return(value) {
        const ret = syncIterator.return;
        if (ret === undefined || ret === null) return PromiseResolve({ value, done: true });
        const r = Reflect.apply(ret, syncIterator, [value]);
        if (r === null || typeof r !== 'object') throw new ERR_INVALID_STATE.TypeError('The iterator result must be an object');
        return uponPromise(PromiseResolve(r.value), (v) => ({ value: v, done: !!r.done }));
      },
    };
    nextMethod = iterator.next;
  }
  let stream;
  const pullAlgorithm = () => {
    let nextResult;
    try {
      nextResult = Reflect.apply(nextMethod, iterator, []);
    } catch (err) {
      return PromiseReject(err);
    }
    return uponPromise(PromiseResolve(nextResult), (iterResult) => {
      if (iterResult === null || typeof iterResult !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (iterResult.done) readableStreamDefaultControllerClose(stream[kState].controller);
      else readableStreamDefaultControllerEnqueue(stream[kState].controller, iterResult.value);
    });
  };
  const cancelAlgorithm = (reason) => {
    let returnMethod;
    try {
      returnMethod = iterator.return;
    } catch (err) {
      return PromiseReject(err);
    }
    if (returnMethod === undefined || returnMethod === null) return PromiseResolve();
    let returnResult;
    try {
      returnResult = Reflect.apply(returnMethod, iterator, [reason]);
    } catch (err) {
      return PromiseReject(err);
    }
    return uponPromise(PromiseResolve(returnResult), (r) => {
      if (r === null || typeof r !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  stream = createReadableStream(noop, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableStreamDefaultController,
  ReadableByteStreamController,
  isReadableStream: isStream,
  isReadableStreamLocked,
  createReadableStream,
  createReadableByteStream,
  readableStreamCancel,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
  readableByteStreamControllerClose,
  readableByteStreamControllerEnqueue,
  readableByteStreamControllerError,
};
