'use strict';

// PerformanceEntry: name, entryType, startTime and duration, read-only and brand-checked. Only
// jnode itself makes entries (the public constructor throws), through createPerformanceEntry or
// the subclasses' own constructors with kSkipThrow.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');

const kSkipThrow = Symbol('kSkipThrow');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

let entryState;

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;

  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined, start = undefined,
    duration = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
  }

  static {
    entryState = {
      isEntry: (value) => typeof value === 'object' && value !== null && #name in value,
      setTimes(entry, start, duration) {
        entry.#start = start;
        entry.#duration = duration;
      },
    };
  }

  get name() {
    checkEntry(this);
    return this.#name;
  }

  get entryType() {
    checkEntry(this);
    return this.#type;
  }

  get startTime() {
    checkEntry(this);
    return this.#start;
  }

  get duration() {
    checkEntry(this);
    return this.#duration;
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? options.depth : options.depth - 1 };
    return `${this.constructor.name} ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    checkEntry(this);
    return {
      name: this.#name,
      entryType: this.#type,
      startTime: this.#start,
      duration: this.#duration,
    };
  }
}

function checkEntry(value) {
  if (!entryState.isEntry(value)) throw new ERR_INVALID_THIS('PerformanceEntry');
}

function makeEnumerable(proto, names) {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    d.enumerable = true;
    Object.defineProperty(proto, name, d);
  }
}

makeEnumerable(PerformanceEntry.prototype, ['name', 'entryType', 'startTime', 'duration', 'toJSON']);
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, {
  value: 'PerformanceEntry', writable: false, enumerable: false, configurable: true,
});

// An entry with a detail (function, gc, net, ... entries made by jnode).
class PerformanceNodeEntry extends PerformanceEntry {
  #detail;

  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined, start = undefined,
    duration = undefined, detail = undefined) {
    super(skipThrowSymbol, name, type, start, duration);
    this.#detail = detail;
  }

  get detail() {
    if (typeof this !== 'object' || this === null || !(#detail in this)) {
      throw new ERR_INVALID_THIS('PerformanceEntry');
    }
    return this.#detail;
  }

  toJSON() {
    return { ...super.toJSON(), detail: this.#detail };
  }
}

function createPerformanceEntry(name, type, start, duration, detail = undefined) {
  if (detail !== undefined) return new PerformanceNodeEntry(kSkipThrow, name, type, start, duration, detail);
  return new PerformanceEntry(kSkipThrow, name, type, start, duration);
}

function isPerformanceEntry(value) {
  return entryState.isEntry(value);
}

module.exports = {
  PerformanceEntry,
  createPerformanceEntry,
  isPerformanceEntry,
  kSkipThrow,
  makeEnumerable,
};
