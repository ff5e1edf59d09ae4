'use strict';

// node:fs — the callback and synchronous APIs. Every call validates its arguments here, resolves
// relative paths against process.cwd() (the runtime's own), and crosses into
// internalBinding('fs') once: synchronously with a ctx object, or with a completion function
// that the binding calls back from the worker pool.

const binding = internalBinding('fs');
const {
  AbortError,
  codes: {
    ERR_FS_EISDIR,
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateInt32,
  validateObject,
  validateString,
  validateUint32,
  validateAbortSignal,
} = require('internal/validators');
const {
  BigIntStats,
  Dirent,
  Stats,
  bufferFromBinding,
  constants,
  copyFromBinding,
  hostBytes,
  encodeName,
  fsError,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedPath,
  isArrayBufferView,
  kIoMaxLength,
  kMaxUserId,
  kType,
  lazyBuffer,
  parseFileMode,
  pathString,
  splitNames,
  stringToFlags,
  stringToSymlinkType,
  toNamespacedPath,
  toUnixTimestamp,
  validateBufferArray,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmOptions,
  validateRmdirOptions,
  validateStringAfterArrayBufferView,
} = require('internal/fs/utils');

const { F_OK, O_WRONLY, O_RDONLY, O_SYNC, O_DSYNC, COPYFILE_EXCL } = constants;
const kEISDIR = -21;
const kENOENT = -2;
const kENOTDIR = -20;

// ---- calling the binding ----

const asyncFrame = require('internal/async_context_frame');

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// The completion the binding calls: (errno, syscall, errPath, result).
function req(callback, path, dest, map) {
  // The callback runs in the async context of the call that started the operation.
  const snapshot = asyncFrame.capture();
  if (snapshot !== undefined) {
    const cb = callback;
    callback = (...args) => asyncFrame.runInSnapshot(snapshot, cb, undefined, args);
  }
  return (errno, syscall, errPath, result) => {
    if (errno !== 0) {
      const ctx = { errno, syscall };
      if (errPath != null) ctx.path = errPath;
      callback(fsError(ctx, path, dest));
      return;
    }
    if (map === undefined) {
      callback(null);
      return;
    }
    let value;
    try {
      value = map(result);
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, value);
  };
}

function sync(path, dest, fn) {
  const ctx = {};
  const result = fn(ctx);
  if (ctx.errno !== undefined) throw fsError(ctx, path, dest);
  return result;
}

function maybeCallbackOrOptions(options, callback) {
  return typeof options === 'function' ? [undefined, options] : [options, callback];
}

// ---- access / exists ----

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.access(toNamespacedPath(path), mode, req(callback, path));
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  sync(path, undefined, (ctx) => binding.access(toNamespacedPath(path), mode, ctx));
}

function getValidMode(mode, type) {
  if (mode == null) return type === 'copyFile' ? 0 : F_OK;
  validateInteger(mode, 'mode', 0, 7);
  return mode;
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressed(err) {
    callback(!err);
  }
  try {
    access(path, F_OK, suppressed);
  } catch {
    return callback(false);
  }
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: function exists(path) { // eslint-disable-line func-name-matching
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.existsSync(toNamespacedPath(path));
}

// ---- open / close ----

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(toNamespacedPath(path), flagsNumber, mode, req(callback, path, undefined, (fd) => fd));
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return sync(path, undefined, (ctx) => binding.open(toNamespacedPath(path), flagsNumber, mode, ctx));
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, req(callback));
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  sync(undefined, undefined, (ctx) => binding.close(fd, ctx));
}

// ---- read ----

function toPos(position) {
  if (position == null || position === -1 || position === -1n) return -1;
  return Number(position);
}

