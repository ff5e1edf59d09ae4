'use strict';

// MessagePort, MessageChannel, BroadcastChannel, MessageEvent and receiveMessageOnPort.
// A port wraps a handle from the 'messaging' binding, which queues messages and delivers them on
// the loop; what a message carries is built here with the structured clone (serializeMessage:
// cloned values, transferred ArrayBuffers, ports and transferable objects). Every port of a
// runtime lives on that runtime's loop; ports that cross into Workers come with worker_threads.

const binding = internalBinding('messaging');
const {
  Event, EventTarget, NodeEventTarget, defineEventHandler, kHybridDispatch, kNewListener,
  kRemoveListener,
} = require('internal/event_target');
const {
  serializeMessage, deserializeMessage, setMessagePortHooks,
} = require('internal/structured_clone');
const { DOMException } = require('internal/per_context/domexception');
const {
  codes: { ERR_CLOSED_MESSAGE_PORT, ERR_CONSTRUCT_CALL_INVALID, ERR_CONSTRUCT_CALL_REQUIRED, ERR_INVALID_THIS,
    ERR_MISSING_ARGS, ERR_NOT_IMPLEMENTED, },
} = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

function innerOptions(options) {
  return { ...options, depth: options.depth === null ? null : options.depth - 1 };
}

// ---- MessageEvent ----

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  constructor(type, init = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, init);
    this.#data = init?.data ?? null;
    this.#origin = `${init?.origin ?? ''}`;
    this.#lastEventId = `${init?.lastEventId ?? ''}`;
    const source = init?.source ?? null;
    if (source !== null && !isMessagePort(source)) {
      throw new TypeError('MessageEvent constructor: Expected eventInitDict.source ' +
        `("${describeValue(source)}") to be an instance of MessagePort.`);
    }
    this.#source = source;
    const ports = [];
    const list = init?.ports;
    if (list !== undefined && list !== null) {
      if ((typeof list !== 'object' && typeof list !== 'function') ||
          typeof list[Symbol.iterator] !== 'function') {
        throw new TypeError(`MessageEvent constructor: eventInitDict.ports (${describeValue(list)}) is not iterable.`);
      }
      let i = 0;
      for (const port of list) {
        if (!isMessagePort(port)) {
          throw new TypeError('MessageEvent constructor: Expected eventInitDict.ports' +
            `[${i}] ("${describeValue(port)}") to be an instance of MessagePort.`);
        }
        ports.push(port);
        i++;
      }
    }
    this.#ports = Object.freeze(ports);
  }

  static isMessageEvent(value) {
    return typeof value === 'object' && value !== null && #data in value;
  }

  get data() { return checkMessageEvent(this).#data; }
  get origin() { return checkMessageEvent(this).#origin; }
  get lastEventId() { return checkMessageEvent(this).#lastEventId; }
  get source() { return checkMessageEvent(this).#source; }
  get ports() { return checkMessageEvent(this).#ports; }

  initMessageEvent(type, bubbles = false, cancelable = false, data = null, origin = '',
                   lastEventId = '', source = null, ports = []) {
    checkMessageEvent(this);
    // Only an event that is not being dispatched may be re-initialized; jnode's events are
    // never re-dispatched, so this sets the message fields as the DOM's legacy method does.
    this.#data = data;
    this.#origin = `${origin}`;
    this.#lastEventId = `${lastEventId}`;
    this.#source = source;
    this.#ports = Object.freeze([...ports]);
  }
}

// How WebIDL messages show a value: objects as inspect shows them, the rest as strings.
function describeValue(value) {
  if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
    return inspect(value, { depth: 0, breakLength: Infinity });
  }
  return String(value);
}

function checkMessageEvent(value) {
  if (!isMessageEvent(value)) {
    throw new ERR_INVALID_THIS('MessageEvent');
  }
  return value;
}

for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  const d = Object.getOwnPropertyDescriptor(MessageEvent.prototype, name);
  d.enumerable = true;
  Object.defineProperty(MessageEvent.prototype, name, d);
}
const isMessageEvent = MessageEvent.isMessageEvent;
delete MessageEvent.isMessageEvent;

// ---- transfer lists as postMessage reads them ----

function iterableError(what) {
  const err = new TypeError(`Optional ${what} argument must be an iterable`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function iterate(value, what) {
  try {
    return [...value];
  } catch (err) {
    if (err instanceof TypeError) throw iterableError(what);
    throw err;
  }
}

// postMessage(value, transferList) or postMessage(value, { transfer }).
function readTransfer(arg) {
  if (arg === undefined || arg === null) return [];
  if (typeof arg !== 'object' && typeof arg !== 'function') throw iterableError('transferList');
  if (typeof arg[Symbol.iterator] === 'function') return iterate(arg, 'transferList');
  const transfer = arg.transfer;
  if (transfer === undefined) return [];
  if ((typeof transfer !== 'object' && typeof transfer !== 'function') || transfer === null ||
      typeof transfer[Symbol.iterator] !== 'function') {
    throw iterableError('options.transfer');
  }
  return iterate(transfer, 'options.transfer');
}

// A received message: 'message' with the value (MessageEvent for DOM-style listeners), or
// 'messageerror' when it cannot be rebuilt here.
function dispatchMessage(target, payload) {
  let received;
  try {
    received = deserializeMessage(payload);
  } catch (err) {
    target[kHybridDispatch](err, 'messageerror', new MessageEvent('messageerror', { data: err }));
    return;
  }
  const event = new MessageEvent('message', { data: received.value, ports: received.ports });
  target[kHybridDispatch](received.value, 'message', event);
}

// ---- MessagePort ----

// Ports are made only here (`new PortClass(handle)`); the MessagePort that modules export is a
// function sharing the class's prototype, which throws whether called or constructed, as Node's.
const PortClass = class MessagePort extends NodeEventTarget {
  #handle = null;  // null once the port was transferred away
  #closed = false;  // its 'close' has been emitted

  constructor(handle = undefined) {
    super();
    const onMessage = (payload) => dispatchMessage(this, payload);
    const onClose = () => {
      this.#closed = true;
      this[kHybridDispatch](undefined, 'close', new Event('close'));
    };
    if (handle === undefined) {
      this.#handle = binding.createPort(onMessage, onClose);
    } else {
      handle.rebind(onMessage, onClose);
      this.#handle = handle;
    }
  }

  static {
    // (`this` is the class: the PortClass binding is not initialized while its body runs.)
    this.isPort = (value) => typeof value === 'object' && value !== null && #handle in value;
    this.handleOf = (port) => port.#handle;
    this.hooks = {
      isPort: this.isPort,
      isDetached: (port) => port.#handle === null || port.#handle.isClosed(),
      detach(port) {
        const handle = port.#handle;
        port.#handle = null;
        return handle;
      },
      revive: (handle) => new PortClass(handle),
    };
  }

  postMessage(message, transfer = undefined) {
    checkPort(this);
    if (arguments.length === 0) throw missingMessage();
    // Posting on a closed or transferred port still clones and transfers, then drops the message.
    const list = readTransfer(transfer);
    const handle = this.#handle;
    const postsPeer = handle !== null &&
      list.some((item) => isMessagePort(item) && item.#handle !== null && handle.isPeerOf(item.#handle));
    const payload = serializeMessage(message, list, this);
    if (postsPeer) {
      // The receiving end would receive itself: the message and the channel are lost.
      process.emitWarning('The target port was posted to itself, and the communication channel was lost');
      handle.close();
      return;
    }
    handle?.postMessage(payload);
  }

  start() {
    checkPort(this);
    this.#handle?.start();
  }

  close(callback = undefined) {
    checkPort(this);
    if (typeof callback === 'function') this.once('close', callback);
    this.#handle?.close();
  }

  ref() {
    checkPort(this);
    this.#handle?.ref();
  }

  unref() {
    checkPort(this);
    this.#handle?.unref();
  }

  hasRef() {
    checkPort(this);
    return this.#handle !== null && this.#handle.hasRef();
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'message' && size === 1 && this.#handle !== null) {
      this.#handle.ref();
      this.#handle.start();
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'message' && size === 0 && this.#handle !== null) {
      this.#handle.stop();
      this.#handle.unref();
    }
  }

  [customInspect](depth, options) {
    if (depth < 0) return '[MessagePort [EventTarget]]';
    // As in Node: a port is active until its 'close' (a port transferred away still is).
    const state = this.#closed ? { active: false } : { active: true, refed: this.hasRef() };
    return `MessagePort [EventTarget] ${inspect(state, innerOptions(options))}`;
  }
};

function MessagePort() {
  throw new ERR_CONSTRUCT_CALL_INVALID();
}
Object.setPrototypeOf(MessagePort, NodeEventTarget);
MessagePort.prototype = PortClass.prototype;
Object.defineProperty(PortClass.prototype, 'constructor', {
  value: MessagePort, writable: true, enumerable: false, configurable: true,
});

// Node's message here comes from its C++ side, not from ERR_MISSING_ARGS's template.
function missingMessage() {
  const err = new TypeError('Not enough arguments to MessagePort.postMessage');
  err.code = 'ERR_MISSING_ARGS';
  return err;
}

function checkPort(value) {
  if (!isMessagePort(value)) {
    throw new ERR_INVALID_THIS('MessagePort');
  }
}

const isMessagePort = PortClass.isPort;
const handleOf = PortClass.handleOf;
setMessagePortHooks(PortClass.hooks);
delete PortClass.isPort;
delete PortClass.handleOf;
delete PortClass.hooks;

defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

// ---- MessageChannel ----

function MessageChannel() {
  if (new.target === undefined) throw new ERR_CONSTRUCT_CALL_REQUIRED('MessageChannel');
  const port1 = new PortClass();
  const port2 = new PortClass();
  binding.entangle(handleOf(port1), handleOf(port2));
  this.port1 = port1;
  this.port2 = port2;
}

// Moving a port into a vm context needs ports that belong to other contexts, which jnode does
// not have yet; the argument checks come first, as in Node.
function moveMessagePortToContext(port, contextifiedSandbox) {
  if (!isMessagePort(port)) {
    const err = new TypeError('The "port" argument must be a MessagePort instance');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const handle = handleOf(port);
  if (handle === null || handle.isClosed()) throw new ERR_CLOSED_MESSAGE_PORT();
  throw new ERR_NOT_IMPLEMENTED('worker_threads.moveMessagePortToContext');
}

function receiveMessageOnPort(port) {
  if (!isMessagePort(port)) {
    const err = new TypeError('The "port" argument must be a MessagePort instance');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const handle = handleOf(port);
  const payload = handle === null ? null : handle.receiveOne();
  if (payload === null || payload === undefined) return undefined;
  return { message: deserializeMessage(payload).value };
}

// ---- BroadcastChannel ----

// The open channels of this runtime by name. A message goes to every other open channel of the
// same name (not back to the one that posted it), each receiving its own copy.
const channelsByName = new Map();

class BroadcastChannel extends EventTarget {
  #name;
  #handle;

  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this.#name = `${name}`;
    // A channel keeps the loop alive from its creation until close() or unref(), listeners or
    // not (Node's behaviour); a message that finds no listener is dropped.
    this.#handle = binding.createPort((payload) => dispatchMessage(this, payload), () => {});
    this.#handle.ref();
    this.#handle.start();
    let set = channelsByName.get(this.#name);
    if (set === undefined) {
      set = new Set();
      channelsByName.set(this.#name, set);
    }
    set.add(this);
  }

  static {
    BroadcastChannel.check = (value) => {
      if (typeof value !== 'object' || value === null || !(#name in value)) {
        throw new ERR_INVALID_THIS('BroadcastChannel');
      }
      return value;
    };
    BroadcastChannel.deliver = (channel, payload) => channel.#handle?.enqueue(payload);
  }

  get name() {
    return checkChannel(this).#name;
  }

  postMessage(message) {
    checkChannel(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this.#handle === null) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    const set = channelsByName.get(this.#name);
    for (const other of set) {
      if (other !== this) deliverToChannel(other, serializeMessage(message, []));
    }
  }

  close() {
    checkChannel(this);
    const handle = this.#handle;
    if (handle === null) return;
    this.#handle = null;
    const set = channelsByName.get(this.#name);
    set.delete(this);
    if (set.size === 0) channelsByName.delete(this.#name);
    handle.stop();
    handle.unref();
    handle.close();
  }

  ref() {
    checkChannel(this);
    this.#handle?.ref();
    return this;
  }

  unref() {
    checkChannel(this);
    this.#handle?.unref();
    return this;
  }

  [customInspect](depth, options) {
    checkChannel(this);
    if (depth < 0) return 'BroadcastChannel';
    const state = { name: this.#name, active: this.#handle !== null };
    return `BroadcastChannel ${inspect(state, innerOptions(options))}`;
  }
}

const checkChannel = BroadcastChannel.check;
const deliverToChannel = BroadcastChannel.deliver;
delete BroadcastChannel.check;
delete BroadcastChannel.deliver;

defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');
{
  const d = Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, 'name');
  d.enumerable = true;
  Object.defineProperty(BroadcastChannel.prototype, 'name', d);
}

module.exports = {
  BroadcastChannel,
  MessageChannel,
  MessageEvent,
  MessagePort,
  isMessagePort,
  moveMessagePortToContext,
  receiveMessageOnPort,
};
