'use strict';
// WHATWG WritableStream: writer, backpressure and ready, close, abort (with the controller's
// signal), errors from the sink, bad input, inspection.
const assert = require('assert');
const { inspect } = require('util');

const { runTests, test } = require('../fixtures/async-tests');

test('writes reach the sink in order, close after them', async () => {
  const log = [];
  const ws = new WritableStream({
    start() { log.push('start'); },
    async write(chunk, controller) {
      assert.strictEqual(typeof controller.error, 'function');
      await new Promise((r) => setTimeout(r, 1));
      log.push(`w:${chunk}`);
    },
    close() { log.push('close'); },
  });
  const writer = ws.getWriter();
  assert.strictEqual(ws.locked, true);
  writer.write('a');
  writer.write('b');
  await writer.close();
  await writer.closed;
  assert.deepStrictEqual(log, ['start', 'w:a', 'w:b', 'close']);
  assert.strictEqual(writer.desiredSize, 0);
});

test('backpressure: desiredSize and ready', async () => {
  let release;
  const ws = new WritableStream({
    write() { return new Promise((r) => { release = r; }); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const writer = ws.getWriter();
  await writer.ready;
  assert.strictEqual(writer.desiredSize, 2);
  writer.write(1);
  writer.write(2);
  assert.strictEqual(writer.desiredSize, 0);
  let ready = false;
  writer.ready.then(() => { ready = true; });
  await new Promise((r) => setTimeout(r, 5));
  assert.strictEqual(ready, false);
  release();
  await writer.ready;
  assert.strictEqual(writer.desiredSize, 1);
});

test('abort: reason reaches sink.abort and the signal; queued writes reject', async () => {
  let abortReason;
  let signal;
  let finishWrite;
  const ws = new WritableStream({
    start(c) { signal = c.signal; },
    write() { return new Promise((r) => { finishWrite = r; }); },
    abort(r) { abortReason = r; },
  });
  const writer = ws.getWriter();
  await writer.ready;
  const inFlight = writer.write('in flight');
  const queued = writer.write('queued');
  const reason = new Error('stop');
  const abortP = writer.abort(reason);
  assert.strictEqual(signal.aborted, true);
  assert.strictEqual(signal.reason, reason);
  await assert.rejects(writer.ready, reason);
  // abort waits for the write in flight
  await new Promise((r) => setTimeout(r, 5));
  assert.strictEqual(abortReason, undefined);
  finishWrite();
  await inFlight;
  await abortP;
  assert.strictEqual(abortReason, reason);
  await assert.rejects(queued, reason);
  await assert.rejects(writer.closed, reason);

  const ws2 = new WritableStream({ abort(r) { abortReason = r; } });
  await ws2.abort('gone');
  assert.strictEqual(abortReason, 'gone');
  assert.strictEqual(inspect(ws2), "WritableStream { locked: false, state: 'errored' }");
});

test('a failing sink errors the stream', async () => {
  const boom = new Error('boom');
  const ws = new WritableStream({ write() { throw boom; } });
  const writer = ws.getWriter();
  await assert.rejects(writer.write('x'), boom);
  await assert.rejects(writer.closed, boom);
  await assert.rejects(writer.write('y'), boom);
  assert.strictEqual(writer.desiredSize, null);

  const ws2 = new WritableStream({ start(c) { c.error(boom); } });
  await assert.rejects(ws2.getWriter().closed, boom);
});

test('bad input and misuse get Node errors', async () => {
  assert.throws(() => new WritableStream(1), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "sink" argument must be of type object. Received type number (1)',
  });
  assert.throws(() => new WritableStream({ type: 1 }), { code: 'ERR_INVALID_ARG_VALUE', name: 'RangeError' });
  assert.throws(() => new WritableStream({}, { highWaterMark: NaN }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => new WritableStreamDefaultController(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
  assert.throws(() => WritableStream.prototype.getWriter.call(1), { code: 'ERR_INVALID_THIS' });
  const ws = new WritableStream();
  const writer = ws.getWriter();
  assert.throws(() => ws.getWriter(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is locked' });
  await assert.rejects(ws.close(), { code: 'ERR_INVALID_STATE' });
  await assert.rejects(ws.abort(), { code: 'ERR_INVALID_STATE' });
  writer.close();
  await assert.rejects(writer.close(), { code: 'ERR_INVALID_STATE' });
  const slow = new WritableStream({ start() { return new Promise(() => {}); } }).getWriter();
  slow.close();
  await assert.rejects(slow.write(1), { code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is closed' });
  writer.releaseLock();
  await assert.rejects(writer.write(1), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: Writer is not bound to a WritableStream',
  });
  await assert.rejects(writer.closed, { code: 'ERR_INVALID_STATE', message: 'Invalid state: Writer has been released' });
  assert.throws(() => writer.desiredSize, { code: 'ERR_INVALID_STATE' });
});

test('inspect', () => {
  const ws = new WritableStream();
  assert.strictEqual(inspect(ws), "WritableStream { locked: false, state: 'writable' }");
  assert.match(inspect(ws.getWriter()), /desiredSize: 1/);
});

// every test must finish: a promise that never settles would otherwise end the process quietly
runTests();
