'use strict';

// ByteLengthQueuingStrategy and CountQueuingStrategy.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_OPTION },
} = require('internal/errors');
const { customInspect, inspectObject } = require('internal/webstreams/util');

const kHWM = Symbol('kHighWaterMark');

function readInit(init) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('init', 'Object', init);
  }
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +init.highWaterMark;
}

// size functions are shared by every instance, as the standard requires
const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

class ByteLengthQueuingStrategy {
  constructor(init) {
    this[kHWM] = readInit(init);
  }

  get highWaterMark() {
    if (!(this instanceof ByteLengthQueuingStrategy)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return this[kHWM];
  }

  get size() {
    if (!(this instanceof ByteLengthQueuingStrategy)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [customInspect](depth, options, inspect) {
    return inspectObject(this, 'ByteLengthQueuingStrategy', { highWaterMark: this[kHWM] }, depth, options, inspect);
  }
}

class CountQueuingStrategy {
  constructor(init) {
    this[kHWM] = readInit(init);
  }

  get highWaterMark() {
    if (!(this instanceof CountQueuingStrategy)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this[kHWM];
  }

  get size() {
    if (!(this instanceof CountQueuingStrategy)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSize;
  }

  [customInspect](depth, options, inspect) {
    return inspectObject(this, 'CountQueuingStrategy', { highWaterMark: this[kHWM] }, depth, options, inspect);
  }
}

for (const C of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  for (const k of ['highWaterMark', 'size']) {
    Object.defineProperty(C.prototype, k, { enumerable: true });
  }
}

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
