'use strict';
// The CommonJS wrapper: exports, require, module, __filename, __dirname, `this`.
const assert = require('assert');
const path = require('path');

const fixtures = path.join(__dirname, '..', 'fixtures', 'module');

// this test file itself is the main module
assert.strictEqual(this, module.exports);
assert.strictEqual(exports, module.exports);
assert.strictEqual(require.main, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(__filename, path.join(__dirname, 'test-module-wrapper.js'));
assert.strictEqual(path.isAbsolute(__dirname), true);
assert.strictEqual(module.path, __dirname);
assert.strictEqual(module.loaded, false);
assert.strictEqual(module.parent, null);
assert.strictEqual(Array.isArray(module.children), true);
assert.strictEqual(Array.isArray(module.paths), true);
assert.strictEqual(module.paths[0], path.join(__dirname, 'node_modules'));
assert.strictEqual(process.mainModule, module);
assert.strictEqual(typeof require.resolve, 'function');
assert.strictEqual(typeof require.resolve.paths, 'function');
assert.strictEqual(typeof require.cache, 'object');
assert.strictEqual(typeof require.extensions, 'object');
assert.strictEqual(require.cache[__filename], module);
assert.strictEqual(module.constructor, require('module'));
assert.strictEqual(module instanceof require('module'), true);

const wrapperFile = path.join(fixtures, 'wrapper.js');
const w = require('../fixtures/module/wrapper');
assert.strictEqual(w.thisIsExports, true);
assert.strictEqual(w.exportsIsModuleExports, true);
assert.strictEqual(w.filename, wrapperFile);
assert.strictEqual(w.dirname, fixtures);
assert.strictEqual(w.id, wrapperFile);
assert.strictEqual(w.moduleFilename, wrapperFile);
assert.strictEqual(w.loadedDuringLoad, false);
assert.strictEqual(w.requireType, 'function');
assert.strictEqual(w.requireMainIsModule, false);
assert.strictEqual(w.argumentsLength, 5);
assert.strictEqual(w.args[3], wrapperFile);
assert.strictEqual(w.args[4], fixtures);

const child = require.cache[wrapperFile];
assert.strictEqual(child.loaded, true);
assert.strictEqual(child.parent, module);
assert.strictEqual(module.children.includes(child), true);
assert.strictEqual(child.exports, w);

// the require function a module gets carries its own resolution base
const exposed = require('../fixtures/module/expose');
assert.strictEqual(exposed.req.resolve('./data.json'), path.join(fixtures, 'data.json'));
assert.strictEqual(exposed.req.main, module);
assert.strictEqual(exposed.mod.require('./data.json').name, 'data');

// Module.wrap / wrapper
const Module = require('module');
assert.strictEqual(typeof Module.wrap, 'function');
const wrapped = Module.wrap('return 42;');
assert.match(wrapped, /^\(function \(exports, require, module, __filename, __dirname\) \{ /);
assert.match(wrapped, /return 42;/);

// require() argument validation
assert.throws(() => require(''), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'id' must be a non-empty string. Received ''",
});
assert.throws(() => require(42), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "id" argument must be of type string. Received type number (42)',
});
assert.throws(() => require.resolve({}), { code: 'ERR_INVALID_ARG_TYPE' });

// shebang lines are ignored
assert.strictEqual(require('../fixtures/module/shebang'), 'shebang ok');
