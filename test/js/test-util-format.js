'use strict';
// util.format directives.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.format('%s:%s', 'a', 'b'), 'a:b');
assert.strictEqual(util.format('%s', 1n), '1n');
assert.strictEqual(util.format('%s', -0), '-0');
assert.strictEqual(util.format('%s', { a: { b: 1 } }), '{ a: [Object] }');
assert.strictEqual(util.format('%s', { toString() { return 'T'; } }), 'T');
assert.strictEqual(util.format('%d', '42'), '42');
assert.strictEqual(util.format('%d', 10n), '10n');
assert.strictEqual(util.format('%d', Symbol('x')), 'NaN');
assert.strictEqual(util.format('%i', 42.9), '42');
assert.strictEqual(util.format('%f', '3.5x'), '3.5');
assert.strictEqual(util.format('%j', { a: 1 }), '{"a":1}');
const circ = {};
circ.c = circ;
assert.strictEqual(util.format('%j', circ), '[Circular]');
assert.strictEqual(util.format('%o', [1]), '[ 1, [length]: 1 ]');
assert.strictEqual(util.format('%O', { a: 1 }), '{ a: 1 }');
assert.strictEqual(util.format('a%cb', 'color: red'), 'ab');
assert.strictEqual(util.format('%% %s', 'x'), '% x');
assert.strictEqual(util.format('%s'), '%s');
assert.strictEqual(util.format('%s %s', 'only'), 'only %s');
assert.strictEqual(util.format('a', 1, { b: 2 }), "a 1 { b: 2 }");
assert.strictEqual(util.format(1, 'x'), '1 x');
assert.strictEqual(util.format('%x', 1), '%x 1');
assert.strictEqual(util.formatWithOptions({ colors: true }, '%O', 1), '\u001b[33m1\u001b[39m');
