'use strict';
// os.constants and os.getPriority/setPriority argument checks and errors.
const assert = require('assert');
const os = require('os');

const { constants } = os;
assert.strictEqual(constants.errno.ENOENT, 2);
assert.strictEqual(constants.errno.EWOULDBLOCK, 11);
assert.strictEqual(constants.errno.EOPNOTSUPP, 95);
assert.strictEqual(Object.keys(constants.errno).length, 79);
assert.strictEqual(constants.signals.SIGKILL, 9);
assert.throws(() => { constants.signals.FOO = 1; }, TypeError);
assert.strictEqual(constants.priority.PRIORITY_HIGHEST, -20);
assert.strictEqual(constants.priority.PRIORITY_LOW, 19);
assert.strictEqual(constants.dlopen.RTLD_NOW, 2);
assert.strictEqual(constants.UV_UDP_REUSEADDR, 4);
assert.throws(() => { os.constants = {}; }, TypeError);
assert.throws(() => { os.EOL = 'x'; }, TypeError);
assert.deepStrictEqual(Object.keys(constants), ['UV_UDP_REUSEADDR', 'dlopen', 'errno', 'signals', 'priority']);

assert.strictEqual(typeof os.getPriority(), 'number');
assert.strictEqual(os.getPriority(), os.getPriority(process.pid));
for (const bad of [null, 'x', {}, true]) {
  assert.throws(() => os.getPriority(bad), { code: 'ERR_INVALID_ARG_TYPE', message: /The "pid" argument must be of type number/ });
  assert.throws(() => os.setPriority(0, bad), { code: 'ERR_INVALID_ARG_TYPE', message: /The "priority" argument must be of type number/ });
}
for (const bad of [NaN, 1.5, 2 ** 32]) {
  assert.throws(() => os.getPriority(bad), { code: 'ERR_OUT_OF_RANGE' });
}
assert.throws(() => os.setPriority(0, 20), { code: 'ERR_OUT_OF_RANGE', message: /The value of "priority" is out of range/ });
assert.throws(() => os.getPriority(-1), {
  code: 'ERR_SYSTEM_ERROR', name: 'SystemError',
  message: 'A system error occurred: uv_os_getpriority returned ESRCH (no such process)',
  info: { errno: -3, code: 'ESRCH', message: 'no such process', syscall: 'uv_os_getpriority' },
});

// Lowering our own priority is always allowed.
const before = os.getPriority();
const target = Math.min(19, Math.max(before, 10));
os.setPriority(target);
assert.strictEqual(os.getPriority(), target);
os.setPriority(process.pid, target);
assert.strictEqual(os.getPriority(process.pid), target);
