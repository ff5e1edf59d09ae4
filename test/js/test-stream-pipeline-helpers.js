'use strict';
// pipeline (callback and promise), finished, compose, addAbortSignal, Duplex.from, Readable.from,
// the iterator helpers, highWaterMark defaults, state queries and stream/consumers.
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, PassThrough, Transform, Duplex, pipeline, finished } = stream;
const { text, json } = require('stream/consumers');

function sink(out) {
  return new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } });
}

const pending = [];
function test(fn) { pending.push(fn); }

test(async function pipelineCallback() {
  const out = [];
  await new Promise((resolve, reject) => {
    pipeline(
      Readable.from(['a', 'b', 'c']),
      new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c.toUpperCase()); } }),
      async function*(source) { for await (const c of source) yield `${c}!`; },
      sink(out),
      (err, val) => (err ? reject(err) : resolve(val)),
    );
  });
  assert.deepStrictEqual(out, ['A!', 'B!', 'C!']);
});

test(async function pipelineErrorDestroysAll() {
  const src = new Readable({ objectMode: true, read() {} });
  const mid = new PassThrough({ objectMode: true });
  const dst = sink([]);
  const err = await new Promise((resolve) => pipeline(src, mid, dst, resolve));
  assert.strictEqual(err.message, 'oops');
  assert.strictEqual(src.destroyed, true);
  assert.strictEqual(dst.destroyed, true);
}.bind(null));

test(async function pipelinePromiseWithReturnValue() {
  const result = await stream.promises.pipeline(
    Readable.from([1, 2, 3]),
    async function(source) {
      let sum = 0;
      for await (const n of source) sum += n;
      return sum;
    },
  );
  assert.strictEqual(result, 6);
});

test(async function pipelineSignal() {
  const ac = new AbortController();
  const src = new Readable({ objectMode: true, read() {} });
  const p = stream.promises.pipeline(src, sink([]), { signal: ac.signal });
  setImmediate(() => ac.abort());
  await assert.rejects(p, { name: 'AbortError' });
  assert.strictEqual(src.destroyed, true);
});

test(async function pipelineMissingArgs() {
  assert.throws(() => pipeline(Readable.from([1]), () => {}), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => pipeline(), { code: 'ERR_INVALID_ARG_TYPE' });
});

test(async function finishedCallbackAndPromise() {
  const r = Readable.from(['x']);
  r.resume();
  await stream.promises.finished(r);
  assert.strictEqual(r.readableEnded, true);

  const r2 = new Readable({ read() {} });
  const err = await new Promise((resolve) => finished(r2, resolve));
  void err;
}.bind(null));

test(async function finishedPrematureClose() {
  const r = new Readable({ read() {} });
  setImmediate(() => r.destroy());
  const err = await new Promise((resolve) => finished(r, resolve));
  assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
  assert.strictEqual(err.message, 'Premature close');
});

test(async function finishedCleanup() {
  const w = sink([]);
  const before = w.listenerCount('finish');
  const cleanup = finished(w, () => {});
  assert.ok(w.listenerCount('finish') > before);
  cleanup();
  assert.strictEqual(w.listenerCount('finish'), before);
});

test(async function composeStreams() {
  const upper = new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c.toUpperCase()); } });
  const composed = stream.compose(upper, async function*(src) { for await (const c of src) yield `<${c}>`; });
  const got = [];
  composed.on('data', (d) => got.push(d));
  composed.write('a');
  composed.end('b');
  await stream.promises.finished(composed);
  assert.deepStrictEqual(got, ['<A>', '<B>']);
});

test(async function addAbortSignalDestroys() {
  const ac = new AbortController();
  const r = stream.addAbortSignal(ac.signal, new Readable({ read() {} }));
  ac.abort();
  const err = await new Promise((resolve) => r.on('error', resolve));
  assert.strictEqual(err.name, 'AbortError');
  assert.throws(() => stream.addAbortSignal('nope', r), { code: 'ERR_INVALID_ARG_TYPE' });
});

test(async function duplexFrom() {
  const d = Duplex.from(async function*(source) {
    for await (const chunk of source) yield chunk * 2;
  });
  const out = [];
  d.on('data', (x) => out.push(x));
  d.write(1);
  d.end(2);
  await stream.promises.finished(d);
  assert.deepStrictEqual(out, [2, 4]);

  const fromPromise = Duplex.from(Promise.resolve('done'));
  assert.deepStrictEqual(await fromPromise.toArray(), ['done']);
});

test(async function readableFrom() {
  assert.deepStrictEqual(await Readable.from([1, Promise.resolve(2), 3]).toArray(), [1, 2, 3]);
  async function* gen() { yield 'a'; yield 'b'; }
  assert.deepStrictEqual(await Readable.from(gen()).toArray(), ['a', 'b']);
  assert.throws(() => Readable.from(5), { code: 'ERR_INVALID_ARG_TYPE' });
  const r = Readable.from([null]);
  await assert.rejects(r.toArray(), { code: 'ERR_STREAM_NULL_VALUES' });
});

