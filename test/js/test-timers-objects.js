'use strict';
const assert = require('assert');

const t = setTimeout(() => {}, 1000);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);
assert.strictEqual(t.ref(), t);
assert.strictEqual(typeof t[Symbol.toPrimitive](), 'number');
const id = +t;
clearTimeout(id); // a timer can be cleared by its primitive id
assert.strictEqual(t.refresh(), t);

const imm = setImmediate(() => assert.fail('cleared immediate ran'));
assert.strictEqual(imm.hasRef(), true);
clearImmediate(imm);

// an unref'd timer does not keep the process alive
setTimeout(() => assert.fail('unref timer ran'), 100000).unref();

let refreshed = 0;
const r = setTimeout(() => { refreshed++; }, 5);
setTimeout(() => r.refresh(), 2);
process.on('exit', () => assert.strictEqual(refreshed, 1));

assert.throws(() => setTimeout('not a function'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => setImmediate(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => queueMicrotask(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.nextTick(null), { code: 'ERR_INVALID_ARG_TYPE' });

let args;
setTimeout((a, b) => { args = [a, b]; }, 1, 'x', 'y');
setImmediate((a) => assert.strictEqual(a, 7), 7);
process.on('exit', () => assert.deepStrictEqual(args, ['x', 'y']));
