'use strict';

// Internal abort listeners run even when a user listener stops propagation, as in Node.
const { kResistStopPropagation } = require('internal/abort_symbols');

// fs.watch (FSWatcher, over the binding's WatchService watcher), fs.watchFile/unwatchFile
// (StatWatcher: polls stat on a timer, as libuv's fs_poll does) and fs.promises.watch.

const binding = internalBinding('fs');
const EventEmitter = require('events');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateObject,
  validateUint32,
} = require('internal/validators');
const {
  Stats,
  BigIntStats,
  encodeName,
  fsError,
  getStatsFromBinding,
  getValidatedPath,
  pathString,
  toNamespacedPath,
} = require('internal/fs/utils');

// ---- fs.watch ----

const kId = Symbol('kId');

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this[kId] = null;
    this._encoding = 'utf8';
  }

  [Symbol.for('jnode.fs.start')](filename, persistent, recursive, encoding, ignore) {
    if (this[kId] !== null) return;
    this._encoding = encoding;
    const path = pathString(filename);
    const ctx = {};
    const id = binding.watch(toNamespacedPath(path), !!recursive, (eventType, name) => {
      if (this[kId] === null) return;
      if (ignore !== undefined && name != null && ignore(name)) return;
      this.emit('change', eventType, name == null ? null : encodeName(name, this._encoding));
    }, ctx);
    if (ctx.errno !== undefined) {
      const err = fsError({ errno: ctx.errno, syscall: 'watch' }, path);
      err.filename = path;
      throw err;
    }
    this[kId] = id;
    if (!persistent) binding.refWatch(id, false);
  }

  close() {
    if (this[kId] === null) return;
    binding.unwatch(this[kId]);
    this[kId] = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this[kId] !== null) binding.refWatch(this[kId], true);
    return this;
  }

  unref() {
    if (this[kId] !== null) binding.refWatch(this[kId], false);
    return this;
  }
}

function watchOptions(options) {
  if (typeof options === 'string') options = { encoding: options };
  else if (options == null || typeof options === 'function') options = {};
  else validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  const ignore = options.ignore === undefined ? undefined : ignoreMatcher(options.ignore);
  return { persistent, recursive, encoding, signal, ignore };
}

