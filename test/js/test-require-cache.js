'use strict';
// require.cache: modules load once, deleting an entry reloads, a module that throws while
// loading is not cached, and entries put into the cache are returned as is.
const assert = require('assert');
const path = require('path');

const counterFile = path.join(__dirname, '..', 'fixtures', 'module', 'counter.js');
const first = require('../fixtures/module/counter');
assert.strictEqual(first.loads, 1);
assert.strictEqual(require('../fixtures/module/counter'), first);
assert.strictEqual(require(counterFile), first);
assert.strictEqual(require.cache[counterFile].exports, first);
assert.strictEqual(require('module')._cache, require.cache);

delete require.cache[counterFile];
const second = require('../fixtures/module/counter');
assert.strictEqual(second.loads, 2);
assert.notStrictEqual(second, first);
assert.strictEqual(require.cache[counterFile].exports, second);

// the same file through another relative path is the same module
assert.strictEqual(require('../fixtures/module/../module/counter.js'), second);

// a module that throws during load is removed from the cache and runs again next time
const throwsFile = path.join(__dirname, '..', 'fixtures', 'module', 'throws-on-load.js');
assert.throws(() => require('../fixtures/module/throws-on-load'), { message: 'boom while loading' });
assert.strictEqual(require.cache[throwsFile], undefined);
assert.throws(() => require('../fixtures/module/throws-on-load'), { message: 'boom while loading' });
assert.strictEqual(globalThis.__throwLoads, 2);
assert.strictEqual(module.children.some((m) => m.id === throwsFile), false);

// a cache entry put there by hand is returned instead of loading the file
const fakeFile = path.join(__dirname, '..', 'fixtures', 'module', 'thing.cjs');
const Module = require('module');
const fake = new Module(fakeFile, module);
fake.filename = fakeFile;
fake.loaded = true;
fake.exports = { virtual: true };
require.cache[fakeFile] = fake;
assert.deepStrictEqual(require(fakeFile), { virtual: true });
delete require.cache[fakeFile];
assert.strictEqual(require(fakeFile).kind, 'cjs');

// a cache entry named like a builtin shadows it for bare ids, not for `node:` ids
require.cache.path = { exports: 'fake path' };
assert.strictEqual(require('path'), 'fake path');
assert.strictEqual(typeof require('node:path').join, 'function');
delete require.cache.path;

// module.exports replaced vs exports mutated
const json = require('../fixtures/module/data.json');
json.list.push(4);
assert.deepStrictEqual(require('../fixtures/module/data.json').list, [1, 2, 3, 4]);

// require.extensions contains the registered loaders in order
assert.deepStrictEqual(Object.keys(require.extensions), ['.js', '.json', '.node']);
