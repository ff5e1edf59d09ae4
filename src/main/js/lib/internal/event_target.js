'use strict';

// EventTarget, Event and CustomEvent (WHATWG DOM, without a tree: an event only ever reaches the
// target it is dispatched on), plus NodeEventTarget, the EventEmitter-flavoured variant Node uses
// internally.
//
// Listeners of a target live in `target[kEvents]`, a Map from type to an array of Listener
// records. The arrays are replaced, never changed in place, when a listener is added or removed,
// so a dispatch walks the list as it was when the dispatch began (listeners added meanwhile are
// not called) and skips records flagged as removed — the DOM's "clone the list, honour removal".

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateObject,
  validateString,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
} = require('internal/validators');
const EventEmitter = require('events');
const { now } = require('internal/perf/utils');

const kMaxEventTargetListeners = EventEmitter.kMaxEventTargetListeners;
const kMaxEventTargetListenersWarned = EventEmitter.kMaxEventTargetListenersWarned;

const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kCreateEvent = Symbol('kCreateEvent');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kWeakHandler = Symbol('kWeak');
const { kResistStopPropagation } = require('internal/abort_symbols');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kTrustEvent = Symbol('kTrustEvent');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

const kAllowAnyObject = kValidateObjectAllowNullable | kValidateObjectAllowArray | kValidateObjectAllowFunction;

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

function inspectOptionsOneLevelDeeper(options) {
  return {
    ...options,
    depth: Number.isInteger(options?.depth) ? options.depth - 1 : options?.depth,
  };
}

// ---- Event ----

// Set by Event's static block: reach into an event's private state from the dispatcher.
let eventState;

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #timeStamp;
  #defaultPrevented = false;
  #propagationStopped = false;
  #immediateStopped = false;
  #target = null;
  #currentTarget = null;
  #phase = 0;
  #dispatching = false;
  #inPassiveListener = false;
  #trusted = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== undefined) validateObject(options, 'options', kAllowAnyObject);
    this.#type = `${type}`;
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    if (options?.[kTrustEvent]) this.#trusted = true;
    this.#timeStamp = now();
  }

  static {
    eventState = {
      isEvent: (value) => typeof value === 'object' && value !== null && #type in value,
      beginDispatch(event, target) {
        event.#target = target;
        event.#currentTarget = target;
        event.#phase = 2;
        event.#dispatching = true;
      },
      endDispatch(event) {
        event.#currentTarget = null;
        event.#phase = 0;
        event.#dispatching = false;
      },
      isDispatching: (event) => event.#dispatching,
      isImmediateStopped: (event) => event.#immediateStopped,
      setPassive(event, passive) {
        event.#inPassiveListener = passive;
      },
    };
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    checkEvent(this);
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
    this.#immediateStopped = true;
  }

  preventDefault() {
    checkEvent(this);
    if (this.#cancelable && !this.#inPassiveListener) this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this.#target;
  }

  get currentTarget() {
    checkEvent(this);
    return this.#currentTarget;
  }

  get srcElement() {
    checkEvent(this);
    return this.#target;
  }

  get type() {
    checkEvent(this);
    return this.#type;
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timeStamp;
  }

  composedPath() {
    checkEvent(this);
    return this.#dispatching ? [this.#currentTarget] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !(this.#cancelable && this.#defaultPrevented);
  }

  set returnValue(value) {
    checkEvent(this);
    if (!value && this.#cancelable && !this.#inPassiveListener) this.#defaultPrevented = true;
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this.#phase;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }

  get isTrusted() {
    return eventState.isEvent(this) && this.#trusted;
  }

  [customInspect](depth, options) {
    const name = this.constructor?.name ?? 'Event';
    if (depth < 0) return name;
    if (!eventState.isEvent(this)) return name;
    const shown = {
      type: this.#type,
      defaultPrevented: this.#cancelable && this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    };
    return `${name} ${inspect(shown, inspectOptionsOneLevelDeeper(options))}`;
  }
}

function checkEvent(value) {
  if (!eventState.isEvent(value)) throw new ERR_INVALID_THIS('Event');
}

const isEvent = eventState.isEvent;

function makeEnumerable(proto, names) {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    d.enumerable = true;
    Object.defineProperty(proto, name, d);
  }
}

makeEnumerable(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget',
  'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath',
  'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation',
]);
// isTrusted is [LegacyUnforgeable] in the DOM: Node keeps one shared, non-configurable getter.
Object.defineProperty(Event.prototype, 'isTrusted', {
  get: Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').get,
  enumerable: true,
  configurable: false,
});
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  value: 'Event', writable: false, enumerable: false, configurable: true,
});
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
}

// ---- CustomEvent ----

class CustomEvent extends Event {
  #detail;

  constructor(type, options = null) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (typeof this !== 'object' || this === null || !(#detail in this)) {
      throw new ERR_INVALID_THIS('CustomEvent');
    }
    return this.#detail;
  }
}

