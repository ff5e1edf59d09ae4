'use strict';
// throws / doesNotThrow / rejects / doesNotReject / match / doesNotMatch / ifError / fail.
const assert = require('assert');

function caught(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

assert.throws(() => { throw new TypeError('x'); }, TypeError);
assert.throws(() => { throw new Error('x'); }, /x/);
assert.throws(() => { throw new Error('x'); }, { message: 'x', name: 'Error' });
assert.throws(() => { throw new Error('x'); }, { message: /x/ });
assert.throws(() => { throw new Error('x'); }, (e) => e.message === 'x');
assert.throws(() => { throw new Error('x'); }, new Error('x'));

assert.strictEqual(caught(() => assert.throws(() => {})).message, 'Missing expected exception.');
assert.strictEqual(caught(() => assert.throws(() => {}, TypeError)).message, 'Missing expected exception (TypeError).');
assert.strictEqual(caught(() => assert.throws(() => {}, 'msg')).message, 'Missing expected exception: msg');
assert.strictEqual(caught(() => assert.throws(() => {}, TypeError, 'msg')).message,
  'Missing expected exception (TypeError): msg');
{
  const err = caught(() => assert.throws(() => {}));
  assert.strictEqual(err.generatedMessage, false);
  assert.strictEqual(err.operator, 'throws');
}
assert.strictEqual(caught(() => assert.throws(() => { throw new Error('x'); }, TypeError)).message,
  'The error is expected to be an instance of "TypeError". Received "Error"\n\nError message:\n\nx');
assert.strictEqual(caught(() => assert.throws(() => { throw new Error('x'); }, /y/)).message,
  "The input did not match the regular expression /y/. Input:\n\n'Error: x'\n");
assert.strictEqual(caught(() => assert.throws(() => { throw new Error('x'); }, function validate() { return false; })).message,
  'The "validate" validation function is expected to return "true". Received false\n\nCaught error:\n\nError: x');
assert.strictEqual(caught(() => assert.throws(() => { throw new Error('x'); }, { message: 'y' })).message,
  "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'x'\n-   message: 'y'\n  }\n");
assert.strictEqual(caught(() => assert.throws(() => { throw new Error('x'); }, {})).code, 'ERR_INVALID_ARG_VALUE');
assert.strictEqual(caught(() => assert.throws(() => { throw new Error('x'); }, 5)).code, 'ERR_INVALID_ARG_TYPE');
assert.strictEqual(caught(() => assert.throws(() => { throw new Error('x'); }, 'x')).code, 'ERR_AMBIGUOUS_ARGUMENT');
assert.strictEqual(caught(() => assert.throws('x')).message,
  'The "fn" argument must be of type function. Received type string (\'x\')');

assert.doesNotThrow(() => {});
assert.strictEqual(caught(() => assert.doesNotThrow(() => { throw new Error('x'); })).message,
  'Got unwanted exception.\nActual message: "x"');
assert.strictEqual(caught(() => assert.doesNotThrow(() => { throw new Error('x'); }, 'hello')).message,
  'Got unwanted exception: hello\nActual message: "x"');
{
  // A non-matching error is rethrown as it is.
  const original = new Error('x');
  assert.strictEqual(caught(() => assert.doesNotThrow(() => { throw original; }, TypeError)), original);
}

assert.match('abc', /b/);
assert.doesNotMatch('abc', /x/);
assert.strictEqual(caught(() => assert.match('abc', /x/)).message,
  "The input did not match the regular expression /x/. Input:\n\n'abc'\n");
assert.strictEqual(caught(() => assert.doesNotMatch('abc', /b/)).message,
  "The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n");
assert.strictEqual(caught(() => assert.match(1, /b/)).message,
  'The "string" argument must be of type string. Received type number (1)');
assert.strictEqual(caught(() => assert.match('a', 'b')).code, 'ERR_INVALID_ARG_TYPE');

assert.ifError(null);
assert.ifError(undefined);
assert.strictEqual(caught(() => assert.ifError(new Error('zz'))).message, 'ifError got unwanted exception: zz');
assert.strictEqual(caught(() => assert.ifError('zz')).message, "ifError got unwanted exception: 'zz'");
assert.strictEqual(caught(() => assert.ifError(0)).message, 'ifError got unwanted exception: 0');
assert.strictEqual(caught(() => assert.ifError(new TypeError(''))).message, 'ifError got unwanted exception: TypeError');

{
  const err = caught(() => assert.fail());
  assert.strictEqual(err.message, 'Failed');
  assert.strictEqual(err.generatedMessage, true);
  assert.strictEqual(err.operator, 'fail');
}
assert.strictEqual(caught(() => assert.fail('boom')).message, 'boom');
assert.strictEqual(caught(() => assert.fail(null)).message, 'undefined fail undefined');
assert.strictEqual(caught(() => assert.fail(new TypeError('tt'))).name, 'TypeError');

(async () => {
  await assert.rejects(Promise.reject(new Error('x')), /x/);
  await assert.rejects(async () => { throw new TypeError('t'); }, TypeError);
  await assert.doesNotReject(Promise.resolve(1));
  await assert.rejects(assert.rejects(Promise.resolve(1)), {
    code: 'ERR_ASSERTION', message: 'Missing expected rejection.',
  });
  await assert.rejects(assert.doesNotReject(Promise.reject(new Error('x'))), {
    code: 'ERR_ASSERTION', message: 'Got unwanted rejection.\nActual message: "x"',
  });
  await assert.rejects(assert.rejects(() => 5), {
    code: 'ERR_INVALID_RETURN_VALUE',
    message: 'Expected instance of Promise to be returned from the "promiseFn" function but got type number (5).',
  });
  await assert.rejects(assert.rejects(5), { code: 'ERR_INVALID_ARG_TYPE' });
})().catch((err) => {
  process.exitCode = 1;
  throw err;
});
