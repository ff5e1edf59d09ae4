'use strict';

// node:dgram — UDP sockets.
//
// The handle is internalBinding('udp_wrap') (Java: a JDK DatagramChannel bound synchronously,
// then read and written through Netty on this runtime's loop). A socket goes through three bind
// states: unbound (no OS socket yet, as in libuv), binding (the address lookup is running; sends
// and connects wait in a queue) and bound. Incoming datagrams arrive as onmessage(n, address,
// port) with the bytes in one shared buffer that is copied into a fresh Buffer at once.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_FD_TYPE,
    ERR_IP_BLOCKED,
    ERR_MISSING_ARGS,
    ERR_NOT_IMPLEMENTED,
    ERR_SOCKET_ALREADY_BOUND,
    ERR_SOCKET_BAD_BUFFER_SIZE,
    ERR_SOCKET_BUFFER_SIZE,
    ERR_SOCKET_DGRAM_IS_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
  errnoException,
  exceptionWithHostPort,
  uvErrmapGet,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateNumber,
  validateString,
  validateUint32,
} = require('internal/validators');
const { BlockList, isIP, validatePort } = require('internal/net');
const { kStateSymbol, newHandle, readBytes } = require('internal/dgram');

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;

const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;

const RECV_BUFFER = true;
const SEND_BUFFER = false;

const UV_EBADF = -9;
const UV_ENOTCONN = -107;

function Socket(type, listener) {
  if (!(this instanceof Socket)) return new Socket(type, listener);
  EventEmitter.call(this);
  let lookup;
  let recvBufferSize;
  let sendBufferSize;
  let receiveBlockList;
  let sendBlockList;
  let options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    if (options.recvBufferSize !== undefined) {
      validateUint32(options.recvBufferSize, 'options.recvBufferSize');
      recvBufferSize = options.recvBufferSize;
    }
    if (options.sendBufferSize !== undefined) {
      validateUint32(options.sendBufferSize, 'options.sendBufferSize');
      sendBufferSize = options.sendBufferSize;
    }
    if (options.receiveBlockList !== undefined) {
      if (!BlockList.isBlockList(options.receiveBlockList)) {
        throw new ERR_INVALID_ARG_TYPE('options.receiveBlockList', 'net.BlockList', options.receiveBlockList);
      }
      receiveBlockList = options.receiveBlockList;
    }
    if (options.sendBlockList !== undefined) {
      if (!BlockList.isBlockList(options.sendBlockList)) {
        throw new ERR_INVALID_ARG_TYPE('options.sendBlockList', 'net.BlockList', options.sendBlockList);
      }
      sendBlockList = options.sendBlockList;
    }
  }

  const handle = newHandle(type, lookup);
  handle.owner = this;

  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);

  this[kStateSymbol] = {
    handle,
    receiving: false,
    bindState: BIND_STATE_UNBOUND,
    connectState: CONNECT_STATE_DISCONNECTED,
    queue: undefined,
    reuseAddr: options?.reuseAddr,
    reusePort: options?.reusePort,
    ipv6Only: options?.ipv6Only,
    recvBufferSize,
    sendBufferSize,
    receiveBlockList,
    sendBlockList,
  };

  if (options?.ipv6Only) {
    // The JDK has no IPV6_V6ONLY socket option: a udp6 socket is always dual-stack.
    throw new ERR_NOT_IMPLEMENTED('dgram ipv6Only (IPv6-only UDP sockets)');
  }

  if (options?.signal !== undefined) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    const onAborted = () => {
      if (this[kStateSymbol].handle) this.close();
    };
    if (signal.aborted) {
      onAborted();
    } else {
      signal.addEventListener('abort', onAborted);
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function healthCheck(socket) {
  if (!socket[kStateSymbol].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

function startListening(socket) {
  const state = socket[kStateSymbol];
  const handle = state.handle;
  handle.java.setOnMessage((nread, address, port) => onMessage(socket, nread, address, port));
  handle.java.recvStart();
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, RECV_BUFFER);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, SEND_BUFFER);
  socket.emit('listening');
}

function onMessage(socket, nread, address, port) {
  const state = socket[kStateSymbol];
  if (!state.handle) return;
  if (nread < 0) {
    socket.emit('error', errnoException(nread, 'recvmsg'));
    return;
  }
  const family = address.includes(':') ? 'IPv6' : 'IPv4';
  if (state.receiveBlockList?.check(address, family === 'IPv6' ? 'ipv6' : 'ipv4')) return;
  const buf = Buffer.allocUnsafe(nread);
  if (nread > 0) buf.set(readBytes().subarray(0, nread));
  socket.emit('message', buf, { address, family, port, size: nread });
}

// Node's C++ reads the bind port as an unsigned 16-bit number, whatever it was given.
function bindPort(port) {
  const n = Number(port);
  return Number.isFinite(n) ? (Math.trunc(n) >>> 0) & 0xffff : 0;
}

Socket.prototype.bind = function(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.bindState !== BIND_STATE_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.bindState = BIND_STATE_BINDING;

  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    const removeListeners = () => {
      this.removeListener('error', removeListeners);
      this.removeListener('listening', onListening);
    };
    const onListening = () => {
      removeListeners();
      cb.call(this);
    };
    this.on('error', removeListeners);
    this.on('listening', onListening);
  }

  let address;
  if (port !== null && typeof port === 'object') {
    const options = port;
    address = options.address || '';
    port = options.port;
    if (options.fd !== undefined && options.fd !== null) {
      const fd = options.fd;
      if (typeof fd !== 'number' || fd < 0 || fd !== (fd | 0)) {
        state.bindState = BIND_STATE_UNBOUND;
        throw new ERR_INVALID_FD_TYPE(fd);
      }
      state.bindState = BIND_STATE_UNBOUND;
      throw new ERR_NOT_IMPLEMENTED('dgram bind({ fd }) (adopting an existing descriptor)');
    }
  } else {
    address = typeof address_ === 'function' ? '' : address_;
  }
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

  state.handle.lookup(address, (err, ip) => {
    if (!state.handle) return; // closed while looking up
    if (err) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', err);
      return;
    }
    let flags = 0;
    if (state.reuseAddr) flags |= 1;
    if (state.ipv6Only) flags |= 2;
    if (state.reusePort) flags |= 4;
    const errno = state.handle.java.bind(ip, bindPort(port), flags);
    if (errno) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', exceptionWithHostPort(errno, 'bind', ip, port));
      return;
    }
    startListening(this);
  });
  return this;
};

