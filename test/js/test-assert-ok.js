'use strict';
// assert(), assert.ok(), the strict variant and Assert instances.
const assert = require('assert');
const strict = require('assert/strict');

function caught(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

assert(true);
assert.ok(1);
const x = 0;
const head = 'The expression evaluated to a falsy value:\n\n  ';
assert.strictEqual(caught(() => assert.ok(false)).message, `${head}assert.ok(false)\n`);
assert.strictEqual(caught(() => assert(x === 1)).message, `${head}assert(x === 1)\n`);
assert.strictEqual(caught(() => assert(x === ')')).message, `${head}assert(x === ')')\n`);
assert.strictEqual(caught(() => assert['ok'](x)).message, `${head}assert['ok'](x)\n`);
assert.strictEqual(caught(() => assert.ok(x,
  undefined)).message, `${head}assert.ok(x,\n`);
{
  const err = caught(() => assert.ok(null));
  assert.strictEqual(err.generatedMessage, true);
  assert.strictEqual(err.actual, null);
  assert.strictEqual(err.expected, true);
  assert.strictEqual(err.operator, '==');
}
assert.strictEqual(caught(() => assert.ok()).message, 'No value argument passed to `assert.ok()`');
assert.strictEqual(caught(() => assert()).message, 'No value argument passed to `assert.ok()`');
assert.strictEqual(caught(() => assert.ok(0, 'm %s', 'q')).message, 'm q');
assert.strictEqual(caught(() => assert.ok(0, () => 'fn')).message, 'fn');
assert.strictEqual(caught(() => assert.ok(0, new RangeError('r'))).name, 'RangeError');
assert.strictEqual(caught(() => assert.ok(0, 5)).code, 'ERR_INVALID_ARG_TYPE');
{
  const err = caught(() => assert.ok(0, ''));
  assert.strictEqual(err.message, '');
  assert.strictEqual(err.generatedMessage, false);
}

// assert/strict
assert.strictEqual(strict, assert.strict);
assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
assert.strictEqual(caught(() => strict.equal(1, '1')).operator, 'strictEqual');
assert.strictEqual(caught(() => strict(false)).message, `${head}strict(false)\n`);
assert.deepStrictEqual(Object.keys(assert), [
  'AssertionError', 'ok', 'fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual',
  'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual',
  'partialDeepStrictEqual', 'match', 'doesNotMatch', 'throws', 'rejects', 'doesNotThrow',
  'doesNotReject', 'ifError', 'strict', 'Assert',
]);

// Assert instances
{
  const a = new assert.Assert();
  assert.strictEqual(a.AssertionError, assert.AssertionError);
  assert.strictEqual(a.ok, assert.ok);
  assert.strictEqual(caught(() => a.equal(1, '1')).message, "Expected values to be strictly equal:\n\n1 !== '1'\n");
  const loose = new assert.Assert({ strict: false });
  loose.deepEqual({ a: 1 }, { a: '1' });
  const full = new assert.Assert({ diff: 'full', strict: false });
  const big = Array.from({ length: 600 }, (_, i) => i);
  assert.ok(caught(() => full.deepEqual(big, 1)).message.length > 3000);
  assert.strictEqual(caught(() => full.deepEqual(big, 1)).diff, 'full');
  assert.ok(caught(() => assert.deepEqual(big, 1)).message.length < 1100);
  assert.strictEqual(caught(() => new assert.Assert({ diff: 'x' })).code, 'ERR_INVALID_ARG_VALUE');
  assert.strictEqual(caught(() => assert.Assert()).code, 'ERR_CONSTRUCT_CALL_REQUIRED');
}
