'use strict';

// node:module

const { Module, builtinModuleIds } = require('internal/modules/cjs/loader');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

Module.builtinModules = Object.freeze(builtinModuleIds());

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  // Without ES modules there are no builtin ESM facades to update.
};

for (const name of ['register', 'registerHooks', 'findSourceMap', 'enableCompileCache', 'stripTypeScriptTypes']) {
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
