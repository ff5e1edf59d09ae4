'use strict';
// 'beforeExit' fires when the loop runs dry, can schedule more work (and then fires again),
// and is not emitted for process.exit(); 'exit' follows the last one.
const assert = require('assert');

const log = [];
let rounds = 0;
process.on('beforeExit', (code) => {
  log.push(`beforeExit ${code} ${rounds}`);
  assert.strictEqual(code, process.exitCode ?? 0);
  rounds++;
  if (rounds === 1) {
    setTimeout(() => {
      log.push('timer from beforeExit');
      process.exitCode = 3;
    }, 1);
  } else if (rounds === 2) {
    Promise.resolve().then(() => log.push('microtask from beforeExit'));
    setImmediate(() => {
      log.push('immediate from beforeExit');
      process.exitCode = 0;
    });
  }
  // round 3 schedules nothing: the process exits
});
process.on('exit', (code) => {
  log.push(`exit ${code}`);
  assert.deepStrictEqual(log, [
    'main',
    'beforeExit 0 0',
    'timer from beforeExit',
    'beforeExit 3 1',
    'microtask from beforeExit',
    'immediate from beforeExit',
    'beforeExit 0 2',
    'exit 0',
  ]);
});
// an unref'd timer does not keep the loop alive
setTimeout(() => log.push('unref timer ran'), 100000).unref();
log.push('main');
