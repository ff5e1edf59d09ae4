'use strict';
// Writable: backpressure and 'drain', cork/uncork with _writev, _final, event order, errors.
const assert = require('assert');
const { Writable } = require('stream');

const checks = [];
function later(fn) { checks.push(fn); }
process.on('exit', () => { for (const fn of checks) fn(); });

// write() returns false at the highWaterMark; 'drain' follows once the queue empties.
{
  const events = [];
  const w = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write(chunk, enc, cb) { events.push(`write:${chunk}`); setImmediate(cb); },
  });
  assert.strictEqual(w.write(1), true);
  assert.strictEqual(w.write(2), false);
  assert.strictEqual(w.writableNeedDrain, true);
  assert.strictEqual(w.writableLength, 2);
  w.on('drain', () => {
    events.push('drain');
    w.end();
  });
  w.on('prefinish', () => events.push('prefinish'));
  w.on('finish', () => events.push('finish'));
  w.on('close', () => events.push('close'));
  later(() => assert.deepStrictEqual(events,
    ['write:1', 'write:2', 'drain', 'prefinish', 'finish', 'close']));
}

// The write callback gets null, on a later tick even when _write completes synchronously.
{
  let sync = true;
  const w = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
  w.write('x', function(err) {
    assert.strictEqual(sync, false);
    assert.strictEqual(arguments.length, 1);
    assert.strictEqual(err, null);
  });
  sync = false;
}

// cork() buffers; uncork() flushes the batch through _writev.
{
  const batches = [];
  const w = new Writable({
    objectMode: true,
    write(chunk, enc, cb) { batches.push([chunk]); cb(); },
    writev(chunks, cb) { batches.push(chunks.map((c) => c.chunk)); cb(); },
  });
  w.cork();
  w.write('a');
  w.write('b');
  w.write('c');
  assert.strictEqual(w.writableCorked, 1);
  assert.strictEqual(w._writableState.bufferedRequestCount, 3);
  process.nextTick(() => w.uncork());
  w.on('finish', () => assert.deepStrictEqual(batches, [['a', 'b', 'c'], ['d']]));
  setImmediate(() => { w.write('d'); w.end(); });
}

// _final runs synchronously from end() and before 'finish'.
{
  const order = [];
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { order.push('final'); setImmediate(() => { order.push('final done'); cb(); }); },
  });
  w.on('finish', () => order.push('finish'));
  w.end(() => order.push('end cb'));
  order.push('after end');
  later(() => assert.deepStrictEqual(order, ['final', 'after end', 'final done', 'end cb', 'finish']));
}

// write after end.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  let cbErr;
  let evErr;
  w.on('error', (e) => { evErr = e; });
  w.write('x', (e) => { cbErr = e; });
  later(() => {
    assert.strictEqual(cbErr.code, 'ERR_STREAM_WRITE_AFTER_END');
    assert.strictEqual(cbErr.message, 'write after end');
    assert.strictEqual(evErr, cbErr);
  });
}

// null chunks and wrong types throw synchronously.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  assert.throws(() => w.write(null), {
    code: 'ERR_STREAM_NULL_VALUES',
    name: 'TypeError',
    message: 'May not write null values to stream',
  });
  assert.throws(() => w.write(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "chunk" argument must be of type string or an instance of Buffer, ' +
      'TypedArray, or DataView. Received type number (5)',
  });
  assert.throws(() => w.write('x', 'nope'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });
  assert.throws(() => w.setDefaultEncoding('nope'), { code: 'ERR_UNKNOWN_ENCODING' });
}

// destroy() fails the queued writes with ERR_STREAM_DESTROYED.
{
  const w = new Writable({ objectMode: true, write(c, e, cb) { setImmediate(cb); } });
  const codes = [];
  w.write(1, (e) => codes.push(e ? e.code : null));
  w.write(2, (e) => codes.push(e ? e.code : null));
  w.destroy();
  later(() => assert.deepStrictEqual(codes.sort(), [null, 'ERR_STREAM_DESTROYED'].sort()));
  assert.strictEqual(w.destroyed, true);
  assert.strictEqual(w.writable, false);
}

// An error from _write: callback, then 'error', then 'close'.
{
  const events = [];
  const w = new Writable({ write(c, e, cb) { cb(new Error('bad')); } });
  w.on('error', (e) => events.push(`error:${e.message}`));
  w.on('close', () => events.push('close'));
  w.write('x', (e) => events.push(`cb:${e.message}`));
  later(() => {
    assert.deepStrictEqual(events, ['cb:bad', 'error:bad', 'close']);
    assert.strictEqual(w.writableAborted, true);
  });
}

// Calling the write callback twice.
{
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  let err;
  w.on('error', (e) => { err = e; });
  w.write('x');
  later(() => {
    assert.strictEqual(err.code, 'ERR_MULTIPLE_CALLBACK');
    assert.strictEqual(err.message, 'Callback called multiple times');
  });
}

// _construct delays _write.
{
  const order = [];
  const w = new Writable({
    construct(cb) { order.push('construct'); setImmediate(() => { order.push('constructed'); cb(); }); },
    write(c, e, cb) { order.push('write'); cb(); },
  });
  w.write('x');
  later(() => assert.deepStrictEqual(order, ['construct', 'constructed', 'write']));
}

// decodeStrings: false keeps strings with their encoding.
{
  const seen = [];
  const w = new Writable({ decodeStrings: false, write(c, e, cb) { seen.push([typeof c, e]); cb(); } });
  w.write('abc');
  w.write('6869', 'hex');
  later(() => assert.deepStrictEqual(seen, [['string', 'utf8'], ['string', 'hex']]));
}

// end() twice: the second callback gets ERR_STREAM_ALREADY_FINISHED once finished.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end(() => {
    w.end((err) => {
      later(() => assert.strictEqual(err.code, 'ERR_STREAM_ALREADY_FINISHED'));
    });
  });
}

// The _write default throws when neither _write nor _writev exists.
{
  const w = new Writable();
  let err;
  w.on('error', (e) => { err = e; });
  assert.throws(() => w.write('x'), { code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The _write() method is not implemented' });
  void err;
}

// Duplex instances pass instanceof Writable.
{
  const { Duplex } = require('stream');
  assert.ok(new Duplex() instanceof Writable);
  assert.ok(!({} instanceof Writable));
}
