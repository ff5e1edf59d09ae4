'use strict';
// crypto: hashes, HMACs, random bytes, timingSafeEqual, with Node's errors.
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.createHash('sha1').update('abc').digest('hex'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
assert.strictEqual(crypto.createHash('SHA256').update(Buffer.from('abc')).digest('base64'),
                   'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
assert.strictEqual(crypto.createHash('md5').update('a').update('b').digest('hex'), '187ef4436122d1cc2f40dc2b92f0eba0');
assert.strictEqual(crypto.hash('sha1', 'abc'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
const h = crypto.createHash('sha512');
h.update('part1');
const copy = h.copy();
assert.strictEqual(h.digest('hex'), copy.digest('hex'));
assert.throws(() => h.update('more'), { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
assert.throws(() => h.digest(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.throws(() => crypto.createHash('nope'), { message: 'Digest method not supported' });
assert.ok(crypto.getHashes().includes('sha256'));

assert.strictEqual(crypto.createHmac('sha256', 'key').update('data').digest('hex'),
                   '5031fe3d989c6d1537a013fa6e739da23463fdaec3b70137d828e36ace221bd0');
assert.strictEqual(crypto.createHmac('sha1', '').update('d').digest('base64'), 'c464LYM47UIEAMg09+OCrUDfTgs=');
assert.throws(() => crypto.createHmac('nope', 'k'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope',
});

assert.strictEqual(crypto.randomBytes(16).length, 16);
assert.throws(() => crypto.randomBytes(-1), { code: 'ERR_OUT_OF_RANGE' });
crypto.randomBytes(4, (err, buf) => {
  assert.ifError(err);
  assert.strictEqual(buf.length, 4);
});
assert.match(crypto.randomUUID(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
for (let i = 0; i < 100; i++) {
  const n = crypto.randomInt(3, 7);
  assert.ok(n >= 3 && n < 7);
}
const arr = new Uint32Array(4);
assert.strictEqual(crypto.getRandomValues(arr), arr);
assert.strictEqual(crypto.randomFillSync(Buffer.alloc(8), 2, 4).length, 8);

assert.strictEqual(crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ac')), false);
assert.throws(() => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')), {
  name: 'RangeError', code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
});
