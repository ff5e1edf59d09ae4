'use strict';

// fs.ReadStream and fs.WriteStream: Readable/Writable over a file descriptor (or a FileHandle),
// opened in _construct, read/written at a tracked position, closed in _destroy.

const { Readable, Writable, finished } = require('stream');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');
const {
  copyObject,
  getOptions,
  getValidatedFd,
  getValidatedPath,
  lazyBuffer,
} = require('internal/fs/utils');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

const fsModule = () => require('fs');

function isFileHandle(v) {
  if (v == null || typeof v !== 'object') return false;
  const { FileHandle } = require('internal/fs/promises');
  return v instanceof FileHandle;
}

// The fs-like object a stream calls: options.fs overrides, or a FileHandle adapter.
function streamFs(stream, options, methods) {
  if (isFileHandle(options.fd)) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    const handle = options.fd;
    stream[kHandle] = handle;
    return {
      open() { throw new ERR_METHOD_NOT_IMPLEMENTED('open()'); },
      read(fd, buf, off, len, pos, cb) {
        handle.read(buf, off, len, pos).then((r) => cb(null, r.bytesRead, r.buffer), cb);
      },
      write(fd, buf, off, len, pos, cb) {
        handle.write(buf, off, len, pos).then((r) => cb(null, r.bytesWritten, r.buffer), cb);
      },
      writev(fd, bufs, pos, cb) {
        handle.writev(bufs, pos).then((r) => cb(null, r.bytesWritten, r.buffers), cb);
      },
      close(fd, cb) {
        handle.close().then(() => cb(), cb);
      },
      fsync(fd, cb) {
        handle.sync().then(() => cb(), cb);
      },
    };
  }
  if (!options.fs) {
    // The fs module itself, so functions replaced on it later (fs.open = …) are the ones used.
    return fsModule();
  }
  const base = fsModule();
  const impl = options.fs;
  const out = {};
  for (const m of methods) {
    if (impl[m] !== undefined) validateFunction(impl[m], `options.fs.${m}`);
    out[m] = impl[m] ?? ((...args) => Reflect.apply(base[m], base, args));
  }
  return out;
}

function validateStartEnd(start, end) {
  if (start !== undefined) validateInteger(start, 'start', 0);
  if (end !== undefined && end !== Infinity) validateInteger(end, 'end', 0);
}

function importFd(stream, options) {
  if (options.fd == null) {
    stream.fd = null;
    return;
  }
  if (isFileHandle(options.fd)) {
    stream.fd = options.fd.fd;
    const handle = options.fd;
    handle.on?.('close', () => {
      if (!stream.destroyed) stream.destroy();
    });
    return;
  }
  if (typeof options.fd === 'number' || (typeof options.fd === 'object' && typeof options.fd.fd === 'number')) {
    stream.fd = getValidatedFd(typeof options.fd === 'number' ? options.fd : options.fd.fd, 'options.fd');
    return;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

function openStream(stream, cb) {
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      cb(err);
      return;
    }
    stream.fd = fd;
    cb();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

// Streams whose `open` method was replaced (code written for old Node versions) are opened by
// calling it: it emits 'open' with the descriptor, or 'error'.
function constructWithCustomOpen(stream, callback) {
  const onOpen = () => {
    stream.removeListener('error', onError);
    callback();
  };
  // The error was emitted by the custom open itself: destroy without emitting it again (and
  // before the user's listeners run, which see a destroyed stream, as in Node).
  const onError = () => {
    stream.removeListener('open', onOpen);
    stream.destroy();
    callback();
  };
  stream.once('open', onOpen);
  stream.prependOnceListener('error', onError);
  stream.open();
}

function constructStream(stream, proto, callback) {
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== proto.open) {
    constructWithCustomOpen(stream, callback);
    return;
  }
  openStream(stream, callback);
}

// The old public open(): opens the file and emits 'open'/'ready' (or 'error').
function legacyOpen() {
  openStream(this, (err) => {
    if (err) {
      if (this.autoClose) this.destroy();
      this.emit('error', err);
    }
  });
}

function closeStream(stream, err, cb) {
  if (stream.fd === null || stream.fd === undefined) {
    cb(err);
  } else if (stream.flush && !err) {
    stream[kFs].close(stream.fd, (er) => cb(er || err));
    stream.fd = null;
  } else {
    stream[kFs].close(stream.fd, (er) => cb(er || err));
    stream.fd = null;
  }
}

function destroyStream(stream, err, cb) {
  const close = (er) => {
    if (stream.autoClose || stream[kHandle]) {
      if (stream[kHandle] && !stream.autoClose) {
        cb(er || err);
        return;
      }
      closeStream(stream, er || err, cb);
    } else {
      cb(er || err);
    }
  };
  if (stream[kIsPerformingIO]) {
    stream.once(kIoDone, (er) => close(er));
  } else {
    close();
  }
}

// ---- ReadStream ----

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, {}));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = false;
  this[kFs] = streamFs(this, options, ['open', 'read', 'close']);
  importFd(this, options);
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  if (this.fd == null && !isFileHandle(options.fd)) {
    this.path = getValidatedPath(path);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    this.path = path ?? undefined;
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  }
  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  validateStartEnd(this.start, options.end);
  if (this.start !== undefined) {
    if (this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
    this.pos = this.start;
  }
  Reflect.apply(Readable, this, [options]);
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = val; },
  configurable: true,
});

