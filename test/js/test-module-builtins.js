'use strict';
// Core modules through require(), with and without `node:`; module.builtinModules and
// module.isBuiltin; process.getBuiltinModule.
const assert = require('assert');
const Module = require('module');

// builtins every jnode has
for (const id of ['events', 'path', 'timers', 'module']) {
  const bare = require(id);
  assert.strictEqual(require(`node:${id}`), bare, id);
  assert.strictEqual(Module.isBuiltin(id), true, id);
  assert.strictEqual(Module.isBuiltin(`node:${id}`), true, id);
  assert.ok(Module.builtinModules.includes(id), id);
  assert.strictEqual(require.resolve(id), id);
  assert.strictEqual(require.resolve(`node:${id}`), `node:${id}`);
  assert.strictEqual(process.getBuiltinModule(id), bare);
  assert.strictEqual(process.getBuiltinModule(`node:${id}`), bare);
}
assert.strictEqual(require('module'), Module);
assert.strictEqual(Module.Module, Module);
assert.strictEqual(require('events').EventEmitter, require('events'));
assert.strictEqual(typeof require('path').join, 'function');
assert.strictEqual(require('timers').setTimeout, setTimeout);

// builtinModules: sorted-ish list of strings, frozen? (an array in Node), no internals
assert.ok(Array.isArray(Module.builtinModules));
for (const id of Module.builtinModules) {
  assert.strictEqual(typeof id, 'string');
  assert.ok(!id.startsWith('internal/'), id);
  assert.strictEqual(Module.isBuiltin(id), true, id);
}
// scheme-only modules are listed with their scheme
for (const id of Module.builtinModules.filter((x) => x.startsWith('node:'))) {
  assert.strictEqual(Module.isBuiltin(id.slice(5)), false, id);
}

// isBuiltin on other input
assert.strictEqual(Module.isBuiltin('node:no-such-thing'), false);
assert.strictEqual(Module.isBuiltin('no-such-thing'), false);
assert.strictEqual(Module.isBuiltin('internal/errors'), false);
assert.strictEqual(Module.isBuiltin('node:internal/errors'), false);
assert.strictEqual(Module.isBuiltin('test'), false);
assert.strictEqual(Module.isBuiltin('node:test'), true);
assert.strictEqual(Module.isBuiltin(''), false);
assert.strictEqual(Module.isBuiltin('node:'), false);
assert.strictEqual(Module.isBuiltin('./path'), false);
assert.strictEqual(Module.isBuiltin('path/'), false);
assert.strictEqual(Module.isBuiltin('PATH'), false);

// getBuiltinModule
assert.strictEqual(process.getBuiltinModule('no-such-thing'), undefined);
assert.strictEqual(process.getBuiltinModule('node:no-such-thing'), undefined);
assert.strictEqual(process.getBuiltinModule('internal/errors'), undefined);
assert.throws(() => process.getBuiltinModule(1), { code: 'ERR_INVALID_ARG_TYPE' });

// a relative path named like a builtin is a file, not the builtin
assert.throws(() => require('./path'), { code: 'MODULE_NOT_FOUND' });

// other node:module API
assert.deepStrictEqual({ ...Module.constants.compileCacheStatus }, { FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 });
assert.strictEqual(Module.getCompileCacheDir(), undefined);
assert.deepStrictEqual({ ...Module.getSourceMapsSupport() }, { enabled: false, nodeModules: false, generatedCode: false });
assert.strictEqual(Module.findSourceMap(__filename), undefined);
assert.strictEqual(typeof Module.syncBuiltinESMExports, 'function');
assert.strictEqual(typeof Module._load, 'function');
assert.strictEqual(typeof Module._resolveFilename, 'function');
assert.strictEqual(typeof Module._findPath, 'function');
assert.strictEqual(typeof Module._initPaths, 'function');
assert.ok(Array.isArray(Module.globalPaths));
assert.strictEqual(Module.prototype.isPreloading, false);
