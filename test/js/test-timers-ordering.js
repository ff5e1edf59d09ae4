'use strict';
// Node's ordering: ticks before promise jobs after every callback; setImmediate before
// setTimeout(0) inside an I/O-like callback; equal deadlines in creation order.
const assert = require('assert');
const log = [];

process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('promise'));
queueMicrotask(() => log.push('microtask'));

setTimeout(() => {
  log.push('t1');
  process.nextTick(() => log.push('t1-tick'));
  Promise.resolve().then(() => log.push('t1-promise'));
}, 2);
setTimeout(() => {
  log.push('t2');
  // Started here, the interval cannot land between t1 and t2: their creation can straddle a
  // millisecond on a busy machine, and then a 1 ms interval's second run may fall between them.
  const interval = setInterval(() => {
    log.push('interval');
    if (log.filter((x) => x === 'interval').length === 3) clearInterval(interval);
  }, 1);
}, 2);

setTimeout(() => {
  // inside a callback of the timers phase, an immediate runs before a new 0ms timer
  setTimeout(() => log.push('inner-timeout'), 0);
  setImmediate(() => log.push('inner-immediate'));
}, 10);

process.on('exit', () => {
  const expectedStart = ['tick', 'promise', 'microtask'];
  assert.deepStrictEqual(log.slice(0, 3), expectedStart);
  const i = log.indexOf('t1');
  assert.deepStrictEqual(log.slice(i, i + 4), ['t1', 't1-tick', 't1-promise', 't2']);
  assert.ok(log.indexOf('inner-immediate') < log.indexOf('inner-timeout'));
  assert.strictEqual(log.filter((x) => x === 'interval').length, 3);
});
