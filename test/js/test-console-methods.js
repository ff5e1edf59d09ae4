'use strict';
// Console writing to in-memory streams.
const assert = require('assert');
const { Console } = require('console');

const EventEmitter = require('events');

function sink() {
  const s = new EventEmitter();
  s.data = '';
  s.write = function(chunk) { this.data += chunk; return true; };
  return s;
}
const out = sink();
const err = sink();
const c = new Console({ stdout: out, stderr: err });

c.log('a %d', 1, { x: 1 });
c.info('info');
c.error('to err');
c.warn('warn');
c.group('G');
c.log('in\nside');
c.groupEnd();
c.log('after');
c.count();
c.count('x');
c.count();
c.assert(true, 'never');
c.assert(false, 'bad %s', 'thing');
c.assert(false);
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
c.table([{ a: 1, b: 'x' }, { a: 2 }]);
c.table(5);
assert.strictEqual(out.data, [
  'a 1 { x: 1 }', 'info', 'G', '  in', '  side', 'after', 'default: 1', 'x: 1', 'default: 2',
  '{ a: [Object] }',
  '┌─────────┬───┬─────┐',
  '│ (index) │ a │ b   │',
  '├─────────┼───┼─────┤',
  '│ 0       │ 1 │ \'x\' │',
  '│ 1       │ 2 │     │',
  '└─────────┴───┴─────┘',
  '5',
  '',
].join('\n'));
assert.strictEqual(err.data, 'to err\nwarn\nAssertion failed: bad thing\nAssertion failed\n');

const tout = sink();
const t = new Console(tout);
t.time('job');
t.timeLog('job', 'extra');
t.timeEnd('job');
const lines = tout.data.split('\n');
assert.match(lines[0], /^job: \d+(\.\d+)?m?s extra$/);
assert.match(lines[1], /^job: \d+(\.\d+)?m?s$/);

const trOut = sink();
const trErr = sink();
new Console(trOut, trErr).trace('here', 1);
assert.match(trErr.data, /^Trace: here 1\n {4}at /);
assert.strictEqual(trOut.data, '');

assert.throws(() => new Console({}), { code: 'ERR_CONSOLE_WRITABLE_STREAM' });
assert.strictEqual(typeof console.log, 'function');
assert.strictEqual(console.Console, Console);
