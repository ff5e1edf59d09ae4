'use strict';
// process.emitWarning: argument forms, the 'warning' event (asynchronous), validation.
const assert = require('assert');

const seen = [];
process.on('warning', (w) => seen.push(w));

process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('with code', 'CustomWarning', 'CODE001');
process.emitWarning('options', { type: 'OptWarning', code: 'OPT1', detail: 'some detail' });
process.emitWarning('deprecated', 'DeprecationWarning', 'DEP0999');
const own = new Error('an error object');
own.name = 'OwnWarning';
process.emitWarning(own);
function ctor() {
  process.emitWarning('ctor given', 'Warning', ctor);
}
ctor();
assert.strictEqual(seen.length, 0, 'the event is emitted on a later tick');

assert.throws(() => process.emitWarning(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "warning" argument must be of type string or an instance of Error. Received type number (1)',
});
assert.throws(() => process.emitWarning('x', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.emitWarning('x', 'Warning', 1), { code: 'ERR_INVALID_ARG_TYPE' });

process.nextTick(() => {
  assert.strictEqual(seen.length, 7);
  const [plain, typed, coded, opts, dep, obj, withCtor] = seen;
  assert.ok(plain instanceof Error);
  assert.strictEqual(plain.name, 'Warning');
  assert.strictEqual(plain.message, 'plain');
  assert.strictEqual(plain.code, undefined);
  assert.strictEqual(typed.name, 'CustomWarning');
  assert.strictEqual(coded.code, 'CODE001');
  assert.strictEqual(opts.name, 'OptWarning');
  assert.strictEqual(opts.code, 'OPT1');
  assert.strictEqual(opts.detail, 'some detail');
  assert.strictEqual(dep.name, 'DeprecationWarning');
  assert.strictEqual(dep.code, 'DEP0999');
  assert.strictEqual(obj, own);
  assert.strictEqual(withCtor.message, 'ctor given');
  assert.ok(!/\n\s+at ctor /.test(withCtor.stack), 'frames above ctor are cut');
});
