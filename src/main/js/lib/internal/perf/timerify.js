'use strict';

// performance.timerify(fn): a wrapper that times each call (or construction) of fn and, when a
// PerformanceObserver watches 'function' entries, reports one entry per call, named after fn,
// whose detail (and indexed properties) are the call's arguments. A promise result is timed to
// its settlement. Histograms are not implemented, so no value can pass the histogram check.

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { now } = require('internal/perf/utils');
const { createPerformanceEntry } = require('internal/perf/performance_entry');
const { enqueue, hasObserver } = require('internal/perf/observe');

const wrappers = new WeakMap();

function report(fn, start, args) {
  const duration = now() - start;
  if (!hasObserver('function')) return;
  const entry = createPerformanceEntry(fn.name, 'function', start, duration, args);
  for (let i = 0; i < args.length; i++) entry[i] = args[i];
  enqueue(entry);
}

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined) {
    // No RecordableHistogram exists in jnode yet (createHistogram throws ERR_NOT_IMPLEMENTED).
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  const cached = wrappers.get(fn);
  if (cached !== undefined) return cached;

  function timerified(...args) {
    const start = now();
    const result = new.target !== undefined ?
      Reflect.construct(fn, args, fn) :
      Reflect.apply(fn, this, args);
    if (new.target === undefined && result !== null && typeof result === 'object' &&
        typeof result.finally === 'function') {
      return result.finally(() => report(fn, start, args));
    }
    report(fn, start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  wrappers.set(fn, timerified);
  return timerified;
}

module.exports = { timerify };
