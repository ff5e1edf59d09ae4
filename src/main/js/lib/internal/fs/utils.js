'use strict';

// Shared pieces of node:fs: the constants, Stats/BigIntStats/StatFs/Dirent, and the argument
// handling every fs function uses (paths, flags, modes, encodings, offsets).

const {
  codes: {
    ERR_FS_INVALID_SYMLINK_TYPE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_URL_SCHEME,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
  uvException,
} = require('internal/errors');
const {
  isUint32,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateUint32,
} = require('internal/validators');

// ---- constants (Linux values) ----

const constants = Object.freeze({
  __proto__: null,
  UV_FS_SYMLINK_DIR: 1,
  UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0,
  UV_DIRENT_FILE: 1,
  UV_DIRENT_DIR: 2,
  UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5,
  UV_DIRENT_CHAR: 6,
  UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 0o170000,
  S_IFREG: 0o100000,
  S_IFDIR: 0o040000,
  S_IFCHR: 0o020000,
  S_IFBLK: 0o060000,
  S_IFIFO: 0o010000,
  S_IFLNK: 0o120000,
  S_IFSOCK: 0o140000,
  O_CREAT: 0o100,
  O_EXCL: 0o200,
  UV_FS_O_FILEMAP: 0,
  O_NOCTTY: 0o400,
  O_TRUNC: 0o1000,
  O_APPEND: 0o2000,
  O_DIRECTORY: 0o200000,
  O_NOATIME: 0o1000000,
  O_NOFOLLOW: 0o400000,
  O_SYNC: 0o4010000,
  O_DSYNC: 0o10000,
  O_DIRECT: 0o40000,
  O_NONBLOCK: 0o4000,
  S_IRWXU: 0o700,
  S_IRUSR: 0o400,
  S_IWUSR: 0o200,
  S_IXUSR: 0o100,
  S_IRWXG: 0o70,
  S_IRGRP: 0o40,
  S_IWGRP: 0o20,
  S_IXGRP: 0o10,
  S_IRWXO: 0o7,
  S_IROTH: 0o4,
  S_IWOTH: 0o2,
  S_IXOTH: 0o1,
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1,
  COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
});

const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
} = constants;

const kMaxUserId = 2 ** 32 - 1;
const kIoMaxLength = 2 ** 31 - 1;
const kMaxLength = 2 ** 53 - 1; // Buffer's limit in Node 26 (v8 typed arrays)

// ---- Buffer, lazily (lib/buffer.js may load after fs) ----

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}
function isBuffer(v) {
  if (v == null || typeof v !== 'object') return false;
  if (!(v instanceof Uint8Array)) return false;
  try {
    return lazyBuffer().isBuffer(v);
  } catch {
    return false;
  }
}

// The bytes a binding call produced, as a Uint8Array: a result of up to 1 MiB arrives as its
// length, in the binding's transfer buffer (wrapped once here; valid until the next binding
// call), a larger one as its own Java ByteBuffer.
let transferView;
function hostBytes(result) {
  if (typeof result === 'number') {
    if (transferView === undefined) {
      transferView = new Uint8Array(new ArrayBuffer(internalBinding('fs').transferBuffer()));
    }
    return transferView.subarray(0, result);
  }
  return new Uint8Array(new ArrayBuffer(result));
}

// Copies the bytes of a binding result into a fresh Buffer.
function bufferFromBinding(result) {
  const src = hostBytes(result);
  const out = lazyBuffer().allocUnsafe(src.length);
  out.set(src);
  return out;
}

// Copies the bytes of a binding result into `target` (any ArrayBufferView) at byte `offset`;
// returns the count.
function copyFromBinding(result, target, offset) {
  const src = hostBytes(result);
  const n = src.length;
  if (n > 0) new Uint8Array(target.buffer, target.byteOffset + offset, n).set(src);
  return n;
}

// ---- encodings ----

