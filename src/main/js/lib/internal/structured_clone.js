'use strict';

// structuredClone(value, { transfer }) — the HTML structured clone algorithm, in two steps as the
// spec has it: serialize (read the whole value into records, throwing DataCloneError for what
// cannot be cloned, before anything is changed), then transfer the listed ArrayBuffers (detaching
// them), then deserialize (build the new objects). A record is built once per source object, so
// shared references and cycles come out the same shape.

const {
  codes: { ERR_MISSING_ARGS },
} = require('internal/errors');
const types = require('internal/util/types');
const { DOMException, isDOMException, getDOMExceptionData } =
  require('internal/per_context/domexception');
const { isMarkedAsUntransferable } = require('internal/buffer');

// What can be in a transfer list besides ArrayBuffers: MessagePorts (internal/worker/io registers
// how to detach and revive one) and objects marked transferable one by one (a signal from
// util.transferableAbortSignal). Such objects cannot be cloned, only transferred. Transferring one
// calls its hook, which returns { module, name, data, transfer }: the receiving side rebuilds it
// as require(module)[name](a structured clone of data), with `transfer` transferred alongside —
// names, not functions, so that the same record can one day cross into another runtime.
const transferHooks = new WeakMap();
let portHooks = null;

function markTransferable(obj, hook) {
  transferHooks.set(obj, hook);
}

function setMessagePortHooks(hooks) {
  portHooks = hooks;
}

function isPort(value) {
  return portHooks !== null && portHooks.isPort(value);
}

function needsTransfer(value) {
  return transferHooks.has(value) || isPort(value);
}

// Objects other modules mark as not cloneable ("Cannot clone object of unsupported type."), and
// a hook: an object with a [kClone]() method is cloned as whatever that method returns.
const uncloneable = new WeakSet();
const kClone = Symbol('kClone');

function markUncloneable(obj) {
  uncloneable.add(obj);
}

function dataCloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

function webidlTypeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

const prefix = "Failed to execute 'structuredClone'";

const ObjectProtoToString = Object.prototype.toString;
const FunctionProtoToString = Function.prototype.toString;
const hasOwn = Object.prototype.hasOwnProperty;
const arrayBufferSlice = ArrayBuffer.prototype.slice;
const arrayBufferTransfer = ArrayBuffer.prototype.transfer;
const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const abDetached = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached')?.get;
const abResizable = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'resizable')?.get;
const abMaxByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'maxByteLength')?.get;
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const taBuffer = Object.getOwnPropertyDescriptor(TypedArrayProto, 'buffer').get;
const taByteOffset = Object.getOwnPropertyDescriptor(TypedArrayProto, 'byteOffset').get;
const taLength = Object.getOwnPropertyDescriptor(TypedArrayProto, 'length').get;
const taTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const dvBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const dvByteOffset = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get;
const dvByteLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
const dateGetTime = Date.prototype.getTime;
const regexpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const regexpFlags = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;
const mapEntries = Map.prototype.entries;
const setValues = Set.prototype.values;

