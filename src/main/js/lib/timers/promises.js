'use strict';

// node:timers/promises — promise versions of setTimeout and setImmediate, setInterval as an async
// iterator, and the scheduler (wait, yield). Bad arguments reject rather than throw; an aborted
// signal rejects with an AbortError whose cause is the signal's reason.

const {
  AbortError,
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateNumber,
  validateObject,
} = require('internal/validators');
const timers = require('internal/timers');

const kScheduler = Symbol('kScheduler');
let kResistStopPropagation;

function resistOptions() {
  if (kResistStopPropagation === undefined) {
    kResistStopPropagation = require('internal/event_target').kResistStopPropagation;
  }
  return { __proto__: null, once: true, [kResistStopPropagation]: true };
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// Validates the common options; returns { signal, ref }.
function readOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

// Runs `start(resolve)` (which schedules something and returns its cancel function) as a promise
// that an abort of `signal` rejects.
function cancellable(signal, start) {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const cancel = start((value) => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (signal) {
      onAbort = () => {
        cancel();
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, resistOptions());
    }
  });
}

function setTimeout(delay, value, options = {}) {
  let opts;
  try {
    if (delay !== undefined) validateNumber(delay, 'delay');
    opts = readOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  return cancellable(signal, (done) => {
    const timer = timers.setTimeout(done, delay, value);
    if (!ref) timer.unref();
    return () => timers.clearTimeout(timer);
  });
}

function setImmediate(value, options = {}) {
  let opts;
  try {
    opts = readOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  return cancellable(signal, (done) => {
    const immediate = timers.setImmediate(done, value);
    if (!ref) immediate.unref();
    return () => timers.clearImmediate(immediate);
  });
}

async function* setInterval(delay, value, options = {}) {
  if (delay !== undefined) validateNumber(delay, 'delay');
  const { signal, ref } = readOptions(options);
  if (signal?.aborted) throw abortError(signal);

  let pending = 0;
  let wake;
  const interval = timers.setInterval(() => {
    pending++;
    if (wake !== undefined) {
      const w = wake;
      wake = undefined;
      w();
    }
  }, delay);
  if (!ref) interval.unref();
  let onAbort;
  if (signal) {
    onAbort = () => {
      timers.clearInterval(interval);
      if (wake !== undefined) {
        const w = wake;
        wake = undefined;
        w();
      }
    };
    signal.addEventListener('abort', onAbort, resistOptions());
  }
  try {
    while (!signal?.aborted) {
      if (pending === 0) {
        await new Promise((resolve) => { wake = resolve; });
        continue;
      }
      for (; pending > 0 && !signal?.aborted; pending--) yield value;
    }
    throw abortError(signal);
  } finally {
    timers.clearInterval(interval);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

let schedulerToken = false;

class Scheduler {
  constructor() {
    if (!schedulerToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kScheduler] = true;
  }

  yield() {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

schedulerToken = true;
const scheduler = new Scheduler();
schedulerToken = false;

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler,
};