function validateReadArgs(fd, buffer, offset, length, position) {
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return { offset, length, position, empty: true };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) {
    position = -1;
  } else {
    validatePosition(position, 'position', length);
  }
  return { offset, length, position, empty: false };
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // fd, buffer, options, callback
      validateObject(offsetOrOptions, 'options', 1);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // fd, bufferOrParams, callback
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = lazyBuffer().alloc(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      // fd, callback
      callback = buffer;
      buffer = lazyBuffer().alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', 1);
    ({
      offset = 0,
      length = buffer?.byteLength - offset,
      position = null,
    } = params ?? {});
  }
  const v = validateReadArgs(fd, buffer, offset, length, position);
  validateFunction(callback, 'cb');
  if (v.empty) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  binding.read(fd, v.length, toPos(v.position), (errno, syscall, errPath, bb) => {
    if (errno !== 0) return callback(fsError({ errno, syscall }));
    const n = copyFromBinding(bb, buffer, v.offset);
    callback(null, n, buffer);
  });
}
Object.defineProperty(read, Symbol.for('nodejs.util.promisify.customArgs'), {
  __proto__: null, value: ['bytesRead', 'buffer'], enumerable: false,
});

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', 1);
    ({
      offset = 0,
      length = buffer?.byteLength - offset,
      position = null,
    } = offsetOrOptions ?? {});
  }
  const v = validateReadArgs(fd, buffer, offset, length, position);
  if (v.empty) return 0;
  const bb = sync(undefined, undefined, (ctx) => binding.read(fd, v.length, toPos(v.position), ctx));
  return copyFromBinding(bb, buffer, v.offset);
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  callback = makeCallback(callback);
  const total = buffers.reduce((n, b) => n + b.byteLength, 0);
  binding.read(fd, total, typeof position === 'number' ? position : -1, (errno, syscall, p, bb) => {
    if (errno !== 0) return callback(fsError({ errno, syscall }));
    callback(null, scatter(bb, buffers), buffers);
  });
}
Object.defineProperty(readv, Symbol.for('nodejs.util.promisify.customArgs'), {
  __proto__: null, value: ['bytesRead', 'buffers'], enumerable: false,
});

function scatter(bb, buffers) {
  const src = hostBytes(bb);
  let at = 0;
  for (const b of buffers) {
    if (at >= src.length) break;
    const n = Math.min(b.byteLength, src.length - at);
    new Uint8Array(b.buffer, b.byteOffset, n).set(src.subarray(at, at + n));
    at += n;
  }
  return src.length;
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  const total = buffers.reduce((n, b) => n + b.byteLength, 0);
  const bb = sync(undefined, undefined,
    (ctx) => binding.read(fd, total, typeof position === 'number' ? position : -1, ctx));
  return scatter(bb, buffers);
}

// ---- write ----

