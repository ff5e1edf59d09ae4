'use strict';
// zlib: sync, callback and stream round trips in every format jnode has; errors; crc32.
const assert = require('assert');
const zlib = require('zlib');

const input = Buffer.from('hello hello hello zlib '.repeat(1000));
const pairs = [['gzipSync', 'gunzipSync'], ['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync'],
  ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync']];
for (const [pack, unpack] of pairs) {
  const z = zlib[pack](input);
  assert.ok(z.length < input.length / 10, pack);
  assert.deepStrictEqual(zlib[unpack](z), input, `${pack} -> ${unpack}`);
}
assert.strictEqual(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('a'), zlib.gzipSync('b')])).toString(), 'ab');
assert.strictEqual(zlib.gzipSync('x')[0], 0x1f);

assert.throws(() => zlib.inflateSync(Buffer.from('garbage')),
              { code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect header check' });
assert.throws(() => zlib.gunzipSync(zlib.gzipSync('abc').subarray(0, 15)),
              { code: 'Z_BUF_ERROR', errno: -5, message: 'unexpected end of file' });
assert.throws(() => zlib.gzipSync(123), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.createGzip({ level: 11 }), { code: 'ERR_OUT_OF_RANGE' });

assert.strictEqual(zlib.crc32('hello world'), 222957957);
assert.strictEqual(zlib.crc32('world', zlib.crc32('hello ')), 222957957);
assert.strictEqual(zlib.constants.Z_BEST_COMPRESSION, 9);
assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes['-3'], 'Z_DATA_ERROR');

const gz = zlib.createGzip();
const gun = zlib.createGunzip();
const out = [];
gz.pipe(gun).on('data', (d) => out.push(d)).on('end', () => {
  assert.deepStrictEqual(Buffer.concat(out), input);
});
gz.write(input.subarray(0, 1000));
gz.end(input.subarray(1000));

zlib.deflate('abc', (err, packed) => {
  assert.ifError(err);
  zlib.inflate(packed, (err2, plain) => {
    assert.ifError(err2);
    assert.strictEqual(plain.toString(), 'abc');
  });
});
zlib.gunzip(Buffer.from('nope'), (err) => assert.strictEqual(err.code, 'Z_DATA_ERROR'));

const bad = zlib.createInflate();
bad.on('error', (err) => assert.strictEqual(err.code, 'Z_DATA_ERROR'));
bad.end(Buffer.from('not zlib data'));
