'use strict';
// node:string_decoder: multi-byte characters split across writes, replacement characters,
// UTF-16 surrogate pairs, base64 remainders, end(), and the lastNeed/lastTotal/lastChar state.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const bytes = (...b) => new Uint8Array(b);
const hex = (h) => new Uint8Array(h.match(/../g).map((x) => parseInt(x, 16)));

// Every way of splitting `input` into writes gives `expected`.
function check(encoding, input, expected) {
  const n = input.length;
  for (let mask = 0; mask < (1 << Math.max(0, n - 1)); mask++) {
    const d = new StringDecoder(encoding);
    let out = '';
    let start = 0;
    for (let i = 1; i <= n; i++) {
      if (i === n || (mask & (1 << (i - 1)))) {
        out += d.write(input.subarray(start, i));
        start = i;
      }
    }
    out += d.end();
    assert.strictEqual(out, expected, `${encoding} ${Array.from(input)} split ${mask}`);
  }
}

check('utf8', hex('cba464e18ba430e38185'), '\u02e4\u0064\u12e4\u0030\u3045');
check('utf8', hex('f0a4ada2'), '𤭢');
check('utf8', hex('c9b5a941'), '\u0275\ufffdA');
check('utf8', hex('e241'), '\ufffdA');
check('utf8', hex('ccccb8'), '\ufffd\u0338');
check('utf8', hex('f0fb00'), '\ufffd\ufffd\0');
check('utf8', hex('e2fbcc01'), '\ufffd\ufffd\ufffd\u0001');
check('utf8', hex('eda0b5edb08d'), '\ufffd'.repeat(6));
check('utf16le', hex('3dd84ddc41'), '\ud83d\udc4d');
check('base64', bytes(1, 2, 3, 4, 5), 'AQIDBAU=');
check('base64url', bytes(250, 251, 252, 253), '-vv8_Q');
check('hex', bytes(0, 15, 255), '000fff');
check('latin1', bytes(0x41, 0xe9, 0xff), 'Aéÿ');
check('ascii', bytes(0x41, 0xe9), 'Ai');

{
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.write(hex('e1')), '');
  assert.deepStrictEqual(Array.from(d.lastChar), [0xe1, 0, 0, 0]);
  assert.strictEqual(d.lastNeed, 2);
  assert.strictEqual(d.lastTotal, 3);
  assert.strictEqual(d.end(), '\ufffd');
  assert.strictEqual(d.lastNeed, 0);
  // A lead byte that can never be valid is still held back by its bit pattern.
  assert.strictEqual(d.write(hex('f69b')), '');
  assert.strictEqual(d.write(hex('d1')), '\ufffd\ufffd');
  assert.strictEqual(d.end(), '\ufffd');
  assert.strictEqual(d.write(hex('f4')), '');
  assert.strictEqual(d.write(hex('bde5')), '\ufffd\ufffd');
  assert.strictEqual(d.end(), '\ufffd');
  assert.strictEqual(d.write('a string'), 'a string');
  assert.strictEqual(d.end(hex('e2')), '\ufffd');
  assert.strictEqual(d.text(hex('414243'), 1), 'BC');
}
{
  const d = new StringDecoder('utf16le');
  assert.strictEqual(d.write(hex('3dd8')), '');
  assert.strictEqual(d.lastNeed, 2);
  assert.strictEqual(d.lastTotal, 4);
  assert.strictEqual(d.write(hex('4d')), '');
  assert.strictEqual(d.write(hex('dc')), '\ud83d\udc4d');
  assert.strictEqual(d.write(hex('3dd84d')), '\ud83d');
  assert.strictEqual(d.end(), '');
  assert.strictEqual(d.write(hex('3dd8')), '');
  assert.strictEqual(d.end(), '\ud83d');
}
{
  const d = new StringDecoder('base64');
  assert.strictEqual(d.write(bytes(0x61, 0x62, 0x63, 0x64)), 'YWJj');
  assert.strictEqual(d.lastNeed, 2);
  assert.strictEqual(d.lastTotal, 3);
  assert.strictEqual(d.end(), 'ZA==');
  assert.strictEqual(d.end(), '');
}

// Other typed arrays and DataViews are read as their bytes.
assert.strictEqual(new StringDecoder('hex').write(new Uint16Array([0x0102])), '0201');
assert.strictEqual(new StringDecoder().write(new DataView(bytes(0x68, 0x69).buffer)), 'hi');

// Encodings, errors, construction without new.
assert.strictEqual(new StringDecoder().encoding, 'utf8');
assert.strictEqual(new StringDecoder('UCS-2').encoding, 'utf16le');
assert.strictEqual(new StringDecoder('Binary').encoding, 'latin1');
const o = {};
StringDecoder.call(o, 'hex');
assert.strictEqual(o.encoding, 'hex');
assert.throws(() => new StringDecoder('nope'), { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: nope' });
assert.throws(() => new StringDecoder().write(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received null',
});
assert.throws(() => new StringDecoder().end(0), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => StringDecoder.prototype.write.call({}, bytes(1)), { code: 'ERR_INVALID_THIS' });
assert.deepStrictEqual(Object.keys(new StringDecoder()), ['encoding']);
assert.strictEqual(Object.getOwnPropertySymbols(new StringDecoder())[0].toString(), 'Symbol(kNativeDecoder)');
