'use strict';

// stream.Duplex: a Readable that is also a Writable, each side with its own state.

module.exports = Duplex;

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');

Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// Writable's methods that Readable does not define.
for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}

// Writable's destroy also fails the writes still queued.
Duplex.prototype.destroy = Writable.prototype.destroy;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    // the events both sides use, in a fixed shape
    this._events = {
      __proto__: null, close: undefined, error: undefined, prefinish: undefined,
      finish: undefined, drain: undefined, data: undefined, end: undefined, readable: undefined,
    };
  }
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }
  } else {
    this.allowHalfOpen = true;
  }
}

function copyDescriptor(name) {
  return { __proto__: null, ...Object.getOwnPropertyDescriptor(Writable.prototype, name) };
}

Object.defineProperties(Duplex.prototype, {
  writable: copyDescriptor('writable'),
  writableHighWaterMark: copyDescriptor('writableHighWaterMark'),
  writableObjectMode: copyDescriptor('writableObjectMode'),
  writableBuffer: copyDescriptor('writableBuffer'),
  writableLength: copyDescriptor('writableLength'),
  writableFinished: copyDescriptor('writableFinished'),
  writableCorked: copyDescriptor('writableCorked'),
  writableEnded: copyDescriptor('writableEnded'),
  writableNeedDrain: copyDescriptor('writableNeedDrain'),
  destroyed: {
    __proto__: null,
    configurable: true,
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  },
});

let duplexify;
Duplex.from = function(body) {
  if (duplexify === undefined) duplexify = require('internal/streams/duplexify');
  return duplexify(body, 'body');
};

Duplex.fromWeb = function(pair, options) {
  return require('internal/webstreams/adapters').newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function(duplex) {
  return require('internal/webstreams/adapters').newReadableWritablePairFromDuplex(duplex);
};