const encodings = new Set(['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary',
  'base64', 'base64url', 'hex', 'ascii', 'buffer']);

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  const lower = `${enc}`.toLowerCase();
  switch (lower) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'hex': case 'ascii': case 'buffer': return lower;
    default: return undefined;
  }
}

function assertEncoding(encoding) {
  if (encoding && !encodings.has(encoding) && normalizeEncoding(encoding) === undefined) {
    const reason = 'is invalid encoding';
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, reason);
  }
}

function getOptions(options, defaultOptions = { __proto__: null }) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) {
    const { validateAbortSignal } = require('internal/validators');
    validateAbortSignal(options.signal, 'options.signal');
  }
  return options;
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

// Encodes a name from the binding as the caller asked: a string, or a Buffer for 'buffer'.
function encodeName(name, encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return name;
  const buf = lazyBuffer().from(name);
  if (encoding === 'buffer') return buf;
  return buf.toString(encoding);
}

// ---- paths ----

function fileURLToPathLocal(url) {
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '' && url.hostname !== 'localhost' && url.hostname !== undefined) {
    throw new ERR_INVALID_FILE_URL_HOST('linux');
  }
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' &&
    typeof v.protocol === 'string' && v.auth === undefined && v.path === undefined;
}

function toPathIfFileURL(v) {
  if (!isURL(v)) return v;
  try {
    const url = require('url');
    if (typeof url.fileURLToPath === 'function') return url.fileURLToPath(v);
  } catch {
    // node:url not there yet
  }
  return fileURLToPathLocal(v);
}

function nullCheck(path, propName, throwError = true) {
  const pathIsString = typeof path === 'string';
  const pathIsUint8Array = !pathIsString && path instanceof Uint8Array;
  if ((pathIsString && !path.includes('\u0000')) || (pathIsUint8Array && !path.includes(0))) return;
  const err = new ERR_INVALID_ARG_VALUE(propName, path,
    'must be a string, Uint8Array, or URL without null bytes');
  if (throwError) throw err;
  return err;
}

function validatePath(path, propName = 'path') {
  if (typeof path !== 'string' && !(path instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  nullCheck(path, propName, true);
}

// The path as the caller gave it, validated; a Buffer path stays a Buffer.
function getValidatedPath(fileURLOrPath, propName = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, propName);
  return path;
}

function pathString(p) {
  if (typeof p === 'string') return p;
  return lazyBuffer().from(p.buffer, p.byteOffset, p.byteLength).toString('utf8');
}

// What the binding receives: an absolute path (the runtime's cwd, not the JVM's).
function toNamespacedPath(p) {
  const s = pathString(p);
  if (s.length > 0 && s[0] === '/') return s;
  if (s === '') return '';
  const cwd = process.cwd();
  return cwd === '/' ? `/${s}` : `${cwd}/${s}`;
}

function getValidatedFd(fd, propName = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
}

// ---- flags and modes ----

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs': case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as': case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+': case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

const octalReg = /^[0-7]+$/;
const modeDesc = 'must be a 32-bit unsigned integer or an octal string';

function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalReg.test(value)) throw new ERR_INVALID_ARG_VALUE(name, value, modeDesc);
    value = Number.parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// ---- numbers ----

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const maxPosition = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= maxPosition)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${maxPosition}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function validateCpOptions(options) { return options; }

