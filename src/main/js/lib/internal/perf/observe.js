'use strict';

// The performance timeline: the buffers of marks, measures and resource timings that
// performance.getEntries*() read, and PerformanceObserver. New entries go to every observer that
// watches their type; each observer's callback runs later, from an immediate, with the entries
// gathered since its last call.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { isPerformanceEntry, kSkipThrow } = require('internal/perf/performance_entry');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

let DOMExceptionCtor;
function domException(message, name) {
  if (DOMExceptionCtor === undefined) DOMExceptionCtor = require('internal/per_context/domexception').DOMException;
  return new DOMExceptionCtor(message, name);
}

const supportedEntryTypes = Object.freeze([
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'quic', 'resource',
]);

// ---- buffers ----

const markBuffer = [];
const measureBuffer = [];
const resourceBuffer = [];
let resourceBufferSize = 250;

function bufferFor(type) {
  switch (type) {
    case 'mark': return markBuffer;
    case 'measure': return measureBuffer;
    case 'resource': return resourceBuffer;
    default: return undefined;
  }
}

function bufferUserTiming(entry) {
  const buffer = bufferFor(entry.entryType);
  if (buffer === undefined) return;
  if (buffer === resourceBuffer && resourceBuffer.length >= resourceBufferSize) return;
  buffer.push(entry);
}

function byStartTime(a, b) {
  return a.startTime - b.startTime;
}

function filterEntries(entries, name, type) {
  const out = [];
  for (const e of entries) {
    if (name !== undefined && e.name !== name) continue;
    if (type !== undefined && e.entryType !== type) continue;
    out.push(e);
  }
  return out.sort(byStartTime);
}

function filterBufferMapByNameAndType(name, type) {
  let sources;
  if (type === undefined) {
    sources = [...markBuffer, ...measureBuffer, ...resourceBuffer];
  } else {
    const b = bufferFor(type);
    sources = b === undefined ? [] : b;
  }
  return filterEntries(sources, name, undefined);
}

function clearEntriesFromBuffer(type, name) {
  const buffer = bufferFor(type);
  if (buffer === undefined) return;
  if (name === undefined) {
    buffer.length = 0;
    return;
  }
  let w = 0;
  for (let r = 0; r < buffer.length; r++) {
    if (buffer[r].name !== name) buffer[w++] = buffer[r];
  }
  buffer.length = w;
}

function setResourceTimingBufferSize(size) {
  resourceBufferSize = size;
}

// ---- observers ----

const observers = new Set();
const pending = new Set();
let dispatchScheduled = false;

function scheduleDispatch() {
  if (dispatchScheduled) return;
  dispatchScheduled = true;
  setImmediate(() => {
    dispatchScheduled = false;
    const list = [...pending];
    pending.clear();
    for (const observer of list) observer[kDispatch]();
  });
}

// Hands a new entry to the observers that watch its type.
function enqueue(entry) {
  if (!isPerformanceEntry(entry)) throw new ERR_INVALID_ARG_TYPE('entry', 'PerformanceEntry', entry);
  for (const observer of observers) observer[kMaybeBuffer](entry);
}

function hasObserver(type) {
  for (const observer of observers) if (observer[kTypes].has(type)) return true;
  return false;
}

const kTypes = Symbol('kTypes');
const kDispatch = Symbol('kDispatch');
const kMaybeBuffer = Symbol('kMaybeBuffer');

let listToken = false;
let entriesOf;

class PerformanceObserverEntryList {
  #entries;

  constructor(entries = undefined) {
    if (!listToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = entries.slice().sort(byStartTime);
  }

  static {
    PerformanceObserverEntryList.create = (entries) => {
      listToken = true;
      try {
        return new PerformanceObserverEntryList(entries);
      } finally {
        listToken = false;
      }
    };
    entriesOf = (value) => {
      if (typeof value !== 'object' || value === null || !(#entries in value)) {
        throw new ERR_INVALID_THIS('PerformanceObserverEntryList');
      }
      return value.#entries;
    };
  }

  getEntries() {
    return entriesOf(this).slice();
  }

  getEntriesByType(type) {
    const entries = entriesOf(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterEntries(entries, undefined, `${type}`);
  }

  getEntriesByName(name, type = undefined) {
    const entries = entriesOf(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterEntries(entries, `${name}`, type === undefined ? undefined : `${type}`);
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? options.depth : options.depth - 1 };
    return `PerformanceObserverEntryList ${inspect(entriesOf(this), opts)}`;
  }
}

const createEntryList = PerformanceObserverEntryList.create;
delete PerformanceObserverEntryList.create;

class PerformanceObserver {
  #callback;
  #buffer = [];
  #types = new Set();
  #mode = undefined; // 'multiple' (entryTypes) or 'single' (type)

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }
    if (entryTypes !== undefined) {
      if (this.#mode === 'single') {
        throw domException('PerformanceObserver can not change to multiple observations',
          'InvalidModificationError');
      }
      if (!Array.isArray(entryTypes) || entryTypes.some((t) => typeof t !== 'string')) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      this.#mode = 'multiple';
      this.#types.clear();
      for (const t of entryTypes) if (supportedEntryTypes.includes(t)) this.#types.add(t);
    } else {
      if (this.#mode === 'multiple') {
        throw domException('PerformanceObserver can not change to single observation',
          'InvalidModificationError');
      }
      this.#mode = 'single';
      const t = `${type}`;
      if (!supportedEntryTypes.includes(t)) return;
      this.#types.add(t);
      if (buffered) {
        const existing = filterBufferMapByNameAndType(undefined, t);
        if (existing.length > 0) {
          this.#buffer.push(...existing);
          pending.add(this);
          scheduleDispatch();
        }
      }
    }
    if (this.#types.size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this.#buffer = [];
    this.#types.clear();
    this.#mode = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  get [kTypes]() {
    return this.#types;
  }

  [kMaybeBuffer](entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#buffer.push(entry);
    pending.add(this);
    scheduleDispatch();
  }

  [kDispatch]() {
    const entries = this.takeRecords();
    if (entries.length === 0) return;
    Reflect.apply(this.#callback, this, [createEntryList(entries), this]);
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? options.depth : options.depth - 1 };
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: pending.has(this),
      entryTypes: [...this.#types],
      buffer: this.#buffer,
    }, opts)}`;
  }
}

for (const [proto, names] of [
  [PerformanceObserver.prototype, ['observe', 'disconnect', 'takeRecords']],
  [PerformanceObserverEntryList.prototype, ['getEntries', 'getEntriesByType', 'getEntriesByName']],
]) {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    d.enumerable = true;
    Object.defineProperty(proto, name, d);
  }
}
Object.defineProperty(PerformanceObserver.prototype, Symbol.toStringTag, {
  value: 'PerformanceObserver', writable: false, enumerable: false, configurable: true,
});
Object.defineProperty(PerformanceObserverEntryList.prototype, Symbol.toStringTag, {
  value: 'PerformanceObserverEntryList', writable: false, enumerable: false, configurable: true,
});

module.exports = {
  PerformanceObserver,
  PerformanceObserverEntryList,
  bufferUserTiming,
  clearEntriesFromBuffer,
  enqueue,
  filterBufferMapByNameAndType,
  hasObserver,
  kSkipThrow,
  markBuffer,
  setResourceTimingBufferSize,
};
