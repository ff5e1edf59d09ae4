'use strict';

// MockTracker of node:test — `mock.fn`, `mock.method`, `mock.getter`/`setter`, `mock.property`,
// `reset`/`restoreAll`. A mock function is a Proxy around the implementation so `this`, `new`
// and the function's own properties behave as the original's; every call is recorded on
// `fn.mock` (a MockFunctionContext).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateFunction, validateInteger, validateObject, validateBoolean } = require('internal/validators');

function noop() {}

class MockFunctionContext {
  #calls = [];
  #implementation;
  #original;
  #onceByCall = new Map();
  #times;
  #restore;

  constructor(implementation, original, times, restore) {
    this.#implementation = implementation;
    this.#original = original;
    this.#times = times;
    this.#restore = restore;
  }

  get calls() { return this.#calls.slice(); }

  callCount() { return this.#calls.length; }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const call = onCall === undefined ? this.#calls.length : onCall;
    validateInteger(call, 'onCall', this.#calls.length);
    this.#onceByCall.set(call, implementation);
  }

  resetCalls() { this.#calls.length = 0; }

  restore() {
    if (this.#restore !== undefined) this.#restore();
  }

  // The function to run for the next call, and the bookkeeping of `times`.
  nextImplementation() {
    const n = this.#calls.length;
    const once = this.#onceByCall.get(n);
    if (once !== undefined) {
      this.#onceByCall.delete(n);
      return once;
    }
    if (this.#times !== undefined && n >= this.#times) return this.#original;
    return this.#implementation;
  }

  record(call) { this.#calls.push(call); }
}

function makeMockFunction(original, implementation, times, restore) {
  const ctx = new MockFunctionContext(implementation, original, times, restore);
  const handler = {
    get(target, prop, receiver) {
      if (prop === 'mock') return ctx;
      return Reflect.get(target, prop, receiver);
    },
    apply(target, thisArg, args) {
      const impl = ctx.nextImplementation();
      const call = { arguments: args, error: undefined, result: undefined, stack: new Error(), target: undefined, this: thisArg };
      try {
        call.result = Reflect.apply(impl, thisArg, args);
        return call.result;
      } catch (err) {
        call.error = err;
        throw err;
      } finally {
        ctx.record(call);
      }
    },
    construct(target, args, newTarget) {
      const impl = ctx.nextImplementation();
      const call = { arguments: args, error: undefined, result: undefined, stack: new Error(), target: newTarget, this: undefined };
      try {
        const realTarget = newTarget === proxy ? impl : newTarget;
        call.result = Reflect.construct(impl, args, realTarget);
        call.this = call.result;
        return call.result;
      } catch (err) {
        call.error = err;
        throw err;
      } finally {
        ctx.record(call);
      }
    },
  };
  const proxy = new Proxy(original, handler);
  return proxy;
}

class MockTracker {
  #mocks = [];

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times } = options;
    if (times !== undefined) validateInteger(times, 'options.times', 1);
    const mock = makeMockFunction(original, implementation, times, undefined);
    this.#mocks.push({ restore: noop });
    return mock;
  }

  method(object, methodName, implementation = undefined, options = {}) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'Object', object);
    }
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    validateObject(options, 'options');
    const { getter = false, setter = false, times } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    if (getter && setter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    }
    if (times !== undefined) validateInteger(times, 'options.times', 1);

    // Find the property on the object or its prototype chain.
    let owner = object;
    let descriptor;
    while (owner !== null) {
      descriptor = Object.getOwnPropertyDescriptor(owner, methodName);
      if (descriptor !== undefined) break;
      owner = Object.getPrototypeOf(owner);
    }
    const kind = getter ? 'get' : setter ? 'set' : 'value';
    const original = descriptor === undefined ? undefined : descriptor[kind];
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    if (implementation === undefined) implementation = original;
    validateFunction(implementation, 'implementation');

    const ownDescriptor = Object.getOwnPropertyDescriptor(object, methodName);
    const restore = () => {
      if (ownDescriptor === undefined) delete object[methodName];
      else Object.defineProperty(object, methodName, ownDescriptor);
    };
    const mock = makeMockFunction(original, implementation, times, restore);
    const newDescriptor = { configurable: descriptor.configurable, enumerable: descriptor.enumerable };
    if (kind === 'value') {
      newDescriptor.value = mock;
      newDescriptor.writable = descriptor.writable;
    } else {
      newDescriptor.get = kind === 'get' ? mock : descriptor.get;
      newDescriptor.set = kind === 'set' ? mock : descriptor.set;
    }
    Object.defineProperty(object, methodName, newDescriptor);
    this.#mocks.push({ restore });
    return mock;
  }

  getter(object, methodName, implementation = undefined, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    if (options.getter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.getter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation = undefined, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    if (options.setter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  property() {
    throw new ERR_NOT_IMPLEMENTED('mock.property()');
  }

  module() {
    throw new ERR_NOT_IMPLEMENTED('mock.module()');
  }

  get timers() {
    throw new ERR_NOT_IMPLEMENTED('mock.timers');
  }

  reset() {
    this.restoreAll();
    this.#mocks = [];
  }

  restoreAll() {
    for (const m of this.#mocks) m.restore();
  }
}

module.exports = { MockTracker };
