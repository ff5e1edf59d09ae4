'use strict';
// process.exitCode validation, and 'exit' listeners that change the outcome.
const assert = require('assert');

assert.strictEqual(process.exitCode, undefined);
for (const ok of [0, 1, 2, 255, -1, 1000, '3', '0', '', undefined, null]) {
  process.exitCode = ok;
  assert.strictEqual(process.exitCode, ok);
}

const badType = (v) => ({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
});
for (const bad of [true, {}, [], () => {}, Symbol('x'), 1n]) {
  assert.throws(() => { process.exitCode = bad; }, badType(bad));
}
assert.throws(() => { process.exitCode = 'abc'; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type number. Received type string (\'abc\')',
});
assert.throws(() => { process.exitCode = 1.5; }, {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "code" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => { process.exitCode = NaN; }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => { process.exitCode = Infinity; }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => { process.exitCode = '1.5'; }, { code: 'ERR_INVALID_ARG_TYPE' });
// a rejected value leaves the previous one
process.exitCode = 4;
assert.throws(() => { process.exitCode = 'x'; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(process.exitCode, 4);

// process.exit validates too, before anything else happens
assert.throws(() => process.exit('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.exit(2.5), { code: 'ERR_OUT_OF_RANGE' });
assert.strictEqual(process.exitCode, 4);

const descriptor = Object.getOwnPropertyDescriptor(process, 'exitCode');
assert.strictEqual(typeof descriptor.get, 'function');
assert.strictEqual(typeof descriptor.set, 'function');

// the 'exit' event gets the code; a listener can change it, and process.exit in a listener ends
// the process right there with its code
let order = [];
process.on('exit', (code) => {
  order.push('first');
  assert.strictEqual(code, 4);
  assert.strictEqual(process.exitCode, 4);
  assert.strictEqual(process._exiting, true);
  // timers and ticks scheduled now never run
  setTimeout(() => { throw new Error('timer ran after exit'); }, 0);
  process.nextTick(() => { throw new Error('tick ran after exit'); });
  process.exitCode = 0;
});
process.on('exit', (code) => {
  order.push('second');
  assert.deepStrictEqual(order, ['first', 'second']);
  assert.strictEqual(code, 4); // listeners all see the code the event was emitted with
  assert.strictEqual(process.exitCode, 0);
  process.exit(); // exits with process.exitCode: 0
});
process.on('exit', () => {
  throw new Error('listener after process.exit() in an exit listener ran');
});