const errorConstructors = {
  __proto__: null,
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

function isDetached(buffer) {
  if (abDetached !== undefined) return abDetached.call(buffer);
  try {
    arrayBufferSlice.call(buffer, 0, 0);
    return false;
  } catch {
    return true;
  }
}

// V8's short description of a value in "… could not be cloned.".
function describe(value) {
  if (typeof value === 'function') {
    try {
      return FunctionProtoToString.call(value);
    } catch {
      return 'function';
    }
  }
  if (typeof value === 'symbol') return value.toString();
  if (types.isProxy(value)) return '#<Object>';
  if (types.isSymbolObject(value) || types.isMapIterator(value) || types.isSetIterator(value) ||
      types.isGeneratorObject(value)) {
    return ObjectProtoToString.call(value);
  }
  let name = 'Object';
  try {
    let proto = Object.getPrototypeOf(value);
    while (proto !== null) {
      const d = Object.getOwnPropertyDescriptor(proto, 'constructor');
      if (d !== undefined && typeof d.value === 'function' && typeof d.value.name === 'string' &&
          d.value.name !== '') {
        name = d.value.name;
        break;
      }
      proto = Object.getPrototypeOf(proto);
    }
  } catch {
    // keep 'Object'
  }
  return `#<${name}>`;
}

function notCloneable(value) {
  return dataCloneError(`${describe(value)} could not be cloned.`);
}

// ---- serialize ----

class Serializer {
  constructor(transferSet) {
    this.memory = new Map();
    this.transferSet = transferSet;
    this.transferRecords = new Map();
    if (transferSet !== null) {
      for (const item of transferSet) {
        let record;
        if (types.isArrayBuffer(item)) record = { t: 'transfer', buffer: null };
        else if (isPort(item)) record = { t: 'port', handle: null };
        else record = { t: 'js', module: '', name: '', message: null };
        this.transferRecords.set(item, record);
      }
    }
  }

  // Moves every listed object into its record, in list order, once the whole value has been
  // read (so a DataCloneError leaves everything untouched).
  transferAll() {
    if (this.transferSet === null) return;
    for (const item of this.transferSet) {
      const record = this.transferRecords.get(item);
      switch (record.t) {
        case 'transfer':
          record.buffer = arrayBufferTransfer.call(item);
          break;
        case 'port':
          record.handle = portHooks.detach(item);
          break;
        default: {
          const out = Reflect.apply(transferHooks.get(item), item, []);
          record.module = out.module;
          record.name = out.name;
          record.message = serializeMessage(out.data, out.transfer ?? []);
        }
      }
    }
  }

  write(value) {
    switch (typeof value) {
      case 'undefined':
      case 'boolean':
      case 'number':
      case 'bigint':
      case 'string':
        return { t: 'prim', value };
      case 'symbol':
      case 'function':
        throw notCloneable(value);
      default:
        if (value === null) return { t: 'prim', value };
    }
    const seen = this.memory.get(value);
    if (seen !== undefined) return seen;
    return this.writeObject(value);
  }

  remember(value, record) {
    this.memory.set(value, record);
    return record;
  }

  writeObject(value) {
    if (types.isProxy(value) || value === globalThis) throw notCloneable(value);
    if (uncloneable.has(value)) throw dataCloneError('Cannot clone object of unsupported type.');
    if (needsTransfer(value)) {
      const record = this.transferSet === null ? undefined : this.transferRecords.get(value);
      if (record === undefined) {
        throw dataCloneError('Object that needs transfer was found in message but not listed in transferList');
      }
      return this.remember(value, record);
    }
    if (isDOMException(value)) {
      const data = getDOMExceptionData(value);
      return this.remember(value, { t: 'domexception', name: data.name, message: data.message, stack: value.stack });
    }
    if (typeof value[kClone] === 'function') {
      return this.remember(value, { t: 'prim', value: value[kClone]() });
    }
    if (types.isBoxedPrimitive(value)) {
      if (types.isSymbolObject(value)) throw notCloneable(value);
      let box;
      if (types.isNumberObject(value)) box = Number.prototype.valueOf.call(value);
      else if (types.isStringObject(value)) box = String.prototype.valueOf.call(value);
      else if (types.isBooleanObject(value)) box = Boolean.prototype.valueOf.call(value);
      else box = BigInt.prototype.valueOf.call(value);
      return this.remember(value, { t: 'box', value: box });
    }
    if (types.isDate(value)) return this.remember(value, { t: 'date', time: dateGetTime.call(value) });
    if (types.isRegExp(value)) {
      return this.remember(value, { t: 'regexp', source: regexpSource.call(value), flags: regexpFlags.call(value) });
    }
    if (types.isSharedArrayBuffer(value)) return this.remember(value, { t: 'shared', buffer: value });
    if (types.isArrayBuffer(value)) return this.writeArrayBuffer(value);
    if (types.isTypedArray(value)) {
      const buffer = taBuffer.call(value);
      if (types.isArrayBuffer(buffer) && isDetached(buffer)) {
        throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      }
      const record = { t: 'view', kind: taTag.call(value), buffer: null,
        byteOffset: taByteOffset.call(value), length: taLength.call(value) };
      this.remember(value, record);
      record.buffer = this.write(buffer);
      return record;
    }
    if (types.isDataView(value)) {
      const buffer = dvBuffer.call(value);
      if (types.isArrayBuffer(buffer) && isDetached(buffer)) {
        throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      }
      const record = { t: 'view', kind: 'DataView', buffer: null,
        byteOffset: dvByteOffset.call(value), length: dvByteLength.call(value) };
      this.remember(value, record);
      record.buffer = this.write(buffer);
      return record;
    }
    if (types.isMap(value)) {
      const record = { t: 'map', entries: [] };
      this.remember(value, record);
      const copied = [...mapEntries.call(value)];
      for (const [k, v] of copied) record.entries.push(this.write(k), this.write(v));
      return record;
    }
    if (types.isSet(value)) {
      const record = { t: 'set', values: [] };
      this.remember(value, record);
      const copied = [...setValues.call(value)];
      for (const v of copied) record.values.push(this.write(v));
      return record;
    }
    if (types.isNativeError(value)) return this.writeError(value);
    if (Array.isArray(value)) {
      const record = { t: 'array', length: value.length, props: [] };
      this.remember(value, record);
      this.writeProperties(value, record.props);
      return record;
    }
    if (types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value) ||
        types.isWeakRef(value) || isFinalizationRegistry(value) || types.isMapIterator(value) ||
        types.isSetIterator(value) || types.isGeneratorObject(value) ||
        types.isArgumentsObject(value) || types.isModuleNamespaceObject(value)) {
      throw notCloneable(value);
    }
    const record = { t: 'object', props: [] };
    this.remember(value, record);
    this.writeProperties(value, record.props);
    return record;
  }

  writeProperties(value, props) {
    const keys = Object.keys(value);
    for (const key of keys) {
      if (!hasOwn.call(value, key)) continue;
      props.push(key, this.write(value[key]));
    }
  }

  writeArrayBuffer(value) {
    if (this.transferSet !== null && this.transferSet.has(value)) {
      return this.remember(value, this.transferRecords.get(value));
    }
    if (isDetached(value)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    let copy;
    if (abResizable !== undefined && abResizable.call(value)) {
      const length = abByteLength.call(value);
      copy = new ArrayBuffer(length, { maxByteLength: abMaxByteLength.call(value) });
      new Uint8Array(copy).set(new Uint8Array(value, 0, length));
    } else {
      copy = arrayBufferSlice.call(value, 0);
    }
    return this.remember(value, { t: 'buffer', buffer: copy });
  }

  writeError(value) {
    const record = { t: 'error', ctor: 'Error', hasMessage: false, message: '', stack: undefined,
      hasCause: false, cause: undefined };
    this.remember(value, record);
    const name = value.name;
    if (typeof name === 'string' && errorConstructors[name] !== undefined) record.ctor = name;
    const md = Object.getOwnPropertyDescriptor(value, 'message');
    if (md !== undefined && 'value' in md) {
      record.hasMessage = true;
      record.message = `${md.value}`;
    }
    const stack = value.stack;
    if (typeof stack === 'string') record.stack = stack;
    if (hasOwn.call(value, 'cause')) {
      record.hasCause = true;
      record.cause = this.write(value.cause);
    }
    return record;
  }
}

let finalizationRegistryRegister;
function isFinalizationRegistry(value) {
  if (typeof FinalizationRegistry !== 'function') return false;
  if (finalizationRegistryRegister === undefined) {
    finalizationRegistryRegister = FinalizationRegistry.prototype.unregister;
  }
  try {
    finalizationRegistryRegister.call(value, {});
    return true;
  } catch {
    return false;
  }
}

// ---- deserialize ----

const viewConstructors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView,
};
if (typeof Float16Array === 'function') viewConstructors.Float16Array = Float16Array;

function defineHidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: false, configurable: true });
}

class Deserializer {
  constructor() {
    this.made = new Map();
  }

  read(record) {
    if (record.t === 'prim') return record.value;
    const made = this.made.get(record);
    if (made !== undefined) return made;
    return this.readObject(record);
  }

  readObject(record) {
    let out;
    switch (record.t) {
      case 'box':
        out = Object(record.value);
        break;
      case 'date':
        out = new Date(record.time);
        break;
      case 'regexp':
        out = new RegExp(record.source, record.flags);
        break;
      case 'shared':
        out = record.buffer;
        break;
      case 'buffer':
      case 'transfer':
        out = record.buffer;
        break;
      case 'port':
        out = portHooks.revive(record.handle);
        break;
      case 'js':
        out = require(record.module)[record.name](deserializeMessage(record.message).value);
        break;
      case 'view': {
        const buffer = this.read(record.buffer);
        const Ctor = viewConstructors[record.kind];
        out = new Ctor(buffer, record.byteOffset, record.length);
        break;
      }
      case 'domexception':
        out = new DOMException(record.message, record.name);
        defineHidden(out, 'stack', record.stack);
        break;
      case 'error': {
        const Ctor = errorConstructors[record.ctor];
        out = new Ctor();
        if (record.stack !== undefined) defineHidden(out, 'stack', record.stack);
        else delete out.stack;
        if (record.hasMessage) defineHidden(out, 'message', record.message);
        this.made.set(record, out);
        if (record.hasCause) defineHidden(out, 'cause', this.read(record.cause));
        return out;
      }
      case 'map': {
        out = new Map();
        this.made.set(record, out);
        const e = record.entries;
        for (let i = 0; i < e.length; i += 2) out.set(this.read(e[i]), this.read(e[i + 1]));
        return out;
      }
      case 'set': {
        out = new Set();
        this.made.set(record, out);
        for (const v of record.values) out.add(this.read(v));
        return out;
      }
      case 'array': {
        out = new Array(record.length);
        this.made.set(record, out);
        this.readProperties(out, record.props);
        return out;
      }
      case 'object': {
        out = {};
        this.made.set(record, out);
        this.readProperties(out, record.props);
        return out;
      }
      default:
        throw new Error(`structuredClone: unknown record ${record.t}`);
    }
    this.made.set(record, out);
    return out;
  }

