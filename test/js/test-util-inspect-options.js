'use strict';
// util.inspect options and util.inspect.custom.
const assert = require('assert');
const util = require('util');

const nested = { a: { b: { c: { d: { e: 1 } } } } };
assert.strictEqual(util.inspect(nested, { depth: 0 }), '{ a: [Object] }');
assert.strictEqual(util.inspect(nested, { depth: null }), '{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}');
assert.strictEqual(util.inspect({ a: 1 }, { colors: true }), '{ a: \u001b[33m1\u001b[39m }');
assert.strictEqual(util.inspect([1], { showHidden: true }), '[ 1, [length]: 1 ]');
assert.strictEqual(util.inspect({ a: 1, b: 2 }, { compact: false }), '{\n  a: 1,\n  b: 2\n}');
assert.strictEqual(util.inspect({ b: 1, a: 2 }, { sorted: true }), '{ a: 2, b: 1 }');
assert.strictEqual(util.inspect({ get x() { return 5; } }, { getters: true }), '{ x: [Getter: 5] }');
assert.strictEqual(util.inspect([1, 2, 3], { maxArrayLength: 1 }), '[ 1, ... 2 more items ]');
assert.strictEqual(util.inspect('abcdef', { maxStringLength: 2 }), "'ab'... 4 more characters");
assert.strictEqual(util.inspect(1234567.5, { numericSeparator: true }), '1_234_567.5');
assert.strictEqual(util.inspect({ a: [1, 2] }, { breakLength: 3 }), '{\n  a: [\n    1,\n    2\n  ]\n}');

const custom = {
  [util.inspect.custom](depth, options, inspect) {
    assert.strictEqual(typeof options.stylize, 'function');
    assert.strictEqual(inspect, util.inspect);
    return `custom@${depth}`;
  },
};
assert.strictEqual(util.inspect(custom), 'custom@2');
assert.strictEqual(util.inspect({ x: custom }), '{ x: custom@1 }');
assert.strictEqual(util.inspect(custom, { customInspect: false }).startsWith('{'), true);
assert.strictEqual(util.inspect.custom, Symbol.for('nodejs.util.inspect.custom'));
assert.strictEqual(util.inspect.defaultOptions.depth, 2);

const err = new Error('boom');
err.stack = 'Error: boom\n    at f (x.js:1:1)';
err.code = 'E_BOOM';
assert.strictEqual(util.inspect(err), "Error: boom\n    at f (x.js:1:1) {\n  code: 'E_BOOM'\n}");
const noStack = new TypeError('t');
noStack.stack = 'TypeError: t';
assert.strictEqual(util.inspect(noStack), '[TypeError: t]');
