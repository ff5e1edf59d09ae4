'use strict';
// Readable: paused vs flowing mode, event order and ticks, read(n), unshift, backpressure.
const assert = require('assert');
const { Readable } = require('stream');

const checks = [];
function later(fn) { checks.push(fn); }
process.on('exit', () => { for (const fn of checks) fn(); });

// Flowing mode: 'resume' then data on a later tick, then 'end' and 'close'.
{
  const events = [];
  const r = new Readable({ objectMode: true, read() {} });
  r.push('a');
  r.push('b');
  r.push(null);
  r.on('resume', () => events.push('resume'));
  r.on('data', (d) => events.push(`data:${d}`));
  r.on('end', () => events.push('end'));
  r.on('close', () => events.push('close'));
  assert.strictEqual(r.readableFlowing, true);
  assert.deepStrictEqual(events, []); // nothing synchronously
  later(() => assert.deepStrictEqual(events, ['resume', 'data:a', 'data:b', 'end', 'close']));
}

// Paused mode with 'readable': read() drains, 'end' follows.
{
  const events = [];
  const r = new Readable({ objectMode: true, read() {} });
  r.on('readable', () => {
    events.push('readable');
    let chunk;
    while ((chunk = r.read()) !== null) events.push(`read:${chunk}`);
  });
  r.on('end', () => events.push('end'));
  assert.strictEqual(r.readableFlowing, false);
  r.push(1);
  r.push(2);
  setImmediate(() => r.push(null));
  later(() => assert.deepStrictEqual(events,
    ['readable', 'read:1', 'read:2', 'readable', 'end']));
}

// read(n) on a string stream (setEncoding keeps strings).
{
  const r = new Readable({ encoding: 'utf8', read() {} });
  r.push('hello');
  r.push('world');
  assert.strictEqual(r.readableLength, 10);
  assert.strictEqual(r.read(3), 'hel');
  assert.strictEqual(r.read(4), 'lowo');
  assert.strictEqual(r.read(10), null); // not enough yet
  r.push(null);
  assert.strictEqual(r.read(10), 'rld'); // at the end: whatever is left
  assert.strictEqual(r.readableEncoding, 'utf8');
}

// unshift puts data back at the front.
{
  const r = new Readable({ objectMode: true, read() {} });
  r.push('b');
  r.unshift('a');
  assert.strictEqual(r.read(), 'a');
  assert.strictEqual(r.read(), 'b');
}

// push() returns false once the buffer reaches highWaterMark.
{
  const r = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
  assert.strictEqual(r.push(1), true);
  assert.strictEqual(r.push(2), false);
  assert.strictEqual(r.readableHighWaterMark, 2);
  assert.strictEqual(r.readableLength, 2);
}

// _read is called with the highWaterMark and again as data is consumed.
{
  let n = 0;
  const seen = [];
  const r = new Readable({
    objectMode: true,
    highWaterMark: 3,
    read(size) {
      assert.strictEqual(size, 3);
      n++;
      if (n > 5) this.push(null);
      else this.push(n);
    },
  });
  r.on('data', (d) => seen.push(d));
  later(() => assert.deepStrictEqual(seen, [1, 2, 3, 4, 5]));
}

// pause() / resume() events and isPaused().
{
  const events = [];
  const r = new Readable({ objectMode: true, read() {} });
  r.on('pause', () => events.push('pause'));
  r.on('resume', () => events.push('resume'));
  assert.strictEqual(r.isPaused(), false);
  r.pause();
  assert.strictEqual(r.isPaused(), true);
  assert.strictEqual(r.readableFlowing, false);
  r.resume();
  assert.strictEqual(r.isPaused(), false);
  later(() => assert.deepStrictEqual(events, ['pause', 'resume']));
}

// A 'data' listener does not restart a stream that was paused explicitly.
{
  const r = new Readable({ objectMode: true, read() {} });
  r.pause();
  r.on('data', () => {});
  assert.strictEqual(r.readableFlowing, false);
}

// destroy(err): 'error' then 'close', each once; state flags.
{
  const events = [];
  const r = new Readable({ read() {} });
  const err = new Error('boom');
  r.on('error', (e) => { events.push('error'); assert.strictEqual(e, err); });
  r.on('close', () => events.push('close'));
  r.destroy(err);
  r.destroy(new Error('second'));
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.errored, err);
  assert.strictEqual(r.readable, false);
  later(() => {
    assert.deepStrictEqual(events, ['error', 'close']);
    assert.strictEqual(r._readableState.errorEmitted, true);
    assert.strictEqual(r._readableState.closeEmitted, true);
    assert.strictEqual(r.closed, true);
  });
}

// emitClose: false and autoDestroy: false.
{
  let closed = false;
  const r = new Readable({ objectMode: true, emitClose: false, autoDestroy: false, read() {} });
  r.on('close', () => { closed = true; });
  r.push(null);
  r.resume();
  r.on('end', () => {
    setImmediate(() => {
      assert.strictEqual(r.destroyed, false);
      r.destroy();
    });
  });
  later(() => assert.strictEqual(closed, false));
}

// push after EOF is an error.
{
  const r = new Readable({ objectMode: true, read() {} });
  r.push(null);
  let code;
  r.on('error', (e) => { code = e.code; });
  r.push('x');
  later(() => assert.strictEqual(code, 'ERR_STREAM_PUSH_AFTER_EOF'));
}

// _read not implemented.
{
  const r = new Readable();
  let err;
  r.on('error', (e) => { err = e; });
  r.read();
  later(() => {
    assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED');
    assert.strictEqual(err.message, 'The _read() method is not implemented');
  });
}

// Invalid highWaterMark.
assert.throws(() => new Readable({ highWaterMark: -1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.highWaterMark' is invalid. Received -1",
});

// _construct runs before the first _read.
{
  const order = [];
  const r = new Readable({
    objectMode: true,
    construct(cb) { order.push('construct'); setImmediate(cb); },
    read() { order.push('read'); this.push(null); },
  });
  r.resume();
  later(() => assert.deepStrictEqual(order.slice(0, 2), ['construct', 'read']));
}

// Async iteration, and break destroys the stream.
(async () => {
  const r = Readable.from([1, 2, 3, 4]);
  const got = [];
  for await (const x of r) {
    got.push(x);
    if (x === 2) break;
  }
  assert.deepStrictEqual(got, [1, 2]);
  assert.strictEqual(r.destroyed, true);

  const r2 = new Readable({ objectMode: true, read() {} });
  r2.push('a');
  setImmediate(() => r2.destroy(new Error('fail')));
  await assert.rejects(async () => { for await (const x of r2) void x; }, { message: 'fail' });
  later(() => {});
})().then(() => later(() => {}));
