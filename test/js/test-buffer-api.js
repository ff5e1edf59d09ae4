'use strict';
// Buffer construction, the pool, inspection, Blob/File and atob/btoa.
const assert = require('assert');
const buffer = require('buffer');
const { inspect } = require('util');

assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
assert.ok(Buffer.from('x') instanceof Buffer);
assert.ok(Buffer.isBuffer(Buffer.alloc(1)));
assert.ok(!Buffer.isBuffer(new Uint8Array(1)));
assert.ok(Buffer.alloc(4).subarray(1) instanceof Buffer);
assert.strictEqual(Buffer.poolSize, 64 * 1024);

const small = Buffer.allocUnsafe(10);
assert.ok(small.buffer.byteLength >= Buffer.poolSize);
assert.strictEqual(Buffer.allocUnsafeSlow(10).buffer.byteLength, 10);
assert.strictEqual(Buffer.alloc(10).buffer.byteLength, 10);
assert.deepStrictEqual([...Buffer.alloc(3, 'a')], [97, 97, 97]);
assert.throws(() => Buffer.alloc(-1), {
  code: 'ERR_OUT_OF_RANGE', message: /The value of "size" is out of range. It must be >= 0 && <= \d+. Received -1/,
});
assert.throws(() => Buffer.from(5), { code: 'ERR_INVALID_ARG_TYPE', message: /The first argument must be of type string/ });
assert.throws(() => Buffer.from({}), { code: 'ERR_INVALID_ARG_TYPE' });

const ab = new ArrayBuffer(8);
const view = Buffer.from(ab, 2, 4);
view[0] = 7;
assert.strictEqual(new Uint8Array(ab)[2], 7);
assert.throws(() => Buffer.from(ab, 9), { code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"offset" is outside of buffer bounds' });
assert.throws(() => Buffer.from(ab, 0, 9), { code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"length" is outside of buffer bounds' });
assert.deepStrictEqual([...Buffer.from(new Uint16Array([0x1234, 0x10]))], [0x34, 0x10]);
assert.deepStrictEqual([...Buffer.from({ length: 2, 0: 1, 1: 2 })], [1, 2]);
assert.strictEqual(Buffer.from(new String('ab')).toString(), 'ab');
assert.strictEqual(Buffer.from({ [Symbol.toPrimitive]() { return 'cd'; } }).toString(), 'cd');
assert.deepStrictEqual([...Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1)], [2, 0]);
assert.deepStrictEqual([...Buffer.of(1, 2, 300)], [1, 2, 44]);
assert.strictEqual(Buffer.concat([Buffer.from('ab'), new Uint8Array([99])]).toString(), 'abc');
assert.strictEqual(Buffer.concat([Buffer.from('ab')], 4).toString('hex'), '61620000');
assert.throws(() => Buffer.concat([1]), { message: /The "list\[0\]" argument must be an instance of Buffer or Uint8Array/ });

const sliced = Buffer.from('hello').slice(1, -1);
assert.strictEqual(sliced.toString(), 'ell');
assert.strictEqual(sliced.parent, sliced.buffer);
assert.strictEqual(sliced.offset, sliced.byteOffset);

assert.strictEqual(inspect(Buffer.from('abc')), '<Buffer 61 62 63>');
const withProp = Buffer.from('ab');
withProp.foo = 'bar';
assert.strictEqual(inspect(withProp), "<Buffer 61 62, foo: 'bar'>");
assert.strictEqual(inspect(Buffer.alloc(60)), `<Buffer ${'00 '.repeat(50).trim()} ... 10 more bytes>`);
buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(inspect(Buffer.from('abc')), '<Buffer 61 62 ... 1 more byte>');
buffer.INSPECT_MAX_BYTES = 50;
assert.throws(() => { buffer.INSPECT_MAX_BYTES = -1; }, { code: 'ERR_OUT_OF_RANGE' });

assert.strictEqual(btoa('hello'), 'aGVsbG8=');
assert.strictEqual(atob(' aGVs bG8= '), 'hello');
assert.strictEqual(atob('aGVsbG8'), 'hello');
assert.throws(() => atob('a'), { name: 'InvalidCharacterError', message: 'The string to be decoded is not correctly encoded.' });
assert.throws(() => atob('a*=='), { name: 'InvalidCharacterError', message: 'Invalid character' });
assert.throws(() => btoa('€'), { name: 'InvalidCharacterError' });
assert.throws(() => atob(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(buffer.atob, atob);

(async () => {
  const blob = new Blob(['ab', new Uint8Array([99]), new Blob(['d'])], { type: 'Text/Plain' });
  assert.strictEqual(blob.size, 4);
  assert.strictEqual(blob.type, 'text/plain');
  assert.strictEqual(await blob.text(), 'abcd');
  assert.strictEqual(await blob.slice(1, -1).text(), 'bc');
  assert.deepStrictEqual(new Uint8Array(await blob.arrayBuffer()), new Uint8Array([97, 98, 99, 100]));
  assert.deepStrictEqual(await blob.bytes(), new Uint8Array([97, 98, 99, 100]));
  assert.strictEqual(Object.prototype.toString.call(blob), '[object Blob]');
  assert.throws(() => new Blob('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  const file = new File(['x'], 'a.txt', { lastModified: 42 });
  assert.strictEqual(file.name, 'a.txt');
  assert.strictEqual(file.lastModified, 42);
  assert.ok(file instanceof Blob);
  assert.strictEqual(await file.text(), 'x');
  assert.throws(() => new File([]), { code: 'ERR_MISSING_ARGS' });
  assert.strictEqual(buffer.resolveObjectURL('http://x'), undefined);
})().then(() => {}, (err) => { process.nextTick(() => { throw err; }); });
