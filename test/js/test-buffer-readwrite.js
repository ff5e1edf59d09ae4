'use strict';
// Numeric reads and writes with Node's range errors.
const assert = require('assert');

const b = Buffer.alloc(8);
assert.strictEqual(b.writeUInt32BE(0xdeadbeef, 0), 4);
assert.strictEqual(b.readUInt32BE(0), 0xdeadbeef);
assert.strictEqual(b.readUInt32LE(0), 0xefbeadde);
assert.strictEqual(b.readInt32BE(0), -559038737);
assert.strictEqual(b.readUint16BE(1), 0xadbe);
assert.strictEqual(b.readInt8(0), -34);
b.writeInt16LE(-2, 4);
assert.strictEqual(b.readInt16LE(4), -2);
assert.strictEqual(b.readUInt16LE(4), 0xfffe);
b.writeIntBE(-123456789012, 0, 6);
assert.strictEqual(b.readIntBE(0, 6), -123456789012);
b.writeUIntLE(0xffffffffffff, 2, 6);
assert.strictEqual(b.readUIntLE(2, 6), 0xffffffffffff);
for (let n = 1; n <= 6; n++) {
  const max = 2 ** (8 * n - 1) - 1;
  b.writeIntLE(max, 0, n);
  assert.strictEqual(b.readIntLE(0, n), max);
  b.writeIntBE(-max - 1, 0, n);
  assert.strictEqual(b.readIntBE(0, n), -max - 1);
}
b.writeDoubleLE(Math.PI);
assert.strictEqual(b.readDoubleLE(), Math.PI);
b.writeDoubleBE(-0.5);
assert.deepStrictEqual([...b], [0xbf, 0xe0, 0, 0, 0, 0, 0, 0]);
b.writeFloatBE(1.5, 4);
assert.strictEqual(b.readFloatBE(4), 1.5);
b.writeBigInt64LE(-2n);
assert.strictEqual(b.readBigInt64LE(), -2n);
assert.strictEqual(b.readBigUInt64LE(), 2n ** 64n - 2n);
b.writeBigUInt64BE(0x0102030405060708n);
assert.deepStrictEqual([...b], [1, 2, 3, 4, 5, 6, 7, 8]);
assert.strictEqual(b.readBigUint64BE(), 0x0102030405060708n);

assert.throws(() => b.readUInt32BE(5), {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 4. Received 5',
});
assert.throws(() => b.readUInt8(1.5), { code: 'ERR_OUT_OF_RANGE', message: /It must be an integer/ });
assert.throws(() => b.readUInt8('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.alloc(2).readUInt32BE(0), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => b.readUIntBE(0), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => b.readUIntBE(0, 7), {
  message: 'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 7',
});
assert.throws(() => b.writeUInt8(256), {
  message: 'The value of "value" is out of range. It must be >= 0 and <= 255. Received 256',
});
assert.throws(() => b.writeInt32BE(2 ** 31), {
  message: 'The value of "value" is out of range. It must be >= -2147483648 and <= 2147483647. Received 2147483648',
});
assert.throws(() => b.writeUIntLE(2 ** 48, 0, 6), {
  message: 'The value of "value" is out of range. It must be >= 0 and < 2 ** 48. Received 281_474_976_710_656',
});
assert.throws(() => b.writeBigInt64LE(2n ** 63n), {
  message: 'The value of "value" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received 9_223_372_036_854_775_808n',
});

// swap, toJSON, equals, compare, copy, fill, indexOf.
assert.deepStrictEqual([...Buffer.from([1, 2, 3, 4]).swap16()], [2, 1, 4, 3]);
assert.deepStrictEqual([...Buffer.from([1, 2, 3, 4]).swap32()], [4, 3, 2, 1]);
assert.deepStrictEqual([...Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64()], [8, 7, 6, 5, 4, 3, 2, 1]);
assert.throws(() => Buffer.alloc(3).swap16(), { code: 'ERR_INVALID_BUFFER_SIZE', message: 'Buffer size must be a multiple of 16-bits' });
assert.deepStrictEqual(Buffer.from([1, 2]).toJSON(), { type: 'Buffer', data: [1, 2] });
assert.deepStrictEqual(Buffer.from(Buffer.from([1, 2]).toJSON()), Buffer.from([1, 2]));
assert.ok(Buffer.from('ab').equals(new Uint8Array([97, 98])));
assert.strictEqual(Buffer.compare(Buffer.from('a'), Buffer.from('b')), -1);
assert.strictEqual(Buffer.from('abc').compare(Buffer.from('xbc'), 1, 3, 1, 3), 0);
const target = Buffer.alloc(4);
assert.strictEqual(Buffer.from('hello').copy(target, 1), 3);
assert.strictEqual(target.toString('latin1'), '\0hel');
assert.strictEqual(Buffer.alloc(5).fill('ab').toString(), 'ababa');
assert.strictEqual(Buffer.alloc(4).fill('e282ac', 'hex').toString('hex'), 'e282ace2');
assert.strictEqual(Buffer.alloc(3, -1)[0], 255);
assert.throws(() => Buffer.alloc(3).fill('zz', 'hex'), { code: 'ERR_INVALID_ARG_VALUE' });
const hay = Buffer.from('abcabc');
assert.strictEqual(hay.indexOf('c'), 2);
assert.strictEqual(hay.indexOf('c', 3), 5);
assert.strictEqual(hay.indexOf('c', -2), 5);
assert.strictEqual(hay.lastIndexOf('abc'), 3);
assert.strictEqual(hay.lastIndexOf('abc', 2), 0);
assert.strictEqual(hay.indexOf(0x62), 1);
assert.strictEqual(hay.indexOf(Buffer.from('ca')), 2);
assert.strictEqual(hay.indexOf(''), 0);
assert.strictEqual(hay.indexOf('', 10), 6);
assert.strictEqual(hay.indexOf('YWJj', 'base64'), 0);
assert.ok(hay.includes('bca'));
assert.strictEqual(Buffer.from('abc', 'ucs2').indexOf('c', 0, 'ucs2'), 4);
assert.throws(() => hay.indexOf({}), { code: 'ERR_INVALID_ARG_TYPE' });
