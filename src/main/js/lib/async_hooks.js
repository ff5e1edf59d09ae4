'use strict';

// node:async_hooks — AsyncLocalStorage and AsyncResource, on the async context frame
// (internal/async_context_frame.js, over the engine's AsyncContext). The hooks API (createHook,
// executionAsyncId, triggerAsyncId, executionAsyncResource) is not built: jnode does not number
// its asynchronous resources, so those throw ERR_NOT_IMPLEMENTED.

const {
  codes: { ERR_INVALID_ASYNC_ID, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const frame = require('internal/async_context_frame');

let nextAsyncId = 1;
const kId = Symbol('asyncId');
const kTrigger = Symbol('triggerAsyncId');
const kSnapshot = Symbol('snapshot');

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    if (typeof opts === 'object' && opts !== null) triggerAsyncId = opts.triggerAsyncId;
    if (triggerAsyncId === undefined) triggerAsyncId = 0;
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    this[kId] = ++nextAsyncId;
    this[kTrigger] = triggerAsyncId;
    frame.enable();
    this[kSnapshot] = frame.capture();  // the context the resource's callbacks run in
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return frame.runInSnapshot(this[kSnapshot], fn, thisArg, args);
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[kId];
  }

  triggerAsyncId() {
    return this[kTrigger];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    let bound;
    if (thisArg === undefined) {
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = resource.runInAsyncScope.bind(resource, fn, thisArg);
    }
    Object.defineProperty(bound, 'length', {
      configurable: true, enumerable: false, value: fn.length, writable: false,
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

function notImplemented(name) {
  return function() {
    throw new ERR_NOT_IMPLEMENTED(`async_hooks.${name}`);
  };
}

class AsyncLocalStorage {
  #defaultValue = undefined;
  #name = '';
  #disabled = false;

  constructor(options = {}) {
    validateObject(options, 'options');
    if (options.name !== undefined) this.#name = String(options.name);
    this.#defaultValue = options.defaultValue;
    frame.enable();
  }

  get name() {
    return this.#name;
  }

  static bind(fn) {
    validateFunction(fn, 'fn');
    frame.enable();
    return frame.bindToCurrent(fn);
  }

  static snapshot() {
    frame.enable();
    const bound = frame.bindToCurrent((fn, ...args) => Reflect.apply(fn, undefined, args));
    return function runInAsyncScope(fn, ...args) {
      return bound(fn, ...args);
    };
  }

  disable() {
    this.#disabled = true;
  }

  getStore() {
    if (this.#disabled) return this.#defaultValue;
    const current = frame.currentFrame();
    return current.has(this) ? current.get(this) : this.#defaultValue;
  }

  enterWith(store) {
    this.#disabled = false;
    frame.enterWith(this, store);
  }

  run(store, callback, ...args) {
    this.#disabled = false;
    return frame.runWith(this, store, callback, args);
  }

  exit(callback, ...args) {
    return frame.runWith(this, undefined, callback, args);
  }
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  createHook: notImplemented('createHook'),
  executionAsyncId: notImplemented('executionAsyncId'),
  triggerAsyncId: notImplemented('triggerAsyncId'),
  executionAsyncResource: notImplemented('executionAsyncResource'),
  asyncWrapProviders: Object.freeze({ __proto__: null }),
};