test(async function iteratorHelpers() {
  const src = () => Readable.from([1, 2, 3, 4, 5]);
  assert.deepStrictEqual(await src().map((x) => x * 2).toArray(), [2, 4, 6, 8, 10]);
  assert.deepStrictEqual(await src().filter((x) => x % 2).toArray(), [1, 3, 5]);
  assert.deepStrictEqual(await src().take(2).toArray(), [1, 2]);
  assert.deepStrictEqual(await src().drop(3).toArray(), [4, 5]);
  assert.deepStrictEqual(await src().flatMap((x) => [x, x]).take(4).toArray(), [1, 1, 2, 2]);
  assert.strictEqual(await src().reduce((a, b) => a + b), 15);
  assert.strictEqual(await src().reduce((a, b) => a + b, 10), 25);
  assert.strictEqual(await src().some((x) => x > 4), true);
  assert.strictEqual(await src().every((x) => x > 4), false);
  assert.strictEqual(await src().find((x) => x > 2), 3);
  const seen = [];
  await src().forEach((x) => { seen.push(x); });
  assert.deepStrictEqual(seen, [1, 2, 3, 4, 5]);
  await assert.rejects(Readable.from([]).reduce((a, b) => a + b), {
    code: 'ERR_MISSING_ARGS',
    message: 'Reduce of an empty stream requires an initial value',
  });
  assert.throws(() => src().map(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => src().map((x) => x, { concurrency: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => src().drop(-1), { code: 'ERR_OUT_OF_RANGE' });
});

test(async function mapConcurrencyKeepsOrder() {
  let active = 0;
  let maxActive = 0;
  const out = await Readable.from([30, 10, 20, 5]).map(async (ms) => {
    active++;
    maxActive = Math.max(maxActive, active);
    await new Promise((r) => setTimeout(r, ms));
    active--;
    return ms;
  }, { concurrency: 2 }).toArray();
  assert.deepStrictEqual(out, [30, 10, 20, 5]);
  assert.strictEqual(maxActive, 2);
});

test(async function highWaterMarkDefaults() {
  assert.strictEqual(stream.getDefaultHighWaterMark(false), 65536);
  assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
  assert.strictEqual(new Readable().readableHighWaterMark, 65536);
  assert.strictEqual(new Writable({ objectMode: true }).writableHighWaterMark, 16);
  stream.setDefaultHighWaterMark(true, 32);
  assert.strictEqual(new Readable({ objectMode: true }).readableHighWaterMark, 32);
  stream.setDefaultHighWaterMark(true, 16);
  assert.throws(() => stream.setDefaultHighWaterMark(false, -1), { code: 'ERR_OUT_OF_RANGE' });
  const d = new Duplex({ readableObjectMode: true });
  assert.strictEqual(d.readableHighWaterMark, 16);
  assert.strictEqual(d.writableHighWaterMark, 65536);
});

test(async function stateQueries() {
  const r = new Readable({ objectMode: true, read() {} });
  assert.strictEqual(stream.isReadable(r), true);
  assert.strictEqual(stream.isDisturbed(r), false);
  r.push('x');
  r.read();
  assert.strictEqual(stream.isDisturbed(r), true);
  assert.strictEqual(stream.isErrored(r), false);
  r.on('error', () => {});
  r.destroy(new Error('e'));
  assert.strictEqual(stream.isErrored(r), false); // not until 'error' was emitted
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(stream.isErrored(r), true);
  assert.strictEqual(stream.isReadable(r), false);
  assert.strictEqual(stream.isDestroyed(r), true);
  assert.strictEqual(stream.isWritable(sink([])), true);
});

test(async function consumers() {
  assert.strictEqual(await text(Readable.from(['he', 'llo'])), 'hello');
  assert.deepStrictEqual(await json(Readable.from(['{"a":', '1}'])), { a: 1 });
});

test(async function legacyStreamPipe() {
  const legacy = new stream.Stream();
  legacy.readable = true;
  const got = [];
  const w = new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } });
  legacy.pipe(w);
  legacy.emit('data', 'one');
  legacy.emit('end');
  await stream.promises.finished(w);
  assert.deepStrictEqual(got, ['one']);
  assert.strictEqual(stream.Stream, stream);
  assert.ok(new Readable() instanceof stream.Stream);
});

// the error-propagation test needs its source to fail
pending[1] = async function pipelineErrorDestroysAll() {
  const src = new Readable({ objectMode: true, read() {} });
  const mid = new PassThrough({ objectMode: true });
  const dst = sink([]);
  const done = new Promise((resolve) => pipeline(src, mid, dst, resolve));
  setImmediate(() => src.destroy(new Error('oops')));
  const err = await done;
  assert.strictEqual(err.message, 'oops');
  assert.strictEqual(src.destroyed, true);
  assert.strictEqual(mid.destroyed, true);
  assert.strictEqual(dst.destroyed, true);
};

pending[5] = async function finishedCallbackAndPromise() {
  const r = Readable.from(['x']);
  r.resume();
  await stream.promises.finished(r);
  assert.strictEqual(r.readableEnded, true);
  const w = sink([]);
  w.end('y');
  await new Promise((resolve, reject) => finished(w, (err) => (err ? reject(err) : resolve())));
  assert.strictEqual(w.writableFinished, true);
};

let done = 0;
(async () => {
  for (const fn of pending) {
    await fn();
    done++;
  }
})().then(() => {}, (err) => { process.exitCode = 1; throw err; });

process.on('exit', () => assert.strictEqual(done, pending.length));
