'use strict';

// stream.duplexPair(): two Duplex streams, each writing into the other's readable side.

const Duplex = require('internal/streams/duplex');

const kOther = Symbol('kOther');
const kPendingCallback = Symbol('kPendingCallback');

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kOther] = null;
    this[kPendingCallback] = null;
  }

  _read() {
    const callback = this[kPendingCallback];
    if (callback) {
      this[kPendingCallback] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      // the write completes once the other side's reader asks for more
      this[kOther].push(chunk);
      this[kOther][kPendingCallback] = callback;
    }
  }

  _final(callback) {
    this[kOther].on('end', callback);
    this[kOther].push(null);
  }
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kOther] = side1;
  side1[kOther] = side0;
  return [side0, side1];
}

module.exports = duplexPair;
