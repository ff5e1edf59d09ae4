'use strict';

// process.stdout / process.stderr / process.stdin as streams. stdout and stderr are Writables
// whose writes are synchronous, as Node's are for files, pipes and terminals (so output is never
// lost on exit). stdin is a Readable fed by the tty_wrap binding's reader thread, one chunk per
// _read; a paused stdin does not keep the process alive.

const { Readable, Writable } = require('stream');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED } } = require('internal/errors');

const fsBinding = internalBinding('fs');
const tty = internalBinding('tty_wrap');

function writeSync(fd, chunk) {
  if (typeof chunk === 'string') {
    fsBinding.writeString(fd, chunk);
  } else {
    fsBinding.writeBuffer(fd, new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength), 0, chunk.byteLength);
  }
}

class StdioWriter extends Writable {
  constructor(fd) {
    super({ decodeStrings: false, emitClose: false, autoDestroy: true });
    this.fd = fd;
    this._isStdio = true;
    this.isTTY = tty.isTTY(fd) || undefined;
    if (this.isTTY) {
      this.columns = Number(process.env.COLUMNS) || 80;
      this.rows = Number(process.env.LINES) || 24;
    }
  }

  _write(chunk, encoding, cb) {
    if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'buffer') {
      chunk = Buffer.from(chunk, encoding);
    }
    writeSync(this.fd, chunk);
    cb();
  }

  // The standard streams are not closed by destroy() or end(), as in Node.
  _destroy(err, cb) {
    cb(err);
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
}

// Checks that write() gets what Node accepts, before the Writable machinery sees it.
const writableWrite = Writable.prototype.write;
StdioWriter.prototype.write = function write(chunk, encoding, cb) {
  if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk) && chunk !== null) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
  }
  return Reflect.apply(writableWrite, this, [chunk, encoding, cb]);
};

class StdinReader extends Readable {
  constructor() {
    super({ highWaterMark: 64 * 1024, emitClose: false });
    this.fd = 0;
    this.isTTY = tty.isTTY(0) || undefined;
  }

  _read() {
    tty.readStdin((bb) => {
      if (bb == null) {
        this.push(null);
        return;
      }
      this.push(Buffer.from(new Uint8Array(new ArrayBuffer(bb))));
    });
  }

  pause() {
    tty.refStdin(false);
    return super.pause();
  }

  resume() {
    tty.refStdin(true);
    return super.resume();
  }

  setRawMode() {
    throw new ERR_NOT_IMPLEMENTED('process.stdin.setRawMode()');
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
