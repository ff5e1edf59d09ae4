'use strict';

// Bridges between node:stream and web streams: Readable/Writable/Duplex .toWeb() and .fromWeb().
// Backpressure is carried both ways: a web stream's desiredSize pauses a Readable, a Writable's
// write() === false holds the web sink's write promise until 'drain'.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { createDeferred } = require('internal/webstreams/util');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream, isWritableStream } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const {
  isDestroyed, isReadable, isWritable, isWritableEnded, isReadableNodeStream, isWritableNodeStream,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');

let streamModule;
function lazyStream() {
  if (streamModule === undefined) streamModule = require('stream');
  return streamModule;
}

function toUint8Copy(chunk) {
  // a copy: a Buffer may share its ArrayBuffer (the pool), and byte streams transfer buffers
  return new Uint8Array(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength));
}

function closedReadable() {
  return new ReadableStream({ start(c) { c.close(); } });
}

function erroredReadable(error) {
  return new ReadableStream({ start(c) { c.error(error); } });
}

// internal (not part of the public options): { mapError } turns the Node stream's error into
// the one the web stream reports; { destroyOnSyncError } below.
function newReadableStreamFromStreamReadable(streamReadable, options = {}, internal = undefined) {
  if (!isReadableNodeStream(streamReadable)) {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  validateObject(options, 'options');
  const type = options.type;
  if (type !== undefined && type !== 'bytes') throw new ERR_INVALID_ARG_VALUE('options.type', type);
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const err = streamReadable.errored ?? streamReadable._readableState?.errored;
    return err ? erroredReadable(err) : closedReadable();
  }
  const objectMode = streamReadable.readableObjectMode;
  const bytes = type === 'bytes';
  let strategy = options.strategy;
  if (strategy === undefined && !bytes) {
    strategy = new CountQueuingStrategy({ highWaterMark: streamReadable.readableHighWaterMark });
  }
  let controller;
  let done = false;

  function onData(chunk) {
    if (done) return;
    if (bytes) {
      if (typeof chunk === 'string') chunk = Buffer.from(chunk);
      if (!ArrayBuffer.isView(chunk)) {
        onEnd(new ERR_INVALID_ARG_TYPE('chunk', ['Buffer', 'TypedArray', 'DataView'], chunk));
        return;
      }
      if (chunk.byteLength === 0) return;
      controller.enqueue(toUint8Copy(chunk));
    } else {
      if (Buffer.isBuffer(chunk) && !objectMode) chunk = toUint8Copy(chunk);
      controller.enqueue(chunk);
    }
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  function onEnd(error) {
    if (done) return;
    done = true;
    streamReadable.removeListener('data', onData);
    if (error) {
      if (error.code === 'ERR_STREAM_PREMATURE_CLOSE') error = new AbortError(undefined, { cause: error });
      else if (internal?.mapError) error = internal.mapError(error);
      controller.error(error);
      return;
    }
    controller.close();
    if (bytes && controller.byobRequest) controller.byobRequest.respond(0);
  }

  eos(streamReadable, onEnd);
  streamReadable.on('data', onData);
  streamReadable.pause();

  const source = {
    start(c) { controller = c; },
    pull() { if (!done) streamReadable.resume(); },
    cancel(reason) {
      // the end-of-stream listener stays: it takes the 'error' that destroy(reason) emits
      done = true;
      streamReadable.removeListener('data', onData);
      destroyer(streamReadable, reason);
    },
  };
  if (bytes) source.type = 'bytes';
  return new ReadableStream(source, strategy);
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('options.encoding', encoding);
  }
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new (lazyStream().Readable)({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then((result) => {
        if (result.done) readable.push(null);
        else readable.push(result.value);
      }, (error) => destroyer(readable, error));
    },
    destroy(error, callback) {
      const finish = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      if (!closed) {
        reader.cancel(error).then(finish, finish);
        return;
      }
      finish();
    },
  });
  reader.closed.then(() => { closed = true; }, (error) => {
    closed = true;
    destroyer(readable, error);
  });
  return readable;
}

