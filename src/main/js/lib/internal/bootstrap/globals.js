'use strict';

// The globals Node puts on globalThis. Heavy ones are defined as lazy accessors that replace
// themselves with a plain value on first use, so a program pays only for what it touches.

function defineLazy(g, name, load, enumerable = false) {
  Object.defineProperty(g, name, {
    enumerable,
    configurable: true,
    get() {
      const value = load();
      Object.defineProperty(g, name, { value, writable: true, enumerable, configurable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(g, name, { value, writable: true, enumerable, configurable: true });
    },
  });
}

function setupGlobals(g, process) {
  require('internal/util/proxies').installProxyTracking(g);
  Object.defineProperty(g, 'global', { value: g, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(g, 'process', { value: process, writable: true, enumerable: false, configurable: true });

  const timers = require('internal/timers');
  for (const name of ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate']) {
    Object.defineProperty(g, name, { value: timers[name], writable: true, enumerable: true, configurable: true });
  }
  const { queueMicrotask } = require('internal/process/task_queues');
  Object.defineProperty(g, 'queueMicrotask', { value: queueMicrotask, writable: true, enumerable: true, configurable: true });

  defineLazy(g, 'console', () => require('console'));
  // fetch's classes work on their own (bodies, headers, cloning); fetch() itself is not built.
  for (const name of ['Headers', 'Request', 'Response']) {
    defineLazy(g, name, () => require('internal/fetch/body')[name]);
  }
  // fetch exists, as in Node, and says plainly that jnode does not implement it yet.
  defineLazy(g, 'fetch', () => async function fetch() {
    const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
    throw new ERR_NOT_IMPLEMENTED('fetch');
  }, true);
  defineLazy(g, 'URL', () => require('internal/url').URL);
  defineLazy(g, 'URLSearchParams', () => require('internal/url').URLSearchParams);

  // node:buffer
  defineLazy(g, 'Buffer', () => require('buffer').Buffer);
  defineLazy(g, 'atob', () => require('buffer').atob, true);
  defineLazy(g, 'btoa', () => require('buffer').btoa, true);
  defineLazy(g, 'Blob', () => require('buffer').Blob);
  for (const name of ['DisposableStack', 'AsyncDisposableStack', 'SuppressedError']) {
    if (!(name in g)) defineLazy(g, name, () => require('internal/util/disposable_stack')[name]);
  }
  defineLazy(g, 'File', () => require('buffer').File);

  // EventTarget, AbortController, DOMException, structuredClone, performance
  defineLazy(g, 'EventTarget', () => require('internal/event_target').EventTarget);
  defineLazy(g, 'Event', () => require('internal/event_target').Event);
  defineLazy(g, 'CustomEvent', () => require('internal/event_target').CustomEvent);
  defineLazy(g, 'AbortController', () => require('internal/abort_controller').AbortController);
  defineLazy(g, 'AbortSignal', () => require('internal/abort_controller').AbortSignal);
  defineLazy(g, 'DOMException', () => require('internal/per_context/domexception').DOMException);
  defineLazy(g, 'structuredClone', () => require('internal/structured_clone').structuredClone, true);
  defineLazy(g, 'performance', () => require('perf_hooks').performance, true);
  defineLazy(g, 'Performance', () => require('perf_hooks').performance.constructor);
  defineLazy(g, 'Navigator', () => require('internal/navigator').Navigator);
  // a getter, as Node's (it has no setter)
  Object.defineProperty(g, 'navigator', {
    get: Object.getOwnPropertyDescriptor({
      get navigator() { return require('internal/navigator').getNavigator(); },
    }, 'navigator').get,
    enumerable: true, configurable: true,
  });
  // node:stream/web
  for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
    'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
    'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
    'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream']) {
    defineLazy(g, name, () => require('stream/web')[name]);
  }
  for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']) {
    defineLazy(g, name, () => require('internal/worker/io')[name]);
  }
  for (const name of ['PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver',
    'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
    defineLazy(g, name, () => require('perf_hooks')[name]);
  }
}

module.exports = { setupGlobals };
