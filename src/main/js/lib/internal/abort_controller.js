'use strict';

// AbortController and AbortSignal (WHATWG DOM), including AbortSignal.abort(), .timeout() and
// .any(). A signal made by timeout() or any() stays reachable while it may still abort and its
// abort is observed; otherwise the timer and the source signals only hold it weakly.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');
const { markTransferable } = require('internal/structured_clone');
const { validateUint32 } = require('internal/validators');
const {
  EventTarget,
  Event,
  defineEventHandler,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
} = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');
const EventEmitter = require('events');

const kMaxEventTargetListeners = EventEmitter.kMaxEventTargetListeners;
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kDontThrow = Symbol('kDontThrow');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

function customInspectFor(self, shown, depth, options) {
  if (depth < 0) return self;
  const opts = {
    ...options,
    depth: options.depth === null ? null : options.depth - 1,
  };
  return `${self.constructor.name} ${inspect(shown, opts)}`;
}

// Dependent signals (made by any()) of a source signal, as WeakRefs. An own property under this
// symbol, as in Node, so that tests can watch the set empty as dependents are collected.
const kDependantSignals = Symbol('kDependantSignals');

// Removes a collected dependent's WeakRef from its sources' sets.
const dependantCleanup = new FinalizationRegistry(({ ref, sources }) => {
  for (const sourceRef of sources) {
    const source = sourceRef.deref();
    if (source !== undefined) source[kDependantSignals]?.delete(ref);
  }
});

let createToken = false;

let signalState;

// Who keeps a signal alive: a signal that may still abort and whose abort someone observes
// (it has 'abort' listeners, or a dependent that does) must not be collected. A controller's
// signal lives as long as its controller; a timeout() signal is then held by its timer; an any()
// signal is held by each of its sources, so it dies with them.
class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  // For a signal made by any(): its sources, weakly (to flatten nested any()) and strongly
  // (while this signal lives, so do the signals that can abort it).
  #composite = false;
  #sources = null;
  #sourceSignals = null;
  // any() signals that follow this one and must be kept alive by it.
  #retainedDependents = null;
  // For timeout(): the box through which its timer holds it strongly when retained.
  #timerHold = null;
  #listening = false;

  constructor(token = undefined) {
    if (token !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kMaxEventTargetListeners] = 0;
  }

  static {
    signalState = {
      isSignal: (value) => typeof value === 'object' && value !== null && #aborted in value,
      isAborted: (signal) => signal.#aborted,
      reasonOf: (signal) => signal.#reason,
      markAborted(signal, reason) {
        signal.#aborted = true;
        signal.#reason = reason;
        updateRetention(signal);
        signal.#sourceSignals = null;
      },
      setTimerHold(signal, hold) {
        signal.#timerHold = hold;
      },
      setComposite(signal, sources, sourceSignals) {
        signal.#composite = true;
        signal.#sources = sources;
        signal.#sourceSignals = sourceSignals;
      },
      isComposite: (signal) => signal.#composite,
      sourcesOf: (signal) => signal.#sources,
      setListening(signal, listening) {
        signal.#listening = listening;
        updateRetention(signal);
      },
      needsRetention: (signal) => !signal.#aborted &&
        (signal.#listening || (signal.#retainedDependents !== null && signal.#retainedDependents.size > 0)),
      // Makes `signal` held (or no longer held) by whatever must keep it alive.
      applyRetention(signal, keep) {
        if (signal.#timerHold !== null) signal.#timerHold.signal = keep ? signal : null;
        if (signal.#sourceSignals !== null) {
          for (const source of signal.#sourceSignals) {
            if (keep) {
              if (source.#retainedDependents === null) source.#retainedDependents = new Set();
              source.#retainedDependents.add(signal);
            } else if (source.#retainedDependents !== null) {
              source.#retainedDependents.delete(signal);
            }
            updateRetention(source);
          }
        }
      },
    };
  }

  get aborted() {
    checkSignal(this);
    return this.#aborted;
  }

  get reason() {
    checkSignal(this);
    return this.#reason;
  }

  throwIfAborted() {
    checkSignal(this);
    if (this.#aborted) throw this.#reason;
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = newSignal();
    signalState.markAborted(signal, reason);
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = newSignal();
    const hold = { signal: null };
    signalState.setTimerHold(signal, hold);
    const ref = new WeakRef(signal);
    const timer = setTimeout(() => {
      const s = hold.signal ?? ref.deref();
      if (s !== undefined) {
        abortSignal(s, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
      }
    }, delay);
    timer.unref();
    return signal;
  }

  static any(signals) {
    signals = toAbortSignalSequence(signals, 'signals');
    const result = newSignal();
    for (const s of signals) {
      if (signalState.isAborted(s)) {
        signalState.markAborted(result, signalState.reasonOf(s));
        return result;
      }
    }
    const sources = [];
    const sourceSignals = [];
    const seen = new Set();
    const resultRef = new WeakRef(result);
    for (const s of signals) {
      const direct = signalState.isComposite(s) ? signalState.sourcesOf(s) : [new WeakRef(s)];
      for (const sourceRef of direct) {
        const source = sourceRef.deref();
        if (source === undefined || seen.has(source)) continue;
        seen.add(source);
        sources.push(sourceRef);
        sourceSignals.push(source);
        if (!Object.hasOwn(source, kDependantSignals)) {
          Object.defineProperty(source, kDependantSignals, {
            __proto__: null, value: new Set(), writable: false, enumerable: false, configurable: true,
          });
        }
        source[kDependantSignals].add(resultRef);
      }
    }
    signalState.setComposite(result, sources, sourceSignals);
    dependantCleanup.register(result, { ref: resultRef, sources }, resultRef);
    return result;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'abort' && size > 0 && !weak) signalState.setListening(this, true);
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'abort' && size === 0) signalState.setListening(this, false);
  }

  [customInspect](depth, options) {
    return customInspectFor(this, { aborted: this.aborted }, depth, options);
  }
}

// Re-evaluates whether `signal` must be kept alive and by whom.
const retainedNow = new WeakSet();
function updateRetention(signal) {
  const keep = signalState.needsRetention(signal);
  if (keep === retainedNow.has(signal)) return;
  if (keep) retainedNow.add(signal);
  else retainedNow.delete(signal);
  signalState.applyRetention(signal, keep);
}

function checkSignal(value) {
  if (!signalState.isSignal(value)) throw new ERR_INVALID_THIS('AbortSignal');
}

function newSignal() {
  return new AbortSignal(kDontThrow);
}

// WebIDL sequence<AbortSignal>: any iterable object, each item an AbortSignal. Returns an array.
function toAbortSignalSequence(value, name) {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null ||
      typeof value[Symbol.iterator] !== 'function') {
    throw webidlTypeError(`${name} cannot be converted to sequence.`);
  }
  const out = [];
  for (const item of value) {
    if (!signalState.isSignal(item)) {
      throw webidlTypeError(`${name}[${out.length}] is not of type AbortSignal.`);
    }
    out.push(item);
  }
  return out;
}

function webidlTypeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function fireAbort(signal) {
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
}

// The DOM's "signal abort": the signal and the any() signals that follow it get the reason
// first, then each fires its 'abort' event.
function abortSignal(signal, reason) {
  if (signalState.isAborted(signal)) return;
  signalState.markAborted(signal, reason);
  const toAbort = [];
  const dependents = signal[kDependantSignals];
  if (dependents !== undefined) {
    for (const ref of dependents) {
      const dep = ref.deref();
      if (dep !== undefined && !signalState.isAborted(dep)) {
        signalState.markAborted(dep, reason);
        toAbort.push(dep);
      }
    }
    dependents.clear();  // settled: nothing can follow an aborted signal any more
  }
  fireAbort(signal);
  for (const dep of toAbort) fireAbort(dep);
}

defineEventHandler(AbortSignal.prototype, 'abort');

for (const name of ['aborted', 'reason', 'throwIfAborted']) {
  const d = Object.getOwnPropertyDescriptor(AbortSignal.prototype, name);
  d.enumerable = true;
  Object.defineProperty(AbortSignal.prototype, name, d);
}
for (const name of ['abort', 'timeout', 'any']) {
  const d = Object.getOwnPropertyDescriptor(AbortSignal, name);
  d.enumerable = true;
  Object.defineProperty(AbortSignal, name, d);
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});