// Work that waits for the implicit bind; dropped if the bind fails.
function enqueue(socket, fn) {
  const state = socket[kStateSymbol];
  if (state.queue === undefined) {
    state.queue = [];
    const onListenError = () => {
      socket.removeListener('listening', onListenSuccess);
      state.queue = undefined;
    };
    const onListenSuccess = () => {
      socket.removeListener(EventEmitter.errorMonitor, onListenError);
      const queue = state.queue;
      state.queue = undefined;
      for (const f of queue) f();
    };
    socket.once(EventEmitter.errorMonitor, onListenError);
    socket.once('listening', onListenSuccess);
  }
  state.queue.push(fn);
}

Socket.prototype.connect = function(port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  state.connectState = CONNECT_STATE_CONNECTING;
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, () => connectNow(this, port, address, callback));
    return;
  }
  connectNow(this, port, address, callback);
};

function connectNow(socket, port, address, callback) {
  const state = socket[kStateSymbol];
  if (callback) socket.once('connect', callback);
  state.handle.lookup(address, (ex, ip) => {
    if (!state.handle) return;
    if (!ex && state.sendBlockList?.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4')) {
      ex = new ERR_IP_BLOCKED(ip);
    }
    if (!ex) {
      const errno = state.handle.java.connect(ip, port);
      if (errno) ex = exceptionWithHostPort(errno, 'connect', address, port);
    }
    if (ex) {
      state.connectState = CONNECT_STATE_DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          socket.removeListener('connect', callback);
          callback(ex);
        } else {
          socket.emit('error', ex);
        }
      });
      return;
    }
    state.connectState = CONNECT_STATE_CONNECTED;
    process.nextTick(() => socket.emit('connect'));
  });
}

Socket.prototype.disconnect = function() {
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const errno = state.handle.java.disconnect();
  if (errno) throw errnoException(errno, 'connect');
  state.connectState = CONNECT_STATE_DISCONNECTED;
};

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }
  offset = offset >>> 0;
  length = length >>> 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function fixBufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const b = list[i];
    if (typeof b === 'string') out[i] = Buffer.from(b);
    else if (!ArrayBuffer.isView(b)) return null;
    else out[i] = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  }
  return out;
}

