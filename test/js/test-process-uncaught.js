'use strict';
// 'uncaughtException' (with its origin), 'uncaughtExceptionMonitor' and 'unhandledRejection'
// (with the reason and the promise); the process goes on after a handled error.
const assert = require('assert');

const events = [];
process.on('uncaughtExceptionMonitor', (err, origin) => events.push(['monitor', err.message, origin]));
process.on('uncaughtException', (err, origin) => {
  events.push(['uncaught', err.message, origin]);
});

const rejected = [];
process.on('unhandledRejection', (reason, promise) => {
  rejected.push([reason, promise]);
});

setTimeout(() => {
  throw new Error('from a timer');
}, 1);

const reason = new Error('rejected');
const p = Promise.reject(reason);
const p2 = Promise.reject(42);
// a rejection handled in time is not reported
const handled = Promise.reject(new Error('handled'));
handled.catch(() => {});

setTimeout(() => {
  process.nextTick(() => { throw new Error('from a tick'); });
}, 5);

setTimeout(() => {
  assert.deepStrictEqual(events, [
    ['monitor', 'from a timer', 'uncaughtException'],
    ['uncaught', 'from a timer', 'uncaughtException'],
    ['monitor', 'from a tick', 'uncaughtException'],
    ['uncaught', 'from a tick', 'uncaughtException'],
  ]);
  assert.strictEqual(rejected.length, 2);
  assert.strictEqual(rejected[0][0], reason);
  assert.strictEqual(rejected[0][1], p);
  assert.strictEqual(rejected[1][0], 42);
  assert.strictEqual(rejected[1][1], p2);
  process.removeAllListeners('unhandledRejection');
  // without an unhandledRejection listener the rejection becomes an uncaught exception
  Promise.reject(new Error('no listener'));
  setTimeout(() => {
    assert.deepStrictEqual(events.slice(4), [
      ['monitor', 'no listener', 'unhandledRejection'],
      ['uncaught', 'no listener', 'unhandledRejection'],
    ]);
    process.exitCode = 0;
  }, 5);
}, 30);
