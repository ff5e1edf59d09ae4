'use strict';
// WHATWG TransformStream (transform, flush, terminate, error, cancel, backpressure), identity
// streams, TextEncoderStream and TextDecoderStream.
const assert = require('assert');
const { inspect } = require('util');

const { runTests, test } = require('../fixtures/async-tests');

async function collect(readable) {
  const out = [];
  for await (const v of readable) out.push(v);
  return out;
}

test('transform and flush', async () => {
  const ts = new TransformStream({
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); c.enqueue('-'); },
    flush(c) { c.enqueue('END'); },
  });
  const writer = ts.writable.getWriter();
  const done = collect(ts.readable);
  writer.write('a');
  writer.write('b');
  writer.close();
  assert.deepStrictEqual(await done, ['A', '-', 'B', '-', 'END']);
});

test('identity transform and backpressure', async () => {
  const ts = new TransformStream();
  const writer = ts.writable.getWriter();
  assert.strictEqual(writer.desiredSize, 1);
  const w1 = writer.write(1);
  assert.strictEqual(writer.desiredSize, 0);
  const reader = ts.readable.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
  await w1;
  writer.close();
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
});

test('terminate closes the readable and errors the writable', async () => {
  const ts = new TransformStream({ start(c) { c.terminate(); } });
  await assert.rejects(ts.writable.getWriter().write(1), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: TransformStream has been terminated',
  });
  assert.deepStrictEqual(await ts.readable.getReader().read(), { value: undefined, done: true });
});

test('a throwing transform errors both sides', async () => {
  const boom = new Error('boom');
  const ts = new TransformStream({ transform() { throw boom; } });
  const writer = ts.writable.getWriter();
  const reader = ts.readable.getReader();
  // the write waits for a read (the readable's high-water mark is 0), so read first
  const read = reader.read();
  await assert.rejects(writer.write('x'), boom);
  await assert.rejects(read, boom);
  await assert.rejects(writer.closed, boom);
});

test('cancelling the readable calls transformer.cancel and errors the writable', async () => {
  let reason;
  const ts = new TransformStream({ cancel(r) { reason = r; } });
  await ts.readable.cancel('nope');
  assert.strictEqual(reason, 'nope');
  await assert.rejects(ts.writable.getWriter().closed, (e) => e === 'nope');
});

test('bad input', () => {
  assert.throws(() => new TransformStream({ readableType: 'bytes' }), {
    code: 'ERR_INVALID_ARG_VALUE', name: 'RangeError',
  });
  assert.throws(() => new TransformStream({ writableType: 'bytes' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => new TransformStreamDefaultController(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
  assert.throws(() => Reflect.get(TransformStream.prototype, 'readable', {}), { code: 'ERR_INVALID_THIS' });
});

test('inspect', () => {
  assert.strictEqual(inspect(new TransformStream()),
    'TransformStream {\n' +
    "  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },\n" +
    "  writable: WritableStream { locked: false, state: 'writable' },\n" +
    '  backpressure: true\n}');
});

test('TextEncoderStream joins surrogate pairs split across chunks', async () => {
  const tes = new TextEncoderStream();
  assert.strictEqual(tes.encoding, 'utf-8');
  const writer = tes.writable.getWriter();
  const done = collect(tes.readable);
  writer.write('a\uD83D');
  writer.write('\uDE00b');
  writer.write('\uD83D');
  writer.close();
  const bytes = Buffer.concat((await done).map((u) => Buffer.from(u)));
  assert.strictEqual(bytes.toString(), 'a\u{1F600}b\uFFFD');
});

test('TextDecoderStream decodes characters split across chunks', async () => {
  const tds = new TextDecoderStream();
  assert.strictEqual(tds.encoding, 'utf-8');
  assert.strictEqual(tds.fatal, false);
  assert.strictEqual(tds.ignoreBOM, false);
  const writer = tds.writable.getWriter();
  const done = collect(tds.readable);
  const euro = Buffer.from('€x');
  for (const b of euro) writer.write(new Uint8Array([b]));
  writer.close();
  assert.strictEqual((await done).join(''), '€x');
  assert.throws(() => new TextDecoderStream('nope'), { code: 'ERR_ENCODING_NOT_SUPPORTED' });
  assert.throws(() => new TextDecoderStream(undefined, 1), { code: 'ERR_INVALID_ARG_TYPE' });

  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  const w = fatal.writable.getWriter();
  w.write(new Uint8Array([0xff])).catch(() => {});
  await assert.rejects(fatal.readable.getReader().read(), TypeError);
});

test('Blob.prototype.stream() and text streams', async () => {
  const blob = new Blob(['hello ', 'world']);
  const chunks = await collect(blob.stream());
  assert.strictEqual(Buffer.concat(chunks).toString(), 'hello world');
  const text = await collect(blob.stream().pipeThrough(new TextDecoderStream()));
  assert.strictEqual(text.join(''), 'hello world');
});

// every test must finish: a promise that never settles would otherwise end the process quietly
runTests();
