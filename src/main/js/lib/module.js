'use strict';

// node:module

const { Module, builtinModuleIds } = require('internal/modules/cjs/loader');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
const { validateBoolean } = require('internal/validators');

Module.builtinModules = Object.freeze(builtinModuleIds());

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  // Without ES modules there are no builtin ESM facades to update.
};

// jnode has no on-disk compile cache (GraalJS compiles in memory): enabling it reports failure
// with the reason, as Node does when it cannot enable the cache; there is nothing to flush.
const compileCacheStatus = Object.freeze({ __proto__: null, FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 });
Module.constants = Object.freeze({ __proto__: null, compileCacheStatus });

Module.enableCompileCache = function enableCompileCache() {
  return {
    status: compileCacheStatus.FAILED,
    message: 'jnode has no on-disk compile cache (GraalJS compiles code in memory)',
  };
};

Module.getCompileCacheDir = function getCompileCacheDir() {
  return undefined;
};

Module.flushCompileCache = function flushCompileCache() {
  // no cache was enabled, so there is nothing to write
};

// Source maps are not supported: support reads as off, and no source map is ever found.
Module.getSourceMapsSupport = function getSourceMapsSupport() {
  return { __proto__: null, enabled: false, nodeModules: false, generatedCode: false };
};

Module.setSourceMapsSupport = function setSourceMapsSupport(enabled, options) {
  validateBoolean(enabled, 'enabled');
  void options;
  if (enabled) throw new ERR_NOT_IMPLEMENTED('Source map support');
};

Module.findSourceMap = function findSourceMap(path) {
  void path;
  return undefined;
};

for (const name of ['register', 'registerHooks', 'findPackageJSON', 'stripTypeScriptTypes']) {
  Module[name] = function() {
    throw new ERR_NOT_IMPLEMENTED(`module.${name}`);
  };
}

Module.SourceMap = class SourceMap {
  constructor() {
    throw new ERR_NOT_IMPLEMENTED('module.SourceMap');
  }
};

module.exports = Module;
