'use strict';

// Runs what the command line asked for: -r preloads, then the main script, -e/-p code, or the
// program read from stdin.

const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
const { setEvalSource } = require('internal/process/execution');
const { runNextTicks } = require('internal/process/task_queues');
const path = require('path');

function runMain() {
  const info = require('internal/bootstrap/process').getStartupInfo();
  Module._initPaths();
  if (info.requires.length > 0) Module._preloadModules(Array.from(info.requires));
  if (info.evalSource != null && info.inputType === 'module') {
    // An ES module given as text (file URL: the working directory plus "[eval1]", as Node).
    require('internal/modules/esm/loader').runMainModuleSource(info.evalSource,
      path.join(process.cwd(), info.evalName === '[stdin]' ? '[stdin]' : '[eval1]'));
  } else if (info.evalSource != null) {
    runEval(info.evalName, info.evalSource, info.print);
  } else {
    Module.runMain(process.argv[1]);
  }
  runNextTicks();
}

// -e, -p and stdin programs run as scripts in the global scope, with require, module, exports,
// __filename and __dirname as globals, as in Node.
function runEval(name, source, print) {
  const contextify = internalBinding('contextify');
  setEvalSource(name, source);
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const g = globalThis;
  g.module = module;
  g.exports = module.exports;
  g.require = makeRequireFunction(module);
  g.__filename = name;
  g.__dirname = '.';
  exposeBuiltinsAsGlobals(g);
  const result = contextify.runScript(source, name);
  if (print) {
    const { log } = require('console');
    log(result);
  }
}

// In -e/-p (and stdin) programs, as in Node's, every core module is also a global: `path`, `fs`…
function exposeBuiltinsAsGlobals(g) {
  const loaders = require('internal/bootstrap/loaders');
  for (const id of loaders.builtinIds()) {
    if (id.includes('/') || id.startsWith('_') || Object.prototype.hasOwnProperty.call(g, id)) continue;
    Object.defineProperty(g, id, {
      configurable: true,
      enumerable: false,
      get() {
        const value = loaders.loadPublic(id);
        Object.defineProperty(g, id, { value, writable: true, configurable: true, enumerable: false });
        return value;
      },
      set(value) {
        Object.defineProperty(g, id, { value, writable: true, configurable: true, enumerable: true });
      },
    });
  }
}

module.exports = { runMain };
