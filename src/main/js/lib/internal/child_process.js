'use strict';

// The ChildProcess object and its stdio streams, over internalBinding('process_wrap').
//
// The Java handle starts the child (java.lang.ProcessBuilder), reads its piped outputs on threads
// of its own and hands each chunk to the loop: onread(fd, byteBuffer) with byteBuffer null at the
// end of the stream. The exit comes as onexit(code, signalNumber). Writes to the child's stdin go
// through handle.write(view, offset, length, cb(errno)).

const EventEmitter = require('events');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_NOT_IMPLEMENTED,
    ERR_UNKNOWN_SIGNAL,
  },
  errnoException,
} = require('internal/errors');
const { validateArray, validateObject, validateString } = require('internal/validators');
const { signals } = require('internal/process/signals');

const UV_ENOENT = -2;
const UV_ESRCH = -3;
const UV_EINVAL = -22;
const UV_ENOSYS = -38;

// stdio codes the binding understands (else the parent's descriptor 0-2)
const STDIO_PIPE = -1;
const STDIO_IGNORE = -2;

const kHandle = Symbol('kHandle');
const kFd = Symbol('kFd');

let bindingObject;
function binding() {
  if (bindingObject === undefined) bindingObject = internalBinding('process_wrap');
  return bindingObject;
}

let streamModule;
function lazyStream() {
  if (streamModule === undefined) streamModule = require('stream');
  return streamModule;
}

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

// ---- signals ----

let signalNames;
function signalName(num) {
  if (signalNames === undefined) {
    signalNames = new Map();
    for (const name of Object.keys(signals)) {
      if (!signalNames.has(signals[name])) signalNames.set(signals[name], name);
    }
    // The names Node reports for the aliased numbers.
    signalNames.set(6, 'SIGABRT');
    signalNames.set(29, 'SIGIO');
  }
  return signalNames.get(num) ?? null;
}

// A signal name or number as the number; ERR_UNKNOWN_SIGNAL for anything else.
function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalName(signal) !== null) return signal;
  if (typeof signal === 'string') {
    const n = signals[signal.toUpperCase()];
    if (n !== undefined) return n;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') {
    return convertToValidSignal(killSignal);
  }
  if (killSignal != null) {
    throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
  return signals.SIGTERM;
}

// ---- stdio ----

// Node's stdio option as three binding codes: pipe, ignore, or the parent's descriptor.
function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') {
    stdio = stdioStringToArray(stdio);
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  while (stdio.length < 3) stdio.push(undefined);
  const codes = [];
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    let code;
    if (s === 'pipe' || s === 'overlapped') {
      code = STDIO_PIPE;
    } else if (s === 'ignore') {
      code = STDIO_IGNORE;
    } else if (s === 'inherit') {
      code = i;
    } else if (s === 'ipc') {
      if (sync) throw new ERR_INVALID_ARG_VALUE('stdio', stdio[i]);
      codes.ipc = true; // refused once the other options are checked
      if (i < 3) codes.push(STDIO_IGNORE);
      continue;
    } else if (typeof s === 'number' || (typeof s === 'object' && typeof s.fd === 'number')) {
      const fd = typeof s === 'number' ? s : s.fd;
      if (!Number.isInteger(fd) || fd < 0) throw new ERR_INVALID_ARG_VALUE('stdio', s);
      if (i === 0 ? fd !== 0 : fd !== 1 && fd !== 2) {
        throw new ERR_NOT_IMPLEMENTED(`child_process stdio[${i}] = descriptor ${fd} (only the parent's 0, 1 and 2 can be shared)`);
      }
      code = fd;
    } else if (typeof s === 'object') {
      throw new ERR_NOT_IMPLEMENTED(`child_process stdio[${i}] as a stream without a descriptor`);
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
    if (i >= 3) {
      if (code !== STDIO_IGNORE) {
        throw new ERR_NOT_IMPLEMENTED(`child_process stdio[${i}] (descriptors past 2)`);
      }
      continue;
    }
    codes.push(code);
  }
  return codes;
}

function stdioStringToArray(stdio) {
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
      return [stdio, stdio, stdio];
    case 'inherit':
      return [0, 1, 2];
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
}

