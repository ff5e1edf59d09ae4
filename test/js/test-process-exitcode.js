'use strict';
// process.exitCode validation, and 'exit' listeners that change the outcome.
const assert = require('assert');

assert.strictEqual(process.exitCode, undefined);
// integers, and strings that are numbers, are stored as int32 numbers; null becomes undefined
for (const [input, stored] of [[0, 0], [1, 1], [255, 255], [-1, -1], [1000, 1000], ['3', 3], ['0', 0],
  [' 7 ', 7], ['0x10', 16], ['1e2', 100], ['-2', -2], [-0, 0], [2 ** 31, -(2 ** 31)], [2 ** 32 + 5, 5],
  [undefined, undefined], [null, undefined]]) {
  process.exitCode = input;
  assert.strictEqual(process.exitCode, stored, `exitCode = ${String(input)}`);
}

for (const bad of [true, {}, [], () => {}, Symbol('x'), 1n, '', 'abc', 'NaN']) {
  assert.throws(() => { process.exitCode = bad; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
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
assert.throws(() => { process.exitCode = '1.5'; }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "code" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => { process.exitCode = NaN; }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => { process.exitCode = Infinity; }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => { process.exitCode = 'Infinity'; }, { code: 'ERR_OUT_OF_RANGE' });
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
