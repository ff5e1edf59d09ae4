'use strict';
// WHATWG ReadableStream: default and byte streams, readers, BYOB, tee, async iteration,
// ReadableStream.from, cancel, errors for bad input, inspection.
const assert = require('assert');
const { inspect } = require('util');
const web = require('stream/web');

const { runTests, test } = require('../fixtures/async-tests');

test('globals are the stream/web classes', () => {
  for (const name of Object.keys(web)) {
    if (typeof globalThis[name] === 'function') assert.strictEqual(globalThis[name], web[name], name);
  }
  assert.strictEqual(ReadableStream, web.ReadableStream);
  assert.strictEqual(Object.prototype.toString.call(new ReadableStream()), '[object ReadableStream]');
  assert.deepStrictEqual(Object.keys(ReadableStream.prototype),
    ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
  assert.strictEqual(ReadableStream.prototype[Symbol.asyncIterator], ReadableStream.prototype.values);
});

test('default stream: start/pull/enqueue/close, reader.read', async () => {
  let pulls = 0;
  const rs = new ReadableStream({
    start(c) { c.enqueue('a'); },
    pull(c) {
      pulls++;
      if (pulls === 3) c.close();
      else c.enqueue(`p${pulls}`);
    },
  });
  const reader = rs.getReader();
  assert.strictEqual(rs.locked, true);
  assert.deepStrictEqual(await reader.read(), { value: 'a', done: false });
  assert.deepStrictEqual(await reader.read(), { value: 'p1', done: false });
  assert.deepStrictEqual(await reader.read(), { value: 'p2', done: false });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  await reader.closed;
  reader.releaseLock();
  assert.strictEqual(rs.locked, false);
});

test('strategy: desiredSize and size()', async () => {
  let ctrl;
  new ReadableStream({ start(c) { ctrl = c; } }, { highWaterMark: 10, size: (chunk) => chunk.length });
  assert.strictEqual(ctrl.desiredSize, 10);
  ctrl.enqueue('abcd');
  assert.strictEqual(ctrl.desiredSize, 6);
  const cs = new CountQueuingStrategy({ highWaterMark: 3 });
  assert.strictEqual(cs.highWaterMark, 3);
  assert.strictEqual(cs.size(), 1);
  const bs = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
  assert.strictEqual(bs.size(new Uint8Array(5)), 5);
  assert.strictEqual(inspect(cs), 'CountQueuingStrategy { highWaterMark: 3 }');
});

test('error and cancel', async () => {
  const boom = new Error('boom');
  const rs = new ReadableStream({ start(c) { c.error(boom); } });
  const reader = rs.getReader();
  await assert.rejects(reader.read(), boom);
  await assert.rejects(reader.closed, boom);

  let reason;
  const rs2 = new ReadableStream({ cancel(r) { reason = r; } });
  assert.strictEqual(await rs2.cancel('why'), undefined);
  assert.strictEqual(reason, 'why');
  const r2 = rs2.getReader();
  assert.deepStrictEqual(await r2.read(), { value: undefined, done: true });
});

test('bad input gets Node errors', async () => {
  assert.throws(() => new ReadableStream(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => new ReadableStream({ type: 'foo' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'source.type' is invalid. Received 'foo'",
  });
  assert.throws(() => new ReadableStream({}, { highWaterMark: -1 }), {
    code: 'ERR_INVALID_ARG_VALUE', name: 'RangeError',
  });
  assert.throws(() => new ReadableStream({}, { size: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => ReadableStream.prototype.getReader.call({}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type ReadableStream',
  });
  const rs = new ReadableStream();
  assert.throws(() => rs.getReader({ mode: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => rs.getReader({ mode: 'byob' }), { code: 'ERR_INVALID_ARG_VALUE' });
  rs.getReader();
  assert.throws(() => rs.getReader(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked' });
  await assert.rejects(rs.cancel(), { code: 'ERR_INVALID_STATE' });
  assert.throws(() => new ReadableStreamDefaultController(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
  assert.throws(() => new ReadableStreamDefaultReader(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new ReadableStream({ start(c) { c.close(); c.enqueue(1); } }), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: Controller is already closed',
  });
  assert.throws(() => ReadableStream.from(1), { code: 'ERR_ARG_NOT_ITERABLE' });
  const released = new ReadableStream().getReader();
  released.releaseLock();
  await assert.rejects(released.read(), { code: 'ERR_INVALID_STATE' });
  await assert.rejects(released.closed, { code: 'ERR_INVALID_STATE' });
});

test('pending read rejects when the reader is released', async () => {
  const reader = new ReadableStream().getReader();
  const p = reader.read();
  reader.releaseLock();
  await assert.rejects(p, { code: 'ERR_INVALID_STATE', name: 'TypeError' });
});

test('async iteration and values({ preventCancel })', async () => {
  const rs = ReadableStream.from([1, 2, 3]);
  const out = [];
  for await (const v of rs) out.push(v);
  assert.deepStrictEqual(out, [1, 2, 3]);

  let canceled = false;
  const make = () => new ReadableStream({
    pull(c) { c.enqueue('x'); },
    cancel() { canceled = true; },
  });
  const s1 = make();
  for await (const v of s1) { assert.strictEqual(v, 'x'); break; }
  assert.strictEqual(canceled, true);
  assert.strictEqual(s1.locked, false);

  canceled = false;
  const s2 = make();
  for await (const v of s2.values({ preventCancel: true })) { assert.strictEqual(v, 'x'); break; }
  assert.strictEqual(canceled, false);
  assert.strictEqual(s2.locked, false);
});

test('ReadableStream.from: async generators, promises in sync iterables, cancel calls return', async () => {
  async function* gen() { yield 'a'; yield 'b'; }
  const reader = ReadableStream.from(gen()).getReader();
  assert.deepStrictEqual(await reader.read(), { value: 'a', done: false });
  assert.deepStrictEqual(await reader.read(), { value: 'b', done: false });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });

  const r2 = ReadableStream.from([Promise.resolve(7)]).getReader();
  assert.deepStrictEqual(await r2.read(), { value: 7, done: false });

  let returned;
  const it = {
    [Symbol.asyncIterator]() { return this; },
    next() { return Promise.resolve({ value: 1, done: false }); },
    return(v) { returned = v; return Promise.resolve({ done: true }); },
  };
  const s = ReadableStream.from(it);
  await s.cancel('stop');
  assert.strictEqual(returned, 'stop');
});

test('tee: both branches see every chunk; cancel both cancels the source', async () => {
  const [a, b] = ReadableStream.from(['x', 'y']).tee();
  const read = async (s) => { const o = []; for await (const v of s) o.push(v); return o; };
  assert.deepStrictEqual(await Promise.all([read(a), read(b)]), [['x', 'y'], ['x', 'y']]);

  let reason;
  const src = new ReadableStream({ cancel(r) { reason = r; } });
  const [c, d] = src.tee();
  const p = c.cancel('one');
  await d.cancel('two');
  await p;
  assert.deepStrictEqual(reason, ['one', 'two']);
});

test('byte stream: default reader, BYOB reader, byobRequest.respond', async () => {
  const data = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
  let offset = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      if (offset >= data.length) {
        c.close();
        if (req) req.respond(0);
        return;
      }
      if (req) {
        const n = Math.min(3, req.view.byteLength, data.length - offset);
        req.view.set(data.subarray(offset, offset + n));
        offset += n;
        req.respond(n);
      } else {
        c.enqueue(data.slice(offset, offset + 3));
        offset += 3;
      }
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  let buf = new ArrayBuffer(8);
  const got = [];
  for (;;) {
    const { value, done } = await reader.read(new Uint8Array(buf));
    if (done) {
      assert.strictEqual(value.byteLength, 0);
      break;
    }
    assert.ok(value instanceof Uint8Array);
    got.push(...value);
    buf = value.buffer;
  }
  assert.deepStrictEqual(got, [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.strictEqual(inspect(rs), "ReadableStream { locked: true, state: 'closed', supportsBYOB: true }");

  const rs2 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([9, 8])); c.close(); } });
  const r2 = rs2.getReader();
  const first = await r2.read();
  assert.deepStrictEqual([...first.value], [9, 8]);
  assert.strictEqual((await r2.read()).done, true);
});

test('byte stream: read({ min }) waits for enough bytes; enqueue detaches the chunk', async () => {
  let ctrl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  const reader = rs.getReader({ mode: 'byob' });
  const p = reader.read(new Uint8Array(4), { min: 4 });
  const chunk = new Uint8Array([1, 2]);
  ctrl.enqueue(chunk);
  assert.strictEqual(chunk.byteLength, 0); // transferred
  ctrl.enqueue(new Uint8Array([3, 4]));
  const { value } = await p;
  assert.deepStrictEqual([...value], [1, 2, 3, 4]);
  assert.throws(() => ctrl.enqueue(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => ctrl.enqueue(new Uint8Array(0)), { code: 'ERR_INVALID_STATE' });
  await assert.rejects(reader.read(1), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(reader.read(new Uint8Array(0)), { code: 'ERR_INVALID_STATE' });
});

test('byte stream tee and autoAllocateChunkSize', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) {
      const v = c.byobRequest.view;
      v[0] = 42;
      c.byobRequest.respond(1);
      c.close();
    },
  });
  const [a, b] = rs.tee();
  const ra = await a.getReader().read();
  const rb = await b.getReader().read();
  assert.deepStrictEqual([...ra.value], [42]);
  assert.deepStrictEqual([...rb.value], [42]);
  assert.notStrictEqual(ra.value.buffer, rb.value.buffer);
});

test('inspect', () => {
  const rs = new ReadableStream();
  assert.strictEqual(inspect(rs), "ReadableStream { locked: false, state: 'readable', supportsBYOB: false }");
  const reader = rs.getReader();
  assert.match(inspect(reader), /^ReadableStreamDefaultReader \{\n {2}stream: ReadableStream \{ locked: true/);
});

// every test must finish: a promise that never settles would otherwise end the process quietly
runTests();
