'use strict';
// ReadableStream pipeTo/pipeThrough: data and close propagation, prevent* options, error
// propagation both ways, AbortSignal, locking; node:stream interop with web streams
// (finished, pipeline, addAbortSignal, consumers).
const assert = require('assert');
const { finished, pipeline } = require('stream/promises');
const { addAbortSignal } = require('stream');
const consumers = require('stream/consumers');

const { runTests, test } = require('../fixtures/async-tests');

function sink(log) {
  return new WritableStream({
    write(chunk) { log.push(chunk); },
    close() { log.push('close'); },
    abort(r) { log.push(`abort:${r}`); },
  });
}

test('pipeTo copies every chunk and closes the destination', async () => {
  const log = [];
  await ReadableStream.from(['a', 'b', 'c']).pipeTo(sink(log));
  assert.deepStrictEqual(log, ['a', 'b', 'c', 'close']);
});

test('preventClose leaves the destination open', async () => {
  const log = [];
  const ws = sink(log);
  await ReadableStream.from(['a']).pipeTo(ws, { preventClose: true });
  assert.deepStrictEqual(log, ['a']);
  assert.strictEqual(ws.locked, false);
  await ws.getWriter().close();
  assert.deepStrictEqual(log, ['a', 'close']);
});

test('a source error aborts the destination (unless preventAbort)', async () => {
  const boom = new Error('boom');
  const errored = () => new ReadableStream({ start(c) { c.enqueue('x'); c.error(boom); } });
  const log = [];
  await assert.rejects(errored().pipeTo(sink(log)), boom);
  assert.deepStrictEqual(log, ['abort:Error: boom']);
  const log2 = [];
  await assert.rejects(errored().pipeTo(sink(log2), { preventAbort: true }), boom);
  assert.deepStrictEqual(log2, []);
});

test('a destination error cancels the source (unless preventCancel)', async () => {
  const boom = new Error('sink failed');
  let canceled;
  const rs = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { canceled = r; } });
  const ws = new WritableStream({ write() { throw boom; } });
  await assert.rejects(rs.pipeTo(ws), boom);
  assert.strictEqual(canceled, boom);
  assert.strictEqual(rs.locked, false);
});

test('AbortSignal stops the pipe with its reason', async () => {
  const ac = new AbortController();
  const log = [];
  let canceled;
  const rs = new ReadableStream({ cancel(r) { canceled = r; } });
  const p = rs.pipeTo(sink(log), { signal: ac.signal });
  ac.abort('enough');
  await assert.rejects(p, (e) => e === 'enough');
  assert.strictEqual(canceled, 'enough');
  assert.deepStrictEqual(log, ['abort:enough']);

  const ac2 = new AbortController();
  ac2.abort();
  await assert.rejects(ReadableStream.from([1]).pipeTo(new WritableStream(), { signal: ac2.signal }), {
    name: 'AbortError',
  });
});

test('pipeThrough returns the readable side and locks the source', async () => {
  const upper = new TransformStream({ transform(c, ctl) { ctl.enqueue(c.toUpperCase()); } });
  const src = ReadableStream.from(['x', 'y']);
  const out = src.pipeThrough(upper);
  assert.strictEqual(out, upper.readable);
  assert.strictEqual(src.locked, true);
  const got = [];
  for await (const v of out) got.push(v);
  assert.deepStrictEqual(got, ['X', 'Y']);
});

test('bad arguments', async () => {
  await assert.rejects(new ReadableStream().pipeTo(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new ReadableStream().pipeThrough(1), { code: 'ERR_INVALID_ARG_TYPE' });
  const rs = new ReadableStream();
  rs.getReader();
  await assert.rejects(rs.pipeTo(new WritableStream()), { code: 'ERR_INVALID_STATE' });
  const ws = new WritableStream();
  ws.getWriter();
  await assert.rejects(new ReadableStream().pipeTo(ws), { code: 'ERR_INVALID_STATE' });
});

test('stream.finished and pipeline accept web streams', async () => {
  const rs = ReadableStream.from(['a']);
  const done = finished(rs);
  for await (const _ of rs); // eslint-disable-line no-unused-vars
  await done;

  const log = [];
  await pipeline(ReadableStream.from(['p', 'q']), sink(log));
  assert.deepStrictEqual(log, ['p', 'q', 'close']);
});

test('addAbortSignal errors a web stream', async () => {
  const ac = new AbortController();
  const rs = addAbortSignal(ac.signal, new ReadableStream());
  const reader = rs.getReader();
  ac.abort();
  await assert.rejects(reader.read(), { name: 'AbortError' });
});

test('stream/consumers read web streams', async () => {
  assert.strictEqual(await consumers.text(ReadableStream.from(['ab', 'c'])), 'abc');
  assert.deepStrictEqual(await consumers.json(ReadableStream.from(['{"a":', '1}'])), { a: 1 });
  const buf = await consumers.buffer(ReadableStream.from([new Uint8Array([1, 2])]));
  assert.deepStrictEqual([...buf], [1, 2]);
});

// every test must finish: a promise that never settles would otherwise end the process quietly
runTests();
