'use strict';
// CompressionStream / DecompressionStream for deflate, deflate-raw and gzip: round trips,
// interop with zlib, bad formats, bad chunks, corrupt input.
const assert = require('assert');
const zlib = require('zlib');

async function collectBytes(readable) {
  const parts = [];
  for await (const c of readable) parts.push(Buffer.from(c));
  return Buffer.concat(parts);
}

let allDone = false;
process.on('exit', () => assert.ok(allDone, 'not every test finished'));

(async () => {
  const input = Buffer.from('hello hello hello web streams '.repeat(200));
  for (const format of ['deflate', 'deflate-raw', 'gzip']) {
    const compressed = await collectBytes(
      ReadableStream.from([new Uint8Array(input)]).pipeThrough(new CompressionStream(format)));
    assert.ok(compressed.length < input.length, format);
    const viaZlib = { 'deflate': zlib.inflateSync, 'deflate-raw': zlib.inflateRawSync, 'gzip': zlib.gunzipSync }[format];
    assert.ok(viaZlib(compressed).equals(input), format);
    const back = await collectBytes(
      ReadableStream.from([compressed.subarray(0, 10), compressed.subarray(10)])
        .pipeThrough(new DecompressionStream(format)));
    assert.ok(back.equals(input), format);
  }

  assert.throws(() => new CompressionStream('zip'), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: "Failed to construct 'CompressionStream': 1st argument 'zip' is not a valid enum value of type CompressionFormat.",
  });
  assert.throws(() => new DecompressionStream(), { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });

  for (const bad of [3.14, {}, [65]]) {
    const cs = new CompressionStream('gzip');
    const writer = cs.writable.getWriter();
    const reader = cs.readable.getReader();
    await assert.rejects(writer.write(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
    await assert.rejects(reader.read(), { code: 'ERR_INVALID_ARG_TYPE' });
  }

  const ds = new DecompressionStream('gzip');
  const writer = ds.writable.getWriter();
  writer.write(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).catch(() => {});
  writer.close().catch(() => {});
  await assert.rejects(ds.readable.getReader().read(), { name: 'TypeError', code: 'Z_DATA_ERROR' });
  allDone = true;
  console.log('ok');
})();
