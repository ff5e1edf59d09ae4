'use strict';

// Readable.from(iterable): a Readable fed from a sync or async iterable (or a promise-yielding
// iterable); a string or Buffer is emitted as a single chunk.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES },
} = require('internal/errors');

function isBuffer(value) {
  if (!ArrayBuffer.isView(value)) return false;
  let B;
  try {
    B = require('buffer').Buffer;
  } catch {
    return false;
  }
  return value instanceof B;
}

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || isBuffer(iterable)) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let iterator;
  let isAsync;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });
  let reading = false;
  // set once a sync iterator yields a promise: from then on it is read asynchronously
  let awaitValues = false;

  readable._read = function() {
    if (!reading) {
      reading = true;
      if (isAsync || awaitValues) pumpAsync();
      else pumpSync();
    }
  };

  readable._destroy = function(error, cb) {
    close(error).then(
      () => process.nextTick(cb, error),
      (e) => process.nextTick(cb, e || error),
    );
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  function pumpSync() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          awaitValues = true;
          pumpAsync(value);
          return;
        }
        if (value === null) {
          reading = false;
          throw new ERR_STREAM_NULL_VALUES();
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      return;
    }
  }

  async function pumpAsync(pending) {
    for (;;) {
      try {
        let value;
        if (pending !== undefined) {
          value = await pending;
          pending = undefined;
        } else {
          const step = isAsync ? await iterator.next() : iterator.next();
          if (step.done) {
            readable.push(null);
            return;
          }
          value = step.value;
          if (value && typeof value.then === 'function') value = await value;
        }
        if (value === null) {
          reading = false;
          throw new ERR_STREAM_NULL_VALUES();
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      return;
    }
  }

  return readable;
}

module.exports = from;