  readProperties(out, props) {
    for (let i = 0; i < props.length; i += 2) {
      Object.defineProperty(out, props[i], {
        value: this.read(props[i + 1]), writable: true, enumerable: true, configurable: true,
      });
    }
  }
}

// ---- the transfer list ----

function readTransferList(options) {
  if (options === undefined || options === null) return null;
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw webidlTypeError(`${prefix}: Options cannot be converted to a dictionary`);
  }
  const transfer = options.transfer;
  if (transfer === undefined) return null;
  if ((typeof transfer !== 'object' && typeof transfer !== 'function') || transfer === null ||
      typeof transfer[Symbol.iterator] !== 'function') {
    throw webidlTypeError(`${prefix}: transfer in Options cannot be converted to sequence.`);
  }
  const list = [];
  let i = 0;
  for (const item of transfer) {
    if ((typeof item !== 'object' && typeof item !== 'function') || item === null) {
      throw webidlTypeError(`${prefix}: transfer in Options[${i}] is not an object.`);
    }
    list.push(item);
    i++;
  }
  return list;
}

// The transfer list as a Set, checked as postMessage checks it; `sourcePort` is the port posting.
function validateTransferList(list, sourcePort) {
  const set = new Set();
  for (const item of list) {
    if (types.isArrayBuffer(item)) {
      if (set.has(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
      if (isDetached(item) || isMarkedAsUntransferable(item)) {
        throw dataCloneError('Cannot transfer object of unsupported type.');
      }
    } else if (isPort(item)) {
      if (item === sourcePort) throw dataCloneError('Transfer list contains source port');
      if (set.has(item)) throw dataCloneError('Transfer list contains duplicate MessagePort');
      if (portHooks.isDetached(item)) throw dataCloneError('MessagePort in transfer list is already detached');
    } else if (transferHooks.has(item)) {
      if (set.has(item)) continue;
    } else if (isDOMException(item) || types.isNativeError(item)) {
      throw dataCloneError('Cannot transfer object of unsupported type.');
    } else {
      throw dataCloneError('Found invalid value in transferList.');
    }
    set.add(item);
  }
  return set;
}

// A message as postMessage carries it: the serialized value, with everything in `transferList`
// moved into it, and the transferred ports (MessageEvent#ports) in list order.
function serializeMessage(value, transferList, sourcePort = undefined) {
  const transferSet = transferList.length === 0 ? null : validateTransferList(transferList, sourcePort);
  const serializer = new Serializer(transferSet);
  const root = serializer.write(value);
  serializer.transferAll();
  const ports = [];
  if (transferSet !== null) {
    for (const item of transferSet) {
      const record = serializer.transferRecords.get(item);
      if (record.t === 'port') ports.push(record);
    }
  }
  return { root, ports };
}

// Builds the received value once; a message is deserialized by exactly one receiver.
function deserializeMessage(message) {
  const d = new Deserializer();
  const value = d.read(message.root);
  const ports = message.ports.map((record) => d.read(record));
  return { value, ports };
}

function structuredClone(value, options = undefined) {
  // Node 26 passes a whole sentence as the argument name here; the message is kept identical.
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('The value argument must be specified');
  const list = readTransferList(options);
  return deserializeMessage(serializeMessage(value, list ?? [])).value;
}

module.exports = {
  structuredClone,
  serializeMessage,
  deserializeMessage,
  kClone,
  markUncloneable,
  markTransferable,
  setMessagePortHooks,
};
