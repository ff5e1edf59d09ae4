'use strict';
// util.inspect on everyday values, compared with the exact strings Node 26 prints.
const assert = require('assert');
const util = require('util');

const cases = [
  [1, '1'], [-0, '-0'], [10n, '10n'], ['abc', "'abc'"], ["it's", `"it's"`],
  ['it\'s "x"', '`it\'s "x"`'], [Symbol('s'), 'Symbol(s)'], [null, 'null'], [undefined, 'undefined'],
  [[1, 2, 3], '[ 1, 2, 3 ]'], [[1, , 3], '[ 1, <1 empty item>, 3 ]'], [new Array(3), '[ <3 empty items> ]'],
  [{ a: 1, 'b-c': 2 }, "{ a: 1, 'b-c': 2 }"], [{}, '{}'], [[], '[]'],
  [Object.create(null), '[Object: null prototype] {}'],
  [{ a: { b: { c: { d: 1 } } } }, '{ a: { b: { c: [Object] } } }'],
  [new Map([[1, 'a']]), "Map(1) { 1 => 'a' }"], [new Set([1, 2]), 'Set(2) { 1, 2 }'],
  [new WeakMap(), 'WeakMap { <items unknown> }'],
  [new Uint8Array([1, 2]), 'Uint8Array(2) [ 1, 2 ]'],
  [new Uint8Array([0, 255]).buffer, 'ArrayBuffer { [Uint8Contents]: <00 ff>, [byteLength]: 2 }'],
  [new Date(0), '1970-01-01T00:00:00.000Z'], [new Date(NaN), 'Invalid Date'], [/a+/gi, '/a+/gi'],
  [function foo() {}, '[Function: foo]'], [() => {}, '[Function (anonymous)]'],
  [class Foo {}, '[class Foo]'], [async function af() {}, '[AsyncFunction: af]'],
  [function* gen() {}, '[GeneratorFunction: gen]'],
  [new Number(3), '[Number: 3]'], [new String('ab'), "[String: 'ab']"], [Object(false), '[Boolean: false]'],
  [{ get a() { return 1; }, set b(v) {} }, '{ a: [Getter], b: [Setter] }'],
  [{ [Symbol('k')]: 1 }, '{ Symbol(k): 1 }'],
  [Promise.resolve(42), 'Promise { 42 }'], [new Promise(() => {}), 'Promise { <pending> }'],
  [(function () { return arguments; })(1), "[Arguments] { '0': 1 }"],
];
for (const [value, expected] of cases) {
  assert.strictEqual(util.inspect(value), expected);
}

class Foo { constructor() { this.x = 1; } }
assert.strictEqual(util.inspect(new Foo()), 'Foo { x: 1 }');

const circ = { name: 'c' };
circ.self = circ;
assert.strictEqual(util.inspect(circ), "<ref *1> { name: 'c', self: [Circular *1] }");

assert.strictEqual(util.inspect(Array.from({ length: 101 }, () => 0)).endsWith('... 1 more item\n]'), true);
assert.strictEqual(
  util.inspect(Array.from({ length: 26 }, (_, i) => i)),
  '[\n   0,  1,  2,  3,  4,  5,  6,  7,\n   8,  9, 10, 11, 12, 13, 14, 15,\n  16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25\n]');
assert.strictEqual(
  util.inspect({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddddddddd' }),
  "{\n  alpha: 'aaaaaaaaaa',\n  beta: 'bbbbbbbbbb',\n  gamma: 'cccccccccc',\n  delta: 'dddddddddddddddd'\n}");
