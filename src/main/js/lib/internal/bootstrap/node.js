'use strict';

// The first script of every runtime instance. Java (NodeRuntime.boot) calls this wrapper with the
// JsHost as its only argument, so the wrapper's first parameter holds it. It builds the internal
// module loader, the process object and the globals, and returns the entry points the event
// loop calls.

/* eslint-disable no-global-assign */
const host = exports;
const g = globalThis;

// GraalJS hooks we need, captured before the globals that provide them are removed: quit() ends
// the context with an exit code (process.reallyExit), and the rejection handler reports promises
// rejected with no handler.
const quit = g.quit;
const setRejectionHandler = g.Graal.setUnhandledPromiseRejectionHandler;
const v8Realm = g.Realm;
const asyncContext = g.AsyncContext;
for (const name of ['Realm', 'AsyncContext', 'quit', 'read', 'readline', 'readbuffer', 'arguments', 'Graal', 'print',
  'printErr', 'load', 'loadWithNewGlobal', 'console']) {
  delete g[name];
}

// Explicit resource management's well-known symbols. Node 26's engine has them; GraalJS 25 does
// not (nor the `using` syntax or DisposableStack). Node itself defined these two symbols before
// V8 had them; jnode does the same, so [Symbol.dispose]() methods of core objects get a real
// symbol key. Realms made by node:vm do not get them.
for (const name of ['dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, {
      value: Symbol(`Symbol.${name}`), writable: false, enumerable: false, configurable: false,
    });
  }
}

// ---- internalBinding and the core-module loader ----

const bindingCache = new Map();
// The engine's realm functions (new global objects in this context), for node:vm.
bindingCache.set('jnode_realm', Object.freeze({
  create: () => v8Realm.create(),
  eval: (index, code) => v8Realm.eval(index, code),
  global: (index) => v8Realm.global(index),
  dispose: (index) => v8Realm.dispose(index),
}));
// The engine's AsyncContext (Variable, Snapshot): what AsyncLocalStorage is built on. Node has no
// such global, so it is only reachable here.
bindingCache.set('jnode_async_context', Object.freeze({
  Variable: asyncContext.Variable,
  Snapshot: asyncContext.Snapshot,
}));
function internalBindingImpl(id) {
  let b = bindingCache.get(id);
  if (b === undefined) {
    b = host.binding(id);
    if (b == null) throw new Error(`No such binding: ${id}`);
    bindingCache.set(id, b);
  }
  return b;
}

const builtinsBinding = internalBindingImpl('builtins');
const builtinCache = new Map();
const primordialsObj = Object.freeze({ __proto__: null });

// The process object exists before any core module runs: every module's wrapper receives it.
// Its prototype becomes an EventEmitter once node:events has loaded.
function processCtor() {}
Object.defineProperty(processCtor, 'name', { value: 'process' });
const processObject = new processCtor();
Object.defineProperty(processObject, Symbol.toStringTag, {
  value: 'process', writable: true, enumerable: false, configurable: false,
});

function requireBuiltin(id) {
  const cached = builtinCache.get(id);
  if (cached !== undefined) return cached.exports;
  const fn = builtinsBinding.compile(id);
  if (fn == null) {
    const err = new Error(`No such built-in module: ${id}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  const mod = { id, exports: {}, loaded: false };
  builtinCache.set(id, mod);
  try {
    Reflect.apply(fn, mod.exports, [mod.exports, requireBuiltin, mod, processObject, internalBindingImpl, primordialsObj]);
  } catch (err) {
    builtinCache.delete(id);
    throw err;
  }
  mod.loaded = true;
  return mod.exports;
}

// ---- process ----

const EventEmitter = requireBuiltin('events');
Object.setPrototypeOf(processCtor.prototype, EventEmitter.prototype);
EventEmitter.call(processObject);

requireBuiltin('internal/process/task_queues').setHost(host);
requireBuiltin('internal/bootstrap/process').setupProcess(processObject, host, quit);
requireBuiltin('internal/process/promises').setup(host, setRejectionHandler);

const loaders = requireBuiltin('internal/bootstrap/loaders');
loaders.setup(requireBuiltin, builtinsBinding);

requireBuiltin('internal/bootstrap/globals').setupGlobals(g, processObject);
if (processObject.execArgv.includes('--expose-gc') || processObject.execArgv.includes('--expose_gc')) {
  const processMethods = internalBindingImpl('process_methods');
  Object.defineProperty(g, 'gc', {
    // V8's gc(): {execution: 'async'} collects later and returns a promise.
    value: function gc(options) {
      if (options !== null && typeof options === 'object' && options.execution === 'async') {
        return new Promise((resolve) => setImmediate(() => {
          processMethods.gc();
          resolve();
        }));
      }
      processMethods.gc();
    },
    writable: true, configurable: true, enumerable: false,
  });
}

const { runNextTicks } = requireBuiltin('internal/process/task_queues');
host.setHelpers({
  decorateSyntaxError: requireBuiltin('internal/process/execution').decorateSyntaxError,
  // ModuleFileSystem: the text the engine parses for an ES module (or a virtual one).
  moduleSource(file) {
    return requireBuiltin('internal/modules/esm/loader').moduleSource(file);
  },
  // NodeRuntime.makeCallback: an I/O callback, then the tick queue; promise jobs run on return.
  callbackTrampoline(fn, ...args) {
    const result = Reflect.apply(fn, undefined, args);
    runNextTicks();
    return result;
  },
});

const timers = requireBuiltin('internal/timers');
const taskQueues = requireBuiltin('internal/process/task_queues');
const execution = requireBuiltin('internal/process/execution');

return {
  __proto__: processCtor.prototype,  // so stack frames read "process.processTimers", as in Node
  runMain: requireBuiltin('internal/main/run_main').runMain,
  processTimers: timers.processTimers,
  processImmediates: timers.processImmediates,
  processTicksAndRejections: taskQueues.processTicksAndRejections,
  fatalException: execution.fatalException,
  emitBeforeExit: execution.emitBeforeExit,
  emitExit: execution.emitExit,
};