function asUint8(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = maybeCallback(callback || position || length || offset);
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (offset == null || typeof offset === 'function') {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    if (position !== null) validatePosition(position, 'position', length);
    binding.writeBytes(fd, asUint8(buffer), offset, length, toPos(position),
      req((err, n) => callback(err, n ?? 0, buffer), undefined, undefined, (n) => n));
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  validateEncoding(str, length);
  callback = maybeCallback(position);
  const pos = typeof offset === 'number' ? offset : -1;
  const done = req((err, n) => callback(err, n ?? 0, str), undefined, undefined, (n) => n);
  writeStringTo(fd, str, pos, length, done);
}
Object.defineProperty(write, Symbol.for('nodejs.util.promisify.customArgs'), {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function validateEncoding(data, encoding) {
  if (encoding != null && typeof encoding === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
    const B = lazyBuffer();
    if (!B.isEncoding(encoding)) {
      const { codes: { ERR_UNKNOWN_ENCODING } } = require('internal/errors');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
  }
}

function isUtf8(enc) {
  return enc == null || enc === 'utf8' || enc === 'utf-8' || enc === 'UTF8' || enc === 'UTF-8';
}

function writeStringTo(fd, str, pos, encoding, reqOrCtx) {
  if (isUtf8(encoding)) return binding.writeUtf8(fd, str, pos, reqOrCtx);
  const buf = lazyBuffer().from(str, encoding);
  return binding.writeBytes(fd, buf, 0, buf.length, pos, reqOrCtx);
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (position === undefined) position = null;
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    if (position !== null) validatePosition(position, 'position', length);
    return sync(undefined, undefined,
      (ctx) => binding.writeBytes(fd, asUint8(buffer), offset, length, toPos(position), ctx));
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const pos = typeof offset === 'number' ? offset : -1;
  return sync(undefined, undefined, (ctx) => writeStringTo(fd, buffer, pos, length, ctx));
}

function concatViews(buffers) {
  let total = 0;
  for (const b of buffers) total += b.byteLength;
  const out = new Uint8Array(total);
  let at = 0;
  for (const b of buffers) {
    out.set(asUint8(b), at);
    at += b.byteLength;
  }
  return out;
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  callback = makeCallback(callback);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  const all = concatViews(buffers);
  binding.writeBytes(fd, all, 0, all.length, typeof position === 'number' ? position : -1,
    req((err, n) => callback(err, n ?? 0, buffers), undefined, undefined, (n) => n));
}
Object.defineProperty(writev, Symbol.for('nodejs.util.promisify.customArgs'), {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  const all = concatViews(buffers);
  return sync(undefined, undefined, (ctx) =>
    binding.writeBytes(fd, all, 0, all.length, typeof position === 'number' ? position : -1, ctx));
}

// ---- whole files ----

function isFd(path) {
  return typeof path === 'number' && path === (path | 0);
}

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

function decodeFile(bb, encoding) {
  const buf = bufferFromBinding(bb);
  if (buf.length > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(buf.length);
  return encoding ? buf.toString(encoding) : buf;
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const { encoding, signal } = options;
  const flags = stringToFlags(options.flag ?? 'r');
  if (!isFd(path)) path = getValidatedPath(path);
  if (checkAborted(signal, callback)) return;
  const finish = (err, data) => {
    if (err == null && signal?.aborted) {
      callback(new AbortError(undefined, { cause: signal.reason }));
      return;
    }
    callback(err, data);
  };
  if (isFd(path)) {
    const fd = getValidatedFd(typeof path === 'number' ? path : path.fd);
    binding.readFile('', fd, req(finish, undefined, undefined, (bb) => decodeFile(bb, encoding)));
    return;
  }
  if (flags === O_RDONLY) {
    binding.readFile(toNamespacedPath(path), -1, req(finish, path, undefined, (bb) => decodeFile(bb, encoding)));
    return;
  }
  binding.open(toNamespacedPath(path), flags, 0o666, req((err, fd) => {
    if (err) return finish(err);
    binding.readFile('', fd, req((err2, data) => {
      binding.close(fd, req((err3) => finish(err2 || err3 || null, err2 || err3 ? undefined : data)));
    }, undefined, undefined, (bb) => decodeFile(bb, encoding)));
  }, path, undefined, (fd) => fd));
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const { encoding } = options;
  const flags = stringToFlags(options.flag ?? 'r');
  if (isFd(path)) {
    const fd = getValidatedFd(typeof path === 'number' ? path : path.fd);
    return decodeFile(sync(undefined, undefined, (ctx) => binding.readFile('', fd, ctx)), encoding);
  }
  path = getValidatedPath(path);
  if (flags === O_RDONLY) {
    if (encoding === 'utf8' || encoding === 'utf-8') {
      return sync(path, undefined, (ctx) => binding.readFileUtf8(toNamespacedPath(path), ctx));
    }
    return decodeFile(sync(path, undefined, (ctx) => binding.readFile(toNamespacedPath(path), -1, ctx)), encoding);
  }
  const fd = openSync(path, flags, 0o666);
  try {
    return decodeFile(sync(undefined, undefined, (ctx) => binding.readFile('', fd, ctx)), encoding);
  } finally {
    closeSync(fd);
  }
}

function dataToView(data, encoding, allowObjects = false) {
  if (isArrayBufferView(data)) return asUint8(data);
  if (typeof data === 'string') return isUtf8(encoding) ? data : lazyBuffer().from(data, encoding);
  if (allowObjects && data != null && typeof data === 'object' && typeof data.toString === 'function' &&
      data.toString !== Object.prototype.toString) {
    return String(data);
  }
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeAllToFd(fd, data, position, callback) {
  const done = req(callback, undefined, undefined, (n) => n);
  if (typeof data === 'string') binding.writeUtf8(fd, data, position, done);
  else binding.writeBytes(fd, data, 0, data.length, position, done);
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const view = dataToView(data, options.encoding);
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (isFd(path)) {
    const fd = getValidatedFd(typeof path === 'number' ? path : path.fd);
    if (checkAborted(options.signal, callback)) return;
    writeAllToFd(fd, view, -1, (err) => {
      if (err || !flush) return callback(err ?? null);
      binding.fsync(fd, false, req(callback));
    });
    return;
  }
  path = getValidatedPath(path);
  if (checkAborted(options.signal, callback)) return;
  const after = (err) => {
    if (err == null && options.signal?.aborted) {
      return callback(new AbortError(undefined, { cause: options.signal.reason }));
    }
    callback(err ?? null);
  };
  if (!flush) {
    if (typeof view === 'string') {
      binding.writeFileUtf8(toNamespacedPath(path), view, flags, mode, req(after, path));
    } else {
      binding.writeFile(toNamespacedPath(path), view, 0, view.length, flags, mode, req(after, path));
    }
    return;
  }
  open(path, flags, mode, (err, fd) => {
    if (err) return after(err);
    writeAllToFd(fd, view, -1, (err2) => {
      const fin = (err3) => close(fd, (err4) => after(err2 || err3 || err4 || null));
      if (err2) return fin();
      binding.fsync(fd, false, req(fin));
    });
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const view = dataToView(data, options.encoding);
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const writeTo = (fd) => sync(undefined, undefined, (ctx) => typeof view === 'string'
    ? binding.writeUtf8(fd, view, -1, ctx)
    : binding.writeBytes(fd, view, 0, view.length, -1, ctx));
  if (isFd(path)) {
    const fd = getValidatedFd(typeof path === 'number' ? path : path.fd);
    writeTo(fd);
    if (flush) fsyncSync(fd);
    return;
  }
  path = getValidatedPath(path);
  if (!flush) {
    sync(path, undefined, (ctx) => (typeof view === 'string'
      ? binding.writeFileUtf8(toNamespacedPath(path), view, flags, mode, ctx)
      : binding.writeFile(toNamespacedPath(path), view, 0, view.length, flags, mode, ctx)));
    return;
  }
  const fd = openSync(path, flags, mode);
  try {
    writeTo(fd);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(options.flag)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = appendOptions(options);
  writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = appendOptions(options);
  writeFileSync(path, data, options);
}

// ---- stat ----

function statOptions(options) {
  if (typeof options === 'function' || options == null) return { bigint: false };
  validateObject(options, 'options', 1);
  return options;
}

// stat and lstat differ only in whether the last link is followed.
function statPath(path, options, callback, noFollow) {
  if (typeof options === 'function') {
    callback = options;
    options = { bigint: false };
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const bigint = !!options?.bigint;
  binding.stat(toNamespacedPath(path), noFollow, req(callback, path, undefined, (a) => getStatsFromBinding(a, bigint)));
}

function stat(path, options = { bigint: false }, callback) {
  statPath(path, options, callback, false);
}

function lstat(path, options = { bigint: false }, callback) {
  statPath(path, options, callback, true);
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = { bigint: false };
  }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  const bigint = !!options?.bigint;
  binding.fstat(fd, req(callback, undefined, undefined, (a) => getStatsFromBinding(a, bigint)));
}

function statLike(path, options, lstatMode) {
  options = { bigint: false, throwIfNoEntry: true, ...statOptions(options) };
  path = getValidatedPath(path);
  const ctx = {};
  const a = binding.stat(toNamespacedPath(path), lstatMode, ctx);
  if (ctx.errno !== undefined) {
    if (options.throwIfNoEntry === false && (ctx.errno === kENOENT || ctx.errno === kENOTDIR)) return undefined;
    throw fsError(ctx, path);
  }
  return getStatsFromBinding(a, !!options.bigint);
}

function statSync(path, options) {
  return statLike(path, options, false);
}

function lstatSync(path, options) {
  return statLike(path, options, true);
}

function fstatSync(fd, options) {
  fd = getValidatedFd(fd);
  options = statOptions(options);
  const a = sync(undefined, undefined, (ctx) => binding.fstat(fd, ctx));
  return getStatsFromBinding(a, !!options.bigint);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = { bigint: false };
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const bigint = !!options?.bigint;
  binding.statfs(toNamespacedPath(path), req(callback, path, undefined, (a) => getStatFsFromBinding(a, bigint)));
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const a = sync(path, undefined, (ctx) => binding.statfs(toNamespacedPath(path), ctx));
  return getStatFsFromBinding(a, !!options?.bigint);
}

// ---- directories ----

function readdirOptions(options) {
  options = getOptions(options);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function direntsFrom(joined, encoding, parent) {
  return splitNames(joined).map((e) => new Dirent(encodeName(e.slice(1), encoding), e.charCodeAt(0) - 48, parent));
}

function namesFrom(joined, encoding) {
  const names = splitNames(joined);
  return encoding == null || encoding === 'utf8' || encoding === 'utf-8' ? names : names.map((n) => encodeName(n, encoding));
}

function joinPath(dir, name) {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = readdirOptions(options);
  path = getValidatedPath(path);
  const withTypes = !!options.withFileTypes;
  const encoding = options.encoding;
  if (!options.recursive) {
    binding.readdir(toNamespacedPath(path), withTypes, req(callback, path, undefined,
      (joined) => (withTypes ? direntsFrom(joined, encoding, pathString(path)) : namesFrom(joined, encoding))));
    return;
  }
  // recursive: breadth first, directories in the order found
  const root = pathString(path);
  const out = [];
  const queue = [[root, '']];
  const next = () => {
    if (queue.length === 0) return callback(null, out);
    const [dir, rel] = queue.shift();
    binding.readdir(toNamespacedPath(dir), true, (errno, syscall, p, joined) => {
      if (errno !== 0) return callback(fsError({ errno, syscall }, dir));
      collect(joined, dir, rel, withTypes, encoding, out, queue);
      next();
    });
  };
  next();
}

function collect(joined, dir, rel, withTypes, encoding, out, queue) {
  for (const e of splitNames(joined)) {
    const type = e.charCodeAt(0) - 48;
    const name = e.slice(1);
    const relName = rel === '' ? name : `${rel}/${name}`;
    if (withTypes) out.push(new Dirent(encodeName(name, encoding), type, dir));
    else out.push(encodeName(relName, encoding));
    if (type === constants.UV_DIRENT_DIR) queue.push([joinPath(dir, name), relName]);
  }
}

function readdirSync(path, options) {
  options = readdirOptions(options);
  path = getValidatedPath(path);
  const withTypes = !!options.withFileTypes;
  const encoding = options.encoding;
  if (!options.recursive) {
    const joined = sync(path, undefined, (ctx) => binding.readdir(toNamespacedPath(path), withTypes, ctx));
    return withTypes ? direntsFrom(joined, encoding, pathString(path)) : namesFrom(joined, encoding);
  }
  const root = pathString(path);
  const out = [];
  const queue = [[root, '']];
  while (queue.length > 0) {
    const [dir, rel] = queue.shift();
    const joined = sync(dir, undefined, (ctx) => binding.readdir(toNamespacedPath(dir), true, ctx));
    collect(joined, dir, rel, withTypes, encoding, out, queue);
  }
  return out;
}

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const { mode, recursive } = mkdirOptions(options);
  binding.mkdir(toNamespacedPath(path), mode, recursive, req(callback, path, undefined,
    (first) => (recursive ? first ?? undefined : undefined)));
}

function mkdirSync(path, options) {
  path = getValidatedPath(path);
  const { mode, recursive } = mkdirOptions(options);
  const first = sync(path, undefined, (ctx) => binding.mkdir(toNamespacedPath(path), mode, recursive, ctx));
  if (recursive) return first ?? undefined;
}

function mkdtempPrefix(prefix) {
  prefix = getValidatedPath(prefix, 'prefix');
  return pathString(prefix);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = mkdtempPrefix(prefix);
  binding.mkdtemp(toNamespacedPath(prefix), req(callback, `${prefix}XXXXXX`, undefined,
    (p) => encodeName(relativeLike(prefix, p), options.encoding)));
}

// mkdtemp answers with the absolute path; Node answers in the caller's form.
function relativeLike(prefix, abs) {
  if (prefix.startsWith('/')) return abs;
  return prefix + abs.slice(abs.length - 6);
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = mkdtempPrefix(prefix);
  const p = sync(`${prefix}XXXXXX`, undefined, (ctx) => binding.mkdtemp(toNamespacedPath(prefix), ctx));
  return encodeName(relativeLike(prefix, p), options.encoding);
}

function mkdtempDisposableSync(prefix, options) {
  const path = mkdtempSync(prefix, options);
  const abs = toNamespacedPath(path);
  return {
    path,
    remove() {
      rmSync(abs, { recursive: true, force: true });
    },
    [Symbol.dispose]() {
      rmSync(abs, { recursive: true, force: true });
    },
  };
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateRmdirOptions(options);
  binding.rmdir(toNamespacedPath(path), req(callback, path));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  validateRmdirOptions(options);
  sync(path, undefined, (ctx) => binding.rmdir(toNamespacedPath(path), ctx));
}

function eisdir(path) {
  return new ERR_FS_EISDIR({
    code: 'EISDIR', message: 'is a directory', path: pathString(path), syscall: 'rm', errno: kEISDIR,
  });
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  const abs = toNamespacedPath(path);
  binding.stat(abs, true, (errno, syscall, p, a) => {
    if (errno !== 0) {
      if (options.force && errno === kENOENT) return callback(null);
      return callback(fsError({ errno, syscall: 'rm' }, path));
    }
    const isDir = (a[1] & constants.S_IFMT) === constants.S_IFDIR;
    if (isDir && !options.recursive) return callback(eisdir(path));
    binding.rmTree(abs, req(callback, path));
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  const abs = toNamespacedPath(path);
  const ctx = {};
  const a = binding.stat(abs, true, ctx);
  if (ctx.errno !== undefined) {
    if (options.force && ctx.errno === kENOENT) return;
    throw fsError({ errno: ctx.errno, syscall: 'rm' }, path);
  }
  const isDir = (a[1] & constants.S_IFMT) === constants.S_IFDIR;
  if (isDir && !options.recursive) throw eisdir(path);
  sync(path, undefined, (c) => binding.rmTree(abs, c));
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(toNamespacedPath(path), req(callback, path));
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  sync(path, undefined, (ctx) => binding.unlink(toNamespacedPath(path), ctx));
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(toNamespacedPath(oldPath), toNamespacedPath(newPath), req(callback, oldPath, newPath));
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  sync(oldPath, newPath, (ctx) => binding.rename(toNamespacedPath(oldPath), toNamespacedPath(newPath), ctx));
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  callback = makeCallback(callback);
  binding.copyFile(toNamespacedPath(src), toNamespacedPath(dest), mode, req(callback, src, dest));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  sync(src, dest, (ctx) => binding.copyFile(toNamespacedPath(src), toNamespacedPath(dest), mode, ctx));
}

// ---- links ----

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  callback = makeCallback(callback);
  stringToSymlinkType(type);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(pathString(target), toNamespacedPath(path), req(callback, target, path));
}

function symlinkSync(target, path, type) {
  stringToSymlinkType(type);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  sync(target, path, (ctx) => binding.symlink(pathString(target), toNamespacedPath(path), ctx));
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(toNamespacedPath(existingPath), toNamespacedPath(newPath), req(callback, existingPath, newPath));
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  sync(existingPath, newPath, (ctx) => binding.link(toNamespacedPath(existingPath), toNamespacedPath(newPath), ctx));
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  binding.readlink(toNamespacedPath(path), req(callback, path, undefined, (t) => encodeName(t, options.encoding)));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(sync(path, undefined, (ctx) => binding.readlink(toNamespacedPath(path), ctx)), options.encoding);
}

function realpath(p, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  p = getValidatedPath(p);
  binding.realpath(toNamespacedPath(p), req(callback, p, undefined, (r) => encodeName(r, options.encoding)));
}
realpath.native = function native(p, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  p = getValidatedPath(p);
  binding.realpath(toNamespacedPath(p), req(callback, p, undefined, (r) => encodeName(r, options.encoding)));
};

function realpathSync(p, options) {
  options = getOptions(options);
  p = getValidatedPath(p);
  return encodeName(sync(p, undefined, (ctx) => binding.realpath(toNamespacedPath(p), ctx)), options.encoding);
}
realpathSync.native = function native(p, options) {
  return realpathSync(p, options);
};

// ---- attributes ----

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(toNamespacedPath(path), mode, req(callback, path));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  sync(path, undefined, (ctx) => binding.chmod(toNamespacedPath(path), mode, ctx));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, req(callback));
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  sync(undefined, undefined, (ctx) => binding.fchmod(fd, mode, ctx));
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

// Java takes ints: ids above 2^31 travel as their two's complement.
const toInt = (id) => id | 0;

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(toNamespacedPath(path), toInt(uid), toInt(gid), false, req(callback, path));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  sync(path, undefined, (ctx) => binding.chown(toNamespacedPath(path), toInt(uid), toInt(gid), false, ctx));
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(toNamespacedPath(path), toInt(uid), toInt(gid), true, req(callback, path));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  sync(path, undefined, (ctx) => binding.chown(toNamespacedPath(path), toInt(uid), toInt(gid), true, ctx));
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  callback = makeCallback(callback);
  binding.fchown(fd, toInt(uid), toInt(gid), req(callback));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  sync(undefined, undefined, (ctx) => binding.fchown(fd, toInt(uid), toInt(gid), ctx));
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(toNamespacedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), false, req(callback, path));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  sync(path, undefined, (ctx) => binding.utimes(toNamespacedPath(path), a, m, false, ctx));
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(toNamespacedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), true, req(callback, path));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  sync(path, undefined, (ctx) => binding.utimes(toNamespacedPath(path), a, m, true, ctx));
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, req(callback));
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  sync(undefined, undefined, (ctx) => binding.futimes(fd, atime, mtime, ctx));
}

function truncate(path, len, callback) {
  if (typeof path === 'number') return ftruncate(path, len, callback);
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.truncate(toNamespacedPath(path), len, req(callback, path));
}

function truncateSync(path, len) {
  if (typeof path === 'number') return ftruncateSync(path, len);
  if (len === undefined) len = 0;
  validateInteger(len, 'len');
  len = Math.max(0, len);
  path = getValidatedPath(path);
  sync(path, undefined, (ctx) => binding.truncate(toNamespacedPath(path), len, ctx));
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, req(callback));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  sync(undefined, undefined, (ctx) => binding.ftruncate(fd, len, ctx));
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, false, req(callback));
}

function fsyncSync(fd) {
  fd = getValidatedFd(fd);
  sync(undefined, undefined, (ctx) => binding.fsync(fd, false, ctx));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, true, req(callback));
}

function fdatasyncSync(fd) {
  fd = getValidatedFd(fd);
  sync(undefined, undefined, (ctx) => binding.fsync(fd, true, ctx));
}

// ---- opendir / cp / watch / streams (their own modules) ----

function opendir(path, options, callback) {
  return require('internal/fs/dir').opendir(path, options, callback);
}

function opendirSync(path, options) {
  return require('internal/fs/dir').opendirSync(path, options);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  const cpMod = require('internal/fs/cp');
  options = cpMod.validateCpOptions(options);
  src = pathString(getValidatedPath(src, 'src'));
  dest = pathString(getValidatedPath(dest, 'dest'));
  cpMod.cpAsync(src, dest, options).then(() => callback(null), (err) => callback(err));
}

function cpSync(src, dest, options) {
  const cpMod = require('internal/fs/cp');
  options = cpMod.validateCpOptions(options);
  src = pathString(getValidatedPath(src, 'src'));
  dest = pathString(getValidatedPath(dest, 'dest'));
  cpMod.cpSyncFn(src, dest, options);
}

function watch(filename, options, listener) {
  return require('internal/fs/watchers').watch(filename, options, listener);
}

function watchFile(filename, options, listener) {
  return require('internal/fs/watchers').watchFile(filename, options, listener);
}

function unwatchFile(filename, listener) {
  return require('internal/fs/watchers').unwatchFile(filename, listener);
}

function createReadStream(path, options) {
  const { ReadStream } = require('internal/fs/streams');
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  const { WriteStream } = require('internal/fs/streams');
  return new WriteStream(path, options);
}

function glob(pattern, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  let result;
  try {
    result = require('internal/fs/glob').globSync(pattern, options);
  } catch (err) {
    process.nextTick(callback, err);
    return;
  }
  process.nextTick(callback, null, result);
}

function globSync(pattern, options) {
  return require('internal/fs/glob').globSync(pattern, options);
}

function openAsBlob() {
  throw new ERR_NOT_IMPLEMENTED('fs.openAsBlob()');
}

let promises;

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  glob,
  globSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  mkdtempDisposableSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,

  get ReadStream() {
    return require('internal/fs/streams').ReadStream;
  },
  set ReadStream(val) {
    Object.defineProperty(fs, 'ReadStream', { value: val, writable: true, enumerable: true, configurable: true });
  },
  get WriteStream() {
    return require('internal/fs/streams').WriteStream;
  },
  set WriteStream(val) {
    Object.defineProperty(fs, 'WriteStream', { value: val, writable: true, enumerable: true, configurable: true });
  },
  get FileReadStream() {
    return require('internal/fs/streams').ReadStream;
  },
  set FileReadStream(val) {
    Object.defineProperty(fs, 'FileReadStream', { value: val, writable: true, enumerable: true, configurable: true });
  },
  get FileWriteStream() {
    return require('internal/fs/streams').WriteStream;
  },
  set FileWriteStream(val) {
    Object.defineProperty(fs, 'FileWriteStream', { value: val, writable: true, enumerable: true, configurable: true });
  },

  _toUnixTimestamp: toUnixTimestamp,
};

Object.defineProperties(fs, {
  Dir: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return require('internal/fs/dir').Dir; },
  },
  opendir: { __proto__: null, value: opendir, enumerable: true, configurable: true, writable: true },
  opendirSync: { __proto__: null, value: opendirSync, enumerable: true, configurable: true, writable: true },
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  promises: {
    __proto__: null, configurable: true, enumerable: true,
    get() {
      promises ??= require('internal/fs/promises').exports;
      return promises;
    },
  },
});
