'use strict';
// Transform/_flush, PassThrough, Duplex options, allowHalfOpen, pipe with backpressure, several
// destinations, unpipe, and byte streams with setEncoding.
const assert = require('assert');
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');

const checks = [];
function later(fn) { checks.push(fn); }
process.on('exit', () => { for (const fn of checks) fn(); });

// Transform with _flush: output after all input; 'end' (queued by the flush) before 'finish'.
{
  const events = [];
  const t = new Transform({
    objectMode: true,
    transform(chunk, enc, cb) { cb(null, chunk * 10); },
    flush(cb) { this.push('flushed'); cb(); },
  });
  t.on('data', (d) => events.push(d));
  t.on('finish', () => events.push('finish'));
  t.on('end', () => events.push('end'));
  t.on('close', () => events.push('close'));
  t.write(1);
  t.write(2);
  t.end();
  later(() => assert.deepStrictEqual(events, [10, 20, 'flushed', 'end', 'finish', 'close']));
}

// _transform not implemented.
{
  const t = new Transform();
  assert.throws(() => t.write('x'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The _transform() method is not implemented',
  });
}

// PassThrough keeps objects as they are.
{
  const p = new PassThrough({ objectMode: true });
  const obj = { a: 1 };
  p.end(obj);
  p.on('data', (d) => later(() => assert.strictEqual(d, obj)));
}

// Duplex with readable: false / writable: false.
{
  const d1 = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  assert.strictEqual(d1.readable, false);
  assert.strictEqual(d1.writable, true);
  const d2 = new Duplex({ writable: false, read() {} });
  assert.strictEqual(d2.writable, false);
  assert.strictEqual(d2.readable, true);
}

// allowHalfOpen: false ends the writable side after 'end'.
{
  const d = new Duplex({
    allowHalfOpen: false,
    objectMode: true,
    read() { this.push(null); },
    write(c, e, cb) { cb(); },
  });
  let finished = false;
  d.on('finish', () => { finished = true; });
  d.resume();
  later(() => {
    assert.strictEqual(finished, true);
    assert.strictEqual(d.writableEnded, true);
  });
}

// pipe() with backpressure: the source pauses while the destination is full.
{
  let reads = 0;
  const src = new Readable({
    objectMode: true,
    highWaterMark: 1,
    read() {
      reads++;
      this.push(reads <= 10 ? reads : null);
    },
  });
  const got = [];
  let maxLength = 0;
  const dst = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write(c, e, cb) {
      got.push(c);
      maxLength = Math.max(maxLength, this.writableLength);
      setImmediate(cb);
    },
  });
  const events = [];
  dst.on('pipe', (s) => { assert.strictEqual(s, src); events.push('pipe'); });
  dst.on('unpipe', () => events.push('unpipe'));
  dst.on('finish', () => events.push('finish'));
  assert.strictEqual(src.pipe(dst), dst);
  assert.strictEqual(src._readableState.pipes.length, 1);
  later(() => {
    assert.deepStrictEqual(got, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.ok(maxLength <= 3, `writableLength went to ${maxLength}`);
    assert.deepStrictEqual(events, ['pipe', 'finish', 'unpipe']);
  });
}

// One source, two destinations; unpipe one of them.
{
  const src = new Readable({ objectMode: true, read() {} });
  const a = [];
  const b = [];
  const wa = new Writable({ objectMode: true, write(c, e, cb) { a.push(c); cb(); } });
  const wb = new Writable({ objectMode: true, write(c, e, cb) { b.push(c); cb(); } });
  src.pipe(wa);
  src.pipe(wb);
  src.push(1);
  setImmediate(() => {
    src.unpipe(wb);
    assert.strictEqual(src._readableState.pipes.length, 1);
    src.push(2);
    src.push(null);
  });
  later(() => {
    assert.deepStrictEqual(a, [1, 2]);
    assert.deepStrictEqual(b, [1]);
  });
}

// unpipe() with no argument removes every destination and pauses.
{
  const src = new Readable({ objectMode: true, read() {} });
  const w = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
  src.pipe(w);
  src.unpipe();
  assert.strictEqual(src._readableState.pipes.length, 0);
  assert.strictEqual(src.isPaused(), true);
}

// Piping into a Readable-only stream: ERR_STREAM_CANNOT_PIPE from Writable.pipe.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  let err;
  w.on('error', (e) => { err = e; });
  w.pipe(new Writable());
  later(() => assert.strictEqual(err.code, 'ERR_STREAM_CANNOT_PIPE'));
}

// Byte streams: Buffers concatenate on read(), setEncoding decodes split characters.
{
  const r = new Readable({ read() {} });
  r.push(Buffer.from('ab'));
  r.push('cd');
  const all = r.read(4); // read() alone returns one chunk in Node 26, everything in Node <= 25
  assert.ok(Buffer.isBuffer(all));
  assert.strictEqual(all.toString(), 'abcd');

  const euro = Buffer.from('€'); // 3 bytes
  const r2 = new Readable({ read() {} });
  r2.setEncoding('utf8');
  const parts = [];
  r2.on('data', (s) => parts.push(s));
  r2.push(euro.subarray(0, 1));
  r2.push(euro.subarray(1));
  r2.push(null);
  later(() => assert.deepStrictEqual(parts, ['€']));

  const w = new Writable({
    write(chunk, enc, cb) {
      later(() => {
        assert.ok(Buffer.isBuffer(chunk));
        assert.strictEqual(enc, 'buffer');
        assert.strictEqual(chunk.toString('hex'), '6869');
      });
      cb();
    },
  });
  w.write('hi');
  const t = new Uint8Array([1, 2, 3]);
  const r3 = new Readable({ read() {} });
  r3.push(t);
  const got = r3.read();
  assert.ok(Buffer.isBuffer(got));
  assert.deepStrictEqual([...got], [1, 2, 3]);
}
