'use strict';

// node:async_hooks — AsyncResource only. jnode does not track async execution contexts yet, so
// createHook, AsyncLocalStorage, executionAsyncId, triggerAsyncId and executionAsyncResource throw
// ERR_NOT_IMPLEMENTED. An AsyncResource runs its functions directly (there is no context to
// switch to) and has its own unique asyncId.

const {
  codes: { ERR_INVALID_ASYNC_ID, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');

let nextAsyncId = 1;
const kId = Symbol('asyncId');
const kTrigger = Symbol('triggerAsyncId');

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
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
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
  constructor() {
    throw new ERR_NOT_IMPLEMENTED('async_hooks.AsyncLocalStorage');
  }

  static bind() {
    throw new ERR_NOT_IMPLEMENTED('async_hooks.AsyncLocalStorage.bind');
  }

  static snapshot() {
    throw new ERR_NOT_IMPLEMENTED('async_hooks.AsyncLocalStorage.snapshot');
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
