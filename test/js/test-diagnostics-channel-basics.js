'use strict';
// diagnostics_channel: publish/subscribe and tracing channels; async_hooks.AsyncResource; tty.isatty.
const assert = require('assert');
const dc = require('diagnostics_channel');
const { AsyncResource } = require('async_hooks');
const tty = require('tty');

const ch = dc.channel('jnode.test');
assert.strictEqual(dc.channel('jnode.test'), ch);
assert.strictEqual(ch.hasSubscribers, false);
const got = [];
const sub = (msg, name) => got.push([msg, name]);
dc.subscribe('jnode.test', sub);
assert.strictEqual(dc.hasSubscribers('jnode.test'), true);
ch.publish({ a: 1 });
assert.deepStrictEqual(got, [[{ a: 1 }, 'jnode.test']]);
assert.strictEqual(dc.unsubscribe('jnode.test', sub), true);
assert.strictEqual(dc.unsubscribe('jnode.test', sub), false);
ch.publish({ a: 2 });
assert.strictEqual(got.length, 1);
assert.ok(ch instanceof dc.Channel);

const tc = dc.tracingChannel('jnode.op');
assert.strictEqual(tc.hasSubscribers, false);
const order = [];
tc.subscribe({
  start: (ctx) => order.push(`start ${ctx.x}`),
  end: (ctx) => order.push(`end ${ctx.result}`),
  error: (ctx) => order.push(`error ${ctx.error.message}`),
  asyncStart: () => order.push('asyncStart'),
  asyncEnd: () => order.push('asyncEnd'),
});
assert.strictEqual(tc.traceSync((a, b) => a + b, { x: 1 }, null, 2, 3), 5);
assert.throws(() => tc.traceSync(() => { throw new Error('bad'); }, { x: 2 }));
tc.tracePromise(async () => 'p', { x: 3 }).then((v) => {
  assert.strictEqual(v, 'p');
  assert.deepStrictEqual(order, ['start 1', 'end 5', 'start 2', 'error bad', 'end undefined',
    'start 3', 'end undefined', 'asyncStart', 'asyncEnd']);
});

const r = new AsyncResource('jnode-test');
assert.ok(Number.isInteger(r.asyncId()));
assert.strictEqual(r.runInAsyncScope(function(a) { return [this, a]; }, 'self', 1)[1], 1);
const bound = AsyncResource.bind(function named() { return 7; });
assert.strictEqual(bound(), 7);
assert.throws(() => new AsyncResource(1), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(tty.isatty(-1), false);
assert.strictEqual(tty.isatty('1'), false);
assert.strictEqual(typeof tty.isatty(1), 'boolean');