Socket.prototype.sendto = function(buffer, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validateNumber(port, 'port');
  validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

Socket.prototype.send = function(buffer, offset, length, port, address, callback) {
  let list;
  const state = this[kStateSymbol];
  const connected = state.connectState === CONNECT_STATE_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  }

  if (!Array.isArray(buffer)) {
    if (typeof buffer === 'string') {
      list = [Buffer.from(buffer)];
    } else if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
    } else {
      list = [buffer];
    }
  } else if (!(list = fixBufferList(buffer))) {
    throw new ERR_INVALID_ARG_TYPE('buffer list arguments', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }

  if (!connected) port = validatePort(port, 'Port', false);

  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validateString(address, 'address');
  }

  healthCheck(this);

  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(Buffer.alloc(0));

  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, this.send.bind(this, list, port, address, callback));
    return;
  }

  if (!connected) {
    state.handle.lookup(address, (ex, ip) => doSend(ex, this, ip, list, address, port, callback));
  } else {
    doSend(null, this, null, list, address, port, callback);
  }
};

function doSend(ex, socket, ip, list, address, port, callback) {
  const state = socket[kStateSymbol];
  if (ex) {
    if (typeof callback === 'function') {
      process.nextTick(callback, ex);
      return;
    }
    process.nextTick(() => socket.emit('error', ex));
    return;
  }
  if (!state.handle) return;
  if (ip && state.sendBlockList?.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4')) {
    if (callback) process.nextTick(callback, new ERR_IP_BLOCKED(ip));
    return;
  }
  let buf;
  if (list.length === 1) {
    buf = list[0];
  } else {
    buf = Buffer.concat(list);
  }
  const length = buf.byteLength;
  const done = callback ? (status) => {
    if (status) callback(exceptionWithHostPort(status, 'send', address, port));
    else callback(null, length);
  } : null;
  const errno = state.handle.java.send(buf.buffer, buf.byteOffset, length, ip, ip ? port : 0, done);
  if (errno && callback) {
    process.nextTick(callback, exceptionWithHostPort(errno, 'send', address, port));
  }
}

function socketCloseNT(socket) {
  socket.emit('close');
}

