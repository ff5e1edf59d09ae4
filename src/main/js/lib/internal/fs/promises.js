'use strict';

// fs/promises and FileHandle: the same binding calls as node:fs, settled through promises.

const binding = internalBinding('fs');
const EventEmitter = require('events');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_NOT_IMPLEMENTED,
    ERR_FS_FILE_TOO_LARGE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
  validateAbortSignal,
} = require('internal/validators');
const utils = require('internal/fs/utils');
const {
  constants,
  copyFromBinding,
  hostBytes,
  bufferFromBinding,
  encodeName,
  fsError,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedPath,
  isArrayBufferView,
  kIoMaxLength,
  lazyBuffer,
  parseFileMode,
  pathString,
  stringToFlags,
  toNamespacedPath,
  toUnixTimestamp,
  validateBufferArray,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateStringAfterArrayBufferView,
} = utils;

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kRefs = Symbol('kRefs');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');

function call(path, dest, start, map) {
  return new Promise((resolve, reject) => {
    start((errno, syscall, errPath, result) => {
      if (errno !== 0) {
        const ctx = { errno, syscall };
        if (errPath != null) ctx.path = errPath;
        reject(fsError(ctx, path, dest));
        return;
      }
      try {
        resolve(map ? map(result) : undefined);
      } catch (err) {
        reject(err);
      }
    });
  });
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

const fs = () => require('fs');

// Runs the callback API through a promise (for the operations that are composed in node:fs).
function viaCallback(fn, ...args) {
  return new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
  }

  get fd() {
    return this[kFd];
  }

  getAsyncId() {
    return -1;
  }

  appendFile(data, options) {
    return fsCall(this, writeFileHandle, data, getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }));
  }

  chmod(mode) {
    return fsCall(this, (h) => {
      mode = parseFileMode(mode, 'mode');
      return call(undefined, undefined, (r) => binding.fchmod(h.fd, mode, r));
    });
  }

  chown(uid, gid) {
    return fsCall(this, (h) => {
      validateInteger(uid, 'uid', -1, 2 ** 32 - 1);
      validateInteger(gid, 'gid', -1, 2 ** 32 - 1);
      return call(undefined, undefined, (r) => binding.fchown(h.fd, uid | 0, gid | 0, r));
    });
  }

  datasync() {
    return fsCall(this, (h) => call(undefined, undefined, (r) => binding.fsync(h.fd, true, r)));
  }

  sync() {
    return fsCall(this, (h) => call(undefined, undefined, (r) => binding.fsync(h.fd, false, r)));
  }

  read(buffer, offset, length, position) {
    return fsCall(this, readHandle, buffer, offset, length, position);
  }

  readv(buffers, position) {
    return fsCall(this, readvHandle, buffers, position);
  }

  readFile(options) {
    return fsCall(this, readFileHandle, options);
  }

  readLines(options = undefined) {
    const { Interface } = require('readline');
    return new Interface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  stat(options) {
    return fsCall(this, (h) => call(undefined, undefined, (r) => binding.fstat(h.fd, r),
      (a) => getStatsFromBinding(a, !!options?.bigint)));
  }

  truncate(len = 0) {
    return fsCall(this, (h) => {
      validateInteger(len, 'len');
      len = Math.max(0, len);
      return call(undefined, undefined, (r) => binding.ftruncate(h.fd, len, r));
    });
  }

  utimes(atime, mtime) {
    return fsCall(this, (h) => {
      const a = toUnixTimestamp(atime, 'atime');
      const m = toUnixTimestamp(mtime, 'mtime');
      return call(undefined, undefined, (r) => binding.futimes(h.fd, a, m, r));
    });
  }

  write(buffer, offset, length, position) {
    return fsCall(this, writeHandle, buffer, offset, length, position);
  }

  writev(buffers, position) {
    return fsCall(this, writevHandle, buffers, position);
  }

  writeFile(data, options) {
    return fsCall(this, writeFileHandle, data, getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' }));
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      this[kClosePromise] = call(undefined, undefined, (r) => binding.close(fd, r)).finally(() => {
        this[kClosePromise] = undefined;
      });
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseResolve] = resolve;
        this[kCloseReject] = reject;
      }).finally(() => {
        this[kClosePromise] = undefined;
        this[kCloseReject] = undefined;
        this[kCloseResolve] = undefined;
      });
    }
    this.emit('close');
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    await this.close();
  }

  readableWebStream() {
    throw new ERR_NOT_IMPLEMENTED('FileHandle.readableWebStream()');
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}

