'use strict';

// Fills in the process object: identity, argv/env, exit and exitCode, hrtime, memoryUsage,
// warnings, stdio.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL },
  uvException,
} = require('internal/errors');
const { validateInteger } = require('internal/validators');

// What the command line asked for (script, -e source, -r modules, warning and rejection modes),
// for the modules that act on it.
let startupInfo;
function getStartupInfo() {
  return startupInfo;
}

function setupProcess(process, host, quit) {
  const pm = internalBinding('process_methods');
  const info = pm.startupInfo(() => ({}));
  const define = (name, value) => Object.defineProperty(process, name, {
    value, writable: true, enumerable: true, configurable: true,
  });

  const nodeVersion = pm.nodeVersion();
  define('version', nodeVersion);
  define('versions', Object.freeze({
    node: nodeVersion.slice(1),
    jnode: pm.jnodeVersion(),
    graaljs: pm.graalVersion(),
    java: pm.javaVersion(),
    // TLS is the JDK's, but names, errors and codes follow the OpenSSL of Node 26 (see node:tls)
    openssl: '3.5.8',
  }));
  define('arch', pm.arch());
  define('platform', pm.platform());
  define('release', Object.freeze({
    name: 'node',
    sourceUrl: `https://nodejs.org/download/release/${nodeVersion}/node-${nodeVersion}.tar.gz`,
    headersUrl: `https://nodejs.org/download/release/${nodeVersion}/node-${nodeVersion}-headers.tar.gz`,
  }));
  define('_exiting', false);
  define('config', Object.freeze({ target_defaults: {}, variables: {} }));
  define('features', Object.freeze({
    inspector: false, debug: false, uv: false, ipv6: true, tls_alpn: true, tls_sni: true,
    tls_ocsp: false, tls: true, cached_builtins: true, require_module: false, typescript: false,
  }));
  define('title', 'jnode');
  define('pid', pm.pid());
  define('ppid', pm.ppid());
  define('execPath', info.execPath);
  define('argv0', info.argv0);
  define('execArgv', Array.from(info.execArgv));
  define('moduleLoadList', []);

  const path = require('path');
  const argv = [info.execPath];
  if (info.script != null) argv.push(path.resolve(pm.cwd(), info.script));
  for (const a of info.args) argv.push(a);
  define('argv', argv);

  define('env', createEnv(info.env));

  // As in Node, these exist only when their flag was given (programs may set them too).
  if (info.noDeprecation) define('noDeprecation', true);
  if (info.throwDeprecation) define('throwDeprecation', true);
  if (info.traceDeprecation) define('traceDeprecation', true);
  if (info.traceWarnings) define('traceProcessWarnings', true);
  startupInfo = info;

  // ---- cwd ----
  define('cwd', function cwd() {
    return pm.cwd();
  });
  define('chdir', function chdir(directory) {
    if (typeof directory !== 'string') throw new ERR_INVALID_ARG_TYPE('directory', 'string', directory);
    const rc = pm.chdir(directory);
    if (rc !== 0) {
      // (code is listed so the error's own keys come in Node's order: errno, code, syscall)
      const err = uvException({ errno: rc, code: undefined, syscall: 'chdir', path: process.cwd(), dest: directory });
      throw err;
    }
  });

  // ---- exit ----
  // Stored as Node stores it, in an int32 slot: strings that are numbers are converted, null
  // clears it, anything else must be an integer.
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: false,
    get() {
      return exitCode;
    },
    set(code) {
      if (code === null || code === undefined) {
        exitCode = undefined;
        return;
      }
      let value = code;
      if (typeof code === 'string' && code !== '') {
        value = Number(code);
        if (Number.isNaN(value)) throw new ERR_INVALID_ARG_TYPE('code', 'number', code);
      }
      validateInteger(value, 'code');
      exitCode = value | 0;
    },
  });

  define('reallyExit', function reallyExit(code) {
    const { flushStdio } = require('internal/process/stdio');
    flushStdio();
    quit(code | 0);
  });

  define('exit', function exit(code) {
    if (arguments.length !== 0) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', toExitStatus(process.exitCode));
    }
    process.reallyExit(toExitStatus(process.exitCode));
  });

  define('abort', function abort() {
    process.reallyExit(134);
  });

  // ---- time and memory ----
  const shared = new ArrayBuffer(pm.sharedBuffer());
  const hrValues = new Uint32Array(shared, 0, 3);
  const memValues = new Float64Array(shared, 16, 5);

  function hrtime(time) {
    pm.hrtime();
    const sec = hrValues[0] * 0x100000000 + hrValues[1];
    const nsec = hrValues[2];
    if (time !== undefined) {
      if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
      if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length);
      let s = sec - time[0];
      let ns = nsec - time[1];
      if (ns < 0) {
        s -= 1;
        ns += 1e9;
      }
      return [s, ns];
    }
    return [sec, nsec];
  }
  hrtime.bigint = function bigint() {
    pm.hrtime();
    return (BigInt(hrValues[0]) << 32n | BigInt(hrValues[1])) * 1000000000n + BigInt(hrValues[2]);
  };
  define('hrtime', hrtime);

  define('uptime', function uptime() {
    return pm.uptime();
  });

  function memoryUsage() {
    pm.memoryUsage();
    return {
      rss: memValues[0],
      heapTotal: memValues[1],
      heapUsed: memValues[2],
      external: memValues[3],
      arrayBuffers: memValues[4],
    };
  }
  memoryUsage.rss = function rss() {
    return pm.rss();
  };
  define('memoryUsage', memoryUsage);

  // ---- cpu and resources ----
  function checkPrevious(prevValue, name) {
    const v = prevValue[name];
    if (typeof v === 'number' && v >= 0 && v <= Number.MAX_SAFE_INTEGER) return;
    const { validateObject, validateNumber } = require('internal/validators');
    validateObject(prevValue, 'prevValue');
    validateNumber(v, `prevValue.${name}`);
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${name}`, v);
  }
  function makeCpuUsage(read) {
    return function cpuUsage(prevValue) {
      const now = read();
      if (prevValue) {
        checkPrevious(prevValue, 'user');
        checkPrevious(prevValue, 'system');
        return { user: now[0] - prevValue.user, system: now[1] - prevValue.system };
      }
      return { user: now[0], system: now[1] };
    };
  }
  define('cpuUsage', makeCpuUsage(() => pm.cpuUsage()));
  define('threadCpuUsage', makeCpuUsage(() => pm.threadCpuUsage()));
  define('resourceUsage', function resourceUsage() {
    const r = pm.resourceUsage();
    return {
      userCPUTime: r[0],
      systemCPUTime: r[1],
      maxRSS: r[2],
      sharedMemorySize: r[3],
      unsharedDataSize: r[4],
      unsharedStackSize: r[5],
      minorPageFault: r[6],
      majorPageFault: r[7],
      swappedOut: r[8],
      fsRead: r[9],
      fsWrite: r[10],
      ipcSent: r[11],
      ipcReceived: r[12],
      signalsCount: r[13],
      voluntaryContextSwitches: r[14],
      involuntaryContextSwitches: r[15],
    };
  });
  define('availableMemory', function availableMemory() {
    return pm.availableMemory();
  });
  define('constrainedMemory', function constrainedMemory() {
    return pm.constrainedMemory();
  });

  // ---- ids ----
  for (const [name, fn] of [['getuid', 'getuid'], ['geteuid', 'geteuid'], ['getgid', 'getgid'], ['getegid', 'getegid']]) {
    define(name, function() {
      return pm[fn]();
    });
  }

  define('umask', function umask(mask) {
    if (mask === undefined) return pm.umask();
    if (typeof mask === 'string') {
      if (!/^[0-7]+$/.test(mask)) {
        const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
        throw new ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
      }
      mask = Number.parseInt(mask, 8);
    } else {
      require('internal/validators').validateUint32(mask, 'mask');
    }
    const old = pm.setUmask(mask);
    if (old < 0) {
      const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
      throw new ERR_NOT_IMPLEMENTED('process.umask(mask) on a JVM without the foreign-function API');
    }
    return old;
  });

  define('kill', function kill(pid, sig = 'SIGTERM') {
    const { signals } = require('internal/process/signals');
    if (typeof sig === 'string' && signals[sig] === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
    const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
    throw new ERR_NOT_IMPLEMENTED('process.kill');
  });

  // ---- ticks, warnings ----
  const { nextTick } = require('internal/process/task_queues');
  define('nextTick', nextTick);
  const { emitWarning, onWarning } = require('internal/process/warning');
  define('emitWarning', emitWarning);
  if (!info.noWarnings) process.on('warning', onWarning);

  define('binding', function binding(name) {
    const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
    throw new ERR_NOT_IMPLEMENTED(`process.binding('${name}')`);
  });

  define('getBuiltinModule', function getBuiltinModule(id) {
    if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE('id', 'string', id);
    const { isRequirableBuiltin, loadBuiltin } = require('internal/modules/cjs/loader');
    if (!isRequirableBuiltin(id)) return undefined;
    return loadBuiltin(id);
  });

  // ---- stdio, lazily ----
  for (const name of ['stdout', 'stderr', 'stdin']) {
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: true,
      get() {
        const stream = require('internal/process/stdio').getStdio(name);
        Object.defineProperty(process, name, { value: stream, writable: true, configurable: true, enumerable: true });
        return stream;
      },
    });
  }
}

// process.exitCode as the status the process ends with.
function toExitStatus(code) {
  if (code === undefined || code === null) return 0;
  return Number(code) | 0;
}

// process.env: an object whose own properties are the environment variables. Values are always
// strings; `delete` removes; symbols are never variables; the Object.prototype methods are
// inherited; accessors and non-writable definitions are refused, as in Node.
function envDefineError(message) {
  const { codes: { ERR_INVALID_OBJECT_DEFINE_PROPERTY } } = require('internal/errors');
  const err = new ERR_INVALID_OBJECT_DEFINE_PROPERTY('process.env', message);
  // Node's message for process.env has no "name: " prefix.
  Object.defineProperty(err, 'message', { value: message, writable: true, configurable: true, enumerable: false });
  const frames = typeof err.stack === 'string' ? err.stack.indexOf('\n    at ') : -1;
  Object.defineProperty(err, 'stack', {
    value: `TypeError [ERR_INVALID_OBJECT_DEFINE_PROPERTY]: ${message}${frames === -1 ? '' : err.stack.slice(frames)}`,
    writable: true, configurable: true, enumerable: false,
  });
  return err;
}

function createEnv(pairs) {
  const store = { __proto__: null };
  for (let i = 0; i < pairs.length; i += 2) store[pairs[i]] = pairs[i + 1];
  const hasOwn = (key) => typeof key === 'string' && Object.prototype.hasOwnProperty.call(store, key);
  // Template literals convert like Node's ToString: symbols throw a TypeError.
  const toEnvString = (value) => `${value}`;
  return new Proxy({}, {
    get(target, key, receiver) {
      if (hasOwn(key)) return store[key];
      return Reflect.get(target, key, receiver);
    },
    set(target, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      store[key] = toEnvString(value);
      return true;
    },
    defineProperty(target, key, desc) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      if ('get' in desc || 'set' in desc) {
        throw envDefineError('\'process.env\' does not accept an accessor(getter/setter) descriptor');
      }
      if (!desc.configurable || !desc.writable || !desc.enumerable) {
        throw envDefineError('\'process.env\' only accepts a configurable, writable, and enumerable data descriptor');
      }
      store[key] = toEnvString(desc.value);
      return true;
    },
    deleteProperty(target, key) {
      if (hasOwn(key)) delete store[key];
      return true;
    },
    has(target, key) {
      return hasOwn(key) || Reflect.has(target, key);
    },
    ownKeys() {
      return Object.keys(store);
    },
    getOwnPropertyDescriptor(target, key) {
      if (!hasOwn(key)) return undefined;
      return { value: store[key], writable: true, enumerable: true, configurable: true };
    },
    preventExtensions() {
      return false;
    },
  });
}

module.exports = { getStartupInfo, setupProcess, toExitStatus };