Socket.prototype.close = function(callback) {
  const state = this[kStateSymbol];
  const queue = state.queue;
  if (typeof callback === 'function') this.on('close', callback);
  if (queue !== undefined) {
    queue.push(this.close.bind(this));
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  state.handle.java.close(null);
  state.handle = null;
  process.nextTick(socketCloseNT, this);
  return this;
};

Socket.prototype[Symbol.asyncDispose] = async function() {
  if (!this[kStateSymbol].handle) return;
  await new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

function stopReceiving(socket) {
  const state = socket[kStateSymbol];
  if (!state.receiving) return;
  state.handle.java.recvStop();
  state.receiving = false;
}

function describe(parts) {
  return { address: parts[0], family: parts[1], port: parts[2] };
}

Socket.prototype.address = function() {
  healthCheck(this);
  const parts = this[kStateSymbol].handle.java.getsockname();
  if (!parts) throw errnoException(UV_EBADF, 'getsockname');
  return describe(parts);
};

Socket.prototype.remoteAddress = function() {
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const parts = state.handle.java.getpeername();
  if (!parts) throw errnoException(UV_ENOTCONN, 'getpeername');
  return describe(parts);
};

function javaHandle(socket) {
  const handle = socket[kStateSymbol].handle;
  if (!handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
  return handle.java;
}

Socket.prototype.setBroadcast = function(arg) {
  const errno = javaHandle(this).setBroadcast(!!arg);
  if (errno) throw errnoException(errno, 'setBroadcast');
};

Socket.prototype.setTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  const java = javaHandle(this);
  if (!java.isBound()) throw errnoException(UV_EBADF, 'setTTL');
  if (ttl < 1 || ttl > 255 || ttl !== Math.trunc(ttl)) throw errnoException(-22, 'setTTL');
  // The JDK has no IP_TTL / IPV6_UNICAST_HOPS socket option to set.
  throw new ERR_NOT_IMPLEMENTED('dgram setTTL (the unicast TTL)');
};

Socket.prototype.setMulticastTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  const errno = javaHandle(this).setMulticastTTL(ttl | 0);
  if (errno) throw errnoException(errno, 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function(arg) {
  const errno = javaHandle(this).setMulticastLoopback(!!arg);
  if (errno) throw errnoException(errno, 'setMulticastLoopback');
  return arg;
};

Socket.prototype.setMulticastInterface = function(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  const errno = isIP(interfaceAddress.split('%')[0]) || interfaceAddress.startsWith('::%') ?
    javaHandle(this).setMulticastInterface(interfaceAddress) : -22;
  if (errno) throw errnoException(errno, 'setMulticastInterface');
};

function membership(socket, syscall, group, source, iface, join) {
  if (!isIP(group) || (source != null && !isIP(source)) ||
      (iface != null && !isIP(iface.split('%')[0]) && !iface.startsWith('::%'))) {
    throw errnoException(-22, syscall);
  }
  const errno = javaHandle(socket).membership(group, source ?? null, iface ?? null, join);
  if (errno) throw errnoException(errno, syscall);
}

Socket.prototype.addMembership = function(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  membership(this, 'addMembership', multicastAddress, null, interfaceAddress, true);
};

Socket.prototype.dropMembership = function(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  membership(this, 'dropMembership', multicastAddress, null, interfaceAddress, false);
};

Socket.prototype.addSourceSpecificMembership = function(sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  membership(this, 'addSourceSpecificMembership', groupAddress, sourceAddress, interfaceAddress, true);
};

Socket.prototype.dropSourceSpecificMembership = function(sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  membership(this, 'dropSourceSpecificMembership', groupAddress, sourceAddress, interfaceAddress, false);
};

Socket.prototype.ref = function() {
  const handle = this[kStateSymbol].handle;
  if (handle) handle.java.ref();
  return this;
};

Socket.prototype.unref = function() {
  const handle = this[kStateSymbol].handle;
  if (handle) handle.java.unref();
  return this;
};

function bufferSize(socket, size, which) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const handle = socket[kStateSymbol].handle;
  const ret = handle ? handle.java.bufferSize(size, which) : UV_EBADF;
  if (ret < 0) {
    const [code, message] = uvErrmapGet(ret) || ['UNKNOWN', 'unknown error'];
    throw new ERR_SOCKET_BUFFER_SIZE({
      errno: ret,
      code,
      message,
      syscall: which === RECV_BUFFER ? 'uv_recv_buffer_size' : 'uv_send_buffer_size',
    });
  }
  return ret;
}

Socket.prototype.setRecvBufferSize = function(size) {
  bufferSize(this, size, RECV_BUFFER);
};

Socket.prototype.setSendBufferSize = function(size) {
  bufferSize(this, size, SEND_BUFFER);
};

Socket.prototype.getRecvBufferSize = function() {
  return bufferSize(this, 0, RECV_BUFFER);
};

Socket.prototype.getSendBufferSize = function() {
  return bufferSize(this, 0, SEND_BUFFER);
};

Socket.prototype.getSendQueueSize = function() {
  const handle = this[kStateSymbol].handle;
  return handle ? handle.java.getSendQueueSize() : 0;
};

Socket.prototype.getSendQueueCount = function() {
  const handle = this[kStateSymbol].handle;
  return handle ? handle.java.getSendQueueCount() : 0;
};

// Legacy underscore accessors some modules still read.
Object.defineProperty(Socket.prototype, '_handle', {
  get() { return this[kStateSymbol].handle; },
  set(v) { this[kStateSymbol].handle = v; },
  configurable: true,
});
Object.defineProperty(Socket.prototype, '_receiving', {
  get() { return this[kStateSymbol].receiving; },
  set(v) { this[kStateSymbol].receiving = v; },
  configurable: true,
});
Object.defineProperty(Socket.prototype, '_bindState', {
  get() { return this[kStateSymbol].bindState; },
  set(v) { this[kStateSymbol].bindState = v; },
  configurable: true,
});
Object.defineProperty(Socket.prototype, '_queue', {
  get() { return this[kStateSymbol].queue; },
  set(v) { this[kStateSymbol].queue = v; },
  configurable: true,
});
Object.defineProperty(Socket.prototype, '_reuseAddr', {
  get() { return this[kStateSymbol].reuseAddr; },
  set(v) { this[kStateSymbol].reuseAddr = v; },
  configurable: true,
});
Socket.prototype._healthCheck = function() {
  healthCheck(this);
};
Socket.prototype._stopReceiving = function() {
  stopReceiving(this);
};

module.exports = {
  createSocket,
  Socket,
};

