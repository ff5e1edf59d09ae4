'use strict';
// timers/promises: setTimeout, setImmediate, setInterval (async iterator) and scheduler, with
// their validation (rejections, not throws) and AbortSignal support.
const assert = require('assert');
const timers = require('timers');
const tp = require('timers/promises');

assert.strictEqual(timers.promises, tp);
assert.deepStrictEqual(Object.keys(tp), ['setTimeout', 'setImmediate', 'setInterval', 'scheduler']);
assert.throws(() => new tp.scheduler.constructor(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

async function main() {
  assert.strictEqual(await tp.setTimeout(1, 'v'), 'v');
  assert.strictEqual(await tp.setImmediate('i'), 'i');
  assert.strictEqual(await tp.setTimeout(), undefined);

  await assert.rejects(tp.setTimeout(1, 'v', 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (5)',
  });
  await assert.rejects(tp.setTimeout(1, 'v', { signal: 5 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (5)',
  });
  await assert.rejects(tp.setImmediate('v', { ref: 5 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.ref" property must be of type boolean. Received type number (5)',
  });
  await assert.rejects(tp.setTimeout('abc'), { code: 'ERR_INVALID_ARG_TYPE' });

  await assert.rejects(tp.setTimeout(1, 'v', { signal: AbortSignal.abort('why') }), (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.strictEqual(err.cause, 'why');
    return true;
  });
  {
    const ac = new AbortController();
    const p = tp.setTimeout(60_000, 'x', { signal: ac.signal });
    const reason = new Error('stop');
    ac.abort(reason);
    await assert.rejects(p, (err) => err.name === 'AbortError' && err.cause === reason);
  }
  {
    const ac = new AbortController();
    const p = tp.setImmediate('x', { signal: ac.signal });
    ac.abort();
    await assert.rejects(p, { code: 'ABORT_ERR' });
  }

  // setInterval
  {
    const values = [];
    for await (const v of tp.setInterval(2, 'iv')) {
      values.push(v);
      if (values.length === 3) break;
    }
    assert.deepStrictEqual(values, ['iv', 'iv', 'iv']);
    const it = tp.setInterval(2);
    assert.strictEqual(Object.prototype.toString.call(it), '[object AsyncGenerator]');
    assert.deepStrictEqual(await it.next(), { value: undefined, done: false });
    assert.deepStrictEqual(await it.return(), { value: undefined, done: true });
  }
  {
    const ac = new AbortController();
    let n = 0;
    await assert.rejects(async () => {
      for await (const v of tp.setInterval(2, 'x', { signal: ac.signal })) {
        assert.strictEqual(v, 'x');
        n++;
        ac.abort();
      }
    }, { name: 'AbortError' });
    assert.strictEqual(n, 1);
    await assert.rejects(tp.setInterval(2, 'x', 3).next(), { code: 'ERR_INVALID_ARG_TYPE' });
    await assert.rejects(tp.setInterval(2, 'x', { signal: AbortSignal.abort() }).next(), { code: 'ABORT_ERR' });
  }

  // scheduler
  {
    let fired = false;
    setTimeout(() => { fired = true; }, 5);
    await tp.scheduler.wait(20);
    assert.strictEqual(fired, true);
    assert.strictEqual(await tp.scheduler.yield(), undefined);
    await assert.rejects(tp.scheduler.wait(1e6, { signal: AbortSignal.abort() }), {
      code: 'ABORT_ERR', message: 'The operation was aborted',
    });
    assert.throws(() => tp.scheduler.wait.call({}, 1), { code: 'ERR_INVALID_THIS' });
  }

  // ref: false does not keep the process alive
  tp.setTimeout(60_000, null, { ref: false }).then(() => assert.fail('should not resolve'));
}

let done = false;
main().then(() => { done = true; });
process.on('exit', () => assert.ok(done));
