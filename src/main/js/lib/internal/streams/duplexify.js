'use strict';

// Duplex.from(body): turns streams, { readable, writable } pairs, iterables, async generator
// functions, async functions and promises into a Duplex.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE },
} = require('internal/errors');
const {
  isDuplexNodeStream,
  isIterable,
  isNodeStream,
  isReadable,
  isReadableNodeStream,
  isReadableStream,
  isWritable,
  isWritableNodeStream,
  isWritableStream,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const from = require('internal/streams/from');
const { newAbortController } = require('internal/streams/abort');

class Duplexify extends Duplex {}

function isBlob(value) {
  if (value === null || typeof value !== 'object' || typeof value.arrayBuffer !== 'function') {
    return false;
  }
  let BlobCtor;
  try {
    BlobCtor = globalThis.Blob;
  } catch {
    return false; // the runtime has no working Blob
  }
  return typeof BlobCtor === 'function' && value instanceof BlobCtor;
}

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return fromPair({ readable: body });
  if (isWritableNodeStream(body)) return fromPair({ writable: body });
  if (isNodeStream(body)) return fromPair({ writable: false, readable: false });
  if (isReadableStream(body)) return fromPair({ readable: Readable.fromWeb(body) });
  if (isWritableStream(body)) return fromPair({ writable: Writable.fromWeb(body) });

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isIterable(value)) {
      return from(Duplexify, value, { objectMode: true, write, final, destroy });
    }
    const then = value?.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => {
        destroyer(d, err);
      });
      // The rejection is delivered through _final below, usually a tick after it happens: mark
      // it handled now so runtimes without late-handler tracking do not report it.
      promise.catch(() => {});
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (isBlob(body)) return duplexify(body.arrayBuffer());

  if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });

  if (isReadableStream(body?.readable) && isWritableStream(body?.writable)) {
    return Duplexify.fromWeb(body);
  }

  if (typeof body?.writable === 'object' || typeof body?.readable === 'object') {
    const readable = body?.readable ?
      (isReadableNodeStream(body?.readable) ? body?.readable : duplexify(body.readable)) :
      undefined;
    const writable = body?.writable ?
      (isWritableNodeStream(body?.writable) ? body?.writable : duplexify(body.writable)) :
      undefined;
    return fromPair({ readable, writable });
  }

  const then = body?.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      destroyer(d, err);
    });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new ERR_INVALID_ARG_TYPE(name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable',
     'Function', '{ readable, writable } pair', 'Promise'], body);
}

// Runs an async generator function over the chunks written to the Duplex.
function fromAsyncGen(fn) {
  let { promise, resolve } = deferred();
  const ac = newAbortController();
  const signal = ac.signal;
  const value = fn(async function*() {
    while (true) {
      const current = promise;
      promise = null;
      const { chunk, done, cb } = await current;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      ({ promise, resolve } = deferred());
      yield chunk;
    }
  }(), { signal });

  return {
    value,
    write(chunk, encoding, cb) {
      const res = resolve;
      resolve = null;
      res({ chunk, done: false, cb });
    },
    final(cb) {
      const res = resolve;
      resolve = null;
      res({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

function fromPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ?
    Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;

  let readable = !!isReadable(r);
  let writable = !!isWritable(w);

  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  d = new Duplexify({
    readableObjectMode: !!r?.readableObjectMode,
    writableObjectMode: !!w?.writableObjectMode,
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    d._write = function(chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function(callback) {
      w.end();
      onfinish = callback;
    };
    w.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    w.on('finish', () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    r.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    r.on('end', () => {
      d.push(null);
    });
    d._read = function() {
      while (true) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };

  return d;
}

module.exports = duplexify;