class AbortController {
  #signal;

  constructor() {
    this.#signal = newSignal();
  }

  get signal() {
    checkController(this);
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    checkController(this);
    abortSignal(this.#signal, reason);
  }

  static {
    AbortController.isController = (value) => typeof value === 'object' && value !== null && #signal in value;
  }

  [customInspect](depth, options) {
    return customInspectFor(this, { signal: this.signal }, depth, options);
  }
}

const isController = AbortController.isController;
delete AbortController.isController;

function checkController(value) {
  if (!isController(value)) throw new ERR_INVALID_THIS('AbortController');
}

for (const name of ['signal', 'abort']) {
  const d = Object.getOwnPropertyDescriptor(AbortController.prototype, name);
  d.enumerable = true;
  Object.defineProperty(AbortController.prototype, name, d);
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

function isAbortSignal(value) {
  return signalState.isSignal(value);
}

// ---- transferable signals (util.transferableAbortSignal) ----

// Transferring a signal leaves it usable here and hands the receiver a new signal that aborts
// when this one does: an abort travels as a message over a channel made for the transfer, whose
// ports are unref'd so that a waiting clone does not keep the process alive.
function transferableAbortSignal(signal) {
  if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  markTransferable(signal, transferSignal);
  return signal;
}

function transferableAbortController() {
  const controller = new AbortController();
  transferableAbortSignal(controller.signal);
  return controller;
}

function transferSignal() {
  const revive = { module: 'internal/abort_controller', name: 'receiveTransferredSignal' };
  if (this.aborted) return { ...revive, data: { aborted: true, reason: this.reason, port: null } };
  const { MessageChannel } = require('internal/worker/io');
  const { port1, port2 } = new MessageChannel();
  this.addEventListener('abort', () => {
    port1.postMessage(this.reason);
    port1.close();
  }, { once: true });
  return { ...revive, data: { aborted: false, reason: undefined, port: port2 }, transfer: [port2] };
}

function receiveTransferredSignal({ aborted, reason, port }) {
  const signal = newSignal();
  transferableAbortSignal(signal);
  if (aborted) {
    abortSignal(signal, reason);
  } else {
    port.onmessage = ({ data }) => {
      abortSignal(signal, data);
      port.close();
    };
    port.unref();
  }
  return signal;
}

module.exports = {
  AbortController,
  AbortSignal,
  abortSignal,
  isAbortSignal,
  newSignal,
  receiveTransferredSignal,
  transferableAbortController,
  transferableAbortSignal,
};
