'use strict';

// process.stdout / process.stderr / process.stdin. Writes are synchronous, as Node's are for
// files, pipes and terminals. These become full stream.Writable/Readable objects with the
// streams work; until then they are EventEmitters with Node's write() signature.

const EventEmitter = require('events');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED } } = require('internal/errors');

const fsBinding = internalBinding('fs');
const tty = internalBinding('tty_wrap');

class StdioWriter extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._isStdio = true;
    this.writable = true;
    this.isTTY = tty.isTTY(fd) || undefined;
    if (this.isTTY) {
      this.columns = Number(process.env.COLUMNS) || 80;
      this.rows = Number(process.env.LINES) || 24;
    }
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (typeof chunk === 'string') {
      fsBinding.writeString(this.fd, chunk);
    } else if (ArrayBuffer.isView(chunk)) {
      fsBinding.writeBuffer(this.fd, new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength), 0, chunk.byteLength);
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    }
    if (chunk != null) this.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    return this;
  }

  getColorDepth() {
    return this.isTTY ? 8 : 1;
  }

  hasColors(count = 16) {
    return this.isTTY ? count <= 256 : false;
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }

  cork() {}

  uncork() {}

  destroy() {
    return this;
  }
}

class StdinReader extends EventEmitter {
  constructor() {
    super();
    this.fd = 0;
    this.isTTY = tty.isTTY(0) || undefined;
  }

  setEncoding() {
    return this;
  }

  on(event, listener) {
    if (event === 'data' || event === 'readable' || event === 'end') {
      throw new ERR_NOT_IMPLEMENTED('reading process.stdin');
    }
    return super.on(event, listener);
  }

  pause() {
    return this;
  }

  resume() {
    throw new ERR_NOT_IMPLEMENTED('reading process.stdin');
  }
}

const streams = { __proto__: null };

function getStdio(name) {
  if (streams[name] === undefined) {
    if (name === 'stdout') streams[name] = new StdioWriter(1);
    else if (name === 'stderr') streams[name] = new StdioWriter(2);
    else streams[name] = new StdinReader();
  }
  return streams[name];
}

function flushStdio() {
  // writes are synchronous: nothing is buffered in JS
}

module.exports = { flushStdio, getStdio };
