'use strict';
// node:stream <-> web streams: Readable/Writable/Duplex .toWeb() and .fromWeb(), backpressure,
// errors crossing the bridge, Blob.prototype.stream().
const assert = require('assert');
const { Readable, Writable, Duplex, PassThrough } = require('stream');

const { runTests, test } = require('../fixtures/async-tests');

async function collect(iterable) {
  const out = [];
  for await (const v of iterable) out.push(v);
  return out;
}

test('Readable.toWeb: chunks, Buffers become Uint8Arrays, end closes', async () => {
  assert.deepStrictEqual(await collect(Readable.toWeb(Readable.from(['a', 'b']))), ['a', 'b']);
  const bytes = await collect(Readable.toWeb(new Readable({
    read() { this.push(Buffer.from('xy')); this.push(null); },
  })));
  assert.strictEqual(bytes.length, 1);
  assert.ok(bytes[0] instanceof Uint8Array);
  assert.ok(!Buffer.isBuffer(bytes[0]));
  assert.deepStrictEqual([...bytes[0]], [120, 121]);
});

test('Readable.toWeb: type bytes gives a BYOB-capable stream', async () => {
  // (a Buffer of its own: Node 26 fails to transfer a pooled one)
  const rs = Readable.toWeb(new Readable({
    read() { this.push(Buffer.alloc(3, 'abc')); this.push(null); },
  }), { type: 'bytes' });
  const reader = rs.getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(10));
  assert.deepStrictEqual([...value], [97, 98, 99]);
});

test('Readable.toWeb: errors and cancel cross the bridge', async () => {
  const boom = new Error('boom');
  const src = new Readable({ read() {} });
  const reader = Readable.toWeb(src).getReader();
  src.destroy(boom);
  await assert.rejects(reader.read(), boom);

  const src2 = new Readable({ read() {} });
  const rs = Readable.toWeb(src2);
  await rs.cancel(new Error('stop'));
  assert.strictEqual(src2.destroyed, true);
});

test('Readable.fromWeb', async () => {
  const r = Readable.fromWeb(ReadableStream.from(['p', 'q']), { encoding: 'utf8' });
  assert.strictEqual((await collect(r)).join(''), 'pq');
  const objs = Readable.fromWeb(ReadableStream.from([{ a: 1 }]), { objectMode: true });
  assert.deepStrictEqual(await collect(objs), [{ a: 1 }]);
  const boom = new Error('web boom');
  const errored = Readable.fromWeb(new ReadableStream({ start(c) { c.error(boom); } }));
  await assert.rejects(collect(errored), boom);
});

test('Writable.toWeb', async () => {
  const chunks = [];
  const nodeW = new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } });
  const writer = Writable.toWeb(nodeW).getWriter();
  await writer.write(Buffer.from('hi'));
  await writer.write(new Uint8Array([33]));
  await writer.close();
  assert.deepStrictEqual(chunks, ['hi', '!']);
  assert.strictEqual(nodeW.writableFinished, true);
});

test('Writable.fromWeb', async () => {
  const got = [];
  const w = Writable.fromWeb(new WritableStream({ write(c) { got.push(Buffer.from(c).toString()); } }));
  w.write('one');
  w.end('two');
  await new Promise((r) => w.on('finish', r));
  assert.deepStrictEqual(got, ['one', 'two']);

  const boom = new Error('sink');
  const bad = Writable.fromWeb(new WritableStream({ write() { throw boom; } }));
  bad.write('x');
  await new Promise((resolve) => bad.on('error', (e) => { assert.strictEqual(e, boom); resolve(); }));
});

test('Duplex.toWeb and Duplex.fromWeb', async () => {
  const pair = Duplex.toWeb(new PassThrough());
  const w = pair.writable.getWriter();
  w.write(new Uint8Array([65, 66]));
  w.close();
  const out = await collect(pair.readable);
  assert.strictEqual(Buffer.concat(out).toString(), 'AB');

  const d = Duplex.fromWeb(new TransformStream(), { encoding: 'utf8' });
  d.end('via web');
  assert.strictEqual((await collect(d)).join(''), 'via web');
});

test('bad arguments', () => {
  assert.throws(() => Readable.toWeb(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Readable.fromWeb(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Writable.toWeb(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Writable.fromWeb(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Duplex.toWeb(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Duplex.fromWeb(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Readable.fromWeb(new ReadableStream(), 1), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('Blob.prototype.stream() is a byte stream', async () => {
  const blob = new Blob(['hello world']);
  const reader = blob.stream().getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(5));
  assert.strictEqual(Buffer.from(value).toString(), 'hello');
  const all = await collect(blob.stream());
  assert.strictEqual(Buffer.concat(all).toString(), 'hello world');
});

// every test must finish: a promise that never settles would otherwise end the process quietly
runTests();
