'use strict';

// The pieces of node:dgram that sit next to the binding: the per-socket state symbol, handle
// creation and the address lookups a socket of each family uses.

const {
  codes: { ERR_SOCKET_BAD_TYPE },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kStateSymbol = Symbol('state symbol');

let bindingObject;
let sharedRead;
function binding() {
  if (bindingObject === undefined) {
    bindingObject = internalBinding('udp_wrap');
    sharedRead = new Uint8Array(new ArrayBuffer(bindingObject.readBuffer()));
  }
  return bindingObject;
}

// The bytes of the last datagram handed to onmessage (valid only during that call).
function readBytes() {
  return sharedRead;
}

let dnsLookup;
function defaultLookup(...args) {
  if (dnsLookup === undefined) dnsLookup = require('dns').lookup;
  return dnsLookup(...args);
}

function lookup4(lookup, address, callback) {
  return lookup(address || '127.0.0.1', 4, callback);
}

function lookup6(lookup, address, callback) {
  return lookup(address || '::1', 6, callback);
}

// A small JS wrapper around the Java handle, so JS state can hang on it (the owner, onmessage).
class UDP {
  constructor(v6) {
    this.java = binding().createHandle(v6);
    this.v6 = v6;
    this.owner = null;
    this.lookup = null;
  }
}

function newHandle(type, lookup) {
  if (lookup === undefined) {
    lookup = defaultLookup;
  } else {
    validateFunction(lookup, 'lookup');
  }
  if (type === 'udp4') {
    const handle = new UDP(false);
    handle.lookup = lookup4.bind(handle, lookup);
    return handle;
  }
  if (type === 'udp6') {
    const handle = new UDP(true);
    handle.lookup = lookup6.bind(handle, lookup);
    return handle;
  }
  throw new ERR_SOCKET_BAD_TYPE();
}

module.exports = {
  kStateSymbol,
  newHandle,
  readBytes,
  binding,
};