// child.stdout / child.stderr
let ChildOutput;
// child.stdin
let ChildInput;

function defineStreamClasses() {
  if (ChildOutput !== undefined) return;
  const { Readable, Writable } = lazyStream();

  ChildOutput = class ChildOutput extends Readable {
    constructor(handleRef, fd) {
      super({ autoDestroy: true, emitClose: true });
      this[kHandle] = handleRef;
      this[kFd] = fd;
      this.fd = undefined;
    }

    _read() {
      const h = this[kHandle].handle;
      if (h) h.setReading(this[kFd], true);
    }

    _destroy(err, cb) {
      const h = this[kHandle].handle;
      if (h) h.closePipe(this[kFd]);
      cb(err);
    }

    ref() {
      const h = this[kHandle].handle;
      if (h) h.refPipe(this[kFd], true);
      return this;
    }

    unref() {
      const h = this[kHandle].handle;
      if (h) h.refPipe(this[kFd], false);
      return this;
    }
  };

  ChildInput = class ChildInput extends Writable {
    constructor(handleRef) {
      super({ autoDestroy: true, emitClose: true, decodeStrings: true });
      this[kHandle] = handleRef;
      this.fd = undefined;
    }

    _write(chunk, encoding, cb) {
      const h = this[kHandle].handle;
      if (!h) {
        cb(errnoException(-32, 'write'));
        return;
      }
      h.write(chunk, 0, chunk.length, (errno) => {
        if (errno !== 0) cb(errnoException(errno, 'write'));
        else cb();
      });
    }

    _final(cb) {
      const h = this[kHandle].handle;
      if (!h) {
        cb();
        return;
      }
      h.shutdownStdin(() => cb());
    }

    _destroy(err, cb) {
      const h = this[kHandle].handle;
      if (h) h.shutdownStdin(null);
      cb(err);
    }

    ref() { return this; }

    unref() { return this; }
  };
}

// ---- ChildProcess ----

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
    this.spawnargs = undefined;
    this.pid = undefined;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = null;
  }

  spawn(options) {
    validateObject(options, 'options');
    const stdio = getValidStdio(options.stdio === undefined ? 'pipe' : options.stdio, false);
    if (options.envPairs === undefined) options.envPairs = [];
    else validateArray(options.envPairs, 'options.envPairs');
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) options.args = [];
    else validateArray(options.args, 'options.args');
    this.spawnargs = options.args;
    if (stdio.ipc) throw new ERR_NOT_IMPLEMENTED("child_process stdio 'ipc' (an IPC channel)");
    if (options.uid != null || options.gid != null) {
      throw new ERR_NOT_IMPLEMENTED('child_process options uid and gid');
    }

    defineStreamClasses();
    // The streams reach the Java handle through this holder: it is set once the spawn succeeds.
    const ref = { handle: null };
    const streams = [null, null, null];
    if (stdio[0] === STDIO_PIPE) streams[0] = new ChildInput(ref);
    for (let fd = 1; fd <= 2; fd++) {
      if (stdio[fd] === STDIO_PIPE) streams[fd] = new ChildOutput(ref, fd);
    }

    const ctx = {};
    const handle = binding().spawn({
      file: options.file,
      argv0: options.args.length > 0 ? `${options.args[0]}` : options.file,
      args: options.args.slice(1).map((a) => `${a}`),
      cwd: options.cwd ?? process.cwd(),
      envPairs: options.envPairs,
      stdio,
      detached: !!options.detached,
    }, (code, signal) => this._onexit(code, signal), (fd, bb) => onread(streams[fd], fd, bb), ctx);

    this.stdin = streams[0];
    this.stdout = streams[1];
    this.stderr = streams[2];
    this.stdio = streams;

    if (handle === null) {
      const err = ctx.errno;
      this._handle = { failed: true };
      // The outputs never carry data: they end at once (and close when consumed or flushed).
      for (let fd = 1; fd <= 2; fd++) if (streams[fd]) streams[fd].push(null);
      process.nextTick(() => this._onexit(err, null));
    } else {
      ref.handle = handle;
      this._handle = handle;
      this.pid = handle.pid();
      process.nextTick(() => this.emit('spawn'));
    }

    for (let fd = 1; fd <= 2; fd++) {
      const s = streams[fd];
      if (s) {
        this._closesNeeded++;
        s.on('close', () => maybeClose(this));
      }
    }
    return handle === null ? ctx.errno : 0;
  }

  _onexit(code, signal) {
    if (signal != null) this.signalCode = signalName(signal) ?? `SIG${signal}`;
    else this.exitCode = code;
    if (this.stdin) this.stdin.destroy();
    this._handle = null;
    if (code < 0) {
      const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
      const err = errnoException(code, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }

  kill(sig) {
    const signal = sig === 0 ? 0 : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    const h = this._handle;
    if (h && !h.failed) {
      const err = h.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_ESRCH) {
        // already gone; the exit is on its way
      } else if (err === UV_EINVAL || err === UV_ENOSYS) {
        throw errnoException(err, 'kill');
      } else {
        this.emit('error', errnoException(err, 'kill'));
      }
    }
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    const h = this._handle;
    if (h && !h.failed) h.ref();
  }

  unref() {
    const h = this._handle;
    if (h && !h.failed) h.unref();
  }
}

