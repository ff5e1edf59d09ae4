'use strict';
// addEventListener's `signal` option, onX event handler attributes, CustomEvent, the
// MaxListenersExceededWarning of EventTarget and the AddEventListenerArgumentTypeWarning.
const assert = require('assert');
const { setMaxListeners, once } = require('events');

{
  const et = new EventTarget();
  const ac = new AbortController();
  let n = 0;
  et.addEventListener('t', () => n++, { signal: ac.signal });
  et.dispatchEvent(new Event('t'));
  ac.abort();
  et.dispatchEvent(new Event('t'));
  assert.strictEqual(n, 1);
  // An already-aborted signal: nothing is added
  et.addEventListener('t', () => n++, { signal: ac.signal });
  et.dispatchEvent(new Event('t'));
  assert.strictEqual(n, 1);
}
{
  // Removal by signal still happens when the abort event's propagation is stopped
  const ac = new AbortController();
  ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
  const et = new EventTarget();
  et.addEventListener('foo', () => assert.fail('called'), { signal: ac.signal });
  ac.abort();
  et.dispatchEvent(new Event('foo'));
}

// CustomEvent
{
  const ce = new CustomEvent('c', { detail: { a: 1 } });
  assert.deepStrictEqual(ce.detail, { a: 1 });
  assert.strictEqual(new CustomEvent('c').detail, null);
  assert.ok(ce instanceof Event);
  assert.strictEqual(Object.prototype.toString.call(ce), '[object CustomEvent]');
  assert.throws(() => new CustomEvent(), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => Reflect.get(CustomEvent.prototype, 'detail', {}), { code: 'ERR_INVALID_THIS' });
}

// onabort keeps the position of its first assignment
{
  const ac = new AbortController();
  const out = [];
  ac.signal.addEventListener('abort', () => out.push(1));
  ac.signal.onabort = () => out.push('replaced');
  ac.signal.addEventListener('abort', () => out.push(3));
  ac.signal.onabort = () => out.push(2);
  assert.strictEqual(typeof ac.signal.onabort, 'function');
  ac.abort();
  assert.deepStrictEqual(out, [1, 2, 3]);
  ac.signal.onabort = null;
  assert.strictEqual(ac.signal.onabort, null);
}

const warnings = [];
process.on('warning', (w) => warnings.push(w));
{
  const et = new EventTarget();
  setMaxListeners(2, et);
  for (let i = 0; i < 3; i++) et.addEventListener('foo', () => {});
  et.addEventListener('foo', () => {}); // warned once only
  et.addEventListener('bar', null);
}
{
  // AbortSignals ignore the default limit
  const ac = new AbortController();
  for (let i = 0; i < 20; i++) ac.signal.addEventListener('abort', () => {});
}

(async () => {
  const et = new EventTarget();
  setImmediate(() => et.dispatchEvent(new Event('go')));
  const [ev] = await once(et, 'go');
  assert.strictEqual(ev.type, 'go');
})().then(() => {
  setImmediate(() => {
    assert.strictEqual(warnings.length, 2);
    const [leak, arg] = warnings;
    assert.strictEqual(leak.name, 'MaxListenersExceededWarning');
    assert.strictEqual(leak.message, 'Possible EventTarget memory leak detected. 3 foo listeners added to ' +
      'EventTarget. MaxListeners is 2. Use events.setMaxListeners() to increase limit');
    assert.strictEqual(leak.count, 3);
    assert.strictEqual(leak.type, 'foo');
    assert.strictEqual(arg.name, 'AddEventListenerArgumentTypeWarning');
    assert.strictEqual(arg.message, 'addEventListener called with null which has no effect.');
  });
});