// internal: { destroyOnSyncError } destroys the Node stream when write() throws (used by
// CompressionStream, so that a bad chunk errors the readable side too)
function newWritableStreamFromStreamWritable(streamWritable, internal = undefined) {
  const destroyOnSyncError = internal?.destroyOnSyncError === true;
  if (!isWritableNodeStream(streamWritable)) {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const stream = new WritableStream();
    stream.close();
    return stream;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) :
    { highWaterMark, size(chunk) { return chunk?.byteLength ?? chunk?.length ?? 1; } };
  let controller;
  let backpressure;
  let closePromise;
  let closed = false;

  function onDrain() {
    if (backpressure !== undefined) {
      const d = backpressure;
      backpressure = undefined;
      d.resolve();
    }
  }

  eos(streamWritable, (error) => {
    closed = true;
    streamWritable.removeListener('drain', onDrain);
    if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') error = new AbortError(undefined, { cause: error });
    else if (error && internal?.mapError) error = internal.mapError(error);
    if (backpressure !== undefined) {
      const d = backpressure;
      backpressure = undefined;
      if (error) d.reject(error);
      else d.resolve();
    }
    if (error) {
      controller.error(error);
      if (closePromise !== undefined) closePromise.reject(error);
      return;
    }
    if (closePromise !== undefined) closePromise.resolve();
    else controller.error(new ERR_STREAM_PREMATURE_CLOSE());
  });
  streamWritable.on('drain', onDrain);

  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      let ok;
      try {
        ok = !streamWritable.writableNeedDrain && streamWritable.write(chunk);
      } catch (err) {
        if (destroyOnSyncError) destroyer(streamWritable, err);
        throw err;
      }
      if (!ok) {
        backpressure = createDeferred();
        return backpressure.promise;
      }
    },
    abort(reason) {
      destroyer(streamWritable, reason);
    },
    close() {
      if (closePromise === undefined && !closed) {
        closePromise = createDeferred();
        streamWritable.end();
        return closePromise.promise;
      }
      return closePromise?.promise;
    },
  }, strategy);
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new (lazyStream().Writable)({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    writev(chunks, callback) {
      const done = (error) => callOnce(callback, error);
      writer.ready.then(() => Promise.all(chunks.map((c) => writer.write(c.chunk))).then(() => done(), done), done);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        chunk = Buffer.from(chunk, encoding);
      }
      const done = (error) => callOnce(callback, error);
      writer.ready.then(() => writer.write(chunk).then(() => done(), done), done);
    },
    destroy(error, callback) {
      const done = () => callOnce(callback, error);
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final(callback) {
      const done = (error) => callOnce(callback, error);
      if (!closed) writer.close().then(() => done(), done);
      else done();
    },
  });
  writer.closed.then(() => {
    closed = true;
    if (!isWritableEnded(writable)) destroyer(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroyer(writable, error);
  });
  return writable;
}

function callOnce(callback, error) {
  try {
    callback(error);
  } catch (err) {
    process.nextTick(() => { throw err; });
  }
}

function newReadableWritablePairFromDuplex(duplex, internal = undefined) {
  if (!isReadableNodeStream(duplex) || !isWritableNodeStream(duplex)) {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  return {
    readable: newReadableStreamFromStreamReadable(duplex, {}, internal),
    writable: newWritableStreamFromStreamWritable(duplex, internal),
  };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  const reader = readableStream.getReader();
  const writer = writableStream.getWriter();
  let readableClosed = false;
  let writableClosed = false;
  const duplex = new (lazyStream().Duplex)({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    writev(chunks, callback) {
      const done = (error) => callOnce(callback, error);
      writer.ready.then(() => Promise.all(chunks.map((c) => writer.write(c.chunk))).then(() => done(), done), done);
    },
    write(chunk, enc, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = Buffer.from(chunk, enc);
      const done = (error) => callOnce(callback, error);
      writer.ready.then(() => writer.write(chunk).then(() => done(), done), done);
    },
    final(callback) {
      const done = (error) => callOnce(callback, error);
      if (!writableClosed) writer.close().then(() => done(), done);
      else done();
    },
    read() {
      reader.read().then((result) => {
        if (result.done) duplex.push(null);
        else duplex.push(result.value);
      }, (error) => destroyer(duplex, error));
    },
    destroy(error, callback) {
      const done = () => callOnce(callback, error);
      const pending = [];
      if (!writableClosed) pending.push(error != null ? writer.abort(error) : writer.close());
      if (!readableClosed) pending.push(reader.cancel(error));
      if (pending.length === 0) {
        done();
        return;
      }
      Promise.all(pending).then(done, done);
    },
  });
  writer.closed.then(() => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroyer(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });
  reader.closed.then(() => { readableClosed = true; }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });
  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