const validateRmOptionsDefaults = { retryDelay: 100, maxRetries: 0, recursive: false, force: false };
function validateRmOptions(options, defaults = validateRmOptionsDefaults) {
  if (options === undefined) return { ...defaults };
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function validateRmdirOptions(options) {
  if (options === undefined) return { recursive: false };
  validateObject(options, 'options');
  if (options.recursive !== undefined && options.recursive !== false) {
    const { codes: { ERR_INVALID_ARG_VALUE: E } } = require('internal/errors');
    // Node 26 removed rmdir's recursive option.
    throw new E('options.recursive', options.recursive, 'is no longer supported. Use fs.rm(path, { recursive: true }) instead');
  }
  return { recursive: false };
}

function stringToSymlinkType(type) {
  // Node 26 validates the type as an argument.
  require('internal/validators').validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
  if (type == null) return 0;
  switch (type) {
    case 'dir': return constants.UV_FS_SYMLINK_DIR;
    case 'junction': return constants.UV_FS_SYMLINK_JUNCTION;
    case 'file': return 0;
    default: throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
}

// ---- errors ----

// Turns a failed binding call into Node's error. `ctx` has errno and syscall (and maybe a
// path of its own); path and dest are what the caller passed.
function fsError(ctx, path, dest) {
  if (ctx.syscall === 'readFile' && ctx.errno === -27) {
    // The binding's "file too large for a buffer" (its size in place of the path).
    const { codes: { ERR_FS_FILE_TOO_LARGE } } = require('internal/errors');
    return new ERR_FS_FILE_TOO_LARGE(Number(ctx.path));
  }
  const info = { errno: ctx.errno, syscall: ctx.syscall };
  const p = ctx.path !== undefined ? ctx.path : path;
  if (p !== undefined && p !== null) info.path = typeof p === 'string' ? p : pathString(p);
  if (dest !== undefined && dest !== null) info.dest = typeof dest === 'string' ? dest : pathString(dest);
  const err = uvException(info);
  Error.captureStackTrace?.(err, fsError);
  return err;
}

function handleErrorFromBinding(ctx, path, dest) {
  if (ctx.errno !== undefined) throw fsError(ctx, path, dest);
}

// ---- Stats ----

const kNsPerMsBigInt = 10n ** 6n;
const kNsPerSecBigInt = 10n ** 9n;
const kPartial = Symbol('kPartialNs');

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

class StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
    this.dev = dev;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = uid;
    this.gid = gid;
    this.rdev = rdev;
    this.blksize = blksize;
    this.ino = ino;
    this.size = size;
    this.blocks = blocks;
  }

  isDirectory() { return this._checkModeProperty(S_IFDIR); }
  isFile() { return this._checkModeProperty(S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }
  isFIFO() { return this._checkModeProperty(S_IFIFO); }
  isSocket() { return this._checkModeProperty(S_IFSOCK); }
}

function defineDateAccessors(proto) {
  for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
    const cache = Symbol(name);
    Object.defineProperty(proto, name, {
      __proto__: null,
      enumerable: true,
      configurable: true,
      get() {
        if (this[cache] === undefined) this[cache] = dateFromMs(this[`${name}Ms`]);
        return this[cache];
      },
      set(value) {
        Object.defineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}

class BigIntStats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeNs / kNsPerMsBigInt;
    this.mtimeMs = mtimeNs / kNsPerMsBigInt;
    this.ctimeMs = ctimeNs / kNsPerMsBigInt;
    this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
    this.atimeNs = atimeNs;
    this.mtimeNs = mtimeNs;
    this.ctimeNs = ctimeNs;
    this.birthtimeNs = birthtimeNs;
  }

  _checkModeProperty(property) {
    return (this.mode & BigInt(S_IFMT)) === BigInt(property);
  }
}
defineDateAccessors(BigIntStats.prototype);

// Stats is a plain function (Node's legacy constructor can be called with 14 numbers).
function fillBase(target, a) {
  target.dev = a[0]; target.mode = a[1]; target.nlink = a[2]; target.uid = a[3];
  target.gid = a[4]; target.rdev = a[5]; target.blksize = a[6]; target.ino = a[7];
  target.size = a[8]; target.blocks = a[9];
}

function StatsFn(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  fillBase(this, [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks]);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
Object.defineProperty(StatsFn, 'name', { value: 'Stats' });
Object.setPrototypeOf(StatsFn.prototype, StatsBase.prototype);
Object.setPrototypeOf(StatsFn, StatsBase);
defineDateAccessors(StatsFn.prototype);
StatsFn.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & S_IFMT) === property;
};

function msFromParts(sec, nsec) {
  return sec * 1e3 + nsec / 1e6;
}
function nsFromParts(sec, nsec) {
  return BigInt(sec) * kNsPerSecBigInt + BigInt(nsec);
}

// Builds Stats from the binding's 18 numbers.
function getStatsFromBinding(a, bigint = false) {
  if (bigint) {
    const B = (i) => BigInt(a[i]);
    return new BigIntStats(B(0), B(1), B(2), B(3), B(4), B(5), B(6), B(7), B(8), B(9),
      nsFromParts(a[10], a[11]), nsFromParts(a[12], a[13]), nsFromParts(a[14], a[15]),
      nsFromParts(a[16], a[17]));
  }
  return new StatsFn(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
    msFromParts(a[10], a[11]), msFromParts(a[12], a[13]), msFromParts(a[14], a[15]),
    msFromParts(a[16], a[17]));
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.frsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(a, bigint = false) {
  const v = bigint ? (i) => BigInt(a[i]) : (i) => a[i];
  return new StatFs(v(0), v(1), v(2), v(3), v(4), v(5), v(6));
}

// ---- Dirent ----

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kType] = stats;
  }
}
for (const name of ['isDirectory', 'isFile', 'isBlockDevice', 'isCharacterDevice',
  'isSymbolicLink', 'isFIFO', 'isSocket']) {
  DirentFromStats.prototype[name] = function() { return this[kType][name](); };
}