// Runs an operation while holding a reference, so close() waits for it.
async function fsCall(handle, fn, ...args) {
  if (!(handle instanceof FileHandle)) throw new ERR_INVALID_ARG_TYPE('filehandle', 'FileHandle', handle);
  if (handle.fd === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = fn.name;
    throw err;
  }
  handle[kRefs]++;
  try {
    return await fn(handle, ...args);
  } finally {
    handle[kRefs]--;
    if (handle[kRefs] === 0 && handle[kCloseResolve]) {
      const fd = handle[kFd];
      handle[kFd] = -1;
      call(undefined, undefined, (r) => binding.close(fd, r)).then(handle[kCloseResolve], handle[kCloseReject]);
    }
  }
}

async function readHandle(handle, bufferOrOptions, offsetOrOptions, length, position) {
  let buffer = bufferOrOptions;
  let offset = offsetOrOptions;
  if (!isArrayBufferView(buffer)) {
    if (bufferOrOptions != null) validateObject(bufferOrOptions, 'options', 1);
    ({
      buffer = lazyBuffer().alloc(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrOptions ?? {});
    if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
  } else if (offset != null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) {
    position = -1;
  } else {
    validatePosition(position, 'position', length);
  }
  const bytesRead = await call(undefined, undefined, (r) => binding.read(handle.fd, length, Number(position), r),
    (bb) => copyFromBinding(bb, buffer, offset));
  return { __proto__: null, bytesRead, buffer };
}

async function readvHandle(handle, buffers, position) {
  validateBufferArray(buffers);
  const total = buffers.reduce((n, b) => n + b.byteLength, 0);
  const bytesRead = await call(undefined, undefined,
    (r) => binding.read(handle.fd, total, typeof position === 'number' ? position : -1, r),
    (bb) => {
      const src = hostBytes(bb);
      let at = 0;
      for (const b of buffers) {
        if (at >= src.length) break;
        const n = Math.min(b.byteLength, src.length - at);
        new Uint8Array(b.buffer, b.byteOffset, n).set(src.subarray(at, at + n));
        at += n;
      }
      return src.length;
    });
  return { __proto__: null, bytesRead, buffers };
}

function asUint8(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

async function writeHandle(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    if (position !== null) validatePosition(position, 'position', length);
    const view = asUint8(buffer);
    const bytesWritten = await call(undefined, undefined,
      (r) => binding.writeBytes(handle.fd, view, offset, length, position == null ? -1 : Number(position), r),
      (n) => n);
    return { __proto__: null, bytesWritten, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  const encoding = length ?? 'utf8';
  const buf = lazyBuffer().from(buffer, encoding);
  const pos = typeof offset === 'number' ? offset : -1;
  const bytesWritten = await call(undefined, undefined,
    (r) => binding.writeBytes(handle.fd, buf, 0, buf.length, pos, r), (n) => n);
  return { __proto__: null, bytesWritten, buffer };
}

async function writevHandle(handle, buffers, position) {
  validateBufferArray(buffers);
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  let total = 0;
  for (const b of buffers) total += b.byteLength;
  const all = new Uint8Array(total);
  let at = 0;
  for (const b of buffers) {
    all.set(asUint8(b), at);
    at += b.byteLength;
  }
  const bytesWritten = await call(undefined, undefined,
    (r) => binding.writeBytes(handle.fd, all, 0, all.length, typeof position === 'number' ? position : -1, r),
    (n) => n);
  return { __proto__: null, bytesWritten, buffers };
}

async function readFileHandle(handle, options) {
  options = getOptions(options, { flag: 'r' });
  checkAborted(options.signal);
  // Copied out in the callback: a small result sits in the binding's shared transfer buffer.
  const buf = await call(undefined, undefined, (r) => binding.readFile('', handle.fd, r), bufferFromBinding);
  checkAborted(options.signal);
  if (buf.length > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(buf.length);
  return options.encoding ? buf.toString(options.encoding) : buf;
}

function isIterable(v) {
  return v != null && typeof v === 'object' &&
    (typeof v[Symbol.iterator] === 'function' || typeof v[Symbol.asyncIterator] === 'function');
}

async function writeFileHandle(handle, data, options) {
  checkAborted(options.signal);
  const encoding = options.encoding ?? 'utf8';
  // Written in slices of 512 KiB, with the signal checked between them, as Node does.
  const kSlice = 512 * 1024;
  const writeChunk = async (chunk) => {
    const view = typeof chunk === 'string' ? lazyBuffer().from(chunk, encoding) : asUint8(chunk);
    checkAborted(options.signal);
    for (let at = 0; at < view.byteLength || (at === 0 && view.byteLength === 0);) {
      const n = Math.min(kSlice, view.byteLength - at);
      await call(undefined, undefined, (r) => binding.writeBytes(handle.fd, view, at, n, -1, r));
      at += n;
      checkAborted(options.signal);
      if (n === 0) break;
    }
  };
  if (typeof data === 'string' || isArrayBufferView(data)) {
    await writeChunk(data);
  } else if (isIterable(data)) {
    for await (const chunk of data) {
      if (typeof chunk !== 'string' && !isArrayBufferView(chunk)) {
        throw new ERR_INVALID_ARG_TYPE('data',
          ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
      await writeChunk(chunk);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE('data',
      ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
  }
  if (options.flush) await call(undefined, undefined, (r) => binding.fsync(handle.fd, false, r));
}

// ---- the module functions ----

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  const fd = await call(path, undefined, (r) => binding.open(toNamespacedPath(path), flagsNumber, mode, r), (x) => x);
  return new FileHandle(fd);
}

async function access(path, mode = constants.F_OK) {
  path = getValidatedPath(path);
  if (mode != null) validateInteger(mode, 'mode', 0, 7);
  return call(path, undefined, (r) => binding.access(toNamespacedPath(path), mode ?? 0, r));
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  if (path instanceof FileHandle) return readFileHandle(path, options);
  checkAborted(options.signal);
  path = getValidatedPath(path);
  if (stringToFlags(flag) === constants.O_RDONLY) {
    const buf = await call(path, undefined, (r) => binding.readFile(toNamespacedPath(path), -1, r), bufferFromBinding);
    checkAborted(options.signal);
    if (buf.length > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(buf.length);
    return options.encoding ? buf.toString(options.encoding) : buf;
  }
  const h = await open(path, flag, 0o666);
  try {
    return await readFileHandle(h, options);
  } finally {
    await h.close();
  }
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (typeof data !== 'string' && !isArrayBufferView(data) && !isIterable(data)) {
    throw new ERR_INVALID_ARG_TYPE('data',
      ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
  }
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  checkAborted(options.signal);
  path = getValidatedPath(path);
  const h = await open(path, options.flag || 'w', options.mode);
  try {
    await writeFileHandle(h, data, options);
  } finally {
    await h.close();
  }
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  options.flag ||= 'a';
  return writeFile(path, data, options);
}

const promisesApi = {
  access,
  copyFile: (src, dest, mode) => viaCallback(fs().copyFile, src, dest, mode ?? 0),
  cp: (src, dest, options) => viaCallback(fs().cp, src, dest, options),
  glob: (pattern, options) => {
    const results = require('internal/fs/glob').globSync(pattern, options);
    return (async function* glob() { yield* results; })();
  },
  open,
  opendir: (path, options) => viaCallback(fs().opendir, path, options),
  rename: (a, b) => viaCallback(fs().rename, a, b),
  truncate: (path, len = 0) => viaCallback(fs().truncate, path, len),
  rm: (path, options) => viaCallback(fs().rm, path, options),
  rmdir: (path, options) => viaCallback(fs().rmdir, path, options),
  mkdir: (path, options) => viaCallback(fs().mkdir, path, options),
  readdir: (path, options) => viaCallback(fs().readdir, path, options),
  readlink: (path, options) => viaCallback(fs().readlink, path, options),
  symlink: (target, path, type) => viaCallback(fs().symlink, target, path, type),
  lstat: (path, options) => viaCallback(fs().lstat, path, options),
  stat: (path, options) => viaCallback(fs().stat, path, options),
  statfs: (path, options) => viaCallback(fs().statfs, path, options),
  link: (a, b) => viaCallback(fs().link, a, b),
  unlink: (path) => viaCallback(fs().unlink, path),
  chmod: (path, mode) => viaCallback(fs().chmod, path, mode),
  lchmod: async () => {
    throw new ERR_NOT_IMPLEMENTED('fs.promises.lchmod() (not available on Linux)');
  },
  lchown: (path, uid, gid) => viaCallback(fs().lchown, path, uid, gid),
  chown: (path, uid, gid) => viaCallback(fs().chown, path, uid, gid),
  utimes: (path, a, m) => viaCallback(fs().utimes, path, a, m),
  lutimes: (path, a, m) => viaCallback(fs().lutimes, path, a, m),
  realpath: (path, options) => viaCallback(fs().realpath, path, options),
  mkdtemp: (prefix, options) => viaCallback(fs().mkdtemp, prefix, options),
  mkdtempDisposable: async (prefix, options) => {
    const path = await viaCallback(fs().mkdtemp, prefix, options);
    const abs = toNamespacedPath(path);
    const remove = () => viaCallback(fs().rm, abs, { recursive: true, force: true });
    return { path, remove, [Symbol.asyncDispose]: remove };
  },
  writeFile,
  appendFile,
  readFile,
  watch: (filename, options) => require('internal/fs/watchers').watchPromise(filename, options),
  constants,
};

// Give the arrow functions Node's names.
for (const [name, fn] of Object.entries(promisesApi)) {
  if (typeof fn === 'function') Object.defineProperty(fn, 'name', { value: name });
}

module.exports = {
  exports: promisesApi,
  FileHandle,
  kFd,
};
