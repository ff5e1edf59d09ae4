'use strict';
// AbortController / AbortSignal: abort(reason), the default AbortError DOMException, static
// abort/timeout/any, throwIfAborted, receiver checks and inspection.
const assert = require('assert');
const { inspect } = require('util');

{
  const ac = new AbortController();
  const { signal } = ac;
  assert.strictEqual(signal.aborted, false);
  assert.strictEqual(signal.reason, undefined);
  let events = 0;
  signal.onabort = (e) => {
    events++;
    assert.strictEqual(e.type, 'abort');
    assert.strictEqual(e.isTrusted, true);
    assert.strictEqual(e.target, signal);
  };
  signal.addEventListener('abort', () => events++);
  ac.abort();
  ac.abort();
  assert.strictEqual(events, 2);
  assert.strictEqual(signal.aborted, true);
  assert.ok(signal.reason instanceof DOMException);
  assert.strictEqual(signal.reason.name, 'AbortError');
  assert.strictEqual(signal.reason.code, 20);
  assert.strictEqual(signal.reason.message, 'This operation was aborted');
  assert.throws(() => signal.throwIfAborted(), { name: 'AbortError', code: 20 });
}
{
  const ac = new AbortController();
  ac.abort('why');
  assert.strictEqual(ac.signal.reason, 'why');
  assert.strictEqual(AbortSignal.abort(42).reason, 42);
  assert.strictEqual(AbortSignal.abort().aborted, true);
  new AbortController().signal.throwIfAborted();
}
{
  // throwIfAborted reads the internal state, not the (overridable) getters
  const orig = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted');
  const reason = new Error('real');
  Object.defineProperty(AbortSignal.prototype, 'aborted', { value: false, configurable: true });
  assert.throws(() => AbortSignal.abort(reason).throwIfAborted(), (e) => e === reason);
  Object.defineProperty(AbortSignal.prototype, 'aborted', orig);
}

assert.throws(() => new AbortSignal(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
assert.strictEqual(Object.prototype.toString.call(new AbortController()), '[object AbortController]');
assert.strictEqual(Object.prototype.toString.call(AbortSignal.abort()), '[object AbortSignal]');
assert.ok(new AbortController().signal instanceof EventTarget);
{
  const get = Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get;
  for (const bad of [null, undefined, 1, 'x', { __proto__: AbortController.prototype }]) {
    assert.throws(() => get.call(bad), { name: 'TypeError' });
    assert.throws(() => AbortController.prototype.abort.call(bad), { name: 'TypeError' });
  }
  const aborted = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get;
  assert.throws(() => aborted.call({ __proto__: AbortSignal.prototype }), { code: 'ERR_INVALID_THIS' });
}
{
  const ac = new AbortController();
  assert.strictEqual(inspect(ac, { depth: 1 }), 'AbortController { signal: [AbortSignal] }');
  assert.strictEqual(inspect(ac, { depth: null }), 'AbortController { signal: AbortSignal { aborted: false } }');
  assert.strictEqual(inspect(AbortSignal.abort()), 'AbortSignal { aborted: true }');
}

// AbortSignal.any
{
  const a = new AbortController();
  const b = new AbortController();
  const any = AbortSignal.any([a.signal, b.signal]);
  const nested = AbortSignal.any([any]);
  const order = [];
  a.signal.addEventListener('abort', () => order.push(['a', any.aborted, nested.aborted]));
  any.addEventListener('abort', () => order.push(['any', any.reason]));
  nested.addEventListener('abort', () => order.push(['nested', nested.reason]));
  b.abort('b-reason');
  a.abort('a-reason');
  assert.deepStrictEqual(order, [['any', 'b-reason'], ['nested', 'b-reason'], ['a', true, true]]);
  assert.strictEqual(AbortSignal.any([AbortSignal.abort('x'), new AbortController().signal]).reason, 'x');
  assert.strictEqual(AbortSignal.any([]).aborted, false);
  assert.throws(() => AbortSignal.any([{}]), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'signals[0] is not of type AbortSignal.',
  });
  assert.throws(() => AbortSignal.any('ab'), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'signals cannot be converted to sequence.',
  });
  assert.strictEqual(AbortSignal.any(new Set([AbortSignal.abort(1)])).reason, 1);
}

// AbortSignal.timeout
assert.throws(() => AbortSignal.timeout(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => AbortSignal.timeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });
{
  AbortSignal.timeout(1_200_000); // unref'd: does not keep the process alive
  const signal = AbortSignal.timeout(10);
  const any = AbortSignal.any([signal]);
  assert.strictEqual(signal.aborted, false);
  setTimeout(() => {
    assert.strictEqual(signal.aborted, true);
    assert.strictEqual(signal.reason.name, 'TimeoutError');
    assert.strictEqual(signal.reason.code, 23);
    assert.strictEqual(signal.reason.message, 'The operation was aborted due to timeout');
    assert.strictEqual(any.reason, signal.reason);
  }, 50);
}