// options.ignore: a glob, a RegExp, a function of the file name, or an array of them; returns
// the predicate that says a change of `name` (relative to the watched path) is not reported.
function ignoreMatcher(ignore) {
  const one = (item, name) => {
    if (typeof item === 'string') {
      if (item.length === 0) {
        const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
        throw new ERR_INVALID_ARG_VALUE(name, item, 'must be a non-empty string');
      }
      const { matchesGlob, basename } = require('path');
      const matchBase = !item.includes('/');
      return (file) => matchesGlob(file, item) || (matchBase && matchesGlob(basename(file), item));
    }
    if (typeof item === 'function') return (file) => Boolean(item(file));
    if (item instanceof RegExp) {
      return (file) => {
        item.lastIndex = 0;
        return item.test(file);
      };
    }
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'function', 'RegExp'], item);
  };
  const list = Array.isArray(ignore) ?
    ignore.map((item, i) => one(item, `options.ignore[${i}]`)) : [one(ignore, 'options.ignore')];
  return (file) => list.some((match) => match(file));
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const opts = watchOptions(options);
  filename = getValidatedPath(filename, 'filename');
  const watcher = new FSWatcher();
  watcher[Symbol.for('jnode.fs.start')](filename, opts.persistent, opts.recursive, opts.encoding, opts.ignore);
  if (listener) watcher.addListener('change', listener);
  if (opts.signal) {
    if (opts.signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      opts.signal.addEventListener('abort', onAbort, { __proto__: null, once: true, [kResistStopPropagation]: true });
      watcher.once('close', () => opts.signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// fs.promises.watch: an async iterator of { eventType, filename }.
function watchPromise(filename, options = {}) {
  const opts = watchOptions(options);
  filename = getValidatedPath(filename, 'filename');
  if (opts.signal?.aborted) {
    return (async function* aborted() {
      throw new AbortError(undefined, { cause: opts.signal.reason });
    })();
  }
  const watcher = new FSWatcher();
  watcher[Symbol.for('jnode.fs.start')](filename, opts.persistent, opts.recursive, opts.encoding, opts.ignore);
  const queue = [];
  let wake = null;
  let done = false;
  let failure = null;
  watcher.on('change', (eventType, name) => {
    queue.push({ __proto__: null, eventType, filename: name });
    if (wake) wake();
  });
  const onAbort = () => {
    failure = new AbortError(undefined, { cause: opts.signal.reason });
    watcher.close();
    if (wake) wake();
  };
  opts.signal?.addEventListener('abort', onAbort, { __proto__: null, once: true, [kResistStopPropagation]: true });
  const it = {
    async next() {
      while (queue.length === 0 && !done && !failure) {
        await new Promise((resolve) => { wake = resolve; });
        wake = null;
      }
      if (failure) {
        const f = failure;
        failure = null;
        done = true;
        throw f;
      }
      if (queue.length > 0) return { value: queue.shift(), done: false };
      return { value: undefined, done: true };
    },
    async return() {
      done = true;
      watcher.close();
      opts.signal?.removeEventListener('abort', onAbort);
      if (wake) wake();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() { return this; },
  };
  return it;
}

// ---- fs.watchFile ----

const statWatchers = new Map();

function zeroStats(bigint) {
  const a = new Array(18).fill(0);
  return getStatsFromBinding(a, bigint);
}

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._bigint = bigint;
    this._timer = null;
    this._prev = null;
    this._lastErrno = 0;
    this._persistent = true;
  }

  start(filename, persistent, interval) {
    if (this._timer) return;
    this._persistent = persistent;
    const abs = toNamespacedPath(pathString(filename));
    const poll = (first) => {
      binding.stat(abs, false, (errno, syscall, p, a) => {
        if (this._timer === null) return;
        if (errno !== 0) {
          const curr = zeroStats(this._bigint);
          const prev = this._prev ?? zeroStats(this._bigint);
          if (this._lastErrno !== errno) {
            this._lastErrno = errno;
            this._prev = curr;
            this.emit('change', curr, prev);
          }
          return;
        }
        const curr = getStatsFromBinding(a, this._bigint);
        this._lastErrno = 0;
        if (first) {
          this._prev = curr;
          return;
        }
        if (this._prev === null || changed(this._prev, curr)) {
          const prev = this._prev ?? zeroStats(this._bigint);
          this._prev = curr;
          this.emit('change', curr, prev);
        }
      });
    };
    this._timer = setInterval(() => poll(false), interval);
    if (!persistent) this._timer.unref();
    poll(true);
  }

  stop() {
    if (this._timer === null) return;
    clearInterval(this._timer);
    this._timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this._timer?.ref();
    return this;
  }

  unref() {
    this._timer?.unref();
    return this;
  }
}

function changed(a, b) {
  return a.mtimeMs !== b.mtimeMs || a.ctimeMs !== b.ctimeMs || a.size !== b.size ||
    a.ino !== b.ino || a.mode !== b.mode || a.nlink !== b.nlink || a.uid !== b.uid ||
    a.gid !== b.gid || a.birthtimeMs !== b.birthtimeMs;
}

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename, 'filename');
  const key = toNamespacedPath(pathString(filename));
  let opts = { interval: 5007, persistent: true, bigint: false };
  if (options !== null && typeof options === 'object') {
    opts = { ...opts, ...options };
  } else {
    listener = options;
  }
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(key);
  if (stat === undefined) {
    stat = new StatWatcher(opts.bigint);
    stat.start(filename, opts.persistent, opts.interval);
    statWatchers.set(key, stat);
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename, 'filename');
  const key = toNamespacedPath(pathString(filename));
  const stat = statWatchers.get(key);
  if (stat === undefined) return;
  if (typeof listener === 'function') stat.removeListener('change', listener);
  else stat.removeAllListeners('change');
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(key);
  }
}

module.exports = { FSWatcher, StatWatcher, watch, watchFile, unwatchFile, watchPromise };
