'use strict';

// Internal abort listeners run even when a user listener stops propagation, as in Node.
const { kResistStopPropagation } = require('internal/abort_symbols');

// node:child_process — spawn, exec, execFile and their synchronous forms. The processes are
// started by the JVM (java.lang.ProcessBuilder) through internalBinding('process_wrap'); see
// internal/child_process.js for the ChildProcess object. fork() needs an IPC channel, which
// jnode does not have yet.

const {
  codes: {
    ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
  },
  AbortError,
  uvErrName,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateObject,
  validateString,
} = require('internal/validators');
const {
  ChildProcess,
  sanitizeKillSignal,
  spawnSync: spawnSyncInternal,
} = require('internal/child_process');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const MAX_BUFFER = 1024 * 1024;

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

let pathModule;
function lazyPath() {
  if (pathModule === undefined) pathModule = require('path');
  return pathModule;
}

// ---- argument normalisation ----

function validateNoNullBytes(value, name) {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
}

function validateCwd(cwd) {
  if (cwd == null) return process.cwd();
  let p = cwd;
  if (typeof p === 'object' && p !== null && p.href !== undefined && p.protocol !== undefined) {
    const { fileURLToPath } = require('url');
    p = fileURLToPath(p);
  } else if (lazyBuffer().isBuffer(p) || p instanceof Uint8Array) {
    p = lazyBuffer().from(p).toString();
  }
  if (typeof p !== 'string') throw new ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'Buffer', 'URL'], cwd);
  validateNoNullBytes(p, 'options.cwd');
  return lazyPath().resolve(process.cwd(), p);
}

function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateNoNullBytes(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');

  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  for (let i = 0; i < args.length; i++) validateNoNullBytes(args[i], `args[${i}]`);

  if (options === undefined) options = {};
  else validateObject(options, 'options');

  const cwd = validateCwd(options.cwd);
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !Number.isInteger(options.uid)) {
    throw new ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  }
  if (options.gid != null && !Number.isInteger(options.gid)) {
    throw new ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateNoNullBytes(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }

  if (options.shell) {
    validateNoNullBytes(options.shell, 'options.shell');
    if (options.shell === '') throw new ERR_INVALID_ARG_VALUE('options.shell', options.shell, 'cannot be empty');
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }

  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);

  const env = options.env || process.env;
  const envPairs = [];
  // for-in, as Node: inherited enumerable keys count too
  for (const key in env) {
    const value = env[key];
    if (value === undefined) continue;
    validateNoNullBytes(key, `options.env['${key}']`);
    validateNoNullBytes(value, `options.env['${key}']`);
    envPairs.push(`${key}=${value}`);
  }

  return {
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function abortChildProcess(child, killSignal, reason) {
  if (!child) return;
  try {
    if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: reason }));
  } catch (err) {
    child.emit('error', err);
  }
}

// ---- spawn ----

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      if (timer) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timer = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
    });
  }

  if (options.signal) {
    const signal = options.signal;
    if (signal.aborted) {
      process.nextTick(() => abortChildProcess(child, killSignal, signal.reason));
    } else {
      const onAbort = () => abortChildProcess(child, killSignal, signal.reason);
      signal.addEventListener('abort', onAbort, { __proto__: null, once: true, [kResistStopPropagation]: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

// ---- execFile / exec ----

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateNoNullBytes(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

function customPromiseExec(orig) {
  const promisified = (...args) => {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = orig(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
  Object.defineProperty(promisified, 'name', { __proto__: null, value: orig.name });
  return promisified;
}

Object.defineProperty(exec, kCustomPromisify, {
  __proto__: null, enumerable: false, value: customPromiseExec(exec),
});

function commandError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

function execFile(file, args, options, callback) {
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (typeof options === 'function') {
    callback = options;
    options = null;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  if (callback != null) validateFunction(callback, 'callback');
  if (args == null) args = [];
  else if (!Array.isArray(args)) throw new ERR_INVALID_ARG_TYPE('args', 'Array', args);

  options = {
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: MAX_BUFFER,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  const Buffer = lazyBuffer();
  const encoding = options.encoding && options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding)
    ? options.encoding : null;
  const stdoutChunks = [];
  const stderrChunks = [];
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timer = null;
  let ex = null;
  const cmd = args.length > 0 ? `${file} ${args.join(' ')}` : file;

  function collected(chunks) {
    if (encoding) return chunks.join('');
    return Buffer.concat(chunks);
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!callback) return;
    const stdout = collected(stdoutChunks);
    const stderr = collected(stderrChunks);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (!ex) {
      ex = commandError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? uvErrName(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timer = setTimeout(() => {
      kill();
      timer = null;
    }, options.timeout);
  }

  function collect(stream, chunks, name) {
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      const length = encoding ? Buffer.byteLength(chunk, encoding) : chunk.length;
      const total = (name === 'stdout' ? stdoutLen : stderrLen) + length;
      if (name === 'stdout') stdoutLen = total;
      else stderrLen = total;
      if (total > options.maxBuffer) {
        const keep = options.maxBuffer - (total - length);
        chunks.push(chunk.slice(0, Math.max(0, keep)));
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        chunks.push(chunk);
      }
    });
  }
  if (child.stdout) collect(child.stdout, stdoutChunks, 'stdout');
  if (child.stderr) collect(child.stderr, stderrChunks, 'stderr');

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

Object.defineProperty(execFile, kCustomPromisify, {
  __proto__: null, enumerable: false, value: customPromiseExec(execFile),
});

// ---- the synchronous forms ----

function spawnSync(file, args, options) {
  options = {
    maxBuffer: MAX_BUFFER,
    ...normalizeSpawnArguments(file, args, options),
  };
  options.stdio = options.stdio || 'pipe';
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const input = options.input;
  if (input != null) {
    const Buffer = lazyBuffer();
    if (typeof input === 'string') {
      options.input = Buffer.from(input, options.encoding && options.encoding !== 'buffer' ? options.encoding : 'utf8');
    } else if (!ArrayBuffer.isView(input)) {
      throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
  }
  return spawnSyncInternal(options);
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = commandError(msg, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else if (args == null) {
    args = [];
  }
  options = options == null ? {} : options;
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const errArgs = [options.argv0 || file, ...args];
  const err = checkExecSyncError(ret, errArgs);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

// ---- fork ----

function fork(modulePath) {
  validateString(modulePath, 'modulePath');
  throw new ERR_NOT_IMPLEMENTED('child_process.fork (it needs an IPC channel)');
}

module.exports = {
  _forkChild() {
    throw new ERR_NOT_IMPLEMENTED('child_process._forkChild');
  },
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