makeEnumerable(CustomEvent.prototype, ['detail']);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});

// ---- listeners ----

// Strong references that keep weakly-held listeners alive for as long as their owner lives.
const weakOwners = new WeakMap();

class Listener {
  constructor(listener, type, once, capture, passive, isNodeStyle, weak, resistStopPropagation) {
    this.type = type;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyle = isNodeStyle;
    this.resistStopPropagation = resistStopPropagation;
    this.removed = false;
    if (weak !== undefined && weak !== null && typeof WeakRef === 'function') {
      this.ref = new WeakRef(listener);
      this.strong = undefined;
      let held = weakOwners.get(weak);
      if (held === undefined) {
        held = [];
        weakOwners.set(weak, held);
      }
      held.push(listener);
    } else {
      this.ref = undefined;
      this.strong = listener;
    }
  }

  get weak() {
    return this.ref !== undefined;
  }

  // The function or handleEvent object, or undefined once a weak listener was collected.
  get callback() {
    return this.ref !== undefined ? this.ref.deref() : this.strong;
  }

  same(listener, capture) {
    return this.capture === capture && this.callback === listener;
  }
}

function isEventTarget(value) {
  return (typeof value === 'object' || typeof value === 'function') && value !== null &&
    value[kEvents] instanceof Map;
}

function checkEventTarget(value) {
  if (!isEventTarget(value)) throw new ERR_INVALID_THIS('EventTarget');
}

// True for a listener to add, false for null/undefined (ignored); throws for anything else.
function validateEventListener(listener) {
  if (typeof listener === 'function' || (typeof listener === 'object' && listener !== null)) return true;
  if (listener == null) return false;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function readListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null || options === undefined) return {};
  validateObject(options, 'options', kAllowAnyObject);
  return {
    once: !!options.once,
    capture: !!options.capture,
    passive: !!options.passive,
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: !!options[kResistStopPropagation],
    isNodeStyleListener: !!options[kIsNodeStyleListener],
  };
}

function readCapture(options) {
  if (typeof options === 'boolean') return options;
  if (options === null || options === undefined) return false;
  return !!options.capture;
}

function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

function addCatch(result) {
  const then = result.then;
  if (typeof then === 'function') {
    Reflect.apply(then, result, [undefined, emitUncaughtException]);
  }
}