Object.defineProperty(ReadStream.prototype, 'pending', {
  __proto__: null,
  get() { return this.fd === null; },
  configurable: true,
});

ReadStream.prototype._construct = function(callback) {
  constructStream(this, ReadStream.prototype, callback);
};
ReadStream.prototype.open = legacyOpen;

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = lazyBuffer().allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos ?? null, (er, bytesRead, b) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      require('internal/streams/destroy').errorOrDestroy(this, er);
      return;
    }
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      if (bytesRead !== buf.length) {
        // A short read gets a buffer of its own size, so small chunks do not each keep a
        // highWaterMark-sized allocation alive.
        const dst = lazyBuffer().allocUnsafeSlow(bytesRead);
        dst.set(buf.subarray(0, bytesRead));
        this.push(dst);
      } else {
        this.push(buf);
      }
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  destroyStream(this, err, cb);
};

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

// ---- WriteStream ----

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, {}));
  options.decodeStrings = true;
  this[kFs] = streamFs(this, options, ['open', 'write', 'writev', 'close', 'fsync']);
  importFd(this, options);
  if (this.fd == null) {
    this.path = getValidatedPath(path);
  } else {
    this.path = path ?? undefined;
  }
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.flush = options.flush == null ? false : options.flush;
  validateBoolean(this.flush, 'options.flush');
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (options.fs?.writev === undefined && options.fs) this._writev = null;
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = val; },
  configurable: true,
});

Object.defineProperty(WriteStream.prototype, 'pending', {
  __proto__: null,
  get() { return this.fd === null; },
  configurable: true,
});

WriteStream.prototype._construct = function(callback) {
  constructStream(this, WriteStream.prototype, callback);
};
WriteStream.prototype.open = legacyOpen;

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos ?? null, (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      cb(er);
      return;
    }
    this.bytesWritten += bytes;
    if (this.pos !== undefined) this.pos += bytes;
    cb();
  });
};

WriteStream.prototype._writev = function(data, cb) {
  const chunks = data.map((d) => d.chunk);
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, chunks, this.pos ?? null, (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      cb(er);
      return;
    }
    this.bytesWritten += bytes;
    if (this.pos !== undefined) this.pos += bytes;
    cb();
  });
};

WriteStream.prototype._final = function(cb) {
  if (!this.flush || this.fd == null) {
    cb();
    return;
  }
  this[kFs].fsync(this.fd, (er) => cb(er));
};

WriteStream.prototype._destroy = function(err, cb) {
  destroyStream(this, err, cb);
};

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
