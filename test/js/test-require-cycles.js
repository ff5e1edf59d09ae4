'use strict';
// Cycles: a module required while it is still loading gives its exports as they are so far.
const assert = require('assert');
const path = require('path');

const a = require('../fixtures/module/cycle/a');
assert.strictEqual(a.name, 'a');
assert.strictEqual(a.phase, 'done');
assert.deepStrictEqual(a.bSawA, { name: 'a', phase: 'early', hasB: false });
assert.strictEqual(a.b.name, 'b');
const b = require('../fixtures/module/cycle/b');
assert.strictEqual(b, a.b);

const aMod = require.cache[path.join(__dirname, '..', 'fixtures', 'module', 'cycle', 'a.js')];
const bMod = require.cache[path.join(__dirname, '..', 'fixtures', 'module', 'cycle', 'b.js')];
assert.strictEqual(aMod.loaded, true);
assert.strictEqual(bMod.loaded, true);
assert.strictEqual(bMod.parent, aMod);
assert.deepStrictEqual(aMod.children, [bMod]);
// b required a while a was loading: a is listed as b's child too
assert.deepStrictEqual(bMod.children, [aMod]);
// this module required b again after a had loaded it
assert.ok(module.children.includes(bMod));
assert.strictEqual(module.children.filter((m) => m === aMod).length, 1);
