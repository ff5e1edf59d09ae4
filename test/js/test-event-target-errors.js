'use strict';
// A throwing listener (sync or async) does not stop the others; its error reaches
// 'uncaughtException' on a later tick, never 'error' or 'unhandledRejection'.
const assert = require('assert');

const seen = [];
process.on('unhandledRejection', () => assert.fail('unhandledRejection'));
process.on('uncaughtException', (err, origin) => {
  seen.push(`${err.message}:${origin}`);
});

const et = new EventTarget();
const order = [];
et.addEventListener('foo', async () => { order.push(1); throw new Error('async'); });
et.addEventListener('foo', () => { order.push(2); throw new Error('sync'); });
et.addEventListener('foo', { handleEvent() { order.push(3); throw new Error('object'); } });
et.addEventListener('foo', () => order.push(4));
assert.strictEqual(et.dispatchEvent(new Event('foo')), true);
assert.deepStrictEqual(order, [1, 2, 3, 4]);
assert.deepStrictEqual(seen, []);

process.on('exit', () => {
  assert.deepStrictEqual(seen.sort(), ['async:uncaughtException', 'object:uncaughtException', 'sync:uncaughtException']);
});