// Splits the binding's readdir answer ("name\0name" or "Tname\0Tname").
function splitNames(joined) {
  return joined === '' ? [] : joined.split('\0');
}

function direntTypeFromMode(mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return UV_DIRENT_FILE;
    case S_IFDIR: return UV_DIRENT_DIR;
    case S_IFLNK: return UV_DIRENT_LINK;
    case S_IFIFO: return UV_DIRENT_FIFO;
    case S_IFSOCK: return UV_DIRENT_SOCKET;
    case S_IFCHR: return UV_DIRENT_CHAR;
    case S_IFBLK: return UV_DIRENT_BLOCK;
    default: return 0;
  }
}

// ---- misc ----

function checkCallback(callback) {
  validateFunction(callback, 'cb');
  return callback;
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

function validateBufferArray(buffers, propName = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!ArrayBuffer.isView(buffers[i])) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function getValidMode(mode, type) {
  let min = 0;
  let max = 7;
  let def = 0;
  if (type === 'copyFile') {
    max = 7;
    def = 0;
  } else if (type === 'access') {
    def = 0;
  }
  if (mode == null) return def;
  validateInteger(mode, 'mode', min, max);
  return mode;
}

function isUint32Like(v) { return isUint32(v); }

module.exports = {
  BigIntStats,
  Dirent,
  DirentFromStats,
  StatFs,
  Stats: StatsFn,
  assertEncoding,
  bufferFromBinding,
  hostBytes,
  checkCallback,
  constants,
  copyFromBinding,
  copyObject,
  direntTypeFromMode,
  encodeName,
  fsError,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidMode,
  getValidatedFd,
  getValidatedPath,
  handleErrorFromBinding,
  isArrayBufferView,
  isBuffer,
  isUint32Like,
  kIoMaxLength,
  kMaxLength,
  kMaxUserId,
  kType,
  lazyBuffer,
  normalizeEncoding,
  nullCheck,
  parseFileMode,
  pathString,
  splitNames,
  stringToFlags,
  stringToSymlinkType,
  toNamespacedPath,
  toPathIfFileURL,
  toUnixTimestamp,
  validateBufferArray,
  validateCpOptions,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePath,
  validatePosition,
  validateRmOptions,
  validateRmdirOptions,
  validateStringAfterArrayBufferView,
};
