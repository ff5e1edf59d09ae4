'use strict';

// fs.Dir / opendir: a directory handle that hands out Dirents. The binding lists the directory
// once, when it is opened; read() then serves entries from that list (in the order the OS gave).

const binding = internalBinding('fs');
const {
  codes: {
    ERR_DIR_CLOSED,
    ERR_DIR_CONCURRENT_OPERATION,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateUint32, validateBoolean } = require('internal/validators');
const {
  Dirent,
  encodeName,
  fsError,
  getOptions,
  getValidatedPath,
  pathString,
  splitNames,
  toNamespacedPath,
} = require('internal/fs/utils');

const kDirPath = Symbol('kDirPath');
const kDirEntries = Symbol('kDirEntries');
const kDirClosed = Symbol('kDirClosed');
const kDirOptions = Symbol('kDirOptions');
const kDirOperationQueue = Symbol('kDirOperationQueue');
const kDirBusy = Symbol('kDirBusy');

class Dir {
  constructor(path, joined, options) {
    // Node's Dir takes a native handle first; constructing one without it is its error.
    if (path === undefined) throw new ERR_MISSING_ARGS('handle');
    this[kDirPath] = path;
    this[kDirOptions] = options;
    this[kDirClosed] = false;
    this[kDirBusy] = false;
    this[kDirOperationQueue] = null;
    const parent = pathString(path);
    this[kDirEntries] = [];
    this.#pushEntries(joined, parent, '');
  }

  #pushEntries(joined, parent, rel) {
    const { encoding, recursive } = this[kDirOptions];
    const list = splitNames(joined);
    for (const e of list) {
      const type = e.charCodeAt(0) - 48;
      const name = e.slice(1);
      this[kDirEntries].push(new Dirent(encodeName(name, encoding), type, parent));
      if (recursive && type === 2) {
        const child = parent.endsWith('/') ? parent + name : `${parent}/${name}`;
        const ctx = {};
        const sub = binding.readdir(toNamespacedPath(child), true, ctx);
        if (ctx.errno === undefined) this.#pushEntries(sub, child, '');
      }
    }
  }

  get path() {
    return this[kDirPath];
  }

  #next() {
    return this[kDirEntries].length > 0 ? this[kDirEntries].shift() : null;
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, entry) => (err ? reject(err) : resolve(entry)));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed]) throw new ERR_DIR_CLOSED();
    const entry = this.#next();
    process.nextTick(callback, null, entry);
  }

  readSync() {
    if (this[kDirClosed]) throw new ERR_DIR_CLOSED();
    if (this[kDirBusy]) throw new ERR_DIR_CONCURRENT_OPERATION();
    return this.#next();
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kDirClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      this[kDirClosed] = true;
      this[kDirEntries] = [];
      return Promise.resolve();
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this[kDirClosed] = true;
    this[kDirEntries] = [];
    process.nextTick(callback, null);
  }

  closeSync() {
    if (this[kDirClosed]) throw new ERR_DIR_CLOSED();
    this[kDirClosed] = true;
    this[kDirEntries] = [];
  }

  async* entries() {
    try {
      while (true) {
        const result = await this.read();
        if (result === null) break;
        yield result;
      }
    } finally {
      if (!this[kDirClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  [Symbol.dispose]() {
    if (!this[kDirClosed]) this.closeSync();
  }

  async [Symbol.asyncDispose]() {
    if (!this[kDirClosed]) await this.close();
  }
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) validateUint32(options.bufferSize, 'options.bufferSize', true);
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  return { encoding: options.encoding, recursive: !!options.recursive };
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = dirOptions(options);
  binding.readdir(toNamespacedPath(path), true, (errno, syscall, p, joined) => {
    if (errno !== 0) return callback(fsError({ errno, syscall: 'opendir' }, path));
    callback(null, new Dir(path, joined, options));
  });
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  const ctx = {};
  const joined = binding.readdir(toNamespacedPath(path), true, ctx);
  if (ctx.errno !== undefined) throw fsError({ errno: ctx.errno, syscall: 'opendir' }, path);
  return new Dir(path, joined, options);
}

module.exports = { Dir, opendir, opendirSync };
