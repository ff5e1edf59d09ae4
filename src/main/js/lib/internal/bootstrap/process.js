'use strict';

// Fills in the process object: identity, argv/env, exit and exitCode, hrtime, memoryUsage,
// warnings, stdio.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL },
  uvException,
} = require('internal/errors');
const { validateInteger } = require('internal/validators');

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
    inspector: false, debug: false, uv: false, ipv6: true, tls_alpn: false, tls_sni: false,
    tls_ocsp: false, tls: false, cached_builtins: true, require_module: false, typescript: false,
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

  define('noDeprecation', !!info.noDeprecation);
  define('throwDeprecation', !!info.throwDeprecation);
  define('traceDeprecation', !!info.traceDeprecation);
  define('traceProcessWarnings', !!info.traceWarnings);
  Object.defineProperty(process, '__jnodeNoWarnings', { value: !!info.noWarnings, writable: true });
  Object.defineProperty(process, '__jnodeUnhandledRejections', { value: info.unhandledRejections, writable: true });
  Object.defineProperty(process, '__jnodeStartup', { value: info });

  // ---- cwd ----
  define('cwd', function cwd() {
    return pm.cwd();
  });
  define('chdir', function chdir(directory) {
    if (typeof directory !== 'string') throw new ERR_INVALID_ARG_TYPE('directory', 'string', directory);
    const rc = pm.chdir(directory);
    if (rc !== 0) {
      const err = uvException({ errno: rc, syscall: 'chdir', path: process.cwd(), dest: directory });
      throw err;
    }
  });

  // ---- exit ----
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: false,
    get() {
      return exitCode;
    },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        validateInteger(value, 'code');
      }
      exitCode = code;
    },
  });

  define('reallyExit', function reallyExit(code) {
    const { flushStdio } = require('internal/process/stdio');
    flushStdio();
    quit(code | 0);
  });

  define('exit', function exit(code) {
    if (code !== undefined) process.exitCode = code;
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

  // ---- ids ----
  for (const [name, fn] of [['getuid', 'getuid'], ['geteuid', 'geteuid'], ['getgid', 'getgid'], ['getegid', 'getegid']]) {
    define(name, function() {
      return pm[fn]();
    });
  }

  define('umask', function umask(mask) {
    if (mask !== undefined) {
      const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
      throw new ERR_NOT_IMPLEMENTED('process.umask(mask)');
    }
    return pm.umask();
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
    const loaders = require('internal/bootstrap/loaders');
    const bare = id.startsWith('node:') ? id.slice(5) : id;
    if (!loaders.exists(bare)) return undefined;
    if (!id.startsWith('node:') && !loaders.canBeRequiredWithoutScheme(bare)) return undefined;
    return loaders.loadPublic(bare);
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

// process.env: values are always strings; `delete` removes; symbols are not keys.
function createEnv(pairs) {
  const store = { __proto__: null };
  for (let i = 0; i < pairs.length; i += 2) store[pairs[i]] = pairs[i + 1];
  return new Proxy(store, {
    get(target, key) {
      if (typeof key === 'symbol') return undefined;
      return target[key];
    },
    set(target, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      target[key] = String(value);
      return true;
    },
    defineProperty(target, key, desc) {
      if (desc.get || desc.set) {
        const { codes: { ERR_INVALID_OBJECT_DEFINE_PROPERTY } } = require('internal/errors');
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(key, '\'process.env\' does not accept an accessor(getter/setter) descriptor');
      }
      target[key] = String(desc.value);
      return true;
    },
    deleteProperty(target, key) {
      if (typeof key !== 'symbol') delete target[key];
      return true;
    },
    has(target, key) {
      return typeof key !== 'symbol' && key in target;
    },
    ownKeys(target) {
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === 'symbol' || !(key in target)) return undefined;
      return { value: target[key], writable: true, enumerable: true, configurable: true };
    },
  });
}

module.exports = { setupProcess, toExitStatus };
