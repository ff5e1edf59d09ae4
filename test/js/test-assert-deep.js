'use strict';
// Deep-equality semantics of assert (loose, strict and partial), checked both ways round.
const assert = require('assert');

function bothEqual(a, b) {
  assert.deepEqual(a, b); assert.deepEqual(b, a);
  assert.deepStrictEqual(a, b); assert.deepStrictEqual(b, a);
}
function onlyLoose(a, b) {
  assert.deepEqual(a, b); assert.deepEqual(b, a);
  assert.notDeepStrictEqual(a, b); assert.notDeepStrictEqual(b, a);
}
function neither(a, b) {
  assert.notDeepEqual(a, b); assert.notDeepEqual(b, a);
  assert.notDeepStrictEqual(a, b); assert.notDeepStrictEqual(b, a);
}

// Primitives
bothEqual(NaN, NaN);
onlyLoose(0, -0);
onlyLoose(1, '1');
onlyLoose(null, undefined);
onlyLoose(true, 1);
neither(null, 0);
neither(1, 2);
neither({}, '[object Object]');
neither(() => {}, () => {});

// Objects and arrays
bothEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 });
onlyLoose({ a: 1 }, { a: '1' });
neither({ a: undefined }, {});
neither({ a: undefined }, { b: undefined });
neither([1], { 0: 1 });
neither([1, , 3], [1, undefined, 3]); // eslint-disable-line no-sparse-arrays
bothEqual([1, , 3], [1, , 3]); // eslint-disable-line no-sparse-arrays
neither(Object.assign([1], { x: undefined }), Object.assign([1], { y: undefined }));
onlyLoose(Object.create(null), {});
bothEqual(Object.create({ x: 1 }), {});
onlyLoose(new (class A {})(), new (class B {})());
bothEqual(Object.defineProperty({}, 'hidden', { value: 1 }), {});
bothEqual({ get x() { return 1; } }, { x: 1 });
onlyLoose({ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 });
onlyLoose(Object.defineProperty({}, Symbol.for('q'), { value: 1 }), { [Symbol.for('q')]: 1 });
bothEqual((function() { return arguments; })(1), (function() { return arguments; })(1));
neither((function() { return arguments; })(1), [1]);

// Boxed primitives, dates, regexps, errors
bothEqual(new Number(1), new Number(1));
bothEqual(new Number(NaN), new Number(NaN));
neither(new Number(0), new Number(-0));
neither(new Number(1), 1);
neither(new String('a'), 'a');
bothEqual(Object(1n), Object(1n));
bothEqual(Object(Symbol.iterator), Object(Symbol.iterator));
bothEqual(new Date(1), new Date(1));
bothEqual(new Date(NaN), new Date(NaN));
neither(new Date(1), new Date(2));
neither(Object.assign(new Date(0), { x: 1 }), new Date(0));
bothEqual(/a/g, /a/g);
neither(/a/g, /a/i);
{
  const re = /a/g;
  re.lastIndex = 3;
  neither(re, /a/g);
}
bothEqual(new Error('a'), new Error('a'));
neither(new Error('a'), new Error('b'));
neither(new Error('a'), new TypeError('a'));
neither(new Error('a', { cause: 1 }), new Error('a', { cause: 2 }));
neither(new Error('a', { cause: 1 }), new Error('a'));
neither(new AggregateError([1], 'a'), new AggregateError([2], 'a'));
neither(new Error('a'), { message: 'a', name: 'Error' });

// Binary data
bothEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]));
neither(new Uint8Array([1, 2]), new Int8Array([1, 2]));
onlyLoose(new Float64Array([0]), new Float64Array([-0]));
assert.deepStrictEqual(new Float64Array([NaN]), new Float64Array([NaN]));
assert.notDeepEqual(new Float64Array([NaN]), new Float64Array([NaN]));
bothEqual(new ArrayBuffer(2), new ArrayBuffer(2));
neither(new ArrayBuffer(2), new ArrayBuffer(3));
neither(new ArrayBuffer(2), new SharedArrayBuffer(2));
bothEqual(new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
neither(new DataView(new ArrayBuffer(2)), new Uint8Array(2));

// Maps and Sets
bothEqual(new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1]));
bothEqual(new Set([[1, 2], [3, 4]]), new Set([[3, 4], [1, 2]]));
onlyLoose(new Set(['1']), new Set([1]));
onlyLoose(new Set([null]), new Set([undefined]));
neither(new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }]));
bothEqual(new Map([[1, 1], [2, 2]]), new Map([[2, 2], [1, 1]]));
bothEqual(new Map([[{}, 'a'], [{}, 'b']]), new Map([[{}, 'b'], [{}, 'a']]));
onlyLoose(new Map([[1, 'a']]), new Map([['1', 'a']]));
neither(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]]));
bothEqual(new Map([[NaN, 1]]), new Map([[NaN, 1]]));
{
  const s1 = new Set();
  s1.x = 5;
  neither(s1, new Set());
}

// Only equal to themselves
neither(new WeakMap(), new WeakMap());
neither(new WeakSet(), new WeakSet());
neither(Promise.resolve(1), Promise.resolve(1));

// Cycles
{
  const a = {}; a.a = a;
  const b = {}; b.a = b;
  bothEqual(a, b);
  const c = {}; c.a = {}; c.a.a = c;
  neither(a, c);
  const s1 = new Set(); s1.add(s1);
  const s2 = new Set(); s2.add(s2);
  bothEqual(s1, s2);
}

// partialDeepStrictEqual
assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 1 });
assert.partialDeepStrictEqual({ a: { b: 1, c: 2 } }, { a: { b: 1 } });
assert.partialDeepStrictEqual([1, 2, 3, 4], [1, 4]);
assert.partialDeepStrictEqual([{ a: 1, b: 2 }, { a: 2 }], [{ a: 2 }]);
assert.partialDeepStrictEqual(new Set([1, 2]), new Set([1]));
assert.partialDeepStrictEqual(new Map([[1, 2], [3, 4]]), new Map([[1, 2]]));
assert.partialDeepStrictEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 3]));
assert.partialDeepStrictEqual(Object.create(null), {});
assert.throws(() => assert.partialDeepStrictEqual([1, 2, 3], [3, 1]), { code: 'ERR_ASSERTION' });
assert.throws(() => assert.partialDeepStrictEqual([0], [-0]), { code: 'ERR_ASSERTION' });
assert.throws(() => assert.partialDeepStrictEqual({ a: 1 }, { a: 1, b: undefined }), { code: 'ERR_ASSERTION' });
assert.throws(() => assert.partialDeepStrictEqual([1, , 3], [1, undefined, 3]), { code: 'ERR_ASSERTION' }); // eslint-disable-line no-sparse-arrays

// skipPrototype
new assert.Assert({ skipPrototype: true }).deepStrictEqual(Object.create(null), {});
assert.throws(() => new assert.Assert().deepStrictEqual(Object.create(null), {}), { code: 'ERR_ASSERTION' });
