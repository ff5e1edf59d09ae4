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

// reading a property the partial exports do not have yet warns (once per read)
const warnings = [];
process.on('warning', (w) => warnings.push(w));
const c = require('../fixtures/module/cycle/c');
assert.strictEqual(c.d.sawEarly, 'c early');
assert.strictEqual(c.d.sawLate, undefined);
assert.strictEqual(c.d.protoWhileLoading, false);
assert.strictEqual(c.d.hasOwnToString, 'function');
assert.strictEqual(c.late, 'c late');
// once loaded, the exports are a plain object again
assert.strictEqual(Object.getPrototypeOf(c), Object.prototype);
assert.strictEqual(c.d.c, c);
assert.strictEqual(c.nothing, undefined);
setImmediate(() => {
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0].name, 'Warning');
  assert.strictEqual(warnings[0].message,
    "Accessing non-existent property 'late' of module exports inside circular dependency");
});