function liveCount(list) {
  let n = 0;
  for (const rec of list) if (!rec.removed && rec.callback !== undefined) n++;
  return n;
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

function removeRecord(target, type, rec) {
  const events = target[kEvents];
  const list = events.get(type);
  if (list === undefined) return;
  const i = list.indexOf(rec);
  if (i === -1) return;
  rec.removed = true;
  if (list.length === 1) {
    events.delete(type);
  } else {
    const copy = list.slice();
    copy.splice(i, 1);
    events.set(type, copy);
  }
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  // Hooks for subclasses (AbortSignal, NodeEventTarget): called after a listener is added or
  // removed with the new number of listeners of the type.
  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = undefined) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const {
      once = false, capture = false, passive = false, signal, weak,
      resistStopPropagation = false, isNodeStyleListener = false,
    } = readListenerOptions(options);
    if (!validateEventListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = `${type}`;
    validateAbortSignal(signal, 'options.signal');
    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }

    const events = this[kEvents];
    const list = events.get(type);
    if (list !== undefined) {
      for (const rec of list) {
        if (rec.same(listener, capture)) return;
      }
    }
    const rec = new Listener(listener, type, once, capture, passive, isNodeStyleListener, weak,
      resistStopPropagation);
    const next = list === undefined ? [rec] : [...list, rec];
    events.set(type, next);
    this[kNewListener](liveCount(next), type, listener, once, capture, passive, rec.weak);
  }

  removeEventListener(type, listener, options = undefined) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;
    type = `${type}`;
    const capture = readCapture(options);
    const list = this[kEvents].get(type);
    if (list === undefined) return;
    for (const rec of list) {
      if (rec.same(listener, capture)) {
        removeRecord(this, type, rec);
        const after = this[kEvents].get(type);
        this[kRemoveListener](after === undefined ? 0 : liveCount(after), type, listener, capture);
        return;
      }
    }
  }

  dispatchEvent(event) {
    checkEventTarget(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (eventState.isDispatching(event)) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Runs the listeners of `type`. Node-style listeners (NodeEventTarget#on) get `nodeValue`; the
  // others get `event`, made on first need with kCreateEvent when the caller had none.
  [kHybridDispatch](nodeValue, type, event) {
    const created = event === undefined;
    const list = this[kEvents].get(type);
    if (!created) eventState.beginDispatch(event, this);
    if (list !== undefined) {
      for (let i = 0; i < list.length; i++) {
        const rec = list[i];
        if (rec.removed) continue;
        if (event !== undefined && eventState.isImmediateStopped(event) && !rec.resistStopPropagation) continue;
        const callback = rec.callback;
        if (callback === undefined) {
          removeRecord(this, type, rec);
          continue;
        }
        if (rec.once) {
          removeRecord(this, type, rec);
          const after = this[kEvents].get(type);
          this[kRemoveListener](after === undefined ? 0 : liveCount(after), type, callback, rec.capture);
        }
        let arg;
        if (rec.isNodeStyle) {
          arg = nodeValue;
        } else {
          if (event === undefined) {
            event = this[kCreateEvent](nodeValue, type);
            eventState.beginDispatch(event, this);
          }
          arg = event;
        }
        if (event !== undefined) eventState.setPassive(event, rec.passive);
        try {
          let result;
          if (typeof callback === 'function') {
            result = Reflect.apply(callback, this, [arg]);
          } else {
            result = Reflect.apply(callback.handleEvent, callback, [arg]);
          }
          if (result !== undefined && result !== null) addCatch(result);
        } catch (err) {
          emitUncaughtException(err);
        } finally {
          if (event !== undefined) eventState.setPassive(event, false);
        }
      }
    }
    if (event !== undefined) eventState.endDispatch(event);
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [customInspect](depth, options) {
    const name = this?.constructor?.name ?? 'EventTarget';
    if (depth < 0) return name;
    return `${name} ${inspect({}, inspectOptionsOneLevelDeeper(options))}`;
  }
}

makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});

// ---- NodeEventTarget ----

function checkNodeEventTarget(value) {
  if (!isEventTarget(value) || !(value instanceof NodeEventTarget)) {
    throw new ERR_INVALID_THIS('NodeEventTarget');
  }
}

class NodeEventTarget extends EventTarget {
  static get defaultMaxListeners() {
    return EventEmitter.defaultMaxListeners;
  }

  setMaxListeners(n) {
    checkNodeEventTarget(this);
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    checkNodeEventTarget(this);
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    checkNodeEventTarget(this);
    return [...this[kEvents].keys()];
  }

  listenerCount(type) {
    checkNodeEventTarget(this);
    const list = this[kEvents].get(`${type}`);
    return list === undefined ? 0 : liveCount(list);
  }

  off(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    checkNodeEventTarget(this);
    validateString(type, 'event');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    checkNodeEventTarget(this);
    const events = this[kEvents];
    if (type !== undefined) {
      const list = events.get(`${type}`);
      if (list !== undefined) for (const rec of list) rec.removed = true;
      events.delete(`${type}`);
    } else {
      for (const list of events.values()) for (const rec of list) rec.removed = true;
      events.clear();
    }
    return this;
  }
}

// ---- event handler attributes (onabort, onmessage, ...) ----

function isCallable(value) {
  return typeof value === 'function';
}

// Defines `on${name}` on `emitter` (an instance or a prototype): a setter that keeps one
// listener for `type` in the place of the first assignment and swaps the function it calls.
function defineEventHandler(emitter, name, type = name) {
  const propName = `on${name}`;
  function get() {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    return this[kHandlers]?.get(type)?.handler ?? null;
  }
  function set(value) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    let handlers = this[kHandlers];
    if (handlers === undefined) {
      handlers = new Map();
      this[kHandlers] = handlers;
    }
    let wrapper = handlers.get(type);
    if (isCallable(value) || (typeof value === 'object' && value !== null)) {
      if (wrapper !== undefined) {
        wrapper.handler = value;
        return;
      }
      wrapper = function eventHandler(...args) {
        const handler = wrapper.handler;
        if (typeof handler !== 'function') return undefined;
        return Reflect.apply(handler, this, args);
      };
      wrapper.handler = value;
      handlers.set(type, wrapper);
      this.addEventListener(type, wrapper);
    } else if (wrapper !== undefined) {
      handlers.delete(type);
      this.removeEventListener(type, wrapper);
    }
  }
  Object.defineProperty(get, 'name', { value: `get ${propName}` });
  Object.defineProperty(set, 'name', { value: `set ${propName}` });
  Object.defineProperty(emitter, propName, { get, set, configurable: true, enumerable: true });
}

// The listener functions (unwrapped) of `type` on an EventTarget, for events.getEventListeners.
function getEventTargetListeners(target, type) {
  const list = target[kEvents]?.get(type);
  if (list === undefined) return [];
  const out = [];
  for (const rec of list) {
    const cb = rec.callback;
    if (!rec.removed && cb !== undefined) out.push(cb);
  }
  return out;
}

function getEventTargetListenerCount(target, type) {
  const list = target[kEvents]?.get(type);
  return list === undefined ? 0 : liveCount(list);
}

module.exports = {
  CustomEvent,
  Event,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  getEventTargetListenerCount,
  getEventTargetListeners,
  initEventTarget,
  isEventTarget,
  kCreateEvent,
  kEvents,
  kHandlers,
  kHybridDispatch,
  kIsNodeStyleListener,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
};