function onread(stream, fd, bb) {
  if (stream === null || stream.destroyed) return;
  if (bb === null) {
    stream.push(null);
    return;
  }
  const Buffer = lazyBuffer();
  const chunk = Buffer.from(new Uint8Array(new ArrayBuffer(bb)));
  if (!stream.push(chunk)) {
    const h = stream[kHandle].handle;
    if (h) h.setReading(fd, false);
  }
}

// After the exit: outputs nobody reads are drained so they end and close.
function flushStdio(child) {
  const stdio = child.stdio;
  if (stdio == null) return;
  for (let i = 1; i < stdio.length; i++) {
    const s = stdio[i];
    if (!s || !s.readable || s.destroyed) continue;
    if (s.readableFlowing === null) s.resume();
  }
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

// ---- spawnSync ----

function spawnSync(options) {
  const stdio = getValidStdio(options.stdio, true);
  if (options.uid != null || options.gid != null) {
    throw new ERR_NOT_IMPLEMENTED('child_process options uid and gid');
  }
  const result = {};
  binding().spawnSync({
    file: options.file,
    argv0: options.args.length > 0 ? `${options.args[0]}` : options.file,
    args: options.args.slice(1).map((a) => `${a}`),
    cwd: options.cwd ?? process.cwd(),
    envPairs: options.envPairs,
    stdio,
    detached: !!options.detached,
    input: stdio[0] === STDIO_PIPE && options.input != null ? options.input : null,
    timeout: options.timeout > 0 ? options.timeout : 0,
    killSignal: options.killSignal,
    maxBuffer: options.maxBuffer,
  }, result);

  const Buffer = lazyBuffer();
  const toBuffer = (bb) => (bb == null ? null : Buffer.from(new Uint8Array(new ArrayBuffer(bb))));
  const ret = {};
  if (result.errno !== undefined) {
    const err = errnoException(result.errno, `spawnSync ${options.file}`);
    err.path = options.file;
    err.spawnargs = options.args.slice(1);
    ret.error = err;
  }
  if (result.pid === undefined) {
    // the spawn itself failed
    ret.status = null;
    ret.signal = null;
    ret.output = null;
    ret.pid = 0;
    ret.stdout = undefined;
    ret.stderr = undefined;
    return ret;
  }
  ret.status = result.status ?? null;
  ret.signal = result.signal == null ? null : signalName(result.signal);
  const output = [null, toBuffer(result.stdout), toBuffer(result.stderr)];
  const enc = options.encoding;
  if (enc && enc !== 'buffer' && Buffer.isEncoding(enc)) {
    for (let i = 1; i < output.length; i++) {
      if (output[i] !== null) output[i] = output[i].toString(enc);
    }
  }
  ret.output = output;
  ret.pid = result.pid;
  ret.stdout = output[1];
  ret.stderr = output[2];
  return ret;
}

module.exports = {
  ChildProcess,
  convertToValidSignal,
  getValidStdio,
  sanitizeKillSignal,
  signalName,
  spawnSync,
  UV_ENOENT,
};
